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
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected
from shopkeeper.services.progress_steps import READING
from shopkeeper.services.shop_settings import shop_zone
from shopkeeper.store import settings

from . import kinds
from .cells import KEPT, ParseOptions, is_empty, to_text
from .chunks import ChunkParser, DateOrderNeeded
from .currency import check_currency
from .errors import AmbiguousDateOrder
from .fields import fields
from .formats import Format, detect_format, get_format
from .mapping import known_headers, missing_required
from .parsing import possible_date_orders
from .plans import (
    MAX_NOTES,
    STATUSES,
    ImportPlan,
    ImportRequest,
    Note,
    PlanSteps,
    Progress,
    Rejected,
    rows_again,
)
from .readers import RowSource, Table, open_source, read_table
from .value_map import ValueReader, choice_fields


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


def _report(progress: Progress | None, done: int, total: int, text: str) -> None:
    if progress:
        progress(done, total, text)


def read_source(request: ImportRequest, progress: Progress | None = None) -> tuple[Table, Format]:
    """The whole sheet or text file as a Table (the import wizard maps, previews and
    plans from it), with the format its headers show."""
    _check_path(request)
    table = read_table(
        request.path,
        request.sheet,
        known_headers=known_headers(request.kind),
        max_rows=request.max_rows,
        should_stop=_stop_check(progress),
    )
    return table, _format(request, table.headers)


def open_import_source(
    request: ImportRequest, progress: Progress | None = None
) -> tuple[RowSource, Format]:
    """The header row and a stream of the data rows: an import that reads rows as it
    goes holds one chunk of them at a time, not the whole file. Close it when done."""
    _check_path(request)
    source = open_source(
        request.path,
        request.sheet,
        known_headers=known_headers(request.kind),
        should_stop=_stop_check(progress),
    )
    try:
        return source, _format(request, source.headers)
    except BaseException:
        source.close()
        raise


def _check_path(request: ImportRequest) -> None:
    if Path(request.path).is_dir():
        raise SourceMissing(SourceMissing.FOLDER, path=str(request.path))
    if not Path(request.path).is_file():
        raise SourceMissing(path=str(request.path))


def _stop_check(progress: Progress | None) -> Callable[[int], None] | None:
    if progress is None:
        return None

    def stop_check(rows: int) -> None:
        _report(progress, 0, 0, READING)

    return stop_check


def _format(request: ImportRequest, headers: list[str]) -> Format:
    if request.format_id == "auto":
        return detect_format(request.kind, headers)
    return get_format(request.format_id, request.kind)


def resolve_mapping(request: ImportRequest, headers: list[str], fmt: Format) -> dict[str, int]:
    mapping = dict(fmt.map_headers(headers))
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
    source: RowSource | None = None,
) -> ImportPlan:
    """The dry run: every row parsed and compared with the shop; nothing is written.

    From a ``table`` read ahead (the wizard), or from a ``source`` streamed a chunk at
    a time (opened from the request when neither is given), which it closes.
    """
    if table is not None and fmt is not None:
        return _plan_table(db, request, table, fmt, progress)
    if source is None or fmt is None:
        if request.max_rows is not None:  # a preview of the first rows
            return _plan_table(db, request, *read_source(request, progress), progress)
        source, fmt = open_import_source(request, progress)
    try:
        mapping = resolve_mapping(request, source.headers, fmt)
        return _plan(db, request, source, fmt, mapping, request.date_order, progress)
    except DateOrderNeeded:
        pass
    finally:
        source.close()
    # Dates like 01/12/2010: their day/month order is found from the whole column.
    return _plan_table(db, request, *read_source(request, progress), progress)


def _plan_table(
    db: Database, request: ImportRequest, table: Table, fmt: Format, progress: Progress | None
) -> ImportPlan:
    if not table.rows:
        raise NothingToImport(path=str(request.path))
    mapping = resolve_mapping(request, table.headers, fmt)
    date_order = check_date_order(request, table, mapping)
    source = RowSource(
        table.sheet,
        table.headers,
        numbered_rows(table),
        table.encoding,
        _as_is,
        list(table.fallback_rows),
    )

    def rows_of() -> Iterator[tuple[int, list]]:
        return numbered_rows(table)

    return _plan(db, request, source, fmt, mapping, date_order, progress, len(table.rows), rows_of)


def numbered_rows(table: Table):
    return zip(table.row_numbers, table.rows, strict=True)


def _as_is(cell: object) -> object:
    return cell


def _plan(
    db: Database,
    request: ImportRequest,
    source: RowSource,
    fmt: Format,
    mapping: dict[str, int],
    date_order: str | None,
    progress: Progress | None,
    total: int | None = None,
    rows_of: Callable[[], Iterator[tuple[int, list]]] | None = None,
) -> ImportPlan:
    """Parse ``source`` chunk by chunk and let the kind's handler compare it with the
    shop. ``total`` is the row count of a table read ahead (None: a stream)."""
    handler = kinds.handler(request.kind)
    options = ParseOptions(
        exponent=request.exponent, date_order=date_order, time_zone=_shop_zone(db)
    )
    currency = request.currency or settings.get(db, settings.CURRENCY)
    kind_fields = fields(request.kind)
    kept = kept_columns(source.headers, mapping) if fmt.keeps_columns else []
    parser = ChunkParser(
        kind_fields,
        mapping,
        options,
        {f.id for f in kind_fields if f.required} - handler.GROUP_REQUIRED,
        width=len(source.headers),
        normalize=source.normalize,
        readers=value_readers(request.kind, request.value_map),
        check_currency=lambda value: check_currency(value, currency),
        kept=kept,
        streamed=total is None,
    )
    plan = ImportPlan(request, source.headers, fmt, mapping)
    steps = PlanSteps(plan, parser, progress, total if total is not None else source.size_hint)
    chunks = steps.checked(parser.chunks(source.rows))
    extra: dict[str, object] = {}
    if getattr(handler, "NEEDS_MAPPED_FIELDS", False):
        # Kept columns count as mapped ("_kept", "_kept:Vendor"): only they are compared.
        extra["mapped"] = frozenset(mapping) | (
            {KEPT, *(f"{KEPT}:{h}" for _c, h in kept)} if kept else set()
        )
    if hasattr(handler, "plan_chunks"):  # a kind that reads the parsed columns itself
        outcome = handler.plan_chunks(db, chunks, fmt, options, **extra)
    else:
        parsed = [row for chunk in chunks for row in chunk.good_rows()]
        outcome = handler.plan(db, parsed, fmt, options, **extra)
    if not plan.statuses:
        raise NothingToImport(path=str(request.path))
    steps.finish(outcome, source, rows_of or rows_again(request))
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


__all__ = [  # the plan's types live in plans.py; callers import them from here too
    "MAX_NOTES",
    "STATUSES",
    "ImportPlan",
    "ImportRequest",
    "Note",
    "Rejected",
]
