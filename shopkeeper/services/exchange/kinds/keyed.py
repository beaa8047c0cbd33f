"""Kinds where one file row is one shop row, found again by a natural key.

Each kind gives a ``KeyedSpec``; this module does the rest the same way for all:
duplicate keys in the file are rejected, rows are compared with the shop on the
columns the file has (a column the file lacks is never blanked), then inserted
or updated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services.progress_steps import WRITING

from ..cell_limits import keep_full_text
from ..cells import ParsedRow
from ..errors import CellError
from . import KindPlan

DUPLICATE_KEY = QT_TRANSLATE_NOOP("CellError", "duplicate of row {row} ({key})")


@dataclass
class KeyedSpec:
    table: str
    key_columns: tuple[str, ...]
    # values -> {column: value} for the key columns and the columns the file has;
    # raises CellError for a row that cannot be stored.
    to_record: Callable[[dict], dict]
    # extra work after a new row is inserted (ticket messages), given the new id
    after_insert: Callable[[Database, int, dict, dict], None] | None = None
    # finds an existing row when the key is not simply column equality (customers)
    find: Callable[[Database, dict], tuple | None] | None = None
    # columns only a new row gets (creation times), not compared
    insert_extra: Callable[[], dict] | None = None
    # record -> [(text shown, key)]: the ways to recognise one row, when a row sharing
    # any of them with an earlier row is a duplicate (customers: id, email or phone).
    # Default: the key columns together.
    identities: Callable[[dict], list[tuple[str, tuple]]] | None = None
    GROUP_REQUIRED: frozenset = frozenset()

    def _identities(self, record: dict) -> list[tuple[str, tuple]]:
        if self.identities:
            return self.identities(record)
        key = tuple(record.get(c) for c in self.key_columns)
        return [(" / ".join(str(k) for k in key if k), key)]

    def plan(self, db: Database, rows: list[ParsedRow], fmt, options=None) -> KindPlan:
        result = KindPlan()
        seen: dict[tuple, int] = {}
        writes = []
        for row in rows:
            try:
                record = self.to_record(row.values)
            except CellError as exc:
                result.rejects[row.index] = exc
                continue
            keys = self._identities(record)
            first = next(((shown, seen[key]) for shown, key in keys if key in seen), None)
            if first:
                result.rejects[row.index] = CellError(DUPLICATE_KEY, row=first[1], key=first[0])
                continue
            for _shown, key in keys:
                seen[key] = row.row_number
            existing = self.find(db, record) if self.find else self._find(db, record)
            if existing is not None:
                keep_full_text(record, existing[1])  # an .xlsx export cut long texts
            if existing is None:
                result.statuses[row.index] = "new"
                writes.append((None, record, row.values))
            elif any(existing[1].get(c) != v for c, v in record.items()):
                result.statuses[row.index] = "changed"
                writes.append((existing[0], record, row.values))
            else:
                result.statuses[row.index] = "unchanged"
        result.apply = lambda db, progress: self._write(db, writes, progress)
        return result

    def _find(self, db: Database, record: dict) -> tuple | None:
        columns = list(record)
        where = " AND ".join(f"{c} = ?" for c in self.key_columns)
        row = db.execute(
            f"SELECT rowid, {', '.join(columns)} FROM {self.table} WHERE {where}",
            [record[c] for c in self.key_columns],
        ).fetchone()
        return (row[0], dict(zip(columns, row[1:], strict=True))) if row else None

    def _write(self, db: Database, writes, progress) -> None:
        for done, (rowid, record, values) in enumerate(writes):
            if progress and done % 2000 == 0:
                progress(done, len(writes), WRITING)
            if rowid is None:
                row = {**(self.insert_extra() if self.insert_extra else {}), **record}
                cursor = db.execute(
                    f"INSERT INTO {self.table}({', '.join(row)}) "
                    f"VALUES ({', '.join('?' * len(row))})",
                    list(row.values()),
                )
                if self.after_insert:
                    self.after_insert(db, cursor.lastrowid, record, values)
            else:
                sets = ", ".join(f"{c} = ?" for c in record)
                db.execute(
                    f"UPDATE {self.table} SET {sets} WHERE rowid = ?", [*record.values(), rowid]
                )


def present(values: dict, mapping: dict[str, str]) -> dict:
    """Column -> value for the fields the row has; mapping is field id -> column."""
    return {column: values[f] for f, column in mapping.items() if f in values}
