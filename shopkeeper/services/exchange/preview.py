"""The first rows of a file as the import will read them, cell by cell (no Qt).

``plan_import`` stops at a row's first bad cell; the preview checks every cell,
so the user sees each problem of a row at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import kinds
from .cells import FIELD_PROBLEM, IS_EMPTY, ParseOptions, is_empty, parse_cell, to_text
from .errors import CellError
from .fields import Field, fields
from .readers import Table

PREVIEW_ROWS = 200


@dataclass
class PreviewCell:
    text: str  # as written in the file
    value: object = None  # as the import reads it
    error: CellError | None = None


@dataclass
class PreviewRow:
    row_number: int
    cells: list[PreviewCell]

    @property
    def errors(self) -> list[tuple[int, CellError]]:
        return [(i, cell.error) for i, cell in enumerate(self.cells) if cell.error is not None]


def preview_rows(
    table: Table,
    kind_fields: list[Field],
    mapping: dict[str, int],
    options: ParseOptions,
    required: set[str],
    limit: int = PREVIEW_ROWS,
    readers: dict | None = None,
) -> list[PreviewRow]:
    """One PreviewRow per table row (up to ``limit``), one cell per field in ``kind_fields``.

    ``required`` are the field ids a row must fill (as ``plan_import`` checks them).
    """
    rows = []
    for cells, number in zip(table.rows[:limit], table.row_numbers[:limit], strict=True):
        checked = []
        for f in kind_fields:
            column = mapping[f.id]
            cell = cells[column] if column < len(cells) else None
            if is_empty(cell):
                error = CellError(IS_EMPTY, field=f.label) if f.id in required else None
                checked.append(PreviewCell("", None, error))
                continue
            try:
                reader = (readers or {}).get(f.id)  # fixed choices, through the value map
                value = reader(to_text(cell))[0] if reader else parse_cell(f, cell, options)
                checked.append(PreviewCell(to_text(cell), value))
            except CellError as exc:
                error = CellError(FIELD_PROBLEM, field=f.label, reason=exc)
                checked.append(PreviewCell(to_text(cell), None, error))
        rows.append(PreviewRow(number, checked))
    return rows


def preview_sheet(
    table: Table,
    kind: str,
    mapping: dict[str, int],
    *,
    exponent: int,
    date_order: str | None,
    limit: int = PREVIEW_ROWS,
    value_map: dict[str, dict[str, str]] | None = None,
) -> tuple[list[Field], list[PreviewRow]]:
    """The mapped fields of ``kind`` and the first rows as the import will read them."""
    kind_fields = [f for f in fields(kind) if f.id in mapping]
    # Fields required per group of rows (an order's lines, say) are checked by the kind.
    required = {f.id for f in kind_fields if f.required} - kinds.handler(kind).GROUP_REQUIRED
    from .importing import value_readers

    options = ParseOptions(exponent=exponent, date_order=date_order)
    readers = value_readers(kind, value_map)
    return kind_fields, preview_rows(table, kind_fields, mapping, options, required, limit, readers)
