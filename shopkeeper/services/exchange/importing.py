"""The one import engine: read → map → parse → dry run → commit.

``plan_import`` never writes: it reads the file, maps its headers, parses every
row and compares it with the shop, giving the counts of new, changed, unchanged
and rejected rows. ``commit_import`` then writes the plan in one transaction:
nothing, if any row was rejected (unless the user chose to skip bad rows), and
nothing at all if the work is cancelled or fails.
"""

from __future__ import annotations

import functools
import gc
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected
from shopkeeper.services.progress_steps import CHECKING, READING
from shopkeeper.services.shop_settings import shop_zone
from shopkeeper.store import settings

from . import kinds
from .cells import (
    KEPT,
    ParsedRow,
    ParseOptions,
    RowParser,
    is_empty,
    parse_row,
    render_reason,
    to_text,
)
from .currency import check_currency
from .errors import AmbiguousDateOrder, CellError
from .fields import fields
from .formats import Format, detect_format, get_format
from .mapping import known_headers, missing_required
from .parsing import possible_date_orders
from .readers import Table, read_table
from .value_map import ValueReader, choice_fields

Progress = Callable[[int, int, str], None]
STATUSES = ("new", "changed", "unchanged", "rejected")


OTHER_ENCODING = QT_TRANSLATE_NOOP(
    "CellError",
    "this row is not UTF-8 like the rest of the file; it was read as Windows-1252 "
    "(check its accented letters)",
)


class MissingFields(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "The header row has no column for: {fields}. Map those columns in the import "
        "wizard (or with --map FIELD=COLUMN) and try again. Nothing was imported.",
    )

    def __init__(self, *, labels: list[str], ids: list[str] = ()) -> None:
        self.labels, self.ids = labels, list(ids) or [""] * len(labels)
        super().__init__(fields=self._names(lambda label: label))

    def _names(self, translate_label) -> str:
        # "Placed at (placed_at)": the label a person reads, the id that --map takes.
        return ", ".join(
            f"{translate_label(label)} ({fid})" if fid else translate_label(label)
            for label, fid in zip(self.labels, self.ids, strict=True)
        )

    def localized_values(self, translate) -> dict:
        return {"fields": self._names(lambda label: translate("Field", label))}


class RowsRejected(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{count} rows were rejected, so nothing was imported. Fix them, or import the good "
        "rows only and save the rejected ones to a spreadsheet.",
    )


class SourceMissing(InputRejected):
    template = QT_TRANSLATE_NOOP("UserError", "There is no file at {path}.")
    FOLDER = QT_TRANSLATE_NOOP(
        "UserError",
        "{path} is a folder, not a file. Give the spreadsheet or CSV file inside it to import.",
    )


class NothingToImport(InputRejected):
    template = QT_TRANSLATE_NOOP("UserError", "{path} has a header row but no data rows.")


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
    cells: list[object]
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


MAX_NOTES = 1000  # kept per plan; note_count counts them all


@dataclass
class ImportPlan:
    request: ImportRequest
    table: Table
    format: Format
    mapping: dict[str, int]
    statuses: list[str] = field(default_factory=list)  # one per table row
    rejected: list[Rejected] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # the first MAX_NOTES, by row
    note_count: int = 0
    apply: Callable[[Database, Progress | None], None] | None = None

    @property
    def counts(self) -> dict[str, int]:
        tally = Counter(self.statuses)
        return {status: tally.get(status, 0) for status in STATUSES}

    @property
    def changes_anything(self) -> bool:
        counts = self.counts
        return bool(counts["new"] or counts["changed"])


def _report(progress: Progress | None, done: int, total: int, text: str) -> None:
    if progress:
        progress(done, total, text)


def read_source(request: ImportRequest, progress: Progress | None = None) -> tuple[Table, Format]:
    def stop_check(rows: int) -> None:
        _report(progress, 0, 0, READING)

    if Path(request.path).is_dir():
        raise SourceMissing(SourceMissing.FOLDER, path=str(request.path))
    if not Path(request.path).is_file():
        raise SourceMissing(path=str(request.path))
    table = read_table(
        request.path,
        request.sheet,
        known_headers=known_headers(request.kind),
        max_rows=request.max_rows,
        should_stop=stop_check,
    )
    if request.format_id == "auto":
        fmt = detect_format(request.kind, table.headers)
    else:
        fmt = get_format(request.format_id, request.kind)
    return table, fmt


def resolve_mapping(request: ImportRequest, table: Table, fmt: Format) -> dict[str, int]:
    mapping = dict(fmt.map_headers(table.headers))
    if request.mapping is not None:
        mapping = {f: c for f, c in request.mapping.items() if c is not None and c >= 0}
    missing = missing_required(request.kind, mapping)
    if missing:
        raise MissingFields(labels=[f.label for f in missing], ids=[f.id for f in missing])
    return mapping


def check_date_order(request: ImportRequest, table: Table, mapping: dict[str, int]) -> str | None:
    """The day/month order of the file's dates: the user's choice, or the only one the
    values allow. Ask, never guess: when several fit, AmbiguousDateOrder asks the user."""
    if request.date_order:
        return request.date_order
    found = None
    for f in fields(request.kind):
        if f.type not in ("datetime", "date") or f.id not in mapping:
            continue
        column = mapping[f.id]
        texts = [row[column] for row in table.rows if isinstance(row[column], str)]
        if not texts:
            continue
        orders = possible_date_orders(texts)
        if len(orders) != 1:  # several fit, or none (a column mixing both orders)
            example = next((t for t in texts if len(possible_date_orders([t])) > 1), texts[0])
            raise AmbiguousDateOrder(
                orders=sorted(orders or {"dmy", "mdy"}),
                example=example,
                column=table.headers[column],
            )
        found = found or next(iter(orders))
    return found


