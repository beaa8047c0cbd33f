"""Parsing a file's rows a chunk at a time, one column at a time.

A large export repeats most of its values: an order's date and customer on every
line, a few statuses, channels and currencies, the shop's SKUs and prices. Parsing a
column with a memo per field parses each distinct cell once; every other cell is a
dictionary lookup. Rows flow through in chunks, so an import never holds every
parsed row at once: a kind's handler keeps what it needs (an order's lines as
tuples) and the rest is freed with the chunk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice, zip_longest

from .cells import (
    FIELD_PROBLEM,
    IS_EMPTY,
    KEPT,
    ParsedRow,
    ParseOptions,
    is_empty,
    parse_cell,
    to_text,
)
from .dates import is_year_last
from .errors import CellError
from .fields import Field

# Small enough that a chunk's cells are still in the CPU's cache when its columns are
# parsed (4,096 rows were about a tenth slower than 512).
CHUNK_ROWS = 512
# Distinct cells remembered per field, at first. A full memo that paid off (a field of
# 60k SKUs over 500k lines) doubles, up to MEMO_MAX; one of mostly unique cells (order
# numbers, times) starts over: their repeats sit on neighbouring rows, so little is
# lost, and memory stays bounded whatever the file.
MEMO_LIMIT = 20_000
MEMO_MAX = 160_000
_PAYS_OFF = 4  # cells looked up per cell remembered, for a memo worth growing


class DateOrderNeeded(Exception):
    """A streamed file holds dates like 01/12/2010 and no day/month order was given: the
    order can only be told from the whole column, so the caller reads the file whole."""


class _Problem:
    """A parsed cell that is not simply a value: why its row is rejected, or a note."""

    __slots__ = ("error", "note", "value")

    def __init__(self, error: CellError | None = None, value=None, note=None) -> None:
        self.error, self.value, self.note = error, value, note


@dataclass(slots=True)
class ParsedChunk:
    start: int  # index of the chunk's first row among all the data rows
    row_numbers: list[int]  # source row of each row
    cells: list[list]  # the rows as read, for the reject report
    columns: dict[str, list]  # field id -> value of each row; None where the cell is empty
    errors: dict[int, CellError]  # position in the chunk -> why that row is rejected
    notes: list[tuple[int, str, CellError]]  # (position, field id, note) on good rows

    def __len__(self) -> int:
        return len(self.row_numbers)

    def values(self, position: int) -> dict[str, object]:
        """The values of one row by field id (empty cells absent); for a
        rejected row, the values that did parse (its order number, say)."""
        return {
            field_id: column[position]
            for field_id, column in self.columns.items()
            if column[position] is not None
        }

    def good_rows(self) -> Iterator[ParsedRow]:
        errors = self.errors
        for position, number in enumerate(self.row_numbers):
            if position not in errors:
                yield ParsedRow(self.start + position, number, self.values(position))


class _FieldParser:
    """One field's cells to values, with a memo of the distinct cells seen."""

    def __init__(self, field: Field, column: int, parse: Callable[[object], object]) -> None:
        self.field, self.column, self.parse = field, column, parse
        self.memo: dict = {}
        self.limit = MEMO_LIMIT
        self.looked = 0  # cells looked up since the memo last started over
        self.has_problems = False  # some cell of this field gave a _Problem

    def __call__(self, cells: Sequence[object]) -> list:
        # Look every cell up at C speed first; only the misses (and the empty cells of
        # optional fields, whose value is None too) are looked at one by one.
        memo = self.memo
        values = list(map(memo.get, cells))
        self.looked += len(values)
        find, at = values.index, -1
        try:
            while True:
                at = find(None, at + 1)
                cell = cells[at]
                # 3 and 3.0 share a key, as they read the same; but True == 1 == 1.0, so
                # booleans, 0 and 1 are kept apart by their type (and never found above).
                key = cell
                if cell.__class__ is not str and (cell.__class__ is bool or cell == 0 or cell == 1):
                    key = (cell.__class__, cell)
                value = memo.get(key, _MISSING)
                if value is _MISSING:
                    value = self.parse(cell)
                    if value.__class__ is _Problem:
                        self.has_problems = True
                    if len(memo) >= self.limit:
                        self._full()
                    memo[key] = value
                values[at] = value
        except ValueError:  # no None left after ``at``
            pass
        return values

    def _full(self) -> None:
        if self.looked >= _PAYS_OFF * len(self.memo) and self.limit < MEMO_MAX:
            self.limit *= 2
        else:
            self.memo.clear()
            self.looked = 0


_MISSING = object()


