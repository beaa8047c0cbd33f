"""KPIs narrowed to one product category (the KPI tab's category filter).

Same rules as ``kpi``, counted on the category's order lines:
- gross sales, units, cost of goods and lines without cost: the category's lines only;
- orders and buyers: orders that include at least one line of the category;
- discounts: the category's line discounts plus each order's discount shared out by the
  category's share of that order's value (rounded down per order);
- refunds: refunds dated in the range on orders that include the category, each shared
  out the same way (rounded down per refund);
- channel fees: the percentage on the category's sales after discounts, and a channel's
  fixed fee per order for every order that includes the category.
Traffic, advertising and service are not recorded by category, so they stay empty
(``scope`` says so; the cards show "not by category").
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from shopkeeper.services import channels, kpi

_ORDERS = """
WITH mine AS (
    SELECT i.order_id, sum(i.quantity * i.unit_price) AS gross, sum(i.quantity) AS units,
           sum(i.discount) AS line_discounts, total(i.quantity * i.unit_cost) AS cost,
           sum(i.unit_cost IS NULL) AS without_cost
    FROM order_items i JOIN variants v ON v.id = i.variant_id
    JOIN products p ON p.id = v.product_id
    JOIN orders o ON o.id = i.order_id
    WHERE p.category = :category AND o.placed_at >= :first AND o.placed_at < :after
      AND o.status != 'cancelled' {channel}
    GROUP BY i.order_id
)
SELECT o.channel, count(*), sum(o.customer_id IS NULL), sum(m.gross), sum(m.units),
       sum(m.line_discounts + CASE WHEN o.subtotal > 0
                                   THEN o.discount * m.gross / o.subtotal ELSE 0 END),
       CAST(sum(m.cost) AS INTEGER), sum(m.without_cost)
FROM mine m JOIN orders o ON o.id = m.order_id
GROUP BY o.channel
"""

_REFUNDS = """
SELECT coalesce(sum(CASE WHEN o.subtotal > 0 THEN r.amount * s.gross / o.subtotal ELSE 0 END), 0),
       count(DISTINCT r.order_id)
FROM refunds r JOIN orders o ON o.id = r.order_id
JOIN (SELECT i.order_id, sum(i.quantity * i.unit_price) AS gross FROM order_items i
      JOIN variants v ON v.id = i.variant_id JOIN products p ON p.id = v.product_id
      WHERE p.category = :category GROUP BY i.order_id) s ON s.order_id = r.order_id
WHERE r.created_at >= :first AND r.created_at < :after AND o.status != 'cancelled' {channel}
"""

_CUSTOMERS = """
SELECT count(*), coalesce(sum(n >= 2), 0),
       coalesce(sum(EXISTS (SELECT 1 FROM orders b WHERE b.customer_id = c.customer_id
                            AND b.status != 'cancelled' AND b.placed_at < :first)), 0)
FROM (SELECT o.customer_id, count(DISTINCT o.id) AS n
      FROM orders o JOIN order_items i ON i.order_id = o.id
      JOIN variants v ON v.id = i.variant_id JOIN products p ON p.id = v.product_id
      WHERE p.category = :category AND o.customer_id IS NOT NULL
        AND o.placed_at >= :first AND o.placed_at < :after AND o.status != 'cancelled'
        {channel}
      GROUP BY o.customer_id) c
"""


def compute(
    db: Database, first: dt.date, last: dt.date, channel: str | None, category: str
) -> kpi.Kpis:
    """The category's KPIs for ``first``..``last`` (inclusive), optionally one channel."""
    if last < first:
        raise kpi.BadRange(first=first.isoformat(), last=last.isoformat())
    result = kpi.Kpis(first, last, kpi.check_one_currency(db), channel)
    result.scope = "category"
    args = {
        "category": category,
        "first": first.isoformat(),
        "after": (last + dt.timedelta(days=1)).isoformat(),
        "channel": channel,
    }
    only = "AND o.channel = :channel" if channel is not None else ""
    fees = 0
    for name, orders, guests, gross, units, discounts, cost, without in db.execute(
        _ORDERS.format(channel=only), args
    ):
        result.orders += orders
        result.guest_orders += guests
        result.gross_sales += gross
        result.units += units
        result.discounts += discounts
        result.cost_of_goods += cost
        result.lines_without_cost += without
        fees += channels.fee_for(db, name, gross - discounts, orders)
    result.channel_fees = fees
    result.refunds, result.refunded_orders = db.execute(
        _REFUNDS.format(channel=only), args
    ).fetchone()
    found = db.execute(_CUSTOMERS.format(channel=only), args).fetchone()
    result.customers, result.repeat_customers, result.returning_customers = found
    return result
