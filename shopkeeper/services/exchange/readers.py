"""One entry point for every file a user may import: ``read_table`` gives a ``Table``.

Workbooks go through ``containers`` (safety checks, python-calamine), text files
through ``text_files`` (encoding and delimiter detection). Both yield numbered
rows; this module finds the header row, drops blank rows and trims each row to
the header's width, so importers see the same shape whatever the source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from . import containers, text_files
from .errors import EmptyFile, UnsupportedFileType
from .mail import MAIL_SUFFIXES

SUPPORTED_SUFFIXES = containers.WORKBOOK_SUFFIXES + text_files.TEXT_SUFFIXES + MAIL_SUFFIXES
HEADER_SEARCH_ROWS = 30
DEDUPE_LIMIT = 100_000  # distinct texts remembered per column
STOP_CHECK_EVERY = 2000


@dataclass
class Table:
    sheet: str  # sheet name ("" for CSV)
    headers: list[str]  # stripped header texts of the detected header row
    rows: list[list[object]]  # data rows, each exactly len(headers) long; blanks removed
    row_numbers: list[int]  # 1-based line/row in the source of each data row
    encoding: str | None  # detected text encoding for CSV/TSV, None for workbooks
    # source lines of rows that were not valid in ``encoding`` (UTF-8) and were read as
    # Windows-1252, in a file mixing the two
    fallback_rows: list[int] = field(default_factory=list)


@dataclass
class RowSource:
    """A file's data rows as they are read, for an import that streams: only a chunk of
    rows is held at a time. Cells come as the reader gave them (calamine's "" for an
    empty cell, 3.0 for 3); ``normalize`` turns one into what a ``Table`` holds, and the
    import applies it once per distinct cell, not once per cell."""

    sheet: str
    headers: list[str]
    rows: Iterator[tuple[int, list]]  # (1-based source row, cells): data rows, no blanks
    encoding: str | None
    normalize: Callable[[object], object]
    # source lines read as Windows-1252 in a mostly UTF-8 file; filled while rows are read
    fallback_lines: list[int] = field(default_factory=list)
    size_hint: int = 0  # rows in the source when known up front (a workbook), else 0
    close: Callable[[], None] = lambda: None  # closes the file (an open CSV)


def list_sheets(path: str | Path) -> list[str]:
    """Worksheet names in file order; [""] for a text file."""
    path = Path(path)
    if path.suffix.lower() in MAIL_SUFFIXES:
        return [""]
    if _is_text(path):
        return [""]
    return containers.sheet_names(path)


def read_table(
    path: str | Path,
    sheet: str | None = None,
    *,
    known_headers: Iterable[str] = (),
    encoding: str | None = None,
    max_rows: int | None = None,
    should_stop: Callable[[int], None] | None = None,
) -> Table:
    """Read one sheet (the first when ``sheet`` is None) or a text file as a Table.

    ``known_headers`` are the header texts the importer recognises (all
    synonyms); they locate the header row below title lines. ``encoding``
    overrides detection for text files. ``max_rows`` caps the data rows read
    (previews). ``should_stop(rows_read)`` is called every 2,000 source rows
    and may raise to cancel.
    """
    path = Path(path)
    if path.suffix.lower() in MAIL_SUFFIXES:
        return _mail_table(path, max_rows)
    source = open_source(
        path, sheet, known_headers=known_headers, encoding=encoding, should_stop=should_stop
    )
    try:
        rows, row_numbers = _materialized(source, max_rows)
    finally:
        source.close()
    fallback = source.fallback_lines
    kept = set(row_numbers) & set(fallback) if fallback else ()
    return Table(source.sheet, source.headers, rows, row_numbers, source.encoding, sorted(kept))


def open_source(
    path: str | Path,
    sheet: str | None = None,
    *,
    known_headers: Iterable[str] = (),
    encoding: str | None = None,
    should_stop: Callable[[int], None] | None = None,
) -> RowSource:
    """The header row of a sheet or text file, and an iterator over its data rows.

    The header is found as ``read_table`` finds it; the rows are read as they are
    asked for. Mail files are small and come whole.
    """
    path = Path(path)
    if path.suffix.lower() in MAIL_SUFFIXES:
        table = _mail_table(path, None)
        numbered = zip(table.row_numbers, table.rows, strict=True)
        return RowSource("", table.headers, iter(numbered), None, _same)
    fallback_lines: list[int] = []
    if _is_text(path):
        found_encoding, numbered = text_files.open_rows(path, encoding, fallback_lines)
        sheet_name, normalize, size = "", text_files.normalize_cell, 0
    else:
        sheet_name, loaded = containers.open_sheet(path, sheet)
        numbered = containers.iter_sheet_rows(path, loaded)
        found_encoding, normalize, size = None, containers.normalize_cell, loaded.height
    try:
        headers, rows = _split_header(
            numbered if should_stop is None else _watched(numbered, should_stop),
            _normalized_set(known_headers),
            normalize,
            lambda: _empty(path, sheet_name),
        )
    except BaseException:
        numbered.close()
        raise
    return RowSource(
        sheet_name, headers, rows, found_encoding, normalize, fallback_lines, size, numbered.close
    )


def _same(cell: object) -> object:
    return cell


def _mail_table(path: Path, max_rows: int | None) -> Table:
    """An .eml file or mbox as ticket rows, one per message (services/exchange/mail.py)."""
    from .mail import read_rows

    headers, rows = read_rows(path)
    rows = rows[:max_rows] if max_rows is not None else rows
    return Table("", headers, rows, list(range(1, len(rows) + 1)), None)


def _is_text(path: Path) -> bool:
    """Dispatch on the extension; checks the file exists, is supported and is not empty."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        raise UnsupportedFileType(name=path.name, supported=supported)
    if path.stat().st_size == 0:
        raise EmptyFile(name=path.name)
    if suffix in text_files.TEXT_SUFFIXES:
        return True
    if suffix == ".xls":
        return containers.is_disguised_text(path)
    # A CSV renamed to .xlsx (lines of text, not a zip) is read as the text it is.
    return containers.is_disguised_text(path) and _has_lines(path)


