"""Bulk imports without per-row triggers and index upkeep: the work is done once, after.

A large orders import inserts hundreds of thousands of rows. Measured on a new shop,
200k orders, 500k lines and 32k customers took 11 s with every index and trigger live
and about 3 s without; most of the difference is the secondary indexes of orders and
order_items, kept sorted one row at a time in random order, and the AFTER INSERT
triggers run once per row:

- ``customers_ai`` fills the customers' full-text index (about 100 µs per customer);
- ``order_search_items_ai`` queues changed orders for the orders search;
- ``kpi_orders_ai`` marks the day of every new order for the KPI cache;
- ``tickets_link_order`` links tickets waiting for an order number that just arrived.

Inside the import's transaction ``triggers_paused`` drops those triggers, the rows are
written, each trigger's work is done for all the new rows at once (one INSERT … SELECT,
or one scan of the new rows for the tickets) and the triggers are created again, exactly
as they were. A trigger whose text is not the one expected here (someone changed it) is
left alone and runs per row as before. ``indexes_paused`` drops a table's non-unique
secondary indexes when the rows about to be added are many for its size, and creates
them again from their own SQL afterwards, which sorts each index once.

Neither undoes anything when the block raises: the caller rolls the transaction back,
and that restores the triggers, the indexes and the rows together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

from sqlite_utils import Database

# An index is dropped for a table when at least this many rows are about to be added and
# they are at least this share of the rows it holds: re-creating sorts all of them, live
# upkeep pays a b-tree insert per added row at a random place. Measured on orders and
# order_items (2 MB page cache), the two cost about the same at a half (a shop of 200k
# orders adding 50k: 1.3 s live, 1.8 s re-created; adding 200k: 5.6 s live, 4.0 s).
INDEXES_FROM_ROWS = 2_000
INDEXES_FROM_SHARE = 0.5


def _link_pending_tickets(db: Database, before: int) -> None:
    """What tickets_link_order would have done for every order added, in id order.

    Only new orders whose number some ticket is waiting for can link one; they are found
    in one scan of the new rows and the trigger's own UPDATE runs for each, oldest first,
    so the first order matching a ticket links it and later ones find it linked.
    """
    candidates = db.execute(
        "SELECT id, order_no, channel, customer_id FROM orders WHERE rowid > ? AND order_no "
        "IN (SELECT pending_order_no FROM tickets WHERE pending_order_no IS NOT NULL) "
        "ORDER BY id",
        [before],
    ).fetchall()
    for order_id, order_no, channel, customer_id in candidates:
        db.execute(
            "UPDATE tickets SET order_id = :id, pending_order_no = NULL, "
            "customer_id = coalesce(customer_id, :customer_id) WHERE pending_order_no = "
            ":order_no AND (channel = :channel OR channel = '' OR :channel = '')",
            {"id": order_id, "order_no": order_no, "channel": channel, "customer_id": customer_id},
        )


CatchUp = str | Callable[[Database, int], None] | None

# name -> (the trigger's text, whitespace collapsed; the table it is on; its work for
# every row added since, given the largest rowid before: a statement taking that rowid,
# a function, or None when nothing is owed)
_TRIGGERS: dict[str, tuple[str, str, CatchUp]] = {
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
        "order_items",
        None,
    ),
    "kpi_orders_ai": (
        "CREATE TRIGGER kpi_orders_ai AFTER INSERT ON orders BEGIN INSERT OR IGNORE INTO "
        "kpi_dirty_days(day) VALUES (substr(NEW.placed_at, 1, 10)); END",
        "orders",
        "INSERT OR IGNORE INTO kpi_dirty_days(day) "
        "SELECT DISTINCT substr(placed_at, 1, 10) FROM orders WHERE rowid > ?",
    ),
    "tickets_link_order": (
        "CREATE TRIGGER tickets_link_order AFTER INSERT ON orders BEGIN UPDATE tickets SET "
        "order_id = new.id, pending_order_no = NULL, customer_id = coalesce(customer_id, "
        "new.customer_id) WHERE pending_order_no = new.order_no AND (channel = new.channel "
        "OR channel = '' OR new.channel = ''); END",
        "orders",
        _link_pending_tickets,
    ),
}


def _collapsed(sql: str) -> str:
    return " ".join(sql.split())


def _require_transaction(db: Database) -> None:
    # Outside a transaction each DROP would be committed at once, and a failure would
    # leave the shop without its triggers or indexes.
    if not db.conn.in_transaction:
        raise RuntimeError("bulk writes need an open transaction")


@contextmanager
def triggers_paused(db: Database) -> Iterator[list[str]]:
    """Inside a transaction: drop the known per-row triggers, then catch up and restore.

    Yields the names of the triggers paused. The block may insert rows into customers,
    orders and order_items; it must not change those new rows again nor write tickets,
    as the catch-up reads the new rows as they are when the block ends. On an exception
    nothing is restored: the caller must roll the transaction back.
    """
    _require_transaction(db)
    paused: list[tuple[str, str, int]] = []
    for name, (expected, table, _catch_up) in _TRIGGERS.items():
        row = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [name]
        ).fetchone()
        if row is None or _collapsed(row[0]) != _collapsed(expected):
            continue
        before = db.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
        db.execute(f'DROP TRIGGER "{name}"')
        paused.append((name, row[0], before))
    yield [name for name, _sql, _before in paused]
    for name, sql, before in paused:
        catch_up = _TRIGGERS[name][2]
        if isinstance(catch_up, str):
            db.execute(catch_up, [before])
        elif catch_up is not None:
            catch_up(db, before)
        db.execute(sql)


def _secondary_indexes(db: Database, table: str) -> list[tuple[str, str]]:
    """(name, sql) of the table's indexes made by CREATE INDEX without UNIQUE: dropping
    those loses no constraint, and their SQL re-creates them exactly."""
    made = {
        name
        for _seq, name, unique, origin, _partial in db.execute(
            "SELECT * FROM pragma_index_list(?)", [table]
        )
        if origin == "c" and not unique
    }
    return [
        (name, sql)
        for name, sql in db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL ORDER BY rowid",
            [table],
        )
        if name in made
    ]


def worth_pausing_indexes(held: int, adding: int) -> bool:
    """Whether adding ``adding`` rows to a table of ``held`` is faster with its
    secondary indexes re-created afterwards than kept up to date row by row."""
    return adding >= INDEXES_FROM_ROWS and adding >= held * INDEXES_FROM_SHARE


@contextmanager
def indexes_paused(db: Database, adding: Mapping[str, int]) -> Iterator[list[str]]:
    """Inside a transaction: drop the non-unique secondary indexes of each table in
    ``adding`` (table -> rows about to be inserted) that gets many rows for its size,
    then re-create them from their own SQL. Yields the names of the indexes dropped;
    a small import leaves the schema alone and yields [].

    Unique indexes and constraints stay, so the block's inserts are checked as ever. Its
    lookups should not need the dropped indexes (e.g. deleting an existing order's lines
    by order_id would scan order_items): rewrite existing rows before the block. On an
    exception nothing is re-created: the caller must roll the transaction back.
    """
    _require_transaction(db)
    dropped: list[tuple[str, str]] = []
    for table, rows in adding.items():
        held = db.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]
        if not worth_pausing_indexes(held, rows):
            continue
        for name, sql in _secondary_indexes(db, table):
            db.execute(f'DROP INDEX "{name}"')
            dropped.append((name, sql))
    yield [name for name, _sql in dropped]
    for _name, sql in dropped:
        db.execute(sql)
