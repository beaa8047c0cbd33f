"""The frame SQLite's documented table rebuild runs in, shared by the migrations that
change a CHECK constraint (https://sqlite.org/lang_altertable.html#otheralter).

Foreign keys off (SQLite ignores that pragma inside a transaction, so it is set
first), one transaction, the caller's rebuild and additive steps, a foreign key
check, commit; any failure rolls everything back. Foreign keys are switched on
again either way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from sqlite3 import Connection

from sqlite_utils import Database


@contextmanager
def rebuild_transaction(db: Database, migration: str) -> Iterator[Connection]:
    """Run the body in one transaction with foreign keys off; refuse broken references."""
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"{migration} would break foreign keys: {problems[:5]}")
            conn.execute("COMMIT")
        except BaseException:
            conn.rollback()
            raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
