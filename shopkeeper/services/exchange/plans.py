"""What a dry run finds: each row's status, the rejected rows and the notes.

``ImportPlan`` is what ``plan_import`` returns and ``commit_import`` writes; ``PlanSteps``
fills it in as the parsed chunks pass, so the rows themselves need not be kept.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services.progress_steps import CHECKING

from .cells import render_reason
from .chunks import ChunkParser
from .errors import CellError
from .formats import Format
from .mapping import known_headers
from .readers import RowSource, open_source

Progress = Callable[[int, int, str], None]

STATUSES = ("new", "changed", "unchanged", "rejected")


OTHER_ENCODING = QT_TRANSLATE_NOOP(
    "CellError",
    "this row is not UTF-8 like the rest of the file; it was read as Windows-1252 "
    "(check its accented letters)",
)


@dataclass
class ImportRequest:
    kind: str
    path: Path
    sheet: str | None = None
    format_id: str = "auto"
    mapping: dict[str, int] | None = None  # field id -> column; None = automatic
    date_order: str | None = None
    exponent: int = 2  # the shop currency's minor-unit digits
    currency: str | None = None  # the shop's; None: read from the shop's settings
    max_rows: int | None = None  # previews read only the first rows
    # field id -> {the file's value: choice id}, for fields with fixed choices
    value_map: dict[str, dict[str, str]] | None = None


@dataclass
class Rejected:
    row_number: int
    cells: list[object] | None  # None: read again for a report (ImportPlan.rejected_cells)
    error: CellError

    def reason(self, translate=None) -> str:
        return render_reason(self.error, translate)


@dataclass
class Note:
    """Something the dry run tells about a row that is imported all the same."""

    row_number: int
    field: str  # field id, or "" for the row as a whole
    error: CellError

    def message(self, translate=None) -> str:
        return render_reason(self.error, translate)


# rejected rows whose cells are kept as they pass (the rest are read again for a report)
KEPT_REJECTED_CELLS = 1000
MAX_NOTES = 1000  # kept per plan; note_count counts them all


@dataclass
class ImportPlan:
    request: ImportRequest
    headers: list[str]  # the file's header row
    format: Format
    mapping: dict[str, int]
    statuses: list[str] = field(default_factory=list)  # one per table row
    rejected: list[Rejected] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # the first MAX_NOTES, by row
    note_count: int = 0
    apply: Callable[[Database, Progress | None], None] | None = None
    # (source row, cells) of every data row again, in file order: for the rejected rows
    # whose cells the plan did not keep
    rows_again: Callable[[], Iterator[tuple[int, list]]] | None = None

    def rejected_cells(self) -> Iterator[tuple[Rejected, list]]:
        """Each rejected row with its cells, in row order, for the rejects report. The
        first ones were kept as the rows passed; the rest, and rows a kind rejected
        after parsing, are read again from the file in the same pass, so a file of many
        bad rows is never held whole."""
        wanted = self.rows_again and any(r.cells is None for r in self.rejected)
        again = self.rows_again() if wanted else iter(())
        try:
            pending = next(again, None)
            for reject in self.rejected:
                cells = reject.cells
                if cells is None:
                    while pending is not None and pending[0] < reject.row_number:
                        pending = next(again, None)
                    if pending is not None and pending[0] == reject.row_number:
                        cells = pending[1]
                yield reject, cells if cells is not None else []
        finally:
            close = getattr(again, "close", None)
            if close:
                close()

    @property
    def counts(self) -> dict[str, int]:
        return {status: self.statuses.count(status) for status in STATUSES}

    @property
    def changes_anything(self) -> bool:
        counts = self.counts
        return bool(counts["new"] or counts["changed"])


class PlanSteps:
    """The plan's bookkeeping as chunks pass: statuses, rejected rows and notes."""

    def __init__(self, plan: ImportPlan, parser: ChunkParser, progress, total: int) -> None:
        self.plan, self.parser, self.progress, self.total = plan, parser, progress, total
        self.row_numbers = array("q")  # source row of every data row, by index
        self.notes: list[Note] = []

    def checked(self, chunks) -> object:
        plan, fitted = self.plan, self.parser.fitted
        for chunk in chunks:
            if self.progress:  # a total of 0: not known (a text file being streamed)
                total = max(self.total, chunk.start) if self.total else 0
                self.progress(chunk.start, total, CHECKING)
            numbers = chunk.row_numbers
            self.row_numbers.extend(numbers)
            plan.statuses.extend([""] * len(chunk))
            for at, error in chunk.errors.items():
                plan.statuses[chunk.start + at] = "rejected"
                keep = len(plan.rejected) < KEPT_REJECTED_CELLS
                cells = fitted(chunk.cells[at]) if keep else None
                plan.rejected.append(Rejected(numbers[at], cells, error))
            self.notes.extend(Note(numbers[p], field_id, note) for p, field_id, note in chunk.notes)
            yield chunk

    def finish(self, outcome, source: RowSource, rows_again) -> None:
        plan, numbers = self.plan, self.row_numbers
        for index, status in outcome.statuses.items():
            if index not in outcome.rejects:
                plan.statuses[index] = status
        for index, error in outcome.rejects.items():
            plan.statuses[index] = "rejected"
            plan.rejected.append(Rejected(numbers[index], None, error))
        plan.rejected.sort(key=lambda r: r.row_number)
        plan.rows_again = rows_again
        notes = self.notes
        if source.fallback_lines:
            fallback = set(source.fallback_lines)
            notes.extend(Note(n, "", CellError(OTHER_ENCODING)) for n in numbers if n in fallback)
        for index, field_id, error in outcome.notes:
            if plan.statuses[index] != "rejected":
                notes.append(Note(numbers[index], field_id, error))
        notes.sort(key=lambda n: n.row_number)
        plan.note_count, plan.notes = len(notes), notes[:MAX_NOTES]
        plan.apply = outcome.apply


def rows_again(request: ImportRequest) -> Callable[[], Iterator[tuple[int, list]]]:
    """The file's data rows read again, as a Table holds them: a stream has moved on by
    the time a rejects report is written."""

    def rows() -> Iterator[tuple[int, list]]:
        again = open_source(request.path, request.sheet, known_headers=known_headers(request.kind))
        try:
            width = len(again.headers)
            for number, cells in again.rows:
                yield number, _fitted([again.normalize(c) for c in cells[:width]], width)
        finally:
            again.close()

    return rows


def _fitted(row: list, width: int) -> list:
    return row + [None] * (width - len(row))
