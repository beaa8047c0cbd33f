"""The real sample files in ../shared/data read correctly (skipped when absent).

Row counts are checked against an independent count with the csv module or
openpyxl, so the readers are compared with something they do not share code with.
"""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from shopkeeper.services.exchange.errors import CellError, NotASpreadsheet
from shopkeeper.services.exchange.parsing import (
    parse_datetime,
    parse_identifier,
    parse_int,
    parse_money,
    possible_date_orders,
)
from shopkeeper.services.exchange.readers import list_sheets, read_table

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
pytestmark = pytest.mark.skipif(not SHARED.exists(), reason="../shared/data is absent")

TRUNCATED = "broken/online_retail_TRUNCATED_not_a_valid_zip.xlsx"
RETAIL_XLSX = "online_retail/online_retail_II_first500_2sheets.xlsx"
RETAIL_CSV = "online_retail/online_retail_first1000_ddmmyy.csv"


def _csv_files() -> list[str]:
    if not SHARED.exists():
        return []
    return sorted(str(path.relative_to(SHARED)) for path in SHARED.rglob("*.csv"))


def _csv_records(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [row for row in csv.reader(handle) if any(cell.strip() for cell in row)]


def _column(table, header: str) -> list[object]:
    index = table.headers.index(header)
    return [row[index] for row in table.rows]


@pytest.mark.parametrize("name", _csv_files())
def test_every_csv_reads_with_the_right_row_count(name):
    path = SHARED / name
    expected = _csv_records(path)
    table = read_table(path)
    assert table.headers == [cell.strip() for cell in expected[0]]
    assert len(table.rows) == len(expected) - 1
    assert all(len(row) == len(table.headers) for row in table.rows)
    assert table.encoding in ("utf-8", "utf-8-sig")
    assert not any(header.startswith("\ufeff") for header in table.headers)


def test_truncated_xlsx_is_not_a_spreadsheet():
    path = SHARED / TRUNCATED
    with pytest.raises(NotASpreadsheet) as caught:
        read_table(path)
    assert caught.value.message.startswith(
        "online_retail_TRUNCATED_not_a_valid_zip.xlsx is not a valid Excel file"
    )
    with pytest.raises(NotASpreadsheet):
        list_sheets(path)


def test_online_retail_workbook_has_two_sheets_with_all_rows():
    path = SHARED / RETAIL_XLSX
    sheets = list_sheets(path)
    assert sheets == ["Year 2009-2010", "Year 2010-2011"]
    reference = openpyxl.load_workbook(path, read_only=True)
    for sheet in sheets:
        expected = [
            row
            for row in reference[sheet].iter_rows(values_only=True)
            if any(value not in (None, "") for value in row)
        ]
        table = read_table(path, sheet)
        assert table.sheet == sheet and table.encoding is None
        assert table.headers == list(expected[0])
        assert len(table.rows) == len(expected) - 1
        assert table.row_numbers[0] == 2
    reference.close()


def test_online_retail_workbook_values_parse():
    table = read_table(SHARED / RETAIL_XLSX, "Year 2010-2011")
    invoices = [parse_identifier(value) for value in _column(table, "Invoice")]
    assert invoices[0] == "536365"  # stored as the number 536365.0
    assert any(invoice.startswith("C") for invoice in invoices)  # cancellations
    earlier = read_table(SHARED / RETAIL_XLSX, "Year 2009-2010")
    # Only the first sheet's leading rows include orders without a customer.
    assert any(value is None for value in _column(earlier, "Customer ID"))
    assert any(parse_int(value) < 0 for value in _column(table, "Quantity"))
    prices = [parse_money(value) for value in _column(table, "Price")]
    assert prices[0] == 255
    assert all(
        parse_datetime(value).year in (2010, 2011) for value in _column(table, "InvoiceDate")
    )


def test_online_retail_csv_dates_are_not_silently_month_first():
    table = read_table(SHARED / RETAIL_CSV)
    dates = _column(table, "InvoiceDate")
    # Every date in these 1,000 lines is 01-12-10 (1 December 2010). Nothing in
    # the data rules out month-first (12 January 2010), so both orders remain
    # and the importer must ask instead of assuming either.
    assert {value.split()[0] for value in dates} == {"01-12-10"}
    assert possible_date_orders(dates) == {"dmy", "mdy"}
    with pytest.raises(CellError, match="ambiguous day/month order"):
        parse_datetime(dates[0])
    assert parse_datetime(dates[0], order="dmy").date().isoformat() == "2010-12-01"
    assert all(parse_money(value) >= 0 for value in _column(table, "UnitPrice"))


def test_olist_reviews_keep_multiline_comments_and_line_numbers():
    path = SHARED / "olist/olist_order_reviews_dataset.csv"
    assert b"\r\n" in path.read_bytes()[:2000]
    table = read_table(path)
    messages = _column(table, "review_comment_message")
    multiline = [message for message in messages if message and "\n" in message]
    assert multiline, "the sample has review comments spanning lines"
    # Row numbers are Excel's (records, not physical lines): preview and reject report
    # rows match what the seller sees in the spreadsheet.
    assert table.row_numbers == list(range(2, len(table.rows) + 2))
    assert all(parse_int(score) in range(1, 6) for score in _column(table, "review_score"))


def test_olist_translation_headers_have_no_bom():
    path = SHARED / "olist/product_category_name_translation.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    table = read_table(path, known_headers=["product_category_name"])
    assert table.headers == ["product_category_name", "product_category_name_english"]
    assert table.encoding == "utf-8-sig"


def test_olist_money_and_timestamps_parse():
    payments = read_table(SHARED / "olist/olist_order_payments_dataset.csv")
    assert all(parse_money(value) >= 0 for value in _column(payments, "payment_value"))
    orders = read_table(SHARED / "olist/olist_orders_dataset.csv")
    stamps = [value for value in _column(orders, "order_purchase_timestamp") if value]
    assert possible_date_orders(stamps) == {"ymd"}
    assert all(parse_datetime(value).year >= 2016 for value in stamps)


def test_shopify_barcodes_and_blank_skus():
    table = read_table(SHARED / "shopify/product_template_2023.csv")
    barcodes = [parse_identifier(value) for value in _column(table, "Variant Barcode") if value]
    assert "365275101829" in barcodes
    assert None in _column(table, "Variant SKU")  # extra image rows carry no SKU
    assert all(parse_money(value) > 0 for value in _column(table, "Variant Price") if value)


def test_shopify_products_span_several_rows():
    table = read_table(SHARED / "shopify/product-csvs_apparel.csv", known_headers=["Handle"])
    handles = _column(table, "Handle")
    assert len(set(handles)) < len(handles)


def test_etsy_multiline_descriptions_and_emoji():
    table = read_table(SHARED / "etsy/EtsyListingsDownload_petioleandbloom.csv")
    descriptions = _column(table, "DESCRIPTION")
    assert any("\n" in text for text in descriptions)
    assert any("🌿" in text for text in descriptions)
    assert all(parse_money(value) > 0 for value in _column(table, "PRICE"))
