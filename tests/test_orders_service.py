"""Orders service: the seller's daily views, search, date and channel filters, one order."""

from datetime import date, datetime

import pytest

from shopkeeper.services import orders
from shopkeeper.services.orders import OrderFilter, count_by_view, find_orders, order_detail

CUSTOMERS = [
    (1, "王小明", "wang@163.com", "13800138000", "CN"),
    (2, "Emily Carter", "emily@example.com", "+1 415 555 0134", "US"),
    (3, "李娜", "lina@qq.com", "", "CN"),
]
# id, order_no, channel, customer, placed_at, status, subtotal, discount, shipping, total
ORDERS = [
    (1, "TB1001", "taobao", 1, "2025-03-01T09:00:00", "unpaid", 38600, 1000, 0, 37600),
    (2, "TB1002", "taobao", 1, "2025-03-02T10:00:00", "paid", 10500, 0, 0, 10500),
    (3, "SH1003", "shopify", 2, "2025-03-03T11:00:00", "shipped", 2400, 0, 800, 3200),
    (4, "SH1004", "shopify", 2, "2025-03-04T23:59:59", "completed", 7600, 0, 800, 8400),
    (5, "JD1005", "jd", 3, "2025-03-05T08:00:00", "refunded", 5900, 0, 0, 5900),
    (6, "JD1006", "jd", 3, "2025-03-06T12:00:00", "cancelled", 15800, 0, 0, 15800),
    (7, "TB1007", "taobao", None, "2025-03-07T00:00:00", "paid", 9600, 0, 0, 9600),
]
# order, line, sku, title, quantity, unit price, discount
LINES = [
    (1, 1, "CUP-01", "手工陶瓷马克杯 天青色", 2, 5900, 0),
    (1, 2, "TEA-02", "陶瓷茶具套装", 1, 26800, 1000),
    (2, 1, "BOWL-03", "粗陶饭碗", 3, 3500, 0),
    (3, 1, "MUG-BLU", "Ceramic mug, celadon", 1, 2400, 0),
    (4, 1, "PLANT-02", "Stoneware planter", 2, 3800, 0),
    (5, 1, "CUP-01", "手工陶瓷马克杯 天青色", 1, 5900, 0),
    (6, 1, "VASE-04", "青花瓷花瓶", 1, 15800, 0),
    (7, 1, "MUG-BLU", "Ceramic mug, celadon", 4, 2400, 0),
]


@pytest.fixture
def db(shop):
    db = shop.db
    with db.conn:
        db.conn.executemany(
            "INSERT INTO customers(id, name, email, phone, country, created_at)"
            " VALUES (?, ?, ?, ?, ?, '2025-01-01')",
            CUSTOMERS,
        )
        db.conn.executemany(
            "INSERT INTO orders(id, order_no, channel, customer_id, placed_at, status, subtotal,"
            " discount, shipping, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ORDERS,
        )
        db.conn.executemany(
            "INSERT INTO order_items(order_id, line_no, sku, title, quantity, unit_price,"
            " discount) VALUES (?, ?, ?, ?, ?, ?, ?)",
            LINES,
        )
        # A partial refund on a completed order, and the full refund of order 5.
        db.conn.executemany(
            "INSERT INTO refunds(order_id, amount, reason, created_at) VALUES (?, ?, ?, ?)",
            [
                (4, 1000, "Arrived chipped", "2025-03-09T10:00:00"),
                (5, 5900, "破损", "2025-03-08T10:00:00"),
            ],
        )
        db.conn.execute(
            "INSERT INTO tickets(id, subject, customer_id, order_id, status,"
            " created_at) VALUES (1, '请问什么时候发货？', 1, 1, 'open', '2025-03-01')"
        )
    return db


def ids(rows):
    return [row.id for row in rows]


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        ("all", [7, 6, 5, 4, 3, 2, 1]),
        ("unpaid", [1]),
        ("unshipped", [7, 2]),
        ("shipped", [3]),
        ("completed", [4, 3]),
        ("refunded", [5, 4]),
        ("cancelled", [6]),
    ],
)
def test_each_view_shows_its_orders_newest_first(db, view, expected):
    """Unshipped is paid-not-shipped; Refunded also holds a partly refunded order."""
    assert ids(find_orders(db, OrderFilter(view=view))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TB100", [7, 2, 1]),
        ("sh1004", [4]),
        ("陶瓷", [5, 1]),
        ("emily@example", [4, 3]),
        ("李娜", [6, 5]),
        ("13800138", [2, 1]),
        ("CUP-01", [5, 1]),
        ("celadon", [7, 3]),
        ("  TB1002  ", [2]),
    ],
)
def test_text_search_matches_order_customer_and_lines(db, text, expected):
    """Search finds order numbers, customer name/email/phone and line SKU/title substrings."""
    assert ids(find_orders(db, OrderFilter(text=text))) == expected


@pytest.mark.parametrize("text", ["TB100_", "%", "_", "\\"])
def test_like_wildcards_in_the_search_are_taken_literally(db, text):
    """A % or _ typed by the user is a character, not a wildcard."""
    assert find_orders(db, OrderFilter(text=text)) == []


