"""Counting an undeclared sheet's rows before it is loaded (sheet_size.rows_at_least)."""

import zipfile

import pytest

from shopkeeper.services.exchange import sheet_size

_MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_WORKBOOK = (
    b'<workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships"><sheets><sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>'
    % _MAIN
)
_RELS = (
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)


def _xlsx(tmp_path, rows: bytes, prefix: str = "", after: bytes = b""):
    """A workbook whose one sheet declares no dimension and holds ``rows``."""
    p = f"{prefix}:" if prefix else ""
    xmlns = f"xmlns:{prefix}" if prefix else "xmlns"
    sheet = (
        f'<{p}worksheet {xmlns}="{_MAIN.decode()}"><{p}sheetData>'.encode()
        + rows
        + f"</{p}sheetData>".encode()
        + after
        + f"</{p}worksheet>".encode()
    )
    path = tmp_path / "sheet.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


@pytest.fixture
def count_everything(monkeypatch):
    """Count small sheets too, in chunks small enough that tags fall across their edges."""
    monkeypatch.setattr(sheet_size, "_COUNT_FROM", 0)
    monkeypatch.setattr(sheet_size, "_MIN_ROW_BYTES", 0)
    monkeypatch.setattr(sheet_size, "_CHUNK", 7)


@pytest.mark.parametrize(
    ("row", "prefix"),
    [
        ('<row r="{n}"><c r="A{n}"><v>1</v></c></row>', ""),
        ("<row><c><v>{n}</v></c></row>", ""),
        ('<row\n r="{n}"><c><v>1</v></c></row>', ""),
        ('<row\tr="{n}"/>', ""),
        ('<x:row r="{n}"><x:c r="A{n}"><x:v>1</x:v></x:c></x:row>', "x"),
        ('<main:row r="{n}"/>', "main"),
    ],
)
def test_undeclared_rows_are_counted_up_to_the_limit(tmp_path, count_everything, row, prefix):
    """Rows written with or without attributes, any whitespace or a namespace prefix are
    counted; the count reaches a limit of 3,000 rows and stays below 3,001."""
    rows = "".join(row.format(n=n) for n in range(1, 3001)).encode()
    path = _xlsx(tmp_path, rows, prefix)
    assert sheet_size.rows_at_least(path, "Orders", 3000) == 3000
    assert sheet_size.rows_at_least(path, "Orders", 3001) is None


def test_tags_that_are_not_rows_are_not_counted(tmp_path, count_everything):
    """Page breaks (<rowBreaks>) and empty <row/> elements do not count as rows."""
    rows = b'<row r="1"><c><v>1</v></c></row><row/><row/>'
    breaks = b'<rowBreaks count="1"><brk id="1"/></rowBreaks>'
    path = _xlsx(tmp_path, rows, after=breaks)
    assert sheet_size.rows_at_least(path, "Orders", 1) == 1
    assert sheet_size.rows_at_least(path, "Orders", 2) is None


def test_a_small_sheet_is_not_read_through(tmp_path):
    """Below the counting threshold no count is made: the sheet is loaded and checked after."""
    rows = b"".join(b'<row r="%d"/>' % n for n in range(1, 301))
    path = _xlsx(tmp_path, rows)
    assert sheet_size.rows_at_least(path, "Orders", 10) is None
