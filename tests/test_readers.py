"""Reading workbooks and text files into Tables, using small files built here."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime

import openpyxl
import pytest

from shopkeeper.services.exchange import containers, text_files
from shopkeeper.services.exchange.errors import (
    EmptyFile,
    NoSuchSheet,
    NotASpreadsheet,
    PasswordProtected,
    SheetAtRowLimit,
    UnknownEncoding,
    UnreadableText,
    UnsafeWorkbook,
    UnsupportedFileType,
)
from shopkeeper.services.exchange.readers import Table, list_sheets, read_table
from shopkeeper.services.exchange.text_files import sniff_delimiter

OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def _xlsx(path, rows_by_sheet: dict[str, list[tuple[int, list]]]):
    """A workbook whose sheets hold (1-based row number, values) rows."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in rows_by_sheet.items():
        sheet = workbook.create_sheet(title)
        for row_number, values in rows:
            for column, value in enumerate(values, start=1):
                sheet.cell(row=row_number, column=column, value=value)
    workbook.save(path)
    return path


def _zip(path, parts: dict[str, bytes], compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


# --- text files --------------------------------------------------------------------


def test_gbk_csv_comes_out_as_chinese(tmp_path):
    path = _write(tmp_path / "taobao.csv", "宝贝名称,宝贝价格\n纯棉T恤,59.00\n".encode("gbk"))
    table = read_table(path)
    assert table.encoding == "gb18030"
    assert table.headers == ["宝贝名称", "宝贝价格"]
    assert table.rows == [["纯棉T恤", "59.00"]]
    assert table.row_numbers == [2]


def test_longer_gbk_csv(tmp_path):
    text = "宝贝名称,宝贝价格,宝贝数量\n纯棉T恤 白色 夏季新款,59.00,100\n连衣裙（红色）,129.00,5\n"
    table = read_table(_write(tmp_path / "gbk.csv", text.encode("gbk")))
    assert table.rows[1] == ["连衣裙（红色）", "129.00", "5"]


def test_utf16_tab_separated_unicode_text(tmp_path):
    # Excel's "Unicode Text (*.txt)": UTF-16 LE with a BOM, tab-separated, CRLF.
    text = "SKU\tName\tPrice\r\nA-1\tTasse, blau\t12,50\r\nA-2\tÉcharpe\t8,00\r\n"
    path = _write(tmp_path / "export.txt", text.encode("utf-16"))
    table = read_table(path)
    assert table.encoding == "utf-16-le"
    assert table.headers == ["SKU", "Name", "Price"]
    assert table.rows == [["A-1", "Tasse, blau", "12,50"], ["A-2", "Écharpe", "8,00"]]


def test_utf16_without_bom(tmp_path):
    path = _write(tmp_path / "nobom.tsv", "a\tb\n1\t2\n".encode("utf-16-le"))
    table = read_table(path)
    assert table.headers == ["a", "b"] and table.rows == [["1", "2"]]


def test_semicolon_csv_with_decimal_commas(tmp_path):
    text = "Artikel;Bezeichnung;Preis\nA1;Tasse, blau;12,50\nA2;Teller;3,99\n"
    table = read_table(_write(tmp_path / "de.csv", text.encode("utf-8")))
    assert table.headers == ["Artikel", "Bezeichnung", "Preis"]
    assert table.rows[0] == ["A1", "Tasse, blau", "12,50"]


def test_cp1252_csv(tmp_path):
    text = "Name,Größe,Preis\nMüller Café,12,5€\nNaïve façade crème,3,4\n"
    table = read_table(_write(tmp_path / "legacy.csv", text.encode("cp1252")))
    assert table.encoding == "cp1252"
    assert table.rows[1][0] == "Naïve façade crème"
    assert table.rows[0][2] == "5€"


def test_utf8_bom_is_not_part_of_the_first_header(tmp_path):
    path = _write(tmp_path / "bom.csv", "\ufeffsku,price\nA,1\n".encode())
    table = read_table(path)
    assert table.encoding == "utf-8-sig"
    assert table.headers == ["sku", "price"]


def test_chosen_encoding_keeps_the_bom_out_too(tmp_path):
    path = _write(tmp_path / "bom.csv", "\ufeffsku,price\nA,1\n".encode())
    assert read_table(path, encoding="utf-8").headers == ["sku", "price"]


def test_wrong_chosen_encoding_is_rejected(tmp_path):
    path = _write(tmp_path / "gbk.csv", "宝贝名称,价格\n纯棉,59\n".encode("gbk"))
    with pytest.raises(UnknownEncoding, match="cannot be read as utf-8"):
        read_table(path, encoding="utf-8")
    with pytest.raises(UnknownEncoding):
        read_table(path, encoding="no-such-codec")


def test_binary_junk_is_not_text(tmp_path):
    path = _write(tmp_path / "photo.csv", bytes(range(256)) * 8)
    with pytest.raises(UnknownEncoding):
        read_table(path)


def test_multiline_quoted_cells_and_crlf(tmp_path):
    """A quoted cell spanning lines is one row, numbered as Excel numbers it."""
    rows = [["id", "comment"], ["1", "first line\r\nsecond line"], ["2", 'say "hi", ok']]
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path = _write(tmp_path / "reviews.csv", buffer.getvalue().encode())
    table = read_table(path)
    assert table.rows == [["1", "first line\r\nsecond line"], ["2", 'say "hi", ok']]
    # Row numbers are Excel's: a cell spanning lines is one row (the record starts on line 4)
    assert table.row_numbers == [2, 3]


def test_taobao_assistant_three_header_lines(tmp_path):
    lines = [
        "version 1.00",
        "title,cid,price,num,outer_id",
        "宝贝名称,宝贝类目,宝贝价格,宝贝数量,商家编码",
        '"纯棉T恤",50000436,59.00,100,"TX-001"',
        '"连衣裙",50010850,129.00,5,"LY-002"',
    ]
    path = _write(tmp_path / "taobao.csv", ("\n".join(lines) + "\n").encode("gbk"))
    known = ["宝贝名称", "宝贝价格", "宝贝数量", "商家编码", "title", "price"]
    table = read_table(path, known_headers=known)
    assert table.headers[0] in ("title", "宝贝名称")
    assert table.rows == [
        ["纯棉T恤", "50000436", "59.00", "100", "TX-001"],
        ["连衣裙", "50010850", "129.00", "5", "LY-002"],
    ]
    assert table.row_numbers == [4, 5]


def test_taobao_header_row_is_the_best_match(tmp_path):
    lines = ["version 1.00", "title,cid,price", "宝贝名称,宝贝类目,宝贝价格", "T恤,1,59.00"]
    path = _write(tmp_path / "taobao.csv", "\n".join(lines).encode("utf-8"))
    table = read_table(path, known_headers=["宝贝名称", "宝贝类目", "宝贝价格"])
    assert table.headers == ["宝贝名称", "宝贝类目", "宝贝价格"]
    assert table.rows == [["T恤", "1", "59.00"]]


def test_header_matching_ignores_case_and_spacing(tmp_path):
    text = "Report of 2023\n\n  variant   SKU ,PRICE\nA,1\n"
    table = read_table(_write(tmp_path / "r.csv", text.encode()), known_headers=["Variant SKU"])
    assert table.headers == ["variant   SKU", "PRICE"]
    assert table.row_numbers == [4]


def test_without_known_headers_the_first_non_blank_row_is_the_header(tmp_path):
    text = "\n\nsku,price\nA,1\n"
    table = read_table(_write(tmp_path / "r.csv", text.encode()))
    assert table.headers == ["sku", "price"]
    assert table.row_numbers == [4]


def test_duplicate_headers_get_suffixes(tmp_path):
    text = "Price,SKU,,Price,price,,\n1,A,x,2,3,,\n"
    table = read_table(_write(tmp_path / "dup.csv", text.encode()))
    assert table.headers == ["Price", "SKU", "", "Price (2)", "price (3)"]
    assert table.rows == [["1", "A", "x", "2", "3"]]


def test_rows_are_padded_truncated_and_blank_rows_dropped(tmp_path):
    text = "a,b,c\n1\n\n , ,\n1,2,3,4\n,,,extra\n5,6,7\n\n\n"
    table = read_table(_write(tmp_path / "ragged.csv", text.encode()))
    assert table.rows == [["1", None, None], ["1", "2", "3"], ["5", "6", "7"]]
    assert table.row_numbers == [2, 5, 7]
    assert table.sheet == "" and table.encoding == "utf-8"


def test_header_only_file_has_no_rows(tmp_path):
    table = read_table(_write(tmp_path / "h.csv", b"sku,price\n"))
    assert table == Table("", ["sku", "price"], [], [], "utf-8")


def test_max_rows_limits_the_preview(tmp_path):
    text = "n\n" + "".join(f"{i}\n" for i in range(1000))
    table = read_table(_write(tmp_path / "n.csv", text.encode()), max_rows=200)
    assert len(table.rows) == 200 and table.row_numbers[-1] == 201


def test_should_stop_is_called_and_can_cancel(tmp_path):
    path = _write(tmp_path / "n.csv", ("n\n" + "1\n" * 5000).encode())
    seen = []
    read_table(path, should_stop=seen.append)
    assert seen == [2000, 4000]

    class Stop(Exception):
        pass

    def stop(count):
        raise Stop

    with pytest.raises(Stop):
        read_table(path, should_stop=stop)


@pytest.mark.parametrize(
    ("sample", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1,5;2;3\n", ";"),
        ("a\tb\n1\t2\n", "\t"),
        ("a|b|c\n1|2|3\n", "|"),
        ('name,desc\nx,"a;b;c;d"\ny,"e;f"\n', ","),
        ("just one column\nvalue\n", ","),
    ],
)
def test_sniff_delimiter(sample, delimiter):
    assert sniff_delimiter(sample) == delimiter


def test_empty_and_blank_text_files(tmp_path):
    with pytest.raises(EmptyFile):
        read_table(_write(tmp_path / "empty.csv", b""))
    with pytest.raises(EmptyFile):
        read_table(_write(tmp_path / "blank.csv", b"\n , \n\n"))


def test_unsupported_extension_lists_the_supported_ones(tmp_path):
    with pytest.raises(UnsupportedFileType) as caught:
        read_table(_write(tmp_path / "notes.pdf", b"%PDF-1.4"))
    assert ".xlsx" in caught.value.message and ".csv" in caught.value.message
    with pytest.raises(UnsupportedFileType):
        list_sheets(tmp_path / "notes.pdf")


def test_text_files_have_one_unnamed_sheet(tmp_path):
    assert list_sheets(_write(tmp_path / "a.csv", b"a\n1\n")) == [""]


def test_xls_that_is_really_tab_separated_text(tmp_path):
    path = _write(tmp_path / "export.xls", "订单编号\t金额\n1001\t59.00\n".encode("gbk"))
    assert list_sheets(path) == [""]
    table = read_table(path)
    assert table.headers == ["订单编号", "金额"] and table.rows == [["1001", "59.00"]]


def test_xls_that_is_really_a_web_page(tmp_path):
    path = _write(tmp_path / "export.xls", b"<html><table><tr><td>1</td></tr></table></html>")
    with pytest.raises(NotASpreadsheet, match="web page"):
        read_table(path)


# --- workbooks ---------------------------------------------------------------------------


def test_xlsx_header_on_row_3_with_blank_trailing_rows(tmp_path):
    path = _xlsx(
        tmp_path / "stock.xlsx",
        {
            "Stock": [
                (1, ["Stock list, exported 2023-11-11"]),
                (3, ["SKU", "Name", "Qty", "Price", "Updated"]),
                (4, ["A-1", "Mug", 12, 6.95, datetime(2023, 11, 11, 10, 30)]),
                (5, [573415, "Plate", 3.5, 10, None]),
                (7, ["A-3", "Bowl", 0, "1,234.50", None]),
                (8, [" ", None, None, None, "  "]),  # whitespace only: blank
                (9, [None, "", None, None, None]),
            ]
        },
    )
    table = read_table(path, known_headers=["sku", "qty", "price"])
    assert table.sheet == "Stock" and table.encoding is None
    assert table.headers == ["SKU", "Name", "Qty", "Price", "Updated"]
    assert table.rows == [
        ["A-1", "Mug", 12, 6.95, datetime(2023, 11, 11, 10, 30)],
        [573415, "Plate", 3.5, 10, None],
        ["A-3", "Bowl", 0, "1,234.50", None],
    ]
    assert type(table.rows[1][0]) is int  # Excel's 573415.0 comes back whole
    assert table.row_numbers == [4, 5, 7]


def test_xlsx_data_starting_in_a_later_column(tmp_path):
    path = _xlsx(
        tmp_path / "offset.xlsx",
        {"S": [(2, [None, None, "sku", "qty"]), (3, [None, None, "A", 1])]},
    )
    table = read_table(path)
    assert table.headers == ["sku", "qty"] and table.rows == [["A", 1]]
    assert table.row_numbers == [3]


def test_without_known_headers_the_title_line_is_the_header(tmp_path):
    path = _xlsx(tmp_path / "t.xlsx", {"S": [(1, ["Title"]), (3, ["sku", "qty"]), (4, ["A", 1])]})
    table = read_table(path)
    assert table.headers == ["Title"]
    assert table.rows == [["sku"], ["A"]]


def test_sheets_are_listed_and_chosen_by_name(tmp_path):
    path = _xlsx(
        tmp_path / "two.xlsx",
        {"Orders": [(1, ["id"]), (2, [1])], "Refunds": [(1, ["id", "amount"]), (2, [7, 1.5])]},
    )
    assert list_sheets(path) == ["Orders", "Refunds"]
    assert read_table(path).sheet == "Orders"
    refunds = read_table(path, "Refunds")
    assert refunds.sheet == "Refunds" and refunds.rows == [[7, 1.5]]
    assert read_table(path, " refunds").sheet == "Refunds"
    with pytest.raises(NoSuchSheet) as caught:
        read_table(path, "Returns")
    assert "\u201cOrders\u201d, \u201cRefunds\u201d" in caught.value.message


def test_empty_sheet(tmp_path):
    path = _xlsx(tmp_path / "e.xlsx", {"Data": [(1, ["a"])], "Empty": []})
    with pytest.raises(EmptyFile, match="The sheet \u201cEmpty\u201d"):
        read_table(path, "Empty")


def test_max_rows_and_should_stop_on_workbooks(tmp_path):
    rows = [(1, ["n"])] + [(i, [i]) for i in range(2, 4503)]
    path = _xlsx(tmp_path / "many.xlsx", {"S": rows})
    assert len(read_table(path, max_rows=200).rows) == 200
    seen = []
    table = read_table(path, should_stop=seen.append)
    assert len(table.rows) == 4501 and seen == [2000, 4000]


def test_sheet_at_the_excel_row_limit_is_refused(tmp_path):
    path = _xlsx(tmp_path / "cut.xlsx", {"Orders": [(1, ["id"]), (2, [1]), (1_048_576, [2])]})
    with pytest.raises(SheetAtRowLimit) as caught:
        read_table(path)
    assert "1,048,576" in caught.value.message and "Orders" in caught.value.message


def test_password_protected_looking_file(tmp_path):
    path = _write(tmp_path / "secret.xlsx", OLE_SIGNATURE + b"\x00" * 504 + b"junk" * 100)
    with pytest.raises(PasswordProtected) as caught:
        read_table(path)
    assert "secret.xlsx" in caught.value.message and "password" in caught.value.message
    with pytest.raises(PasswordProtected):
        list_sheets(path)


@pytest.mark.parametrize("data", [b"PK\x03\x04 cut off here", b"hello, this is not a zip"])
def test_not_a_zip_is_not_a_spreadsheet(tmp_path, data):
    path = _write(tmp_path / "broken.xlsx", data)
    with pytest.raises(NotASpreadsheet) as caught:
        read_table(path)
    assert caught.value.message.startswith("broken.xlsx is not a valid Excel file")
    assert caught.value.exit_code == 4


def test_truncated_real_workbook(tmp_path):
    whole = _xlsx(tmp_path / "whole.xlsx", {"S": [(1, ["a"]), (2, [1])]}).read_bytes()
    path = _write(tmp_path / "cut.xlsx", whole[: len(whole) // 2])
    with pytest.raises(NotASpreadsheet):
        read_table(path)


def _minimal_workbook_parts(workbook_xml: bytes) -> dict[str, bytes]:
    source = _xlsx_bytes()
    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/workbook.xml"] = workbook_xml
    return parts


def _xlsx_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active.append(["a"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_entity_declarations_are_refused(tmp_path):
    bomb = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
        b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<sheets><sheet name='&lol2;' sheetId='1' r:id='rId1'/></sheets></workbook>"
    )
    path = _zip(tmp_path / "bomb.xlsx", _minimal_workbook_parts(bomb))
    with pytest.raises(UnsafeWorkbook, match="entity or DOCTYPE"):
        read_table(path)
    with pytest.raises(UnsafeWorkbook):
        list_sheets(path)


def test_entity_after_comments_and_in_utf16_is_refused(tmp_path):
    xml = '<?xml version="1.0" encoding="UTF-16"?><!-- hi --><!ENTITY x "y"><workbook/>'
    path = _zip(tmp_path / "u16.xlsx", _minimal_workbook_parts(xml.encode("utf-16")))
    with pytest.raises(UnsafeWorkbook):
        read_table(path)


def test_zip_bomb_is_refused(tmp_path):
    parts = _minimal_workbook_parts(_xlsx_workbook_xml())
    parts["xl/media/padding.bin"] = b"\x00" * (12 * 1024 * 1024)  # packs ~1000:1
    path = _zip(tmp_path / "zipbomb.xlsx", parts)
    with pytest.raises(UnsafeWorkbook, match="zip bomb"):
        read_table(path)


def test_workbook_bigger_than_a_gigabyte_unpacked_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(containers, "MAX_UNPACKED", 1000)
    path = _write(tmp_path / "big.xlsx", _xlsx_bytes())
    with pytest.raises(UnsafeWorkbook, match="1 GB"):
        read_table(path)


def _xlsx_workbook_xml() -> bytes:
    with zipfile.ZipFile(io.BytesIO(_xlsx_bytes())) as archive:
        return archive.read("xl/workbook.xml")


def test_calamine_failures_become_user_messages(tmp_path):
    # A valid zip that is no workbook: the container passes, calamine fails.
    path = _zip(tmp_path / "odd.xlsx", {"hello.txt": b"hi"})
    with pytest.raises(NotASpreadsheet) as caught:
        read_table(path)
    assert "odd.xlsx" in caught.value.message
    assert "Traceback" not in caught.value.message


def test_damaged_xls(tmp_path):
    path = _write(tmp_path / "old.xls", OLE_SIGNATURE + b"\x00" * 100)
    with pytest.raises(NotASpreadsheet):
        read_table(path)


def test_ods_workbook(tmp_path):
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Produkte">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>SKU</text:p>'
        '</table:table-cell><table:table-cell office:value-type="string"><text:p>Preis</text:p>'
        "</table:table-cell></table:table-row>"
        '<table:table-row><table:table-cell office:value-type="string"><text:p>A-1</text:p>'
        '</table:table-cell><table:table-cell office:value-type="float" office:value="12.5">'
        "<text:p>12,5</text:p></table:table-cell></table:table-row>"
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    path = tmp_path / "sheet.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    assert list_sheets(path) == ["Produkte"]
    table = read_table(path)
    assert table.headers == ["SKU", "Preis"] and table.rows == [["A-1", 12.5]]


def test_xlsx_saved_under_an_xls_name(tmp_path):
    source = _xlsx(tmp_path / "real.xlsx", {"Orders": [(1, ["id", "total"]), (2, [1, 9.5])]})
    path = _write(tmp_path / "export.xls", source.read_bytes())
    assert list_sheets(path) == ["Orders"]
    assert read_table(path).rows == [[1, 9.5]]


def test_xlsx_under_an_xls_name_is_still_checked_as_a_zip(tmp_path):
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><workbook/>'
    source = _zip(tmp_path / "bomb.xlsx", _minimal_workbook_parts(bomb))
    with pytest.raises(UnsafeWorkbook):
        read_table(_write(tmp_path / "bomb.xls", source.read_bytes()))


def test_malformed_csv_names_the_line(tmp_path, monkeypatch):
    real_reader = csv.reader

    class failing_reader:  # noqa: N801 - stands in for csv.reader
        def __init__(self, lines, **options):
            self.records = real_reader(lines, **options)
            self.line_num = 0

        def __iter__(self):
            return self

        def __next__(self):
            if self.line_num == 2:
                raise csv.Error("unexpected end of data")
            record = next(self.records)
            self.line_num = self.records.line_num
            return record

    monkeypatch.setattr(text_files.csv, "reader", failing_reader)
    path = _write(tmp_path / "bad.csv", b"a,b\n1,2\n3,4\n")
    with pytest.raises(UnreadableText, match="near line 3"):
        read_table(path)


def _with_sheet_xml(tmp_path, name, rewrite):
    """A real one-sheet .xlsx whose sheet XML is replaced by ``rewrite(xml)``."""
    import re

    book = openpyxl.Workbook()
    book.active.append(["Order ID", "Quantity"])
    book.active.append(["1", 1])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    out = tmp_path / name
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = rewrite(re, data)
            dst.writestr(info, data)
    return out


def test_sheet_declaring_millions_of_rows_is_refused_before_loading(tmp_path):
    """A sheet whose dimension says 6.4M rows is refused at once, without reading it."""
    path = _with_sheet_xml(
        tmp_path,
        "huge.xlsx",
        lambda re, xml: re.sub(
            rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:B6400000"/>', xml
        ),
    )
    with pytest.raises(SheetAtRowLimit):
        read_table(path)


def test_sheet_rows_are_counted_in_bounded_chunks_when_no_size_is_declared(tmp_path, monkeypatch):
    """Without a dimension a big sheet's rows are counted while streaming, up to the limit."""
    from shopkeeper.services.exchange import sheet_size

    monkeypatch.setattr(sheet_size, "_COUNT_FROM", 0)  # count this small sheet too
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n) for n in range(3, 60_000))

    def rewrite(re, xml):
        xml = re.sub(rb'<dimension ref="[^"]*"\s*/>', b"", xml)
        return xml.replace(b"</sheetData>", rows + b"</sheetData>")

    path = _with_sheet_xml(tmp_path, "undeclared.xlsx", rewrite)
    assert sheet_size.rows_at_least(path, "Sheet", 50_000) >= 50_000
    assert sheet_size.rows_at_least(path, "Sheet", 100_000) is None
    assert len(read_table(path).rows) == 59_998


def test_ten_thousand_identical_headers_are_numbered_in_linear_time(tmp_path):
    """20,000 columns all called Price read in well under a second, numbered Price (n)."""
    import time

    path = tmp_path / "wide.csv"
    path.write_text(",".join(["Price"] * 20_000) + "\n" + ",".join(["1"] * 20_000) + "\n")
    started = time.perf_counter()
    table = read_table(path)
    assert time.perf_counter() - started < 3
    assert table.headers[:3] == ["Price", "Price (2)", "Price (3)"]
    assert table.headers[-1] == "Price (20000)"


def test_utf8_file_with_some_latin1_rows_is_decoded_row_by_row(tmp_path):
    """UTF-8 rows stay UTF-8, the Latin-1 row is read as Windows-1252 and named."""
    path = tmp_path / "mixed.csv"
    lines = ["Name,Price"] + [f"Café crème {n},3.50" for n in range(38)]
    path.write_bytes(
        ("\n".join(lines) + "\n").encode("utf-8") + "Crème brûlée,4.00\n".encode("latin-1")
    )
    table = read_table(path)
    assert [row[0] for row in table.rows[:1]] == ["Café crème 0"]
    assert table.rows[-1][0] == "Crème brûlée"
    assert table.fallback_rows == [40]
