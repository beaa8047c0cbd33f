"""Row-level edits recorded with their before and after values, so they can be undone."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database


@dataclass(frozen=True)
class RowChange:
    table: str
    row_id: int
    before: dict
    after: dict


def _validate(db: Database, table: str, columns) -> None:
    # Table and column names go into SQL text, so they must be real ones.
    known = db[table].columns_dict if table in db.table_names() else {}
    unknown = [c for c in columns if c not in known]
    if not known or unknown:
        raise ValueError(f"unknown table or columns: {table} {unknown}")


def read_values(db: Database, table: str, row_id: int, columns) -> dict:
    _validate(db, table, columns)
    cols = ", ".join(f'"{c}"' for c in columns)
    row = db.execute(f'SELECT {cols} FROM "{table}" WHERE id = ?', [row_id]).fetchone()
    if row is None:
        raise KeyError(f"{table} {row_id} not found")
    return dict(zip(columns, row, strict=True))


def write_values(db: Database, table: str, row_id: int, values: dict, *, before: dict) -> None:
    """Update the row and log the change, in one transaction."""
    _validate(db, table, values)
    assignments = ", ".join(f'"{c}" = ?' for c in values)
    with db.conn:
        db.execute(f'UPDATE "{table}" SET {assignments} WHERE id = ?', [*values.values(), row_id])
        db.execute(
            "INSERT INTO change_log(at, table_name, row_id, action, before_json, after_json) "
            "VALUES (?, ?, ?, 'update', ?, ?)",
            [
                datetime.now().isoformat(timespec="seconds"),
                table,
                row_id,
                json.dumps(before, ensure_ascii=False),
                json.dumps(values, ensure_ascii=False),
            ],
        )


def update_row(db: Database, table: str, row_id: int, values: dict) -> RowChange:
    before = read_values(db, table, row_id, list(values))
    write_values(db, table, row_id, values, before=before)
    return RowChange(table, row_id, before, dict(values))


def apply(db: Database, change: RowChange, *, undo: bool) -> None:
    target, current = (change.before, change.after) if undo else (change.after, change.before)
    write_values(db, change.table, change.row_id, target, before=current)
