"""Workbooks (.xlsx .xlsm .xlsb .xls .ods): safety checks, then rows via python-calamine.

The container is checked with the standard library before calamine sees it, so
a truncated upload, an encrypted workbook or a hostile file gets a message the
user can act on instead of a parser error, and nothing is unpacked blindly.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import python_calamine

from . import sheet_size
from .errors import (
    NoSuchSheet,
    NotASpreadsheet,
    PasswordProtected,
    SheetAtRowLimit,
    UnsafeWorkbook,
)

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
ZIP_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".ods")
OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_SIGNATURE = b"PK\x03\x04"

MAX_UNPACKED = 1 << 30  # 1 GiB: far beyond any real shop workbook
BOMB_RATIO = 200  # real sheet XML packs 5-30:1; zip bombs pack ~1000:1
BOMB_MIN_PART = 10 * 1024 * 1024  # small parts may pack tightly and are harmless
_PROLOG_LIMIT = 1 << 20
XLS_ROW_LIMIT = 65_536
EXCEL_ROW_LIMIT = 1_048_576


def _head(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(8)


def check_container(path: Path) -> None:
    """Reject damaged, encrypted and hostile workbooks before any parser opens them.

    Goes by content as well as extension: an .xlsx saved under an .xls name is
    still checked as a zip.
    """
    suffix, head = path.suffix.lower(), _head(path)
    if head == OLE_SIGNATURE:
        if suffix == ".ods":
            raise NotASpreadsheet(NotASpreadsheet.UNREADABLE, name=path.name)
        if suffix in ZIP_SUFFIXES:
            # Excel saves an encrypted .xlsx as an OLE compound file holding
            # the encrypted package, not as a zip.
            raise PasswordProtected(name=path.name)
        return  # a real .xls; calamine checks it
    if suffix not in ZIP_SUFFIXES and not head.startswith(ZIP_SIGNATURE):
        return
    try:
        with zipfile.ZipFile(path) as archive:
            _check_sizes(archive, path)
            _check_xml_prologs(archive, path)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as exc:
        raise NotASpreadsheet(name=path.name, detail=str(exc)) from exc


def _check_sizes(archive: zipfile.ZipFile, path: Path) -> None:
    parts = archive.infolist()
    if sum(part.file_size for part in parts) > MAX_UNPACKED:
        raise UnsafeWorkbook(name=path.name, problem=UnsafeWorkbook.TOO_BIG)
    for part in parts:
        if part.file_size > BOMB_MIN_PART and part.file_size > BOMB_RATIO * max(
            part.compress_size, 1
        ):
            raise UnsafeWorkbook(name=path.name, problem=UnsafeWorkbook.ZIP_BOMB)


def _check_xml_prologs(archive: zipfile.ZipFile, path: Path) -> None:
    # A DOCTYPE (and so any <!ENTITY>) may only stand in the prolog, before the
    # root element, so reading up to the root is enough to rule out entity
    # expansion bombs without unpacking whole sheets twice.
    for part in archive.infolist():
        if part.is_dir():
            continue
        with archive.open(part) as stream:
            if _declares_dtd(stream):
                raise UnsafeWorkbook(name=path.name, problem=UnsafeWorkbook.XML_DECLARATIONS)


def _declares_dtd(stream) -> bool:
    data = b""
    while True:
        chunk = stream.read(64 * 1024)
        data += chunk
        verdict = _scan_prolog(_as_utf8(data), complete=not chunk)
        if verdict is not None:
            return verdict
        if len(data) > _PROLOG_LIMIT:
            return True  # a megabyte of comments before the root is not a spreadsheet


def _as_utf8(data: bytes) -> bytes:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="ignore").encode("utf-8")
    return data.removeprefix(b"\xef\xbb\xbf")


def _scan_prolog(data: bytes, *, complete: bool) -> bool | None:
    """True: DTD found; False: reached the root element (or not XML); None: need more."""
    position = 0
    while True:
        while position < len(data) and data[position] in b" \t\r\n":
            position += 1
        rest = data[position:]
        if len(rest) < 9 and not complete:
            return None
        if not rest.startswith(b"<"):
            return False
        for opener, closer in ((b"<?", b"?>"), (b"<!--", b"-->")):
            if rest.startswith(opener):
                end = data.find(closer, position + len(opener))
                if end < 0:
                    return None if not complete else False
                position = end + len(closer)
                break
        else:
            return rest.startswith(b"<!")


def is_disguised_text(path: Path) -> bool:
    """An ".xls" that is really tab- or comma-separated text, as some web platforms export."""
    with open(path, "rb") as handle:
        head = handle.read(512)
    if head.startswith((OLE_SIGNATURE, ZIP_SIGNATURE)):
        return False
    if head.lstrip().lower().startswith((b"<", b"\xef\xbb\xbf<")):
        raise NotASpreadsheet(NotASpreadsheet.WEB_PAGE, name=path.name)
    return b"\x00" not in head or head.startswith((b"\xff\xfe", b"\xfe\xff"))


@contextmanager
def _calamine_errors(path: Path):
    """Whatever calamine raises becomes a message about the file, never a traceback."""
    try:
        yield
    except python_calamine.PasswordError as exc:
        raise PasswordProtected(name=path.name) from exc
    except Exception as exc:
        raise NotASpreadsheet(NotASpreadsheet.UNREADABLE, name=path.name, detail=str(exc)) from exc
    except BaseException as exc:
        # A panic inside the Rust reader surfaces as pyo3's PanicException,
        # which derives from BaseException.
        if type(exc).__name__ != "PanicException":
            raise
        raise NotASpreadsheet(NotASpreadsheet.UNREADABLE, name=path.name, detail=str(exc)) from exc


def _open(path: Path) -> python_calamine.CalamineWorkbook:
    check_container(path)
    with _calamine_errors(path):
        if path.suffix.lower() == ".xls" and _head(path).startswith(ZIP_SIGNATURE):
            # An .xlsx renamed to .xls: from_path trusts the extension,
            # from_filelike looks at the content.
            with open(path, "rb") as handle:
                return python_calamine.CalamineWorkbook.from_filelike(handle)
        return python_calamine.CalamineWorkbook.from_path(str(path))


def _worksheets(workbook: python_calamine.CalamineWorkbook) -> list[str]:
    # Chart sheets and macro sheets hold no table to import.
    work = python_calamine.SheetTypeEnum.WorkSheet
    return [meta.name for meta in workbook.sheets_metadata if meta.typ == work]


def sheet_names(path: Path) -> list[str]:
    workbook = _open(path)
    try:
        with _calamine_errors(path):
            return _worksheets(workbook)
    finally:
        workbook.close()


def open_sheet(path: Path, sheet: str | None):
    """(sheet name, calamine sheet) with the whole sheet loaded; the file is closed again.

    Refuses a sheet that fills its format's row limit: it was almost certainly
    cut off when saved, and importing part of it would silently lose rows.
    """
    workbook = _open(path)
    try:
        with _calamine_errors(path):
            names = _worksheets(workbook)
        name = _resolve_sheet(path, names, sheet)
        limit = XLS_ROW_LIMIT if _head(path) == OLE_SIGNATURE else EXCEL_ROW_LIMIT
        # Before calamine loads the whole sheet: a sheet of millions of rows is refused
        # from its declared size (or its first million rows) in bounded memory.
        if _head(path).startswith(ZIP_SIGNATURE) and sheet_size.rows_at_least(path, name, limit):
            raise SheetAtRowLimit(name=path.name, sheet=name, limit=limit)
        with _calamine_errors(path):
            loaded = workbook.get_sheet_by_name(name)
    finally:
        workbook.close()
    # calamine knows the used range before any row is converted, so this is quick.
    if loaded.end is not None and loaded.end[0] + 1 >= limit:
        raise SheetAtRowLimit(name=path.name, sheet=name, limit=limit)
    return name, loaded


def _resolve_sheet(path: Path, names: list[str], sheet: str | None) -> str:
    if sheet is None:
        if names:
            return names[0]
    elif sheet in names:
        return sheet
    else:
        # Tolerate "sheet1 " for "Sheet1", as typed on a command line.
        wanted = sheet.strip().casefold()
        for name in names:
            if name.strip().casefold() == wanted:
                return name
    shown = ", ".join(f"\u201c{name}\u201d" for name in names) or "none"
    raise NoSuchSheet(name=path.name, sheet=sheet or "", sheets=shown)


def iter_sheet_rows(path: Path, sheet) -> Iterator[tuple[int, list]]:
    """(1-based row number, cells as calamine gives them) for every row of a loaded sheet.

    ``normalize_cell`` turns a cell into what an import reads; it is applied by the
    caller, once per distinct cell, since a large sheet repeats most of its values.
    """
    if sheet.height == 0:
        return
    # One error guard around the loop (not one per row): a 500k-row sheet is read
    # noticeably faster, and a calamine error still becomes a message about the file.
    with _calamine_errors(path):
        # iter_rows pads leading empty rows, so position = row number
        yield from enumerate(sheet.iter_rows(), start=1)


def normalize_cell(value: object) -> object:
    """Empty cells become None. Excel stores every number as a float, so whole floats
    below 10**15 become ints (quantities and codes read as 12, not 12.0); longer ones
    stay floats, since Excel has already dropped their last digits."""
    if value == "":
        return None
    if type(value) is float and value.is_integer() and -1e15 < value < 1e15:
        return int(value)
    return value
