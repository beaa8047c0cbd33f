"""What the import wizard knows so far, shared by its pages (plain Python, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from shopkeeper.services.exchange import (
    AmbiguousDateOrder,
    ImportPlan,
    ImportRequest,
    SheetData,
    Table,
    file_stamp,
)


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
    # field id -> {the file's value: choice id}, from the value step or a preset
    value_map: dict[str, dict[str, str]] = field(default_factory=dict)
    plan: ImportPlan | None = None
    import_nothing: bool = False
    rejects_path: Path | None = None

    def sheet_key(self, sheet: str | None = None) -> tuple:
        """What a read sheet depends on; a file saved again since is read again."""
        return (
            self.kind,
            self.path,
            file_stamp(self.path),
            self.format_id,
            self.sheet if sheet is None else sheet,
        )

    @property
    def table(self) -> Table | None:
        return self.data.table if self.data else None

    def request(
        self,
        *,
        sheet: str | None = None,
        mapping: dict[str, int] | None = None,
    ) -> ImportRequest:
        return ImportRequest(
            self.kind,
            Path(self.path),
            sheet=sheet if sheet is not None else self.sheet,
            format_id=self.format_id,
            mapping=mapping,
            date_order=self.date_order,
            exponent=self.exponent,
            value_map=self.value_map or None,
        )

    def date_question(self) -> AmbiguousDateOrder | None:
        return self.data.date_question if self.data else None
