"""Exports as real spreadsheets: frozen bold header, widths, number formats, drop-downs.

Values arrive as the app stores them (money in integer minor units, times as
ISO text) and leave as typed Excel cells, so an export imported straight back
changes nothing. Text that a spreadsheet could run as a formula stays text.
"""

from __future__ import annotations

import os
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from shopkeeper.store import in_flight

from .xlsx_stream import sample_row, splice_rows

WRITE_ONLY_ABOVE = 5_000  # rows; more (or unknown) streams with Workbook(write_only=True)
STOP_CHECK_EVERY = 2_000
WIDTH_SAMPLE = 200  # rows looked at for column widths
MAX_WIDTH = 60
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
# A cell starting with one of these may be run as a formula (or DDE) by a spreadsheet.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_BOLD = Font(bold=True)
_FIXED_WIDTH = {"datetime": 17, "date": 11, "money": 13, "percent_bp": 9, "int": 9}


@dataclass(frozen=True)
class Column:
    header: str
    type: str = "text"  # "text" | "money" | "int" | "datetime" | "date" | "percent_bp" | "choice"
    choices: tuple[str, ...] = ()
    width: int | None = None


def money_format(exponent: int) -> str:
    return "#,##0." + "0" * exponent if exponent > 0 else "#,##0"


def display_width(text: str) -> int:
    """Width in Excel character units: East Asian wide characters count double."""
    line = max(text.split("\n"), key=len) if "\n" in text else text
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def to_excel_datetime(value: object, time_zone: tzinfo | None = None) -> object:
    """ISO text or datetime -> naive wall-time datetime; anything unparsable is returned as is.

    Excel has no time zones. An aware time is shown as the wall time in ``time_zone``
    (the shop's zone) or, when None, as the wall time it was written with.
    """
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            return value
    if isinstance(value, datetime) and value.tzinfo is not None:
        if time_zone is not None:
            value = value.astimezone(time_zone)
        value = value.replace(tzinfo=None)
    return value


def to_excel_date(value: object) -> object:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return value
    return value.date() if isinstance(value, datetime) else value


def clean_text(text: str) -> str:
    """Drop the control characters an .xlsx cannot hold at all (tabs and line breaks stay)."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def needs_text_guard(text: str) -> bool:
    """True if a spreadsheet would read ``text`` as a formula or an error value, not as text."""
    return text.startswith(FORMULA_PREFIXES) or text in ERROR_CODES


class _Converter:
    """Turns one column's stored values into cell values (or styled cells)."""

    def __init__(
        self, ws, column: Column, exponent: int, time_zone: tzinfo | None, reuse: bool
    ) -> None:
        self.ws, self.type, self.exponent, self.time_zone = ws, column.type, exponent, time_zone
        self.number_format = {
            "money": money_format(exponent),
            "int": "0",
            "percent_bp": "0.00%",
            "datetime": DATETIME_FORMAT,
            "date": DATE_FORMAT,
        }.get(column.type)
        # A write-only sheet serializes each row as it is appended, so one styled cell per
        # column can be reused row after row; a normal sheet keeps the cell objects.
        self.reuse = reuse
        self._number_cell = self._guard_cell = None

    def _number(self, value: object):
        cell = self._number_cell if self.reuse else None
        if cell is None:
            cell = WriteOnlyCell(self.ws)
            cell.number_format = self.number_format or "General"
            if self.reuse:
                self._number_cell = cell
        cell.value = value
        return cell

    def _guarded(self, text: str):
        cell = self._guard_cell if self.reuse else None
        if cell is None:
            cell = WriteOnlyCell(self.ws)
            cell.quotePrefix = True  # Excel keeps it text even when the cell is edited
            if self.reuse:
                self._guard_cell = cell
        cell.value = text
        cell.data_type = "s"  # openpyxl turns "=..." into a formula and "#N/A" into an error
        return cell

    def __call__(self, value: object) -> object:
        if value is None or value == "":
            return None
        kind = self.type
        if kind == "money" and isinstance(value, int) and not isinstance(value, bool):
            value = Decimal(value).scaleb(-self.exponent)  # exact: no binary float
        elif kind == "percent_bp" and isinstance(value, int) and not isinstance(value, bool):
            value = Decimal(value).scaleb(-4)
        elif kind == "datetime":
            value = to_excel_datetime(value, self.time_zone)
        elif kind == "date":
            value = to_excel_date(value)
        if isinstance(value, (int, float, Decimal, date)) and kind not in ("text", "choice"):
            return self._number(value)
        text = clean_text(value if isinstance(value, str) else str(value))
        # A plain str is never read as a number ("00123" stays "00123"); a risky one is guarded.
        return self._guarded(text) if needs_text_guard(text) else text


def _widths(columns: Sequence[Column], sample: list[Sequence[object]]) -> list[float]:
    widths = []
    for i, column in enumerate(columns):
        if column.width:
            widths.append(column.width)
            continue
        longest = display_width(column.header) + 3  # room for the drop-down / filter button
        if column.type in _FIXED_WIDTH:
            longest = max(longest, _FIXED_WIDTH[column.type])
        else:
            for row in sample:
                value = row[i] if i < len(row) else None
                if value is not None:
                    longest = max(longest, display_width(str(value)[: MAX_WIDTH * 2]) + 1)
        widths.append(min(max(longest, 8), MAX_WIDTH))
    return widths


