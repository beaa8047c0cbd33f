"""The weekly/monthly report as a PDF of Matplotlib pages (A4 landscape).

Page 1: headline KPIs against the previous period. Page 2: sales per day and the
channel split. Page 3: top products. Page 4: the KPI definitions. Fonts are embedded
as TrueType (``pdf.fonttype`` 42) so text stays text, searchable and copyable; Chinese
text uses a TrueType-outline font (see ``report_fonts``) or the report is refused.
"""

from __future__ import annotations

import textwrap
from fractions import Fraction
from pathlib import Path

from shopkeeper.services import money, report_fonts
from shopkeeper.services.kpi_definitions import BY_KEY
from shopkeeper.services.reports import HEADLINE, ReportData, definitions

A4_LANDSCAPE = (11.69, 8.27)


def format_value(value, unit: str, currency: str) -> str:
    if value is None:
        return "—"
    if unit == "money":
        return money.format_money(value, currency)
    if unit in ("rate", "score"):
        return f"{float(value) * 100:.1f}%" if unit == "rate" else f"{float(value) * 100:.0f}"
    if unit == "ratio":
        return f"{float(value):.2f}"
    if unit == "seconds":
        return f"{value / 3600:.1f} h"
    return f"{value:,}"


def _change(now, before) -> str:
    if now is None or not before:
        return ""
    return f"{float(Fraction(now - before, before)) * 100:+.1f}%"


def _all_text(data: ReportData) -> str:
    parts = [data.shop_name, *(t for t, *_ in data.top_products), *(c for c, *_ in data.channels)]
    parts += [text for pair in definitions(data) for text in pair]
    parts += [data.say(BY_KEY[k].label, "Kpi") for k in HEADLINE]
    return " ".join(parts)


def _families(data: ReportData) -> list[str]:
    """Latin text in DejaVu Sans, Chinese in a TrueType-outline CJK font."""
    cjk = report_fonts.pdf_cjk_family()
    if cjk is None:
        if report_fonts.has_chinese(_all_text(data)):
            raise report_fonts.NoChineseFont()
        return ["DejaVu Sans"]
    return ["DejaVu Sans", cjk]


def _title(fig, data: ReportData, subtitle: str) -> None:
    fig.suptitle(f"{data.shop_name} — {subtitle}", fontsize=15, x=0.04, ha="left")
    fig.text(
        0.04,
        0.91,
        f"{data.first.isoformat()} – {data.last.isoformat()}  ({data.currency})",
        fontsize=10,
        color="#555555",
    )


def _summary_page(figure, data: ReportData):
    fig = figure()
    _title(fig, data, data.say("Weekly report" if data.period == "weekly" else "Monthly report"))
    rows = []
    for key in HEADLINE:
        d = BY_KEY[key]
        now, before = data.current.value(key), data.previous.value(key)
        rows.append(
            [
                data.say(d.label, "Kpi"),
                format_value(now, d.unit, data.currency),
                format_value(before, d.unit, data.currency),
                _change(now, before),
            ]
        )
    ax = fig.add_axes((0.04, 0.05, 0.92, 0.82))
    ax.axis("off")
    header = [
        data.say("KPI"),
        data.say("This period"),
        data.say("Previous period"),
        data.say("Change"),
    ]
    table = ax.table(
        cellText=rows,
        colLabels=header,
        loc="upper left",
        cellLoc="left",
        colWidths=(0.4, 0.22, 0.22, 0.16),
    )
    table.auto_set_font_size(False)
    table.set_fontsize(10)
    table.scale(1, 1.5)
    return fig


def _sales_page(figure, data: ReportData):
    from matplotlib.ticker import FuncFormatter

    fig = figure()
    _title(fig, data, data.say("Sales"))
    unit = 10 ** money.exponent(data.currency)
    days = [d[5:] for d, *_ in data.daily]
    ax = fig.add_axes((0.07, 0.12, 0.55, 0.72))
    ax.bar(
        days,
        [g / unit for _d, _o, g, _n in data.daily],
        color="#4C78A8",
        label=data.say("Gross sales"),
    )
    ax.plot(
        days,
        [n / unit for *_x, n in data.daily],
        color="#F58518",
        label=data.say("Sales after discounts"),
    )
    ax.set_ylabel(data.currency)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
    ax.legend(loc="upper left", fontsize=8)
    step = max(1, len(days) // 10)
    ax.set_xticks(range(0, len(days), step), days[::step], rotation=45, fontsize=8)
    ax2 = fig.add_axes((0.68, 0.15, 0.28, 0.6))
    if data.channels and sum(g for *_x, g in data.channels) > 0:
        ax2.pie(
            [g for *_x, g in data.channels],
            labels=[c for c, *_ in data.channels],
            autopct="%1.0f%%",
            textprops={"fontsize": 8},
        )
    else:
        ax2.axis("off")
        ax2.text(0.5, 0.5, data.say("No sales in this period"), ha="center")
    ax2.set_title(data.say("Gross sales by channel"), fontsize=10)
    return fig


def _products_page(figure, data: ReportData):
    fig = figure()
    _title(fig, data, data.say("Top products by gross sales"))
    unit = 10 ** money.exponent(data.currency)
    ax = fig.add_axes((0.35, 0.08, 0.6, 0.78))
    products = list(reversed(data.top_products))
    labels = [textwrap.shorten(t, 40, placeholder="…") for t, *_ in products]
    ax.barh(labels, [g / unit for *_x, g in products], color="#54A24B")
    ax.set_xlabel(data.currency)
    ax.tick_params(axis="y", labelsize=8)
    if not products:
        ax.text(0.5, 0.5, data.say("No sales in this period"), ha="center", transform=ax.transAxes)
    return fig


def _definitions_pages(figure, data: ReportData):
    """As many pages as the definitions need."""
    fig, y = None, 0.0
    for label, text in definitions(data):
        lines = textwrap.wrap(text, 110) or [""]
        height = 0.027 * len(lines) + 0.008
        if fig is None or y - height < 0.04:
            if fig is not None:
                yield fig
            fig = figure()
            _title(fig, data, data.say("KPI definitions"))
            y = 0.86
        fig.text(0.04, y, label, fontsize=8.5, weight="bold", va="top")
        fig.text(0.26, y, "\n".join(lines), fontsize=8.5, va="top")
        y -= height
    if fig is not None:
        yield fig


def write(data: ReportData, path: Path) -> None:
    from matplotlib import rc_context
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    families = _families(data)

    def figure():
        return Figure(figsize=A4_LANDSCAPE)

    partial = path.with_name(path.name + ".partial")
    style = {"pdf.fonttype": 42, "font.family": families, "axes.unicode_minus": False}
    try:
        with rc_context(style), PdfPages(partial) as pdf:
            for page in (_summary_page, _sales_page, _products_page):
                pdf.savefig(page(figure, data))
            for fig in _definitions_pages(figure, data):
                pdf.savefig(fig)
            meta = pdf.infodict()
            meta["Title"] = f"{data.shop_name} {data.first.isoformat()}–{data.last.isoformat()}"
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
