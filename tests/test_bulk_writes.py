"""Bulk writes with per-row triggers and secondary indexes paused (exchange.bulk_writes)."""

from contextlib import ExitStack

import pytest

from shopkeeper.services.exchange.bulk_writes import (
    indexes_paused,
    triggers_paused,
    worth_pausing_indexes,
)
from shopkeeper.services.shop import open_shop

MANY = 3_000  # orders written by the bulk tests: enough to pause the indexes


def _schema(db) -> dict[str, str]:
    return dict(
        db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "AND sql IS NOT NULL"
        ).fetchall()
    )


def _add_customers(db, count: int) -> None:
    db.conn.executemany(
        "INSERT INTO customers(name, email, created_at) VALUES (?, ?, '2026-01-01')",
        [(f"Buyer {n}", f"buyer{n}@example.com") for n in range(count)],
    )


def _add_orders(db, orders) -> None:
    """orders: (order_no, channel, placed_at, customer_id), each with one line."""
    first = db.execute("SELECT coalesce(max(id), 0) + 1 FROM orders").fetchone()[0]
    ids = range(first, first + len(orders))
    db.conn.executemany(
        "INSERT INTO orders(id, order_no, channel, placed_at, customer_id, status) "
        "VALUES (?, ?, ?, ?, ?, 'paid')",
        [(i, *o) for i, o in zip(ids, orders, strict=True)],
    )
    db.conn.executemany(
        "INSERT INTO order_items(order_id, sku, quantity, unit_price) VALUES (?, 'MUG', 1, 900)",
        [(i,) for i in ids],
    )


def _write(db, orders, customers: int = 0, bulk: bool = True, fail: bool = False) -> list[str]:
    """Add customers and orders in one transaction, paused when ``bulk``; returns the
    indexes dropped. ``fail`` raises inside and rolls back, as commit_import does."""
    dropped: list[str] = []
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        with ExitStack() as paused:
            if bulk:
                paused.enter_context(triggers_paused(db))
                adding = {"orders": len(orders), "order_items": len(orders)}
                dropped = paused.enter_context(indexes_paused(db, adding))
            _add_customers(db, customers)
            _add_orders(db, orders)
            if fail:
                raise RuntimeError("disk full")
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()
    return dropped


def _filler(count: int, start: int = 0):
    return [
        (f"F-{n}", "shopify", f"2026-03-{n % 28 + 1:02d}T10:00:00", None)
        for n in range(start, start + count)
    ]


@pytest.fixture
def two_shops(tmp_path):
    """The same shop twice: one written row by row, one in bulk."""
    shops = [open_shop(tmp_path / "live.db"), open_shop(tmp_path / "bulk.db")]
    yield [s.db for s in shops]
    for s in shops:
        s.close()


def test_bulk_write_leaves_the_indexes_and_triggers_as_they_were(shop):
    """After a large write every index and trigger is back with its own SQL, and sound."""
    db = shop.db
    before = _schema(db)
    dropped = _write(db, _filler(MANY), customers=50)
    assert {"orders_customer", "orders_placed_at", "order_items_order"} <= set(dropped)
    assert "sqlite_autoindex_orders_1" not in dropped
    assert _schema(db) == before
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    found = "SELECT count(*) FROM customers_fts WHERE customers_fts MATCH 'buyer49'"
    assert db.execute(found).fetchone()[0] == 1


def test_indexes_are_absent_only_inside_a_large_write(shop):
    """Inside the block the secondary indexes are gone; the unique ones stay."""
    db = shop.db
    db.conn.execute("BEGIN IMMEDIATE")
    with indexes_paused(db, {"orders": MANY}) as dropped:
        names = set(_schema(db))
        assert "orders_customer" not in names
        assert "orders_customer" in dropped
        unique = "SELECT count(*) FROM pragma_index_list('orders') WHERE origin = 'u'"
        assert db.execute(unique).fetchone()[0] == 1
    db.conn.commit()
    assert "orders_customer" in _schema(db)


