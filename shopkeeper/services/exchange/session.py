"""The end of every import: write the rejects, take a backup, commit.

`shopkeeper import` and the import wizard's last page both finish an import
through ``finish_import``, so the two cannot drift apart: the rejected rows are
saved first (they are wanted even when nothing is imported), the backup is taken
only when the import will change something, and the commit is one transaction
(``commit_import``). The result names the tables the commit wrote, so the window
refreshes only the tabs that show them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from shopkeeper.errors import QT_TRANSLATE_NOOP

from .importing import ImportPlan, Progress, commit_import
from .rejects import write_rejects

BACKING_UP = QT_TRANSLATE_NOOP("Progress", "Backing up the shop…")
_WRITES = {sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE}


@dataclass
class ImportResult:
    counts: dict[str, int]  # new, changed, unchanged, rejected (file rows)
    committed: bool = False  # the shop was changed
    rejects_written: int = 0
    backup: Path | None = None  # taken just before the commit
    tables: frozenset[str] = field(default_factory=frozenset)  # the tables the commit wrote


def finish_import(
    shop,
    plan: ImportPlan,
    *,
    skip_bad_rows: bool = False,
    dry_run: bool = False,
    rejects_path: Path | str | None = None,
    translate: Callable[[str, str], str] | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Rejects → backup → commit, for a planned import on an open ``shop``.

    Nothing is written to the shop when ``dry_run``, when rows were rejected and
    ``skip_bad_rows`` is off, or when every good row is already in the shop. The
    rejected rows go to ``rejects_path`` (an .xlsx) whenever there are any;
    ``translate(context, text)`` puts their reasons in the UI language.
    """
    written = 0
    if rejects_path and plan.rejected:
        written = write_rejects(plan, rejects_path, translate)
    result = ImportResult(plan.counts, rejects_written=written)
    allowed = not dry_run and (skip_bad_rows or not plan.rejected)
    if not (allowed and plan.changes_anything):
        return result

    def backup_progress(done: int, total: int) -> None:
        if progress:
            progress(done, total, BACKING_UP)

    result.backup = shop.backup_now(reason="before-import", progress=backup_progress)
    with tables_written(shop.db.conn) as tables:
        result.counts = commit_import(shop.db, plan, skip_bad_rows=skip_bad_rows, progress=progress)
    result.committed, result.tables = True, frozenset(tables)
    return result


@contextmanager
def tables_written(conn: sqlite3.Connection) -> Iterator[set[str]]:
    """The names of the tables that statements run inside the block write to.

    SQLite's authorizer sees every insert, update and delete as it is prepared,
    those of triggers included (a new order links the tickets waiting for it);
    installing it re-prepares cached statements, so nothing is missed. Virtual
    and shadow tables (full-text indexes) are left out.
    """
    tables: set[str] = set()

    def note(action: int, table: str | None, *_: object) -> int:
        if action in _WRITES and table and not table.startswith("sqlite_"):
            tables.add(table)
        return sqlite3.SQLITE_OK

    conn.set_authorizer(note)
    try:
        yield tables
    finally:
        conn.set_authorizer(None)
    # A full-text index's own tables are written by triggers; no tab shows them.
    tables &= {row[1] for row in conn.execute("PRAGMA table_list") if row[2] == "table"}
