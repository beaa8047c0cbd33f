"""Exports are real spreadsheets: formats, drop-downs, safe text, no half files."""

import csv
import tempfile
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from shopkeeper.errors import Cancelled
from shopkeeper.services.exchange.csv_writer import write_csv
from shopkeeper.services.exchange.formats import TAOBAO
from shopkeeper.services.exchange.xlsx_writer import Column, write_xlsx

COLUMNS = [
    Column("SKU"),
    Column("Price", "money"),
    Column("Stock", "int"),
    Column("Updated", "datetime"),
    Column("Launch", "date"),
    Column("Status", "choice", ("active", "draft", "archived")),
    Column("Off", "percent_bp"),
    Column("Note"),
]
ROWS = [
    ["00123", 123456, 7, "2024-03-05T10:20:00", "2024-03-05", "draft", 1250, "plain"],
    ["B-2", 5, 0, None, None, "active", None, "=1+1"],
]
FORMULA_LIKE = [
    "=1+1",
    "+86 138 0013 8000",
    "-5",
    "@SUM(A1)",
    '=HYPERLINK("http://x")',
    "\tTAB",
    "#N/A",
    "-",
    "=",
    "+",
]
HINTS = [10, None, 50_000]  # normal workbook, write-only (unknown size), write-only (large)


def write(tmp_path, columns=COLUMNS, rows=ROWS, name="out.xlsx", **kw):
    path = tmp_path / name
    write_xlsx(path, "Listings", columns, rows, **kw)
    return path


def sheet(path):
    return openpyxl.load_workbook(path).worksheets[0]


@pytest.mark.parametrize("hint", HINTS)
def test_header_is_frozen_and_bold(tmp_path, hint):
    """Row 1 is a bold header and stays frozen while scrolling."""
    ws = sheet(write(tmp_path, row_count_hint=hint))
    assert ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]] == [c.header for c in COLUMNS]
    assert all(c.font.b for c in ws[1])
    assert ws.title == "Listings"


@pytest.mark.parametrize("hint", HINTS)
def test_number_and_date_formats(tmp_path, hint):
    """Money, int, datetime, date and percent cells are typed and formatted."""
    ws = sheet(write(tmp_path, row_count_hint=hint))
    sku, price, stock, updated, launch, _, off, _ = ws[2]
    assert (price.value, price.number_format) == (1234.56, "#,##0.00")
    assert (stock.value, stock.number_format) == (7, "0")
    assert updated.value == datetime(2024, 3, 5, 10, 20)
    assert updated.number_format == "yyyy-mm-dd hh:mm"
    assert (launch.value.date(), launch.number_format) == (date(2024, 3, 5), "yyyy-mm-dd")
    assert (off.value, off.number_format) == (0.125, "0.00%")
    assert (sku.value, sku.data_type) == ("00123", "s")


def test_money_cell_holds_exact_decimal_text(tmp_path):
    """The cell XML holds 1234.56 exactly, not a binary float like 1234.5599999."""
    path = write(tmp_path)
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<v>1234.56</v>" in xml and "<v>0.05</v>" in xml


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.integers(-(10**13), 10**13), min_size=1, max_size=30), st.sampled_from([0, 2, 3])
)
def test_money_round_trips_exactly(tmp_path, amounts, exponent):
    """Any amount in minor units reads back as exactly amount / 10**exponent."""
    path = write(
        tmp_path,
        [Column("Amount", "money")],
        [[a] for a in amounts],
        currency_exponent=exponent,
        row_count_hint=len(amounts),
    )
    ws = sheet(path)
    got = [Decimal(repr(row[0].value)) for row in ws.iter_rows(min_row=2)]
    assert got == [Decimal(a).scaleb(-exponent) for a in amounts]
    assert ws["A2"].number_format == ("#,##0" if exponent == 0 else "#,##0." + "0" * exponent)


@pytest.mark.parametrize("hint", HINTS)
def test_choice_column_has_drop_down(tmp_path, hint):
    """A choice column gets a list validation covering the whole column below the header."""
    ws = sheet(write(tmp_path, row_count_hint=hint))
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and dv.formula1 == '"active,draft,archived"'
    assert str(dv.sqref) == "F2:F1048576"


def test_long_choice_list_lives_on_hidden_sheet(tmp_path):
    """Choices too long for an inline list are kept on a hidden sheet the validation points at."""
    choices = tuple(f"Category number {i}, with comma" for i in range(40))
    path = write(tmp_path, [Column("Category", "choice", choices)], [[choices[3]]])
    wb = openpyxl.load_workbook(path)
    lists = wb["Lists"]
    assert lists.sheet_state == "hidden"
    assert [r[0].value for r in lists.iter_rows()] == list(choices)
    (dv,) = wb.worksheets[0].data_validations.dataValidation
    assert dv.formula1 == "'Lists'!$A$1:$A$40"


@pytest.mark.parametrize("hint", HINTS)
def test_formula_like_text_stays_text(tmp_path, hint):
    """Text that looks like a formula reads back unchanged in openpyxl and calamine, never run."""
    path = write(
        tmp_path,
        [Column("Note"), Column("Title", "choice", ("x",))],
        [[t, t] for t in FORMULA_LIKE],
        row_count_hint=hint,
    )
    ws = sheet(path)
    for col in "AB":
        cells = ws[col][1:]
        assert [c.value for c in cells] == FORMULA_LIKE
        assert {c.data_type for c in cells} == {"s"}
        assert all(c.quotePrefix for c in cells)
    calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert [row[0] for row in calamine[1:]] == FORMULA_LIKE
    assert "<f>" not in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()


