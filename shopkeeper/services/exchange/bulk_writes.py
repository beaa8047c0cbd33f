"""Bulk imports without per-row index triggers: the indexes are brought up to date once.

A large orders import inserts hundreds of thousands of rows. Two AFTER INSERT
triggers would run once per row: the customers' full-text index (``customers_ai``,
about 100 µs per new customer) and the orders search queue (``order_search_items_ai``).
Inside the import's transaction they are dropped, the rows written, the customers'
index filled with one INSERT … SELECT, and the triggers created again, exactly as they
were. A failure rolls all of it back together. A trigger whose text is not the one
expected here (someone changed it) is left alone and runs per row as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

# name -> (the trigger's text, whitespace collapsed; the statement that does its work for
# every row added since, given the largest rowid before, or None when nothing is owed)
_TRIGGERS = {
    "customers_ai": (
        'CREATE TRIGGER "customers_ai" AFTER INSERT ON "customers" BEGIN INSERT INTO '
        '"customers_fts" (rowid, "name", "email", "phone") VALUES (new.rowid, new."name", '
        'new."email", new."phone"); END',
        "customers",
        'INSERT INTO "customers_fts" (rowid, "name", "email", "phone") '
        'SELECT rowid, "name", "email", "phone" FROM customers WHERE rowid > ?',
    ),
    # New orders lie past the search index's mark anyway, and rewritten orders are queued
    # by order_search_orders_au; so this one owes nothing for an import's rows.
    "order_search_items_ai": (
        "CREATE TRIGGER order_search_items_ai AFTER INSERT ON order_items WHEN NEW.order_id "
        "<= (SELECT upto FROM order_search_state) BEGIN INSERT OR IGNORE INTO "
        "order_search_dirty VALUES (NEW.order_id); END",
        None,
        None,
    ),
}


def _collapsed(sql: str) -> str:
    return " ".join(sql.split())


@contextmanager
def triggers_paused(db: Database) -> Iterator[list[str]]:
    """Inside a transaction: drop the known per-row triggers, then catch up and restore."""
    paused: list[tuple[str, str, int | None]] = []
    for name, (expected, table, _catch_up) in _TRIGGERS.items():
        row = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [name]
        ).fetchone()
        if row is None or _collapsed(row[0]) != _collapsed(expected):
            continue
        before = (
            db.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
            if table
            else None
        )
        db.execute(f'DROP TRIGGER "{name}"')
        paused.append((name, row[0], before))
    try:
        yield [name for name, _sql, _before in paused]
    except BaseException:
        for _name, sql, _before in paused:  # the caller's rollback undoes the rest
            db.execute(sql)
        raise
    for name, sql, before in paused:
        catch_up = _TRIGGERS[name][2]
        if catch_up is not None:
            db.execute(catch_up, [before])
        db.execute(sql)