def gc_paused(function):
    """Run ``function`` with Python's cyclic garbage collector paused.

    An import builds millions of small objects that live until it ends; the collector
    would walk them again and again (a fifth of a large import's time) and find no
    cycles to free. Reference counting still frees everything as usual.
    """

    @functools.wraps(function)
    def paused(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return paused


@gc_paused
def plan_import(
    db: Database,
    request: ImportRequest,
    progress: Progress | None = None,
    *,
    table: Table | None = None,
    fmt: Format | None = None,
) -> ImportPlan:
    if table is None or fmt is None:
        table, fmt = read_source(request, progress)
    if not table.rows:
        raise NothingToImport(path=str(request.path))
    mapping = resolve_mapping(request, table, fmt)
    date_order = check_date_order(request, table, mapping)
    handler = kinds.handler(request.kind)
    options = ParseOptions(
        exponent=request.exponent, date_order=date_order, time_zone=_shop_zone(db)
    )
    currency = request.currency or settings.get(db, settings.CURRENCY)
    kind_fields = fields(request.kind)
    required = {f.id for f in kind_fields if f.required} - handler.GROUP_REQUIRED
    parse = RowParser(
        kind_fields, mapping, options, required, value_readers(request.kind, request.value_map)
    )
    parsed: list[ParsedRow] = []
    notes: list[Note] = [Note(n, "", CellError(OTHER_ENCODING)) for n in table.fallback_rows]
    failed: list[ParsedRow] = []  # rejected rows, with the values that did parse
    plan = ImportPlan(request, table, fmt, mapping, statuses=[""] * len(table.rows))
    kept = kept_columns(table.headers, mapping) if fmt.keeps_columns else []
    total = len(table.rows)
    for index, (cells, number) in enumerate(zip(table.rows, table.row_numbers, strict=True)):
        if index % 2000 == 0:
            _report(progress, index, total, CHECKING)
        try:
            values = parse(cells)
            if "currency" in values:
                check_currency(values.pop("currency"), currency)
            for field_id, note in parse.row_notes:
                notes.append(Note(number, field_id, note))
            if kept:
                values[KEPT] = kept_cells(kept, cells)
        except CellError as exc:
            plan.statuses[index] = "rejected"
            plan.rejected.append(Rejected(number, list(cells), exc))
            failed.append(ParsedRow(index, number, _readable(kind_fields, mapping, cells, options)))
            continue
        parsed.append(ParsedRow(index, number, values))
    extra: dict[str, object] = {}
    if getattr(handler, "REJECTS_WHOLE_GROUPS", False):
        extra["failed"] = failed
    if getattr(handler, "NEEDS_MAPPED_FIELDS", False):
        # Kept columns count as mapped ("_kept", "_kept:Vendor"): only they are compared.
        extra["mapped"] = frozenset(mapping) | (
            {KEPT, *(f"{KEPT}:{h}" for _c, h in kept)} if kept else set()
        )
    outcome = handler.plan(db, parsed, fmt, options, **extra)
    for row in parsed:
        if row.index in outcome.rejects:
            plan.statuses[row.index] = "rejected"
            plan.rejected.append(
                Rejected(row.row_number, list(table.rows[row.index]), outcome.rejects[row.index])
            )
        else:
            plan.statuses[row.index] = outcome.statuses[row.index]
    plan.rejected.sort(key=lambda r: r.row_number)
    for index, field_id, error in outcome.notes:
        if plan.statuses[index] != "rejected":
            notes.append(Note(table.row_numbers[index], field_id, error))
    notes.sort(key=lambda n: n.row_number)
    plan.note_count, plan.notes = len(notes), notes[:MAX_NOTES]
    plan.apply = outcome.apply
    return plan


def kept_columns(headers: list[str], mapping: dict[str, int]) -> list[tuple[int, str]]:
    """(column, header) of the named columns no field maps, which the format keeps."""
    used = set(mapping.values())
    return [(i, str(h).strip()) for i, h in enumerate(headers) if i not in used and str(h).strip()]


def kept_cells(kept: list[tuple[int, str]], cells) -> dict[str, str]:
    """{header: text} of a row's non-empty kept cells, as the file wrote them."""
    width = len(cells)
    return {h: to_text(cells[i]) for i, h in kept if i < width and not is_empty(cells[i])}


def value_readers(kind: str, value_map: dict[str, dict[str, str]] | None) -> dict:
    """Field id -> ValueReader for each fixed-choice field of ``kind``."""
    labels = {f.id: f.label for f in fields(kind)}
    return {
        spec.field: ValueReader(spec, (value_map or {}).get(spec.field), labels[spec.field])
        for spec in choice_fields(kind)
    }


def _shop_zone(db: Database):
    """The shop's time zone (one home: services/shop_settings.py)."""
    return shop_zone(db)


def _readable(kind_fields, mapping: dict[str, int], cells, options: ParseOptions) -> dict:
    """The values of a rejected row that parse on their own (its order number, say)."""
    values: dict[str, object] = {}
    for f in kind_fields:
        try:
            values.update(parse_row((f,), mapping, cells, options, set()))
        except CellError:
            pass
    return values


@gc_paused
def commit_import(
    db: Database, plan: ImportPlan, *, skip_bad_rows: bool = False, progress: Progress | None = None
) -> dict[str, int]:
    """Write the plan in one transaction; returns the counts."""
    if plan.rejected and not skip_bad_rows:
        raise RowsRejected(count=len(plan.rejected))
    if plan.apply is None or not plan.changes_anything:
        return plan.counts
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        plan.apply(db, progress)
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    return plan.counts