def test_leading_carriage_return_text_stays_text(tmp_path):
    """A CR-led cell reads back as text, not a formula (without lxml, XML turns CR into LF)."""
    ws = sheet(write(tmp_path, [Column("Note")], [["\r=1+1"], ["a\r\nb"]]))
    got = [(c.value.replace("\r\n", "\n").replace("\r", "\n"), c.data_type) for c in ws["A"][1:]]
    assert got == [("\n=1+1", "s"), ("a\nb", "s")]


def test_numbers_in_text_columns_stay_text(tmp_path):
    """Leading zeros and numbers in a text column are written as text, not as numbers."""
    ws = sheet(write(tmp_path, [Column("SKU")], [["00123"], [42], ["1e5"]]))
    got = [(c.value, c.data_type) for c in ws["A"][1:]]
    assert got == [("00123", "s"), ("42", "s"), ("1e5", "s")]


def test_control_characters_are_dropped_not_fatal(tmp_path):
    """Characters an .xlsx cannot store are removed; tabs and line breaks are kept."""
    ws = sheet(write(tmp_path, [Column("Body")], [["a\x00b\x0bc\td\ne"]]))
    assert ws["A2"].value == "abc\td\ne"


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        (None, datetime(2024, 3, 5, 10, 20)),
        (UTC, datetime(2024, 3, 5, 2, 20)),
    ],
)
def test_aware_datetimes_become_wall_time(tmp_path, zone, expected):
    """An aware time is written as naive wall time, in the given zone or its own."""
    value = datetime(2024, 3, 5, 10, 20, tzinfo=timezone(timedelta(hours=8)))
    ws = sheet(
        write(
            tmp_path,
            [Column("At", "datetime")],
            [[value], ["2024-03-05T10:20:00+08:00"]],
            time_zone=zone,
        )
    )
    assert ws["A2"].value == expected == ws["A3"].value


def test_widths_follow_content_and_are_capped(tmp_path):
    """Columns are as wide as header and sampled values (CJK counts double), at most 60."""
    columns = [Column("A"), Column("标题"), Column("Long"), Column("Fixed", width=30)]
    ws = sheet(write(tmp_path, columns, [["x", "连衣裙连衣裙连衣裙连衣裙", "y" * 500, "z"]]))
    widths = [ws.column_dimensions[c].width for c in "ABCD"]
    assert widths[0] == 8 and widths[1] >= 24 and widths[2] == 60 and widths[3] == 30


def test_write_only_and_normal_workbooks_hold_the_same(tmp_path):
    """The streaming path for large exports produces the same cells as the normal one."""
    rows = [
        [f"S{i:05}", i * 101, i, "2024-01-01T08:00:00", "2024-01-02", "active", i, f"=n{i}"]
        for i in range(300)
    ]
    small = write(tmp_path, rows=rows, name="small.xlsx", row_count_hint=300)
    large = write(tmp_path, rows=rows, name="large.xlsx", row_count_hint=6_000)
    values = [[[c.value for c in r] for r in sheet(p).iter_rows()] for p in (small, large)]
    assert values[0] == values[1] and len(values[0]) == 301


def test_should_stop_is_called_every_2000_rows(tmp_path):
    """Progress is reported every 2,000 rows and the row count is returned."""
    seen = []
    count = write_xlsx(
        tmp_path / "big.xlsx",
        "Big",
        [Column("N", "int")],
        ([i] for i in range(5_000)),
        should_stop=seen.append,
    )
    assert count == 5_000 and seen == [2_000, 4_000]


@pytest.mark.parametrize("hint", [10, None])
def test_cancel_leaves_no_file(tmp_path, monkeypatch, hint):
    """Raising from should_stop cancels: no export, no temporary file, old file untouched."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # openpyxl's streaming files
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.xlsx").write_bytes(b"previous export")

    def stop(n):
        raise Cancelled()

    with pytest.raises(Cancelled):
        write_xlsx(
            out / "old.xlsx",
            "X",
            [Column("N", "int")],
            ([i] for i in range(4_500)),
            row_count_hint=hint,
            should_stop=stop,
        )
    assert [p.name for p in out.iterdir()] == ["old.xlsx"]
    assert (out / "old.xlsx").read_bytes() == b"previous export"
    assert list(scratch.iterdir()) == []


def test_taobao_csv_round_trip_in_gb18030(tmp_path):
    """A Taobao Assistant CSV keeps its three header lines and Chinese text through GB18030."""
    path = tmp_path / "taobao.csv"
    rows = [
        ["连衣裙 夏季新款", "50010850", "129.00", 5, "<p>纯棉 😀</p>", "SKU-01", "", "", "", "显瘦"]
    ]
    assert (
        write_csv(
            path, [], rows, encoding="gb18030", header_rows=[list(r) for r in TAOBAO.header_rows]
        )
        == 1
    )
    with path.open(encoding="gb18030", newline="") as fh:
        got = list(csv.reader(fh))
    assert got[0] == ["version 1.00"] and got[2][0] == "宝贝名称"
    assert got[3] == [str(v) for v in rows[0]]
    assert path.read_bytes().startswith(b"version 1.00\r\n")


def test_shopify_csv_is_plain_utf8_and_unaltered(tmp_path):
    """Platform CSVs carry values as they are (no BOM, no formula guard) for its importer."""
    path = tmp_path / "shopify.csv"
    write_csv(path, ["Handle", "Title"], [["a", "=not a formula"], ["b", None]], encoding="utf-8")
    assert path.read_bytes() == b"Handle,Title\r\na,=not a formula\r\nb,\r\n"


def test_csv_cancel_leaves_no_file(tmp_path):
    """A cancelled CSV export leaves nothing behind."""

    def stop(n):
        raise Cancelled()

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        write_csv(out / "x.csv", ["N"], ([i] for i in range(3_000)), should_stop=stop)
    assert list(out.iterdir()) == []
