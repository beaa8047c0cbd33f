"""A small shop whose every KPI is calculated by hand in tests/test_kpi.py.

The range under test is 2026-03-01 .. 2026-03-04 (whole days, both inclusive).
"""

from __future__ import annotations

import datetime as dt

FIRST, LAST = dt.date(2026, 3, 1), dt.date(2026, 3, 4)

# id, handle, title, category
PRODUCTS = [(1, "mug", "天青马克杯", "杯子"), (2, "vase", "Celadon vase", "花瓶")]
# id, product, sku, price, cost (B has no cost today: profit uses the line's snapshot)
VARIANTS = [(1, 1, "A", 1000, 400), (2, 2, "B", 2500, None)]
CUSTOMERS = [(1, "C1"), (2, "C2"), (3, "C3")]
# id, order_no, channel, customer, placed_at, status, discount
ORDERS = [
    (1, "TB1", "taobao", 1, "2026-03-01T10:00:00", "completed", 500),
    (2, "TB2", "taobao", 1, "2026-03-04T23:59:59", "completed", 0),  # last second of range
    (3, "SH3", "shopify", None, "2026-03-03T00:00:00", "completed", 0),  # a guest
    (4, "SH4", "shopify", 2, "2026-03-03T12:00:00", "refunded", 0),
    (5, "C123", "taobao", 3, "2026-03-04T09:00:00", "cancelled", 0),  # a C-invoice
    (6, "TB6", "taobao", 2, "2026-02-27T15:00:00", "completed", 0),  # before the range
    (7, "TB7", "taobao", 3, "2026-03-05T00:00:00", "completed", 0),  # first second after
]
# order, line, variant, sku, quantity, unit price, line discount, unit cost (snapshot)
LINES = [
    (1, 1, 1, "A", 2, 1000, 0, 400),
    (1, 2, 2, "B", 1, 2500, 0, None),  # no cost kept: left out of cost, counted
    (2, 1, 1, "A", 1, 1000, 0, 400),
    (3, 1, 1, "A", 3, 1000, 302, 400),
    (4, 1, 2, "B", 2, 2500, 0, 1500),
    (5, 1, 1, "A", 5, 1000, 0, 400),
    (6, 1, 1, "A", 1, 1000, 0, 400),
    (7, 1, 1, "A", 1, 1000, 0, 400),
]
# order, amount, created_at (the refund's date)
REFUNDS = [
    (4, 2000, "2026-03-04T18:00:00"),
    (5, 700, "2026-03-04T10:00:00"),  # on a cancelled order: counts nowhere
    (6, 400, "2026-03-02T08:00:00"),  # an earlier order's refund, dated in the range
    (4, 100, "2026-03-05T08:00:00"),  # after the range
]
TRAFFIC = [("2026-03-01", "taobao", 100, 300), ("2026-03-02", "shopify", 100, 200)]
# day, channel, spend, orders, revenue
ADS = [("2026-03-01", "taobao", 1000, 2, 3000)]
# created_at, first reply, rating (csat 1-5)
TICKETS = [
    ("2026-03-01T10:00:00", "2026-03-01T11:00:00", 5),
    ("2026-03-02T08:00:00", "2026-03-02T10:00:00", 2),
    ("2026-03-03T09:00:00", None, None),
    ("2026-02-28T09:00:00", "2026-02-28T09:05:00", 5),  # before the range
]
FEES = {"taobao": (500, 0), "shopify": (300, 30)}  # basis points, fixed per order


def fill(db) -> None:
    """Write the fixture into an empty, migrated shop."""
    conn = db.conn
    now = "2026-01-01T00:00:00"
    with conn:
        conn.executemany(
            "INSERT INTO products(id, handle, title, category, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?)",
            [(*p, now, now) for p in PRODUCTS],
        )
        conn.executemany(
            "INSERT INTO variants(id, product_id, sku, price, cost) VALUES (?,?,?,?,?)", VARIANTS
        )
        conn.executemany(
            "INSERT INTO customers(id, name, created_at) VALUES (?,?,?)",
            [(*c, now) for c in CUSTOMERS],
        )
        for oid, number, channel, customer, placed, status, discount in ORDERS:
            subtotal = sum(q * p for o, _l, _v, _s, q, p, _d, _c in LINES if o == oid)
            conn.execute(
                "INSERT INTO orders(id, order_no, channel, customer_id, placed_at, status, "
                "subtotal, discount, total) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    oid,
                    number,
                    channel,
                    customer,
                    placed,
                    status,
                    subtotal,
                    discount,
                    subtotal - discount,
                ),
            )
        conn.executemany(
            "INSERT INTO order_items(order_id, line_no, variant_id, sku, quantity, unit_price, "
            "discount, unit_cost) VALUES (?,?,?,?,?,?,?,?)",
            LINES,
        )
        conn.executemany(
            "INSERT INTO refunds(order_id, amount, created_at) VALUES (?,?,?)", REFUNDS
        )
        conn.executemany(
            "INSERT INTO traffic_daily(day, channel, visitors, page_views) VALUES (?,?,?,?)",
            TRAFFIC,
        )
        conn.executemany(
            "INSERT INTO ad_spend(day, channel, spend, orders, revenue) VALUES (?,?,?,?,?)", ADS
        )
        columns = db["tickets"].columns_dict
        for n, (created, replied, rating) in enumerate(TICKETS, start=1):
            values = {"id": n, "subject": f"T{n}", "created_at": created, "rating": rating}
            if "first_response_at" in columns:
                values["first_response_at"] = replied
            if "rating_scale" in columns and rating is not None:
                values["rating_scale"] = "csat"
            conn.execute(
                f"INSERT INTO tickets({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                list(values.values()),
            )
            conn.execute(
                "INSERT INTO ticket_messages(ticket_id, author, body, sent_at) "
                "VALUES (?, 'customer', 'hi', ?)",
                (n, created),
            )
            if replied:
                conn.execute(
                    "INSERT INTO ticket_messages(ticket_id, author, body, sent_at) "
                    "VALUES (?, 'seller', 'hello', ?)",
                    (n, replied),
                )
    from shopkeeper.services.channels import ChannelFees, set_fees

    for channel, (bp, fixed) in FEES.items():
        set_fees(db, channel, ChannelFees(bp, fixed))
