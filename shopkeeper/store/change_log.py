"""Recorded writes: every row a write touched, before and after, so it can be undone.

A service opens a ``Recorder`` (``with recording(db, "Bulk price change") as rec``),
writes through it, and gets back a ``Change``: any number of inserts, updates and
deletes over any number of tables, stored as one entry of the change log. Undo and
redo replay it backwards or forwards in one transaction.

Rows are keyed by SQLite's rowid (the ``id`` column where a table has one), so tables
with a composite primary key (traffic_daily) are covered too. ``ON DELETE CASCADE``
happens behind the recorder's back: delete the children through it first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from sqlite_utils import Database


@dataclass(frozen=True)
class RowChange:
    """One row: ``before`` is None for an insert, ``after`` None for a delete.

    For an update both hold only the columns that were set."""

    table: str
    rowid: int
    before: dict | None
    after: dict | None


@dataclass(frozen=True)
class Change:
    text: str
    rows: tuple[RowChange, ...]
    id: int | None = None  # its change_sets id once recorded

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(row.table for row in self.rows)

    def __bool__(self) -> bool:
        return bool(self.rows)


def _columns(db: Database, table: str) -> list[str]:
    # Table and column names go into SQL text, so they must be real ones.
    if table not in db.table_names():
        raise ValueError(f"unknown table: {table}")
    return list(db[table].columns_dict)


def _check(db: Database, table: str, columns: Iterable[str]) -> None:
    unknown = set(columns) - set(_columns(db, table))
    if unknown:
        raise ValueError(f"unknown columns of {table}: {sorted(unknown)}")


def _select(db: Database, table: str, columns: Sequence[str], rowids: Sequence[int]) -> dict:
    """{rowid: {column: value}} for the rows that exist, read in chunks."""
    cols = ", ".join(f'"{c}"' for c in columns)
    found: dict[int, dict] = {}
    for start in range(0, len(rowids), 500):
        chunk = list(rowids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        sql = f'SELECT rowid, {cols} FROM "{table}" WHERE rowid IN ({marks})'
        for row in db.execute(sql, chunk):
            found[row[0]] = dict(zip(columns, row[1:], strict=True))
    return found


@dataclass
class Recorder:
    """Writes rows and remembers what they were; used inside ``recording``."""

    db: Database
    text: str
    rows: list[RowChange] = field(default_factory=list)
    change: Change | None = None  # set when the ``recording`` block ends

    def update(self, table: str, rowid: int, values: dict) -> None:
        self.update_many(table, [(rowid, values)])

    def update_many(self, table: str, edits: Iterable[tuple[int, dict]]) -> None:
        """Set columns of many rows; rows whose values do not change are not recorded."""
        edits = list(edits)
        by_columns: dict[tuple[str, ...], list[tuple[int, dict]]] = {}
        for rowid, values in edits:
            by_columns.setdefault(tuple(values), []).append((rowid, values))
        for columns, group in by_columns.items():
            _check(self.db, table, columns)
            before = _select(self.db, table, columns, [rowid for rowid, _ in group])
            missing = [rowid for rowid, _ in group if rowid not in before]
            if missing:
                raise KeyError(f"{table} rows not found: {missing[:5]}")
            real = [(r, v) for r, v in group if before[r] != v]
            sets = ", ".join(f'"{c}" = ?' for c in columns)
            self.db.conn.executemany(
                f'UPDATE "{table}" SET {sets} WHERE rowid = ?',
                [[*v.values(), r] for r, v in real],
            )
            self.rows += [RowChange(table, r, before[r], dict(v)) for r, v in real]

    def insert(self, table: str, values: dict) -> int:
        """Insert a row; returns its rowid (its ``id``)."""
        _check(self.db, table, values)
        cols = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" * len(values))
        cursor = self.db.conn.execute(
            f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', list(values.values())
        )
        rowid = cursor.lastrowid
        self.rows.append(RowChange(table, rowid, None, _full_row(self.db, table, rowid)))
        return rowid

    def delete(self, table: str, rowid: int) -> None:
        self.delete_many(table, [rowid])

    def delete_many(self, table: str, rowids: Sequence[int]) -> None:
        columns = _columns(self.db, table)
        before = _select(self.db, table, columns, list(rowids))
        self.db.conn.executemany(f'DELETE FROM "{table}" WHERE rowid = ?', [[r] for r in before])
        self.rows += [RowChange(table, r, row, None) for r, row in before.items()]


def _full_row(db: Database, table: str, rowid: int) -> dict:
    columns = _columns(db, table)
    return _select(db, table, columns, [rowid])[rowid]


@contextmanager
def recording(db: Database, text: str) -> Iterator[Recorder]:
    """One transaction: the writes made through the recorder and their change-log entry.

    After the block, ``recorder.change`` is the recorded Change (empty when nothing
    changed, and then nothing is logged)."""
    recorder = Recorder(db, text)
    with db.conn:
        yield recorder
        recorder.change = _log(db, Change(text, tuple(recorder.rows)))


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _log(db: Database, change: Change, *, action: str = "do") -> Change:
    if not change.rows:
        return change
    cursor = db.conn.execute(
        "INSERT INTO change_sets(at, text, action) VALUES (?, ?, ?)", [_now(), change.text, action]
    )
    change_id = cursor.lastrowid
    db.conn.executemany(
        "INSERT INTO change_log(at, table_name, row_id, action, before_json, after_json,"
        " change_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                _now(),
                row.table,
                row.rowid,
                "insert" if row.before is None else "delete" if row.after is None else "update",
                None if row.before is None else json.dumps(row.before, ensure_ascii=False),
                None if row.after is None else json.dumps(row.after, ensure_ascii=False),
                change_id,
            )
            for row in change.rows
        ],
    )
    return Change(change.text, change.rows, change_id)


def _replay(db: Database, rows: Sequence[RowChange]) -> None:
    """Make each row what ``after`` says: insert, update or delete it.

    Runs of rows of the same table, action and columns go to one executemany, in the
    order given (a parent's insert still comes before its children's)."""
    known: dict[str, set[str]] = {}
    run: list[RowChange] = []
    for row in rows:
        if run and _shape(row) != _shape(run[0]):
            _write_run(db, run, known)
            run = []
        run.append(row)
    if run:
        _write_run(db, run, known)


def _shape(row: RowChange) -> tuple:
    action = "delete" if row.after is None else "insert" if row.before is None else "update"
    return row.table, action, tuple(row.after or ())


def _write_run(db: Database, run: list[RowChange], known: dict[str, set[str]]) -> None:
    table, action, columns = _shape(run[0])
    if table not in known:
        known[table] = set(_columns(db, table))  # also refuses an unknown table
    if set(columns) - known[table]:
        raise ValueError(f"unknown columns of {table}: {sorted(set(columns) - known[table])}")
    if action == "delete":
        sql, params = f'DELETE FROM "{table}" WHERE rowid = ?', [[r.rowid] for r in run]
    elif action == "insert":
        cols = ", ".join(["rowid", *(f'"{c}"' for c in columns)])
        marks = ", ".join("?" * (len(columns) + 1))
        sql = f'INSERT INTO "{table}" ({cols}) VALUES ({marks})'
        params = [[r.rowid, *r.after.values()] for r in run]
    else:
        sets = ", ".join(f'"{c}" = ?' for c in columns)
        sql = f'UPDATE "{table}" SET {sets} WHERE rowid = ?'
        params = [[*r.after.values(), r.rowid] for r in run]
    db.conn.executemany(sql, params)


def _inverse(change: Change) -> list[RowChange]:
    return [RowChange(r.table, r.rowid, r.after, r.before) for r in reversed(change.rows)]


def undo(db: Database, change: Change) -> Change:
    """Put every row back as it was before ``change``; logged as an undo."""
    rows = _inverse(change)
    with db.conn:
        _replay(db, rows)
        return _log(db, Change(change.text, tuple(rows)), action="undo")


def redo(db: Database, change: Change) -> Change:
    """Apply ``change`` again after an undo; logged as a redo."""
    with db.conn:
        _replay(db, change.rows)
        return _log(db, change, action="redo")


def load(db: Database, change_id: int) -> Change:
    """A recorded change, read back from the log (for undo from the command line)."""
    head = db.execute("SELECT text FROM change_sets WHERE id = ?", [change_id]).fetchone()
    if head is None:
        raise KeyError(f"change {change_id} not found")
    rows = tuple(
        RowChange(table, rowid, _json(before), _json(after))
        for table, rowid, before, after in db.execute(
            "SELECT table_name, row_id, before_json, after_json FROM change_log"
            " WHERE change_id = ? ORDER BY id",
            [change_id],
        )
    )
    return Change(head[0], rows, change_id)


def history(db: Database, limit: int = 50) -> list[tuple[int, str, str, str]]:
    """The newest recorded changes: (id, at, text, action)."""
    return db.execute(
        "SELECT id, at, text, action FROM change_sets ORDER BY id DESC LIMIT ?", [limit]
    ).fetchall()


def _json(text: str | None) -> dict | None:
    return None if text is None else json.loads(text)
