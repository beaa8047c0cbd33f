"""What each KPI chart draws on a Matplotlib figure, from figures the services computed.

Each ``plot_*`` returns a function of the figure, for ``ChartView.draw``. Money is
shown in major units of the shop's currency; axes use thousands separators.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from shopkeeper.services import money
from shopkeeper.services.kpi_charts import ProductSales, Series
from shopkeeper.ui.labels import channel_label

translate = QCoreApplication.translate


def _major(minor: int, currency: str) -> float:
    return minor / 10 ** money.exponent(currency)


def thousands(axis) -> None:
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:,.0f}"))


def date_axis(ax) -> None:
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=2, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def plot_sales(
    series: Series,
    compare: Series | None,
    currency: str,
    marks: list[tuple[dt.date, dt.date, str, str]],
):
    """Sales (bars) and orders (line, right axis) per bucket; promotions and festivals
    shaded; the comparison period's sales as a dashed line."""

    def draw(fig) -> None:
        from matplotlib import rcParams

        colours = rcParams["axes.prop_cycle"].by_key()["color"]
        ax = fig.add_subplot()
        width = bar_width(series.starts)
        ax.bar(
            series.starts,
            [_major(v, currency) for v in series.net_of_discounts],
            width=width,
            align="edge",
            color=colours[0],
            label=translate("KpiPlots", "Sales after discounts"),
        )
        if compare is not None and compare.starts:
            ax.plot(
                series.starts[: len(compare.starts)],
                [_major(v, currency) for v in compare.net_of_discounts][: len(series.starts)],
                linestyle="--",
                color=colours[7],
                label=translate("KpiPlots", "Comparison period"),
            )
        ax.set_ylabel(currency)
        thousands(ax.yaxis)
        twin = twin_line(
            ax, series.starts, series.orders, colours[1], translate("KpiPlots", "Orders")
        )
        _shade(
            ax, marks, colours, label_festivals=(series.starts[-1] - series.starts[0]).days <= 120
        )
        legend_of_both(ax, twin)
        date_axis(ax)

    return draw


def twin_line(ax, starts: list[dt.date], values: list, colour: str, label: str):
    """``values`` as a line with dots on a right-hand axis from 0, named ``label``."""
    twin = ax.twinx()
    twin.plot(starts, values, color=colour, marker=".", label=label)
    twin.set_ylabel(label)
    twin.grid(False)
    twin.set_ylim(bottom=0)
    return twin


def legend_of_both(ax, twin) -> None:
    """One legend, top left, for the series of both axes."""
    lines, more = ax.get_legend_handles_labels(), twin.get_legend_handles_labels()
    ax.legend(lines[0] + more[0], lines[1] + more[1], loc="upper left", fontsize=8)


