"""What the import wizard knows so far, shared by its pages (plain Python, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from shopkeeper.services.exchange.errors import AmbiguousDateOrder
from shopkeeper.services.exchange.formats import Format
from shopkeeper.services.exchange.importing import (
    ImportPlan,
    ImportRequest,
    NothingToImport,
    check_date_order,
    read_source,
)
from shopkeeper.services.exchange.readers import Table


@dataclass
class SheetData:
    """One sheet read in full, with the date question its automatic mapping raises."""

    key: tuple
    table: Table
    format: Format
    date_question: AmbiguousDateOrder | None = None


@dataclass
class ImportState:
    kind: str = "orders"
    path: Path | None = None
    format_id: str = "auto"
    exponent: int = 2
    sheets: list[str] | None = None
    sheets_of: tuple | None = None  # (path, file_stamp) ``sheets`` were listed from
    sheet: str | None = None
    data: SheetData | None = None
    date_order: str | None = None
    mapping: dict[str, int] = field(default_factory=dict)
    plan: ImportPlan | None = None
    import_nothing: bool = False
    rejects_path: Path | None = None

    def sheet_key(self, sheet: str | None = None) -> tuple:
        """What a read sheet depends on; a file saved again since is read again."""
        return (self.kind, self.path, file_stamp(self.path), self.format_id,
                self.sheet if sheet is None else sheet)

    @property
    def table(self) -> Table | None:
        return self.data.table if self.data else None

    def request(self, *, sheet: str | None = None, mapping: dict[str, int] | None = None,
                ) -> ImportRequest:
        return ImportRequest(self.kind, Path(self.path), sheet=sheet if sheet is not None
                             else self.sheet, format_id=self.format_id, mapping=mapping,
                             date_order=self.date_order, exponent=self.exponent)

    def date_question(self) -> AmbiguousDateOrder | None:
        return self.data.date_question if self.data else None


def file_stamp(path: Path | None) -> tuple[int, int] | None:
    try:
        info = Path(path).stat()
    except (OSError, TypeError):
        return None
    return info.st_mtime_ns, info.st_size


def read_sheet(request: ImportRequest, key: tuple, progress=None) -> SheetData:
    """Read a whole sheet (in the background) and find whether its dates need a question."""
    table, fmt = read_source(request, progress)
    if not table.rows:
        raise NothingToImport(path=Path(request.path).name)
    question = None
    try:
        check_date_order(request, table, fmt.map_headers(table.headers))
    except AmbiguousDateOrder as exc:
        question = exc
    return SheetData(key, table, fmt, question)