class ChunkParser:
    """Rows to ``ParsedChunk``s: the fields of a kind, mapped to the file's columns.

    ``normalize`` turns a cell as read into what the parsers take (see readers.RowSource);
    ``readers`` are the value-map readers of fixed-choice fields; ``check_currency``, when
    the file has a currency column, raises CellError for a currency not the shop's.
    """

    def __init__(
        self,
        fields: Sequence[Field],
        mapping: dict[str, int],
        options: ParseOptions,
        required: set[str],
        *,
        width: int,
        normalize: Callable[[object], object],
        readers: dict[str, Callable[[str], tuple[str, CellError | None]]] | None = None,
        check_currency: Callable[[object], None] | None = None,
        kept: list[tuple[int, str]] = (),
        streamed: bool = False,
    ) -> None:
        self.options, self.width, self.normalize = options, width, normalize
        self.readers = readers or {}
        self.check_currency = check_currency
        self.kept = list(kept)
        self.streamed = streamed
        self.parsers = [
            _FieldParser(f, mapping[f.id], self._cell_parser(f, f.id in required))
            for f in fields
            if f.id in mapping and f.id != "currency"
        ]
        # The currency is checked last, after every other field of the row parsed.
        self.currency = next(
            (
                _FieldParser(f, mapping[f.id], self._currency_parser(f))
                for f in fields
                if f.id == "currency" and f.id in mapping
            ),
            None,
        )

    def _cell_parser(self, field: Field, required: bool) -> Callable[[object], object]:
        normalize, options, reader = self.normalize, self.options, self.readers.get(field.id)
        empty = _Problem(CellError(IS_EMPTY, field=field.label)) if required else None
        # Without the whole column a date like 01/12/2010 cannot be read safely.
        needs_order = (
            self.streamed and options.date_order is None and field.type in ("date", "datetime")
        )

        def parse(cell: object) -> object:
            cell = normalize(cell)
            if is_empty(cell):
                return empty
            if needs_order and cell.__class__ is str and is_year_last(cell):
                raise DateOrderNeeded
            try:
                if reader is not None:
                    choice, note = reader(to_text(cell))
                    return _Problem(value=choice, note=note) if note else choice
                return parse_cell(field, cell, options)
            except CellError as exc:
                return _Problem(CellError(FIELD_PROBLEM, field=field.label, reason=exc))

        return parse

    def _currency_parser(self, field: Field) -> Callable[[object], object]:
        normalize, check = self.normalize, self.check_currency

        def parse(cell: object) -> object:
            cell = normalize(cell)
            if is_empty(cell):
                return None
            text = parse_cell(field, cell, self.options)
            try:
                if check:
                    check(text)
            except CellError as exc:
                return _Problem(exc)
            return text

        return parse

    def chunks(self, rows: Iterable[tuple[int, list]], start: int = 0) -> Iterator[ParsedChunk]:
        rows = iter(rows)
        while True:
            block = list(islice(rows, CHUNK_ROWS))
            if not block:
                return
            yield self.parse_chunk(block, start)
            start += len(block)

    def parse_chunk(self, block: list[tuple[int, list]], start: int) -> ParsedChunk:
        numbers = [number for number, _cells in block]
        raw = [cells for _number, cells in block]
        # Rows of a text file may be shorter than the header: the missing cells are empty.
        by_column = list(zip_longest(*raw, fillvalue=None)) if raw else []
        blank = (None,) * len(raw)
        errors: dict[int, CellError] = {}
        notes: list[tuple[int, str, CellError]] = []
        columns: dict[str, list] = {}
        parsers = self.parsers + ([self.currency] if self.currency else [])
        for parser in parsers:
            column = by_column[parser.column] if parser.column < len(by_column) else blank
            values = parser(column)
            if parser.has_problems:
                self._sort_problems(parser.field.id, values, errors, notes)
            if parser is not self.currency:
                columns[parser.field.id] = values
        if notes and errors:
            notes = [note for note in notes if note[0] not in errors]
        if self.kept:
            columns[KEPT] = [self._kept_cells(cells) for cells in raw]
        return ParsedChunk(start, numbers, raw, columns, errors, notes)

    @staticmethod
    def _sort_problems(field_id: str, values: list, errors: dict, notes: list) -> None:
        """Errors reject their row (the first field's, in field order, is the reason);
        notes go with their row; either way the column keeps only plain values."""
        for position, value in enumerate(values):
            if value.__class__ is _Problem:
                if value.error is not None:
                    errors.setdefault(position, value.error)
                    values[position] = None
                else:
                    values[position] = value.value
                    notes.append((position, field_id, value.note))

    def _kept_cells(self, cells: list) -> dict[str, str] | None:
        """{header: text} of a row's non-empty kept cells, as the file wrote them."""
        width, normalize = len(cells), self.normalize
        kept = {}
        for i, header in self.kept:
            cell = normalize(cells[i]) if i < width else None
            if not is_empty(cell):
                kept[header] = to_text(cell)
        return kept

    def fitted(self, cells: list) -> list:
        """A row as a Table holds it (normalized, as wide as the header), for reports."""
        row = [self.normalize(cell) for cell in cells[: self.width]]
        return row + [None] * (self.width - len(row))