def _has_lines(path: Path) -> bool:
    with open(path, "rb") as handle:
        return b"\n" in handle.read(64 * 1024)


def _empty(path: Path, sheet: str) -> EmptyFile:
    if sheet:
        return EmptyFile(EmptyFile.EMPTY_SHEET, name=path.name, sheet=sheet)
    return EmptyFile(name=path.name)


def _watched(
    numbered: Iterator[tuple[int, list]], should_stop: Callable[[int], None]
) -> Iterator[tuple[int, list]]:
    for count, item in enumerate(numbered, start=1):
        if count % STOP_CHECK_EVERY == 0:
            should_stop(count)
        yield item


def _split_header(
    numbered: Iterator[tuple[int, list]],
    known: set[str],
    normalize: Callable[[object], object],
    empty_error: Callable[[], Exception],
) -> tuple[list[str], Iterator[tuple[int, list]]]:
    """(headers, the data rows after them): blank rows and rows whose only content lies
    beyond the header's width are skipped; the rows are not trimmed to the width."""
    head = []
    for number, cells in numbered:
        if not _is_blank(cells):
            head.append((number, [normalize(cell) for cell in cells]))
            if len(head) == HEADER_SEARCH_ROWS:
                break
    if not head:
        raise empty_error()
    start = _header_index(head, known)
    headers = _unique(_trimmed([_header_text(cell) for cell in head[start][1]]))
    after = head[start + 1 :]
    while after and known and _looks_like_header(after[0][1], known):
        after.pop(0)  # Taobao Assistant: field ids, then display names, then data
    width = len(headers)

    def data_rows() -> Iterator[tuple[int, list]]:
        for number, cells in after:
            if not (len(cells) > width and _is_blank(cells[:width])):
                yield number, cells
        for number, cells in numbered:
            if _is_blank(cells) or (len(cells) > width and _is_blank(cells[:width])):
                continue  # blank, or its only content sits in columns without a header
            yield number, cells

    return headers, data_rows()


def _materialized(source: RowSource, max_rows: int | None) -> tuple[list[list[object]], list[int]]:
    """A source's rows as a Table holds them: normalized cells, each row exactly as wide
    as the header."""
    rows: list[list[object]] = []
    row_numbers: list[int] = []
    width, normalize = len(source.headers), source.normalize
    # Exports repeat most values (an order's date and customer on every line, statuses,
    # SKUs, prices): one string object per distinct text of a column, not one per cell,
    # keeps a 500k-line sheet in a fraction of the memory.
    seen: list[dict[str, str]] = [{} for _ in range(width)]
    columns = range(width)
    for number, cells in source.rows:
        if max_rows is not None and len(rows) >= max_rows:
            break
        fitted = [normalize(cell) for cell in cells[:width]]
        if len(fitted) < width:
            fitted.extend([None] * (width - len(fitted)))
        for i in columns:
            cell = fitted[i]
            if cell.__class__ is str:
                known_texts = seen[i]
                shared = known_texts.get(cell)
                if shared is not None:
                    fitted[i] = shared
                elif len(known_texts) < DEDUPE_LIMIT:
                    known_texts[cell] = cell
        rows.append(fitted)
        row_numbers.append(number)
    return rows, row_numbers


def _is_blank(cells: list) -> bool:
    for cell in cells:  # a plain loop: most rows stop at their first cell
        if cell is not None and (cell.__class__ is not str or cell.strip()):
            return False
    return True


def normalize_header(text: object) -> str:
    """How headers are compared: case-insensitive, whitespace collapsed."""
    return " ".join(str(text).split()).casefold()


def _normalized_set(headers: Iterable[str]) -> set[str]:
    return {key for key in map(normalize_header, headers) if key}


def _matches(cells: list, known: set[str]) -> tuple[int, int]:
    """(cells naming a known header, non-empty cells)."""
    texts = [normalize_header(_header_text(cell)) for cell in cells]
    present = [text for text in texts if text]
    return sum(text in known for text in present), len(present)


def _header_index(head: list[tuple[int, list]], known: set[str]) -> int:
    if not known:
        return 0
    scores = [_matches(cells, known)[0] for _, cells in head]
    best = max(scores)
    return scores.index(best) if best > 0 else 0


def _looks_like_header(cells: list, known: set[str]) -> bool:
    matched, present = _matches(cells, known)
    return present > 0 and matched * 2 >= present


def _header_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime) and cell.time() == datetime.min.time():
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell).strip()


def _trimmed(headers: list[str]) -> list[str]:
    # "a,b,c," (a trailing delimiter on every line) has no fourth column.
    while headers and not headers[-1]:
        headers.pop()
    return headers


def _unique(headers: list[str]) -> list[str]:
    """Suffix repeated headers: Price, Price (2), Price (3). Empty headers stay "".

    Linear: each header remembers the last copy number it was given, so 20,000 columns
    named alike do not each count up from 2 again.
    """
    seen: set[str] = set()
    last_copy: dict[str, int] = {}
    result = []
    for header in headers:
        key = candidate_key = normalize_header(header)
        candidate, copy = header, last_copy.get(key, 1)
        while header and candidate_key in seen:
            copy += 1
            candidate = f"{header} ({copy})"
            candidate_key = normalize_header(candidate)
        last_copy[key] = copy
        seen.add(candidate_key)
        result.append(candidate)
    return result
