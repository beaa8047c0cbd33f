"""The demo shop generator: believable, consistent, deterministic and all-or-nothing."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from shopkeeper.errors import Cancelled, InputRejected
from shopkeeper.services.demo import DemoSummary, generate_demo
from shopkeeper.services.demo.base import STEP_DONE, STEP_ORDERS, STEP_START
from shopkeeper.store import open_db

TODAY = dt.date(2026, 5, 20)

FILLED_TABLES = (
    "settings",
    "products",
    "variants",
    "product_images",
    "customers",
    "orders",
    "order_items",
    "refunds",
    "promotions",
    "promotion_targets",
    "calendar_events",
    "campaign_tasks",
    "tickets",
    "ticket_messages",
    "canned_replies",
    "traffic_daily",
    "ad_spend",
    "sales_targets",
    "competitor_prices",
)
MONEY_COLUMNS = (
    ("variants", "price"),
    ("variants", "compare_at_price"),
    ("variants", "cost"),
    ("orders", "subtotal"),
    ("orders", "discount"),
    ("orders", "shipping"),
    ("orders", "total"),
    ("order_items", "unit_price"),
    ("order_items", "discount"),
    ("refunds", "amount"),
    ("promotions", "value"),
    ("promotions", "threshold"),
    ("promotions", "budget"),
    ("ad_spend", "spend"),
    ("ad_spend", "revenue"),
    ("sales_targets", "amount"),
    ("competitor_prices", "price"),
)


@pytest.fixture
def shop(tmp_path):
    db = open_db(tmp_path / "shop.db")
    yield db
    db.conn.close()


@pytest.fixture
def demo(shop):
    return shop, generate_demo(shop, today=TODAY)


def scalar(db, sql, params=()):
    return db.execute(sql, params).fetchone()[0]


def table_counts(db) -> dict[str, int]:
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {name: scalar(db, f'SELECT COUNT(*) FROM "{name}"') for name in names}


def test_small_demo_has_rough_counts_and_fills_every_table(demo):
    """The small demo has about the promised amounts and leaves no table empty."""
    db, summary = demo
    assert isinstance(summary, DemoSummary)
    assert summary.products == 120
    assert 300 <= summary.variants <= 420
    assert summary.customers == 1_500
    assert summary.orders == 6_000
    assert 2 * summary.orders <= summary.order_items <= 3 * summary.orders
    assert 0.02 * summary.orders <= summary.refunds <= 0.05 * summary.orders
    assert summary.tickets == 300
    assert summary.tickets <= summary.ticket_messages <= 6 * summary.tickets
    assert 40 <= summary.promotions <= 80
    assert scalar(db, "SELECT COUNT(*) FROM orders") == summary.orders
    assert scalar(db, "SELECT COUNT(*) FROM ticket_messages") == summary.ticket_messages
    empty = [t for t in FILLED_TABLES if scalar(db, f"SELECT COUNT(*) FROM {t}") == 0]
    assert empty == []


def test_order_totals_add_up(demo):
    """Every order has total = subtotal - discount + shipping and subtotal = sum of its lines."""
    db, _ = demo
    unbalanced = "SELECT COUNT(*) FROM orders WHERE total != subtotal - discount + shipping"
    assert scalar(db, unbalanced) == 0
    assert scalar(db, "SELECT COUNT(*) FROM orders WHERE discount < 0 OR discount > subtotal") == 0
    mismatched = scalar(
        db,
        """
        SELECT COUNT(*) FROM orders o
        WHERE o.subtotal != (SELECT COALESCE(SUM(i.quantity * i.unit_price), 0)
                             FROM order_items i WHERE i.order_id = o.id)""",
    )
    assert mismatched == 0
    assert (
        scalar(
            db,
            "SELECT COUNT(*) FROM refunds r JOIN orders o ON o.id = r.order_id "
            "WHERE r.amount > o.total OR o.status != 'refunded'",
        )
        == 0
    )


def test_money_columns_are_integers(demo):
    """Every money column holds integer minor units, never a real or text."""
    db, _ = demo
    for table, column in MONEY_COLUMNS:
        wrong = scalar(
            db, f"SELECT COUNT(*) FROM {table} WHERE typeof({column}) NOT IN ('integer', 'null')"
        )
        assert wrong == 0, f"{table}.{column}"
        assert scalar(db, f"SELECT COUNT(*) FROM {table} WHERE {column} IS NOT NULL") > 0


def test_singles_day_outsells_an_average_november_day(demo):
    """On 11 November the shop sells clearly more than on an average November day."""
    db, _ = demo
    peak = scalar(db, "SELECT COUNT(*) FROM orders WHERE substr(placed_at, 1, 10) = '2025-11-11'")
    november = scalar(db, "SELECT COUNT(*) FROM orders WHERE placed_at LIKE '2025-11-%'")
    assert peak > 2.5 * november / 30


def test_orders_span_the_two_years_ending_today(demo):
    """Orders start about two years back and end today, times in ISO-8601."""
    db, _ = demo
    first, last = db.execute("SELECT MIN(placed_at), MAX(placed_at) FROM orders").fetchone()
    assert first.startswith("2024-05-2")
    assert last.startswith(TODAY.isoformat() + "T")
    dt.datetime.fromisoformat(last)


def test_same_seed_and_day_give_the_same_shop(tmp_path):
    """Generating twice with the same seed and today gives identical data."""
    digests = []
    for name in ("a.db", "b.db"):
        db = open_db(tmp_path / name)
        generate_demo(db, seed=7, today=TODAY)
        digest = hashlib.sha256()
        for table in FILLED_TABLES:
            for row in db.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                digest.update(repr(row).encode())
        digests.append(digest.hexdigest())
        db.conn.close()
    assert digests[0] == digests[1]


@pytest.mark.parametrize("cancel_at", [STEP_START, STEP_ORDERS, STEP_DONE])
def test_cancel_from_progress_changes_nothing(shop, cancel_at):
    """A progress callback that raises (Cancel) leaves every table exactly as it was."""
    before = table_counts(shop)

    def progress(done, total, step):
        if step == cancel_at:
            raise Cancelled()

    with pytest.raises(Cancelled):
        generate_demo(shop, today=TODAY, progress=progress)
    assert table_counts(shop) == before
    assert scalar(shop, "SELECT COUNT(*) FROM products") == 0
    assert not shop.conn.in_transaction


def test_progress_is_reported_regularly_up_to_the_total(shop):
    """Progress never goes backwards, comes often and ends at its total."""
    calls = []
    generate_demo(shop, today=TODAY, progress=lambda *args: calls.append(args))
    done = [c[0] for c in calls]
    assert done == sorted(done)
    assert len(calls) >= 10
    assert calls[-1][0] == calls[-1][1]
    assert all(b - a <= 3_000 for a, b in zip(done, done[1:], strict=False))


def test_refuses_a_shop_that_already_has_data(shop):
    """A shop with products is refused with a message, and nothing is added."""
    shop.execute(
        "INSERT INTO products (handle, title, created_at, updated_at) "
        "VALUES ('mine', 'My product', '2026-01-01', '2026-01-01')"
    )
    shop.conn.commit()
    with pytest.raises(InputRejected) as raised:
        generate_demo(shop, today=TODAY)
    assert "already has data" in raised.value.message
    assert "shop.db" in raised.value.message
    assert scalar(shop, "SELECT COUNT(*) FROM customers") == 0
    assert scalar(shop, "SELECT COUNT(*) FROM products") == 1


def test_chinese_substring_is_found_through_the_trigram_index(demo):
    """A Chinese substring inside a title (马克杯) is found by the FTS5 trigram index."""
    db, _ = demo
    titles = [
        r[0]
        for r in db.execute(
            "SELECT p.title FROM products_fts JOIN products p ON p.rowid = products_fts.rowid "
            "WHERE products_fts MATCH ?",
            ['"马克杯"'],
        )
    ]
    assert titles
    assert all("马克杯" in title for title in titles)
    english = scalar(
        db, "SELECT COUNT(*) FROM products_fts WHERE products_fts MATCH ?", ['"Tea Towel"']
    )
    assert english > 0


def test_skus_are_unique_and_barcodes_have_valid_check_digits(demo):
    """SKUs look like TS-0001-RED-M and every barcode is a valid EAN-13."""
    db, _ = demo
    skus = [r[0] for r in db.execute("SELECT sku FROM variants")]
    assert len(skus) == len(set(skus))
    assert all(s.split("-")[1].isdigit() for s in skus)
    for (code,) in db.execute("SELECT barcode FROM variants WHERE barcode != ''"):
        digits = [int(d) for d in code]
        assert len(digits) == 13
        assert sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0


def test_some_tickets_are_open_and_overdue_today(demo):
    """The inbox has a handful of open tickets, some already past their due time."""
    db, _ = demo
    now = f"{TODAY.isoformat()}T09:00:00"
    assert scalar(db, "SELECT COUNT(*) FROM tickets WHERE status = 'open'") >= 3
    assert (
        scalar(db, "SELECT COUNT(*) FROM tickets WHERE status = 'open' AND due_at < ?", [now]) >= 1
    )
    assert scalar(db, "SELECT COUNT(*) FROM ticket_messages WHERE sent_at > ?", [now]) == 0


def test_events_happen_in_a_believable_order(demo):
    """Customers join before they order; tickets and refunds follow orders; nothing is ahead."""
    db, _ = demo
    now = f"{TODAY.isoformat()}T09:00:00"
    checks = (
        "SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE c.created_at > o.placed_at",
        "SELECT COUNT(*) FROM tickets t JOIN orders o ON o.id = t.order_id "
        "WHERE t.created_at < o.placed_at",
        "SELECT COUNT(*) FROM refunds r JOIN orders o ON o.id = r.order_id "
        "WHERE r.created_at < o.placed_at",
        "SELECT COUNT(*) FROM orders WHERE paid_at < placed_at OR shipped_at < paid_at",
        f"SELECT COUNT(*) FROM orders WHERE placed_at > '{now}' OR shipped_at > '{now}'",
    )
    for sql in checks:
        assert scalar(db, sql) == 0, sql
