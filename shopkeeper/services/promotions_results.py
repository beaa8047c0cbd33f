"""What a finished promotion did: sales, orders, units, discount, gross profit, lift, ROI.

Counted over the orders placed while it ran, on its channel (every channel for
""), and over its target's lines only when it has a target. Refunded and
cancelled orders do not count.

* sales: what buyers paid for those lines (price × quantity − line discounts), plus
  nothing for shipping; discount: the line discounts, and for a whole-shop
  promotion the order-level discounts too;
* gross profit: sales − the lines' cost (the cost recorded when sold, else the
  variant's cost) − the channel's fees;
* lift: sales against the same number of days just before it started;
* ROI: (gross profit − gross profit of the period before − its cost) ÷ its cost,
  where the cost is the recorded campaign cost, else the budget; None without either.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlite_utils import Database

from shopkeeper.services.channels import fee_amount, get_fees
from shopkeeper.services.promotions import Promotion
from shopkeeper.services.promotions_floor import TargetIndex, load_variants

COUNTED = ("paid", "shipped", "completed")


@dataclass(frozen=True)
class Totals:
    sales: int = 0
    orders: int = 0
    units: int = 0
    discount: int = 0
    gross_profit: int = 0


@dataclass(frozen=True)
class Results:
    during: Totals
    before: Totals
    lift: Decimal | None  # 0.25 = 25% more sales than the period before
    roi: Decimal | None
    spend: int


def _totals(db: Database, p: Promotion, first: str, last: str, targeted: set[int] | None):
    sql = (
        "SELECT o.id, o.channel, o.discount, i.variant_id, i.quantity, i.unit_price, i.discount,"
        " coalesce(i.unit_cost, v.cost, 0) FROM orders o JOIN order_items i ON i.order_id = o.id"
        " LEFT JOIN variants v ON v.id = i.variant_id"
        f" WHERE o.placed_at >= ? AND o.placed_at <= ? AND o.status IN {COUNTED}"
    )
    params = [first, last]
    if p.channel:
        sql += " AND o.channel = ?"
        params.append(p.channel)
    orders, sales, units, discount, cost = set(), 0, 0, 0, 0
    order_discounts: dict[int, int] = {}
    channel_amount: dict[str, int] = {}
    channel_orders: dict[str, set[int]] = {}
    for oid, channel, order_discount, vid, qty, price, line_discount, unit_cost in db.execute(
        sql, params
    ):
        if targeted is not None and vid not in targeted:
            continue
        orders.add(oid)
        line = qty * price - line_discount
        sales += line
        units += qty
        discount += line_discount
        cost += qty * unit_cost
        order_discounts[oid] = order_discount
        channel_amount[channel] = channel_amount.get(channel, 0) + line
        channel_orders.setdefault(channel, set()).add(oid)
    if targeted is None:
        discount += sum(order_discounts.values())
    fees = sum(
        fee_amount(get_fees(db, ch), amount, len(channel_orders[ch]))
        for ch, amount in channel_amount.items()
    )
    return Totals(sales, len(orders), units, discount, sales - cost - fees)


def results(db: Database, p: Promotion) -> Results:
    targeted = None
    if p.targets:
        by_group = any(t.kind in ("category", "tag") for t in p.targets)
        targeted = TargetIndex(load_variants(db, with_groups=by_group)).variants_of(p)
    start = dt.datetime.fromisoformat(p.starts_at)
    end = dt.datetime.fromisoformat(p.ends_at if len(p.ends_at) > 10 else p.ends_at + "T23:59:59")
    length = end - start
    during = _totals(db, p, start.isoformat(), end.isoformat(), targeted)
    before = _totals(
        db, p, (start - length).isoformat(), (start - dt.timedelta(seconds=1)).isoformat(), targeted
    )
    lift = _ratio(during.sales - before.sales, before.sales)
    spend = p.cost or p.budget
    roi = None
    if spend:
        roi = _ratio(during.gross_profit - before.gross_profit - spend, spend)
    return Results(during, before, lift, roi, spend)


def _ratio(numerator: int, denominator: int) -> Decimal | None:
    """numerator ÷ denominator to 4 places (0.2513 = 25.13%); None for nothing to divide by."""
    if not denominator:
        return None
    return (Decimal(numerator) / denominator).quantize(Decimal("0.0001"))
