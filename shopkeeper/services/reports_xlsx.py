"""The weekly/monthly report as an .xlsx: a summary against the previous period, daily
sales with a line chart, channels with a pie chart, top products with a bar chart, and
a sheet of KPI definitions. Charts are native Excel charts (openpyxl.chart), so they
stay live in Excel, WPS and LibreOffice.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.styles import Alignment, Font

from shopkeeper.services import money
from shopkeeper.services.exchange.xlsx_writer import needs_text_guard
from shopkeeper.services.kpi_definitions import BY_KEY
from shopkeeper.services.reports import HEADLINE, ReportData, definitions

BOLD = Font(bold=True)


def _number_format(unit: str, currency: str) -> str:
    if unit == "money":
        places = money.exponent(currency)
        return "#,##0" + ("." + "0" * places if places else "")
    if unit == "rate":
        return "0.00%"
    if unit == "ratio":
        return "0.00"
    return "#,##0"


def _cell_value(value, unit: str, currency: str):
    """Money as a number of major units (the sheet's number format shows the cents)."""
    if value is None:
        return None
    if isinstance(value, Fraction):
        return float(value)
    if unit == "money":
        return value / 10 ** money.exponent(currency)
    return value


def _guard_text(ws) -> None:
    """Titles and channels come from the seller's files: text that a spreadsheet would run
    as a formula stays text."""
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str) and needs_text_guard(cell.value):
            cell.data_type = "s"
            cell.quotePrefix = True


def _header(ws, titles: list[str]) -> None:
    ws.append(titles)
    for cell in ws[ws.max_row]:
        cell.font = BOLD
    ws.freeze_panes = f"A{ws.max_row + 1}"


def _summary(wb: Workbook, data: ReportData) -> None:
    ws = wb.active
    ws.title = data.say("Summary")
    ws.append([data.shop_name])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([f"{data.first.isoformat()} – {data.last.isoformat()} ({data.currency})"])
    ws.append([])
    _header(
        ws,
        [data.say("KPI"), data.say("This period"), data.say("Previous period"), data.say("Change")],
    )
    for key in HEADLINE:
        d = BY_KEY[key]
        now, before = data.current.value(key), data.previous.value(key)
        row = [
            data.say(d.label, "Kpi"),
            _cell_value(now, d.unit, data.currency),
            _cell_value(before, d.unit, data.currency),
        ]
        row.append(float(Fraction(now - before, before)) if now is not None and before else None)
        ws.append(row)
        fmt = _number_format(d.unit, data.currency)
        ws.cell(row=ws.max_row, column=2).number_format = fmt
        ws.cell(row=ws.max_row, column=3).number_format = fmt
        ws.cell(row=ws.max_row, column=4).number_format = "+0.0%;-0.0%;0.0%"
    ws.column_dimensions["A"].width = 30
    for col in "BCD":
        ws.column_dimensions[col].width = 18


def _daily(wb: Workbook, data: ReportData) -> None:
    ws = wb.create_sheet(data.say("Daily sales"))
    _header(
        ws,
        [
            data.say("Day"),
            data.say("Orders"),
            data.say("Gross sales"),
            data.say("Sales after discounts"),
        ],
    )
    unit = 10 ** money.exponent(data.currency)
    for day, orders, gross, net in data.daily:
        ws.append([day, orders, gross / unit, net / unit])
    ws.column_dimensions["A"].width = 12
    chart = LineChart()
    chart.title = data.say("Sales and orders per day")
    chart.y_axis.title = data.currency
    chart.add_data(
        Reference(ws, min_col=3, max_col=4, min_row=1, max_row=ws.max_row), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=ws.max_row))
    chart.width, chart.height = 22, 10
    ws.add_chart(chart, "F2")


def _gross_sheet(wb: Workbook, data: ReportData, sheet: str, headers: tuple[str, str, str], rows):
    """A sheet of (name, count, gross) rows, gross in major units."""
    ws = wb.create_sheet(data.say(sheet))
    _header(ws, [data.say(h) for h in headers])
    unit = 10 ** money.exponent(data.currency)
    for name, count, gross in rows:
        ws.append([name, count, gross / unit])
        _guard_text(ws)
    return ws


def _chart_gross(ws, chart, title: str) -> None:
    """``chart`` of the gross column (C) by the names in column A, placed at E2."""
    chart.title = title
    chart.add_data(
        Reference(ws, min_col=3, min_row=1, max_row=max(2, ws.max_row)), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=max(2, ws.max_row)))
    ws.add_chart(chart, "E2")


def _channels(wb: Workbook, data: ReportData) -> None:
    ws = _gross_sheet(wb, data, "Channels", ("Channel", "Orders", "Gross sales"), data.channels)
    _chart_gross(ws, PieChart(), data.say("Gross sales by channel"))


def _products(wb: Workbook, data: ReportData) -> None:
    ws = _gross_sheet(
        wb, data, "Top products", ("Product", "Units", "Gross sales"), data.top_products
    )
    ws.column_dimensions["A"].width = 40
    chart = BarChart()
    chart.type = "bar"
    chart.width, chart.height = 20, 12
    _chart_gross(ws, chart, data.say("Top products by gross sales"))


def _definitions(wb: Workbook, data: ReportData) -> None:
    ws = wb.create_sheet(data.say("Definitions"))
    _header(ws, [data.say("KPI"), data.say("Definition")])
    for label, text in definitions(data):
        ws.append([label, text])
        ws.cell(row=ws.max_row, column=2).alignment = Alignment(wrap_text=True)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 100


def write(data: ReportData, path: Path) -> None:
    wb = Workbook()
    _summary(wb, data)
    _daily(wb, data)
    _channels(wb, data)
    _products(wb, data)
    _definitions(wb, data)
    partial = path.with_name(path.name + ".partial")
    try:
        wb.save(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