def test_date_range_includes_both_end_days(db):
    """An order at 23:59:59 on the last day is inside the range."""
    flt = OrderFilter(date_from=date(2025, 3, 2), date_to=date(2025, 3, 4))
    assert ids(find_orders(db, flt)) == [4, 3, 2]


def test_channel_filter(db):
    assert ids(find_orders(db, OrderFilter(channel="jd"))) == [6, 5]


def test_filters_combine(db):
    flt = OrderFilter(text="陶瓷", view="refunded", channel="jd")
    assert ids(find_orders(db, flt)) == [5]


def test_limit_keeps_the_newest(db):
    assert ids(find_orders(db, OrderFilter(), limit=2)) == [7, 6]


def test_rows_carry_customer_items_total_and_refunded(db):
    """Items counts units; Refunded sums the refund rows."""
    rows = {row.id: row for row in find_orders(db, OrderFilter())}
    assert rows[1] == orders.OrderRow(
        1, "TB1001", "taobao", "2025-03-01T09:00:00", "unpaid", "王小明", 3, 37600, 0
    )
    assert (rows[4].item_count, rows[4].total, rows[4].refunded) == (2, 8400, 1000)
    assert rows[7].customer_name == ""


def test_unknown_view_is_refused(db):
    with pytest.raises(ValueError):
        find_orders(db, OrderFilter(view="lost"))


def test_count_by_view_matches_the_views(db):
    assert count_by_view(db) == {
        "all": 7,
        "unpaid": 1,
        "unshipped": 2,
        "shipped": 1,
        "completed": 2,
        "refunded": 2,
        "cancelled": 1,
    }


def test_count_by_view_within_dates_channel_and_text(db):
    counts = count_by_view(db, date(2025, 3, 2), date(2025, 3, 4))
    assert counts == {
        "all": 3,
        "unpaid": 0,
        "unshipped": 1,
        "shipped": 1,
        "completed": 2,
        "refunded": 1,
        "cancelled": 0,
    }
    assert count_by_view(db, channel="jd")["all"] == 2
    assert count_by_view(db, text="陶瓷")["refunded"] == 1


def test_count_by_view_of_an_empty_shop_is_all_zero(shop):
    assert set(count_by_view(shop.db).values()) == {0}
    assert not orders.has_orders(shop.db)


def test_order_detail_has_lines_customer_and_tickets(db):
    detail = order_detail(db, 1)
    assert (detail.order_no, detail.status, detail.total) == ("TB1001", "unpaid", 37600)
    assert [(line.sku, line.quantity, line.total) for line in detail.lines] == [
        ("CUP-01", 2, 11800),
        ("TEA-02", 1, 25800),
    ]
    assert sum(line.total for line in detail.lines) == detail.subtotal - detail.discount
    assert detail.customer == orders.CustomerSummary(
        1, "王小明", "wang@163.com", "13800138000", "CN", 2
    )
    assert detail.tickets == (orders.LinkedTicket(1, "请问什么时候发货？", "open"),)
    assert detail.refunds == () and detail.refunded == 0


def test_order_detail_sums_refunds(db):
    detail = order_detail(db, 4)
    assert detail.refunds == (orders.Refund(1000, 0, "Arrived chipped", "2025-03-09T10:00:00"),)
    assert detail.refunded == 1000


def test_order_detail_without_customer(db):
    assert order_detail(db, 7).customer is None


def test_order_detail_of_a_missing_order_raises(db):
    with pytest.raises(KeyError):
        order_detail(db, 999)


def test_channels_and_date_span(db):
    assert orders.channels(db) == ["jd", "shopify", "taobao"]
    assert orders.date_span(db) == (date(2025, 3, 1), date(2025, 3, 7))


@pytest.mark.parametrize(
    ("current", "new", "allowed"),
    [
        ("unpaid", "paid", True),
        ("paid", "shipped", True),
        ("shipped", "completed", True),
        ("paid", "cancelled", True),
        ("shipped", "cancelled", False),
        ("completed", "shipped", False),
        ("cancelled", "paid", False),
        ("paid", "paid", False),
    ],
)
def test_status_transitions(current, new, allowed):
    assert orders.can_change_status(current, new) is allowed


def test_status_change_stamps_first_payment_and_shipment(db):
    """Marking shipped also records when it was paid and shipped, if nobody had."""
    now = datetime(2025, 3, 8, 9, 30)
    assert orders.status_change(db, 2, "shipped", now) == {
        "status": "shipped",
        "paid_at": "2025-03-08T09:30:00",
        "shipped_at": "2025-03-08T09:30:00",
    }
    assert orders.status_change(db, 1, "cancelled", now) == {"status": "cancelled"}


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        ("last_7_days", (date(2025, 3, 4), date(2025, 3, 10))),
        ("last_30_days", (date(2025, 2, 9), date(2025, 3, 10))),
        ("this_year", (date(2025, 1, 1), date(2025, 3, 10))),
        ("all_time", (None, None)),
    ],
)
def test_date_presets_end_today(preset, expected):
    assert orders.preset_range(preset, date(2025, 3, 10)) == expected
