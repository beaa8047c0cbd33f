"""A whole sheet read ahead of the import, and whether its dates need a question.

The import wizard reads the chosen sheet once, in the background, then maps,
previews and plans from it; ``file_stamp`` tells it when the file was saved again
since and must be read again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import AmbiguousDateOrder
from .formats import Format
from .importing import ImportRequest, NothingToImport, Progress, check_date_order, read_source
from .readers import Table


@dataclass
class SheetData:
    """One sheet read in full, with the date question its automatic mapping raises."""

    key: tuple
    table: Table
    format: Format
    date_question: AmbiguousDateOrder | None = None


def file_stamp(path: Path | str | None) -> tuple[int, int] | None:
    """(modified time, size) of ``path``, or None when it cannot be read."""
    try:
        info = Path(path).stat()
    except (OSError, TypeError):
        return None
    return info.st_mtime_ns, info.st_size


def read_sheet(request: ImportRequest, key: tuple, progress: Progress | None = None) -> SheetData:
    """Read a whole sheet and find whether its dates need a question (no guessing)."""
    table, fmt = read_source(request, progress)
    if not table.rows:
        raise NothingToImport(path=Path(request.path).name)
    question = None
    try:
        check_date_order(request, table, fmt.map_headers(table.headers))
    except AmbiguousDateOrder as exc:
        question = exc
    return SheetData(key, table, fmt, question)
