"""Weekly and monthly reports: what they cover and the figures in them.

``report weekly`` covers the ISO week (Monday to Sunday) holding the given date;
``report monthly`` the calendar month holding it. Each report compares with the
period just before. The writers are ``reports_xlsx`` (tables, native Excel charts,
a definitions sheet) and ``reports_pdf`` (Matplotlib pages).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, UserError
from shopkeeper.services import kpi, kpi_charts, kpi_rollup
from shopkeeper.services.kpi_definitions import DEFINITIONS
from shopkeeper.store import in_flight, settings
from shopkeeper.store.protected import check_target

PERIODS = ("weekly", "monthly")
FORMATS = (".xlsx", ".pdf")
Translate = Callable[[str, str], str]

# Headline KPIs on the first page/sheet, in this order.
HEADLINE = (
    "gross_sales",
    "net_sales",
    "orders",
    "units",
    "aov",
    "sales_per_buyer",
    "buyers",
    "conversion_rate",
    "repeat_purchase_rate",
    "refund_rate",
    "refund_rate_by_count",
    "gross_profit",
    "gross_margin",
    "ad_spend",
    "roas",
    "tickets_opened",
)


# The reports' own words, in the "Report" context of the translations.
REPORT_TEXTS = (
    QT_TRANSLATE_NOOP("Report", "Change"),
    QT_TRANSLATE_NOOP("Report", "Channel"),
    QT_TRANSLATE_NOOP("Report", "Channels"),
    QT_TRANSLATE_NOOP("Report", "Daily sales"),
    QT_TRANSLATE_NOOP("Report", "Day"),
    QT_TRANSLATE_NOOP("Report", "Definition"),
    QT_TRANSLATE_NOOP("Report", "Definitions"),
    QT_TRANSLATE_NOOP("Report", "Gross sales by channel"),
    QT_TRANSLATE_NOOP("Report", "Gross sales"),
    QT_TRANSLATE_NOOP("Report", "KPI definitions"),
    QT_TRANSLATE_NOOP("Report", "KPI"),
    QT_TRANSLATE_NOOP("Report", "No sales in this period"),
    QT_TRANSLATE_NOOP("Report", "Orders"),
    QT_TRANSLATE_NOOP("Report", "Previous period"),
    QT_TRANSLATE_NOOP("Report", "Product"),
    QT_TRANSLATE_NOOP("Report", "Sales after discounts"),
    QT_TRANSLATE_NOOP("Report", "Sales and orders per day"),
    QT_TRANSLATE_NOOP("Report", "Sales"),
    QT_TRANSLATE_NOOP("Report", "Summary"),
    QT_TRANSLATE_NOOP("Report", "This period"),
    QT_TRANSLATE_NOOP("Report", "Top products by gross sales"),
    QT_TRANSLATE_NOOP("Report", "Top products"),
    QT_TRANSLATE_NOOP("Report", "Units"),
    QT_TRANSLATE_NOOP("Report", "Weekly report"),
    QT_TRANSLATE_NOOP("Report", "Monthly report"),
)


class BadReportFile(UserError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP(
        "UserError", "{path}: a report is written as .xlsx or .pdf; choose one of those."
    )


def period_bounds(period: str, day: dt.date) -> tuple[dt.date, dt.date]:
    """The inclusive first and last day of the week (Mon–Sun) or month holding ``day``."""
    if period == "weekly":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    if period == "monthly":
        first = day.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)
    raise ValueError(f"period must be one of {PERIODS}, not {period!r}")


def previous_bounds(period: str, first: dt.date) -> tuple[dt.date, dt.date]:
    return period_bounds(period, first - dt.timedelta(days=1))


@dataclass
class ReportData:
    period: str
    first: dt.date
    last: dt.date
    shop_name: str
    current: kpi.Kpis
    previous: kpi.Kpis
    daily: list[tuple[str, int, int, int]]  # day, orders, gross, net of discounts
    channels: list[tuple[str, int, int]]  # channel, orders, gross
    top_products: list[tuple[str, int, int]]  # title, units, gross
    translate: Translate = field(default=lambda _c, text: text)

    @property
    def currency(self) -> str:
        return self.current.currency

    def say(self, text: str, context: str = "Report") -> str:
        """``text`` in the report's language (the UI passes Qt's translate)."""
        return self.translate(context, text)


def collect(
    db: Database, period: str, day: dt.date, translate: Translate | None = None, top: int = 15
) -> ReportData:
    """Every figure of the report for the period holding ``day``."""
    first, last = period_bounds(period, day)
    before = previous_bounds(period, first)
    rows = kpi_rollup.daily_rows(db, first, last)
    by_day: dict[str, list[int]] = {}
    by_channel: dict[str, list[int]] = {}
    for row in rows:
        d = by_day.setdefault(row.day, [0, 0, 0])
        d[0] += row.orders
        d[1] += row.gross
        d[2] += row.gross - row.discounts
        c = by_channel.setdefault(row.channel or "—", [0, 0])
        c[0] += row.orders
        c[1] += row.gross
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    daily = [(d.isoformat(), *by_day.get(d.isoformat(), [0, 0, 0])) for d in days]
    return ReportData(
        period=period,
        first=first,
        last=last,
        shop_name=settings.get(db, settings.SHOP_NAME),
        current=kpi.compute(db, first, last),
        previous=kpi.compute(db, *before),
        daily=daily,
        channels=sorted(((k, *v) for k, v in by_channel.items()), key=lambda r: -r[2]),
        top_products=[
            (p.title, p.units, p.gross) for p in kpi_charts.top_products(db, first, last, limit=top)
        ],
        translate=translate or (lambda _c, text: text),
    )


def write(data: ReportData, path: Path) -> Path:
    """Write the report to ``path``; the suffix (.xlsx or .pdf) picks the format."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise BadReportFile(path=str(path))
    path = check_target(path)  # never over a shop file, its working files or its backups
    # Both writers go through NAME.partial; registered so a killed run leaves nothing.
    with in_flight.writing([path.with_name(path.name + ".partial")], target=path):
        if suffix == ".xlsx":
            from shopkeeper.services import reports_xlsx

            reports_xlsx.write(data, path)
        else:
            from shopkeeper.services import reports_pdf

            reports_pdf.write(data, path)
    return path


def definitions(data: ReportData) -> list[tuple[str, str]]:
    return [(data.say(d.label, "Kpi"), data.say(d.text, "Kpi")) for d in DEFINITIONS]