def _union(spans: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """Overlapping or touching day spans merged: 300 promotions shade as a few bands."""
    merged: list[list[dt.date]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1] + dt.timedelta(days=1):
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    return [(a, b) for a, b in merged]


def _shade(ax, marks, colours, *, label_festivals: bool) -> None:
    """Promotions and festivals as light bands (one artist each), festival names on
    short ranges."""
    import matplotlib.dates as mdates

    for kind, colour, alpha in (("promotion", colours[2], 0.08), ("festival", colours[4], 0.2)):
        spans = _union([(a, b) for a, b, _n, k in marks if k == kind])
        if spans:
            bars = [(mdates.date2num(a), (b - a).days + 1) for a, b in spans]
            ax.broken_barh(
                bars, (0, 1), transform=ax.get_xaxis_transform(), color=colour, alpha=alpha, lw=0
            )
    if label_festivals:
        for first, _last, name, kind in marks:
            if kind == "festival":
                ax.annotate(
                    name,
                    (first, 1),
                    xycoords=("data", "axes fraction"),
                    fontsize=7,
                    va="top",
                    rotation=90,
                    alpha=0.8,
                )


def bar_width(starts: list[dt.date]) -> float:
    """Bars nearly as wide as the step between ``starts`` (days, weeks or months)."""
    if len(starts) < 2:
        return 0.8
    return (starts[1] - starts[0]).days * 0.85


def plot_channels(split: list[tuple[str, int, int]], currency: str):
    def draw(fig) -> None:
        ax = fig.add_subplot()
        names = [channel_label(c) or "—" for c, *_ in reversed(split)]
        ax.barh(names, [_major(g, currency) for *_x, g in reversed(split)])
        total = sum(g for *_x, g in split) or 1
        for n, (_c, orders, gross) in enumerate(reversed(split)):
            ax.annotate(
                f" {gross / total:.0%} · {orders:,}",
                (_major(gross, currency), n),
                va="center",
                fontsize=8,
            )
        ax.set_xlabel(
            translate("KpiPlots", "Gross sales ({currency}) · share · orders").format(
                currency=currency
            )
        )
        thousands(ax.xaxis)

    return draw


def plot_products(products: list[ProductSales], currency: str, top: int = 20):
    """Top products by gross sales with the cumulative share (Pareto) and ABC classes."""

    def draw(fig) -> None:
        from matplotlib import rcParams

        colours = rcParams["axes.prop_cycle"].by_key()["color"]
        shown = products[:top]
        total = sum(p.gross for p in products) or 1
        ax = fig.add_subplot()
        tone = {"A": colours[0], "B": colours[1], "C": colours[7]}
        ax.bar(
            range(len(shown)),
            [_major(p.gross, currency) for p in shown],
            color=[tone[p.abc] for p in shown],
        )
        ax.set_xticks(
            range(len(shown)), [short(p.title) for p in shown], rotation=60, ha="right", fontsize=7
        )
        ax.set_ylabel(currency)
        thousands(ax.yaxis)
        running, cumulative = 0, []
        for p in shown:
            running += p.gross
            cumulative.append(100 * running / total)
        twin = ax.twinx()
        twin.plot(range(len(shown)), cumulative, color=colours[3], marker=".")
        twin.set_ylim(0, 100)
        twin.set_ylabel(translate("KpiPlots", "Cumulative share of sales (%)"))
        twin.grid(False)
        counts = {k: sum(1 for p in products if p.abc == k) for k in "ABC"}
        ax.set_title(
            translate("KpiPlots", "A: {a} products make 80% of sales · B: {b} · C: {c}").format(
                a=counts["A"], b=counts["B"], c=counts["C"]
            ),
            fontsize=9,
        )

    return draw


def short(text: str, width: int = 18) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def plot_categories(mix: list[tuple[str, int]], currency: str):
    def draw(fig) -> None:
        ax = fig.add_subplot()
        top = mix[:8]
        rest = sum(v for _k, v in mix[8:])
        if rest:
            top.append((translate("KpiPlots", "Other"), rest))
        ax.pie(
            [v for _k, v in top],
            labels=[k for k, _v in top],
            autopct="%1.0f%%",
            textprops={"fontsize": 8},
            startangle=90,
            counterclock=False,
        )
        ax.set_title(
            translate("KpiPlots", "Gross sales by category ({currency})").format(currency=currency)
        )

    return draw


def plot_refund_reasons(reasons: list[tuple[str, int, int]], currency: str):
    def draw(fig) -> None:
        ax = fig.add_subplot()
        top = list(reversed(reasons[:12]))
        ax.barh([short(r, 24) for r, *_ in top], [_major(a, currency) for *_x, a in top])
        for n, (_r, count, amount) in enumerate(top):
            ax.annotate(f" {count:,}", (_major(amount, currency), n), va="center", fontsize=8)
        ax.set_xlabel(
            translate("KpiPlots", "Refunded ({currency}) · refunds").format(currency=currency)
        )
        thousands(ax.xaxis)

    return draw


def plot_funnel(steps: list[tuple[str, int]]):
    names = {
        "visitors": translate("KpiPlots", "Visitors"),
        "orders": translate("KpiPlots", "Orders"),
        "paid": translate("KpiPlots", "Paid"),
        "shipped": translate("KpiPlots", "Shipped"),
    }

    def draw(fig) -> None:
        ax = fig.add_subplot()
        labels = [names[k] for k, _v in reversed(steps)]
        values = [v for _k, v in reversed(steps)]
        ax.barh(labels, values, log=steps[0][0] == "visitors")
        first = steps[0][1] or 1
        for n, (_k, v) in enumerate(reversed(steps)):
            ax.annotate(f" {v:,} ({v / first:.1%})", (v or 1, n), va="center", fontsize=8)
        ax.grid(False, axis="y")

    return draw


def plot_targets(weeks: list[tuple[dt.date, int | None, int]], currency: str):
    def draw(fig) -> None:
        from matplotlib import rcParams

        colours = rcParams["axes.prop_cycle"].by_key()["color"]
        ax = fig.add_subplot()
        starts = [w for w, *_ in weeks]
        ax.bar(
            starts,
            [_major(s, currency) for *_x, s in weeks],
            width=5.5,
            align="edge",
            label=translate("KpiPlots", "Sales after discounts"),
            color=colours[0],
        )
        with_target = [(w, t) for w, t, _s in weeks if t is not None]
        if with_target:
            ax.step(
                [w for w, _t in with_target],
                [_major(t, currency) for _w, t in with_target],
                where="post",
                color=colours[3],
                label=translate("KpiPlots", "Target"),
            )
        ax.set_ylabel(currency)
        thousands(ax.yaxis)
        ax.legend(loc="upper left", fontsize=8)
        date_axis(ax)

    return draw