class _ChoiceLists:
    """A hidden sheet for drop-down lists too long (or too awkward) to write inline."""

    def __init__(self, wb) -> None:
        self.wb, self.sheet, self.next_row = wb, None, 1

    def validation(self, col: int, column: Column) -> DataValidation:
        letter = get_column_letter(col)
        inline = ",".join(column.choices)
        if len(inline) <= 250 and '"' not in inline and all("," not in c for c in column.choices):
            formula = f'"{inline}"'
        else:
            if self.sheet is None:
                self.sheet = self.wb.create_sheet("Lists")
                self.sheet.sheet_state = "hidden"
            start = self.next_row
            for choice in column.choices:
                self.sheet.append([clean_text(choice)])
            self.next_row += len(column.choices)
            formula = f"{quote_sheetname('Lists')}!$A${start}:$A${self.next_row - 1}"
        dv = DataValidation(type="list", formula1=formula, allow_blank=True)
        dv.add(f"{letter}2:{letter}1048576")
        return dv


def _sheet_title(title: str) -> str:
    return (_BAD_SHEET_CHARS.sub(" ", title).strip("'").strip() or "Sheet")[:31]


def write_xlsx(
    path: str | os.PathLike,
    sheet_title: str,
    columns: list[Column],
    rows: Iterable[Sequence[object]],
    *,
    currency_exponent: int = 2,
    row_count_hint: int | None = None,
    should_stop: Callable[[int], None] | None = None,
    time_zone: tzinfo | None = None,
) -> int:
    """Write ``rows`` under a frozen bold header to a new .xlsx at ``path``; return the row count.

    Money columns take integer minor units, percent_bp basis points, datetime and
    date columns ISO text or datetime/date objects. ``should_stop(rows_written)``
    is called every ~2,000 rows and may raise to cancel. The file is written under
    a temporary name in the same folder and renamed at the end, so a cancelled or
    failed export leaves nothing behind and never a half file.
    """
    path = Path(path)
    tmp_name = str(part_path(path))
    # Registered, so that if this process is killed the next start removes the .part files.
    with in_flight.writing([tmp_name, tmp_name + ".frame"], target=path):
        write_only = row_count_hint is None or row_count_hint > WRITE_ONLY_ABOVE
        wb = Workbook(write_only=write_only)
        written = 0
        try:
            ws = wb.create_sheet(_sheet_title(sheet_title)) if write_only else wb.active
            ws.title = _sheet_title(sheet_title)
            rows = iter(rows)
            sample = list(islice(rows, WIDTH_SAMPLE))
            # In write-only mode panes and column widths must be set before the first row.
            ws.freeze_panes = "A2"
            for i, width in enumerate(_widths(columns, sample), 1):
                ws.column_dimensions[get_column_letter(i)].width = width
            lists = _ChoiceLists(wb)
            for i, column in enumerate(columns, 1):
                if column.type == "choice" and column.choices:
                    ws.data_validations.append(lists.validation(i, column))
            ws.append([_header_cell(ws, column.header) for column in columns])
            convert = [_Converter(ws, c, currency_exponent, time_zone, write_only) for c in columns]
            if write_only:
                # Large: openpyxl writes the frame around one styled sample row, and
                # xlsx_stream puts the real rows in its place (about 10x faster).
                ws.append([conv(v) for conv, v in zip(convert, sample_row(columns), strict=True)])
                skeleton = tmp_name + ".frame"
                try:
                    wb.save(skeleton)
                    written = splice_rows(
                        skeleton,
                        tmp_name,
                        "xl/worksheets/sheet1.xml",
                        columns,
                        chain(sample, rows),
                        exponent=currency_exponent,
                        time_zone=time_zone,
                        should_stop=should_stop,
                        stop_every=STOP_CHECK_EVERY,
                    )
                finally:
                    Path(skeleton).unlink(missing_ok=True)
                os.replace(tmp_name, path)
                return written
            for source in (sample, rows):
                for row in source:
                    ws.append([conv(v) for conv, v in zip(convert, row, strict=False)])
                    written += 1
                    if should_stop is not None and written % STOP_CHECK_EVERY == 0:
                        should_stop(written)
            wb.save(tmp_name)
            os.replace(tmp_name, path)
        except BaseException:
            _discard(wb, tmp_name)
            raise
        return written


def part_path(path: Path) -> Path:
    """A unique temporary name beside ``path`` (same folder, so the final rename is atomic)."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")


def _header_cell(ws, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, clean_text(text))
    cell.data_type = "s"
    cell.font = _BOLD
    return cell


def _discard(wb: Workbook, tmp_name: str) -> None:
    """Remove the partial file and openpyxl's own streaming temp files."""
    for ws in wb.worksheets:
        rows, writer = getattr(ws, "_rows", None), getattr(ws, "_writer", None)
        try:
            if rows is not None:
                rows.close()
            if writer is not None:
                writer.close()
                writer.cleanup()
        except (OSError, ValueError, RuntimeError, StopIteration):
            pass
    try:
        os.remove(tmp_name)
    except FileNotFoundError:
        pass
