"""Weekly and monthly reports: the periods they cover, and files that open with their charts."""

import datetime as dt

import kpi_fixture as fx
import pytest
from openpyxl import load_workbook

from shopkeeper.services import report_fonts, reports

needs_cjk_pdf_font = pytest.mark.skipif(
    report_fonts.pdf_cjk_family() is None,
    reason="no TrueType-outline Chinese font installed (apt-get install fonts-wqy-zenhei)",
)


@pytest.mark.parametrize(
    "period, day, first, last",
    [
        ("weekly", dt.date(2026, 3, 4), dt.date(2026, 3, 2), dt.date(2026, 3, 8)),
        ("weekly", dt.date(2026, 3, 2), dt.date(2026, 3, 2), dt.date(2026, 3, 8)),
        ("weekly", dt.date(2026, 3, 8), dt.date(2026, 3, 2), dt.date(2026, 3, 8)),
        ("weekly", dt.date(2027, 1, 1), dt.date(2026, 12, 28), dt.date(2027, 1, 3)),
        ("monthly", dt.date(2026, 2, 14), dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
        ("monthly", dt.date(2028, 2, 29), dt.date(2028, 2, 1), dt.date(2028, 2, 29)),
        ("monthly", dt.date(2026, 12, 31), dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
    ],
)
def test_report_periods_are_iso_weeks_and_calendar_months(period, day, first, last):
    """Weekly: Monday to Sunday around the date (across a new year); monthly: the month."""
    assert reports.period_bounds(period, day) == (first, last)


@pytest.fixture
def data(shop):
    fx.fill(shop.db)
    return reports.collect(shop.db, "monthly", fx.FIRST)


def test_report_compares_with_the_previous_period(data):
    """March against February: order 6 (27 Feb) is February's only order."""
    assert (data.first, data.last) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert data.current.orders == 5  # orders 1-4 and 7 (5 March)
    assert data.previous.orders == 1


def test_report_lists_every_day_and_the_top_products(data):
    assert len(data.daily) == 31 and data.daily[0] == ("2026-03-01", 1, 4500, 4000)
    assert [p[0] for p in data.top_products] == ["Celadon vase", "天青马克杯"]


def test_xlsx_report_has_tables_native_charts_and_definitions(data, tmp_path):
    """The workbook opens with openpyxl, holds a chart on each chart sheet and every definition."""
    path = reports.write(data, tmp_path / "march.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Summary", "Daily sales", "Channels", "Top products", "Definitions"]
    for name in ("Daily sales", "Channels", "Top products"):
        assert len(wb[name]._charts) == 1, name
    assert wb["Summary"]["A5"].value == "Gross sales"
    assert wb["Summary"]["B5"].value == 145.0  # ¥145.00: 13500 + 1000 (order 7) in cents
    labels = [row[0].value for row in wb["Definitions"].iter_rows(min_row=2)]
    assert "Gross profit" in labels and "Sales per buyer (客单价)" in labels
    assert wb["Top products"]["A3"].value == "天青马克杯"


def test_xlsx_report_keeps_formula_like_titles_as_text(shop, tmp_path):
    """A product title such as "=HYPERLINK(…)" is written as text, never as a formula."""
    fx.fill(shop.db)
    with shop.db.conn:
        shop.db.execute("UPDATE products SET title = '=1+2' WHERE id = 1")
    data = reports.collect(shop.db, "monthly", fx.FIRST)
    wb = load_workbook(reports.write(data, tmp_path / "r.xlsx"))
    cell = wb["Top products"]["A3"]
    assert cell.value == "=1+2" and cell.data_type == "s"


@needs_cjk_pdf_font
def test_pdf_report_keeps_chinese_text(data, tmp_path):
    """The PDF's extracted text holds the Chinese product title and label."""
    from pypdf import PdfReader

    path = reports.write(data, tmp_path / "march.pdf")
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "天青马克杯" in text
    assert "客单价" in text
    assert "Gross profit" in text


def test_pdf_report_without_a_chinese_font_is_refused_with_a_message(data, tmp_path, monkeypatch):
    """No TrueType-outline Chinese font: a clear message and no file, not broken glyphs."""
    monkeypatch.setattr(report_fonts, "pdf_cjk_family", lambda: None)
    with pytest.raises(report_fonts.NoChineseFont, match="fonts-wqy-zenhei"):
        reports.write(data, tmp_path / "march.pdf")
    assert not list(tmp_path.glob("march.pdf*"))


def test_other_file_types_are_refused(data, tmp_path):
    with pytest.raises(reports.BadReportFile):
        reports.write(data, tmp_path / "march.docx")