def test_pending_tickets_are_linked_as_the_trigger_links_them(two_shops):
    """The first new order (by id) matching a waiting ticket links it, channel '' matching
    any channel on either side, exactly as the per-row trigger does."""
    tickets = [  # (subject, pending_order_no, channel, customer_id)
        ("wrong channel first", "A-1", "amazon", None),
        ("any channel", "B-2", "", None),
        ("order without channel", "C-3", "etsy", None),
        ("keeps its customer", "D-4", "ebay", 1),
        ("same number, two tickets", "E-5", "ebay", None),
        ("same number, two tickets", "E-5", "", None),
        ("still waiting", "Z-9", "", None),
    ]
    orders = [
        *_filler(1_000),
        ("A-1", "ebay", "2026-04-01T09:00:00", 2),
        ("B-2", "ebay", "2026-04-01T10:00:00", 3),
        ("B-2", "amazon", "2026-04-01T11:00:00", 4),
        ("A-1", "amazon", "2026-04-01T12:00:00", 5),
        ("C-3", "", "2026-04-02T09:00:00", 6),
        ("D-4", "ebay", "2026-04-02T10:00:00", 7),
        ("E-5", "ebay", "2026-04-02T11:00:00", None),
        *_filler(1_000, start=1_000),
    ]
    linked = []
    for db, bulk in zip(two_shops, (False, True), strict=True):
        _add_customers(db, 10)
        db.conn.executemany(
            "INSERT INTO tickets(subject, pending_order_no, channel, customer_id, created_at) "
            "VALUES (?, ?, ?, ?, '2026-03-30T08:00:00')",
            tickets,
        )
        db.conn.commit()
        _write(db, orders, bulk=bulk)
        linked.append(
            db.execute(
                "SELECT t.subject, o.order_no, o.channel, t.pending_order_no, t.customer_id "
                "FROM tickets t LEFT JOIN orders o ON o.id = t.order_id ORDER BY t.id"
            ).fetchall()
        )
    assert linked[1] == linked[0]
    assert linked[1] == [
        ("wrong channel first", "A-1", "amazon", None, 5),
        ("any channel", "B-2", "ebay", None, 3),
        ("order without channel", "C-3", "", None, 6),
        ("keeps its customer", "D-4", "ebay", None, 1),
        ("same number, two tickets", "E-5", "ebay", None, None),
        ("same number, two tickets", "E-5", "ebay", None, None),
        ("still waiting", None, None, "Z-9", None),
    ]


def test_new_orders_mark_their_days_for_the_kpis(two_shops):
    """Every day with a new order is marked for the KPI cache, as the trigger marks it."""
    days = []
    for db, bulk in zip(two_shops, (False, True), strict=True):
        db.execute("DELETE FROM kpi_dirty_days")
        db.conn.commit()
        _write(db, _filler(MANY), bulk=bulk)
        days.append({d for (d,) in db.execute("SELECT day FROM kpi_dirty_days")})
    assert days[1] == days[0]
    assert days[1] == {f"2026-03-{d:02d}" for d in range(1, 29)}


def test_a_failure_inside_rolls_back_to_the_same_schema_and_rows(shop):
    """A write that fails halfway leaves the indexes, triggers and rows as they were."""
    db = shop.db
    _write(db, _filler(100), customers=5, bulk=False)
    before = (_schema(db), db.execute("SELECT count(*) FROM orders").fetchone()[0])
    with pytest.raises(RuntimeError):
        _write(db, _filler(MANY, start=100), customers=50, fail=True)
    after = (_schema(db), db.execute("SELECT count(*) FROM orders").fetchone()[0])
    assert after == before
    assert db.execute("SELECT count(*) FROM customers_fts").fetchone()[0] == 5


def test_a_small_write_leaves_the_indexes_in_place(shop):
    """A few rows, or a large table getting less than half its size again, keep the
    indexes live; the triggers are still paused and caught up."""
    db = shop.db
    before = _schema(db)
    assert _write(db, _filler(10)) == []
    assert _schema(db) == before


@pytest.mark.parametrize(
    ("held", "adding", "paused"),
    [(0, 1_999, False), (0, 2_000, True), (100_000, 49_999, False), (100_000, 50_000, True)],
)
def test_indexes_are_paused_for_many_rows_relative_to_the_table(held, adding, paused):
    """From 2,000 rows and half the table's size the indexes are re-created instead."""
    assert worth_pausing_indexes(held, adding) is paused


def test_a_changed_trigger_is_left_alone(shop):
    """A trigger whose text is not the expected one keeps running row by row."""
    db = shop.db
    db.execute("DROP TRIGGER kpi_orders_ai")
    db.execute(
        "CREATE TRIGGER kpi_orders_ai AFTER INSERT ON orders BEGIN "
        "INSERT OR IGNORE INTO kpi_dirty_days(day) VALUES ('changed'); END"
    )
    db.conn.commit()
    db.conn.execute("BEGIN IMMEDIATE")
    with triggers_paused(db) as paused:
        assert "kpi_orders_ai" not in paused
        _add_orders(db, _filler(1))
    db.conn.commit()
    assert db.execute("SELECT count(*) FROM kpi_dirty_days WHERE day = 'changed'").fetchone()[0]


def test_pausing_outside_a_transaction_is_refused(shop):
    """Dropping outside a transaction would commit the drop at once, so it is refused."""
    with pytest.raises(RuntimeError), triggers_paused(shop.db):
        pass
    with pytest.raises(RuntimeError), indexes_paused(shop.db, {"orders": MANY}):
        pass
