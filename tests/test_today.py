"""Today: what needs the seller now, each item pointing at the tab that can fix it."""

import datetime as dt

import pytest

from shopkeeper.services import today
from shopkeeper.services.changes import undo
from shopkeeper.store import settings

NOW = dt.datetime(2026, 3, 4, 12, 0)


@pytest.fixture
def db(shop):
    db = shop.db
    stamp = "2026-01-01T00:00:00"
    with db.conn:
        db.execute("INSERT INTO customers(id, name, created_at) VALUES (1, 'C1', ?)", [stamp])
        orders = [
            (1, "TB-LATE", "taobao", "2026-03-03T08:00:00", "paid"),  # ship by 3/4 08:00: late
            (2, "TB-TODAY", "taobao", "2026-03-03T20:00:00", "paid"),  # ship by 3/4 20:00
            (3, "SH-LATER", "shopify", "2026-03-03T20:00:00", "paid"),  # 48 h: 3/5 20:00
            (4, "TB-SHIPPED", "taobao", "2026-03-01T08:00:00", "shipped"),
            (5, "TB-UNPAID", "taobao", "2026-03-01T08:00:00", "unpaid"),
        ]
        for oid, number, channel, placed, status in orders:
            db.execute(
                "INSERT INTO orders(id, order_no, channel, customer_id, placed_at, status)"
                " VALUES (?,?,?,1,?,?)",
                [oid, number, channel, placed, status],
            )
    settings.put(db, settings.SHIP_WITHIN_HOURS, "taobao=24, *=48")
    return db


def test_orders_to_ship_are_due_today_or_late_by_channel_hours(db):
    """Taobao ships within 24 h, others 48 h; shipped and unpaid orders are not listed."""
    section = today.orders_to_ship(db, NOW)
    assert [(i.target, i.urgent) for i in section.items] == [(1, True), (2, False)]
    assert section.count == 2
    assert all(i.tab == "orders" for i in section.items)


@pytest.mark.parametrize(
    "text, hours",
    [
        ("taobao=24, *=72", {"taobao": 24, "*": 72}),
        ("jd=12", {"jd": 12, "*": 48}),
        ("taobao=soon, *=24", {"*": 24}),
        ("", {"*": 48}),
    ],
)
def test_ship_within_setting_is_read_forgivingly(text, hours):
    assert today.parse_ship_within(text) == hours


def test_ship_within_hours_are_set_as_one_undoable_change(db):
    change = today.set_ship_within(db, {"jd": 12, "*": 24})
    assert today.ship_within(db) == {"jd": 12, "*": 24}
    undo(db, change)
    assert today.ship_within(db) == {"taobao": 24, "*": 48}


def test_negative_ship_within_hours_are_refused(db):
    with pytest.raises(today.BadShipWithin):
        today.set_ship_within(db, {"*": -1})


def _ticket(db, tid, **values):
    values = {"id": tid, "subject": f"T{tid}", "created_at": "2026-03-01T09:00:00", **values}
    with db.conn:
        db.execute(
            f"INSERT INTO tickets({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
            list(values.values()),
        )


def test_tickets_due_today_overdue_and_waking(db):
    """Overdue and due-later-today tickets are listed; a snoozed one wakes today."""
    open_state = "open"
    _ticket(db, 1, status=open_state, due_at="2026-03-04T10:00:00")  # overdue
    _ticket(db, 2, status=open_state, due_at="2026-03-04T18:00:00")  # due later today
    _ticket(db, 3, status=open_state, due_at="2026-03-05T10:00:00")  # tomorrow
    _ticket(db, 4, status="closed", due_at="2026-03-03T10:00:00")  # closed
    _ticket(
        db, 5, status=open_state, due_at="2026-03-03T10:00:00", snoozed_until="2026-03-04T15:00:00"
    )  # snoozed: wakes this afternoon
    due, waking = today.tickets_due(db, NOW)
    assert [(i.target, i.urgent) for i in due.items] == [(1, True), (2, False)]
    assert [i.target for i in waking.items] == [5]
    assert {i.tab for i in due.items + waking.items} == {"inbox"}


def test_stock_sections_list_out_of_stock_and_soon_out_variants(db):
    """Sold lately with 0 left: low; 3 left at 1 a day with a 14-day lead time: soon out."""
    stamp = "2026-01-01T00:00:00"
    with db.conn:
        db.execute(
            "INSERT INTO products(id, handle, title, created_at, updated_at) "
            "VALUES (1, 'mug', '马克杯', ?, ?)",
            [stamp, stamp],
        )
        db.conn.executemany(
            "INSERT INTO variants(id, product_id, sku, price, stock) VALUES (?,1,?,100,?)",
            [(1, "OUT", 0), (2, "SOON", 3), (3, "PLENTY", 900)],
        )
        for vid in (1, 2, 3):
            db.execute(
                "INSERT INTO order_items(order_id, variant_id, quantity, unit_price) "
                "VALUES (1, ?, 30, 100)",
                [vid],
            )  # 30 units in the last 30 days
        db.execute("UPDATE orders SET placed_at = '2026-03-02T08:00:00' WHERE id = 1")
    low, soon = today.stock(db, NOW.date())
    assert [i.target for i in low.items] == ["OUT"]
    assert [i.target for i in soon.items] == ["SOON"]
    assert low.items[0].tab == "listings"


def test_promotions_starting_or_ending_within_a_week_and_tasks_due(db):
    with db.conn:
        rows = [
            (1, "春季上新", "2026-03-06T00:00:00", "2026-03-20T23:59:59"),
            (2, "38 女王节", "2026-03-01T00:00:00", "2026-03-08T23:59:59"),
            (3, "618", "2026-06-01T00:00:00", "2026-06-18T23:59:59"),
        ]
        db.conn.executemany(
            "INSERT INTO promotions(id, name, kind, starts_at, ends_at) "
            "VALUES (?, ?, 'percent_off', ?, ?)",
            rows,
        )
        db.execute(
            "INSERT INTO campaign_tasks(promotion_id, title, due_on) "
            "VALUES (3, 'Book the banner', '2026-03-05')"
        )
    promos, tasks = today.promotions_ahead(db, NOW.date())
    assert [i.target for i in promos.items] == [2, 1]
    assert [(i.target, i.title, i.of) for i in tasks.items] == [(3, "Book the banner", "618")]


def test_sales_compare_yesterday_with_the_day_before(shop):
    from kpi_fixture import fill

    fill(shop.db)
    compare = today.sales(shop.db, dt.date(2026, 3, 4))  # yesterday 3 Mar, day before 2 Mar
    assert compare.yesterday == (2, 2698 + 5000)
    assert compare.day_before == (0, 0)
    assert compare.week.first == dt.date(2026, 3, 2)


def test_load_gathers_every_section(db):
    result = today.load(db, NOW)
    assert set(result.sections) == {
        "ship",
        "tickets",
        "waking",
        "low_stock",
        "soon_out",
        "promotions",
        "tasks",
        "listing_problems",
    }
