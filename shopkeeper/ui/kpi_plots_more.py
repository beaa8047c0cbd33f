"""The KPI tab's slower charts: cohorts, RFM, inventory, promotions and service."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services.kpi_analysis import Cohorts, PromotionResult, Segment, StockHealth
from shopkeeper.ui.kpi_plots import (
    bar_width,
    date_axis,
    legend_of_both,
    short,
    thousands,
    twin_line,
)

translate = QCoreApplication.translate


def plot_cohorts(data: Cohorts):
    """Heatmap: rows are first-order months, columns months after, cells the share of the
    cohort that ordered again that month."""

    def draw(fig) -> None:
        ax = fig.add_subplot()
        grid = [
            [float(v) * 100 if v is not None else float("nan") for v in row] for row in data.share
        ]
        image = ax.imshow(grid, aspect="auto", cmap="Blues", vmin=0)
        ax.set_yticks(
            range(len(data.months)),
            [f"{m} ({n:,})" for m, n in zip(data.months, data.sizes, strict=True)],
            fontsize=7,
        )
        ax.set_xticks(range(data.offsets), [str(k + 1) for k in range(data.offsets)], fontsize=7)
        ax.set_xlabel(translate("KpiPlots", "Months after the first order"))
        ax.grid(False)
        for i, row in enumerate(grid):
            for k, v in enumerate(row):
                if v == v:  # not NaN
                    ax.annotate(
                        f"{v:.0f}",
                        (k, i),
                        ha="center",
                        va="center",
                        fontsize=6,
                        color="white" if v > 30 else "black",
                    )
        fig.colorbar(image, ax=ax, label=translate("KpiPlots", "% of the cohort ordering again"))

    return draw


SEGMENT_NAMES = {
    "champions": QT_TRANSLATE_NOOP("KpiPlots", "Champions"),
    "loyal": QT_TRANSLATE_NOOP("KpiPlots", "Loyal"),
    "new": QT_TRANSLATE_NOOP("KpiPlots", "New"),
    "promising": QT_TRANSLATE_NOOP("KpiPlots", "Promising"),
    "at_risk": QT_TRANSLATE_NOOP("KpiPlots", "At risk"),
    "hibernating": QT_TRANSLATE_NOOP("KpiPlots", "Hibernating"),
    "lost": QT_TRANSLATE_NOOP("KpiPlots", "Lost"),
}


def plot_rfm(segments: list[Segment], currency: str):
    def draw(fig) -> None:
        ax = fig.add_subplot()
        names = [translate("KpiPlots", SEGMENT_NAMES[s.key]) for s in segments]
        ax.bar(names, [s.customers for s in segments])
        total = sum(s.sales for s in segments) or 1
        for n, s in enumerate(segments):
            ax.annotate(
                f"{s.sales / total:.0%}", (n, s.customers), ha="center", va="bottom", fontsize=8
            )
        ax.set_ylabel(translate("KpiPlots", "Customers (label: share of their sales)"))
        thousands(ax.yaxis)
        ax.tick_params(axis="x", labelsize=8)
        ax.set_title(
            translate("KpiPlots", "Recency, frequency and spend, in {currency}").format(
                currency=currency
            ),
            fontsize=9,
        )

    return draw


def plot_inventory(health: StockHealth):
    names = {
        "out_of_stock": translate("KpiPlots", "Out of stock"),
        "stock_out_risk": translate("KpiPlots", "Stock-out risk"),
        "healthy": translate("KpiPlots", "Healthy"),
        "overstock": translate("KpiPlots", "Overstock"),
        "no_sales": translate("KpiPlots", "No sales"),
    }

    def draw(fig) -> None:
        ax, side = fig.subplots(1, 2, width_ratios=(1, 1.3))
        keys = list(health.counts)
        ax.bar([names[k] for k in keys], [health.counts[k] for k in keys])
        ax.tick_params(axis="x", labelsize=7, rotation=20)
        ax.set_ylabel(translate("KpiPlots", "Variants"))
        through = "—" if health.sell_through is None else f"{float(health.sell_through):.1%}"
        ax.set_title(translate("KpiPlots", "Sell-through {value}").format(value=through))
        side.axis("off")
        rows = [
            [short(t, 22), s, f"{q:,}", "—" if c is None else str(c)]
            for s, t, q, c in health.at_risk[:12]
        ]
        if rows:
            table = side.table(
                cellText=rows,
                loc="upper center",
                colLabels=[
                    translate("KpiPlots", "Product"),
                    "SKU",
                    translate("KpiPlots", "Stock"),
                    translate("KpiPlots", "Days of cover"),
                ],
            )
            table.auto_set_font_size(False)
            table.set_fontsize(7)
            side.set_title(translate("KpiPlots", "Selling out first"))

    return draw


def plot_promotions(results: list[PromotionResult], currency: str):
    def draw(fig) -> None:
        ax, roi = fig.subplots(1, 2, sharey=True)
        shown = list(reversed(results[:12]))
        names = [short(r.name, 22) for r in shown]
        lifts = [float(r.lift) * 100 if r.lift is not None else 0 for r in shown]
        ax.barh(names, lifts, color=["#54A24B" if v >= 0 else "#E45756" for v in lifts])
        ax.axvline(0, color="grey", lw=0.8)
        ax.set_xlabel(translate("KpiPlots", "Lift vs the days before (%)"))
        ax.tick_params(axis="y", labelsize=7)
        rois = [float(r.roi) * 100 if r.roi is not None else 0 for r in shown]
        roi.barh(names, rois, color=["#4C78A8" if v >= 0 else "#E45756" for v in rois])
        roi.axvline(0, color="grey", lw=0.8)
        roi.set_xlabel(translate("KpiPlots", "ROI (%)"))
        fig.suptitle(
            translate("KpiPlots", "Cost = budget, or the discounts given ({currency})").format(
                currency=currency
            ),
            fontsize=8,
        )

    return draw


def plot_tickets(starts: list[dt.date], opened: list[int], hours: list[float | None]):
    def draw(fig) -> None:
        from matplotlib import rcParams

        colours = rcParams["axes.prop_cycle"].by_key()["color"]
        ax = fig.add_subplot()
        ax.bar(
            starts,
            opened,
            width=bar_width(starts),
            align="edge",
            label=translate("KpiPlots", "Tickets opened"),
        )
        ax.set_ylabel(translate("KpiPlots", "Tickets opened"))
        twin = twin_line(
            ax,
            starts,
            [h if h is not None else float("nan") for h in hours],
            colours[1],
            translate("KpiPlots", "Median first response (h)"),
        )
        legend_of_both(ax, twin)
        date_axis(ax)

    return draw
