"""The rows an import rejected, written back as a spreadsheet the user can fix.

Each rejected row keeps the cells it had in the source file, next to its row
number there and the reason it was rejected, so the user can correct the rows
and import the file again.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.store.protected import check_target

from .importing import ImportPlan
from .xlsx_writer import Column, write_xlsx

ROW_HEADER = QT_TRANSLATE_NOOP("Rejects", "Row")
REASON_HEADER = QT_TRANSLATE_NOOP("Rejects", "Reason")
SHEET_TITLE = QT_TRANSLATE_NOOP("Rejects", "Rejected rows")
# "general": numbers stay numbers and text stays text, as they were in the source.
_SOURCE_TYPE = "general"


def _source_cell(value: object) -> object:
    """Dates and times as readable ISO text (which the importer reads back)."""
    if isinstance(value, datetime):
        if value.time() == time.min and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return value


def write_rejects(plan: ImportPlan, path: str | Path, translate=None) -> int:
    """Write ``plan.rejected`` to a new .xlsx at ``path``; returns the rows written.

    Columns: the source row number, the reason (in the UI language when
    ``translate(context, text)`` is given), then the source file's own columns.
    """
    path = check_target(path)  # never over a shop file, its working files or backups
    in_ui_language = translate or (lambda _context, text: text)
    headers = list(plan.headers)
    columns = [
        Column(in_ui_language("Rejects", ROW_HEADER), "int"),
        Column(in_ui_language("Rejects", REASON_HEADER)),
    ]
    columns += [
        Column(header or f"({number})", _SOURCE_TYPE)
        for number, header in enumerate(headers, start=1)
    ]
    rows = (
        [
            reject.row_number,
            reject.reason(translate),
            *(_source_cell(cell) for cell in cells[: len(headers)]),
        ]
        for reject, cells in plan.rejected_cells()
    )
    return write_xlsx(
        Path(path),
        in_ui_language("Rejects", SHEET_TITLE),
        columns,
        rows,
        row_count_hint=len(plan.rejected),
    )
