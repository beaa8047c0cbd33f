"""Stock cover for a coming campaign: which targeted SKUs may run out during it.

Expected demand over the campaign's days is what the SKU sold over the same dates a
year earlier (festivals come back every year). A SKU with no sales then is judged by
its last 30 days' daily rate, times the campaign's length, times 1.5 for the lift a
sale brings. A SKU whose stock is below its expected demand may run out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from shopkeeper.services.promotions import Promotion
from shopkeeper.services.promotions_floor import TargetIndex, load_variants

COUNTED = ("paid", "shipped", "completed")
LIFT_PERCENT = 150


@dataclass(frozen=True)
class ShortStock:
    sku: str
    stock: int
    expected: int


def _sold(db: Database, first: dt.date, last: dt.date) -> dict[int, int]:
    return dict(
        db.execute(
            "SELECT i.variant_id, sum(i.quantity) FROM orders o"
            " JOIN order_items i ON i.order_id = o.id"
            f" WHERE o.placed_at >= ? AND o.placed_at < ? AND o.status IN {COUNTED}"
            " AND i.variant_id IS NOT NULL GROUP BY i.variant_id",
            [first.isoformat(), (last + dt.timedelta(days=1)).isoformat()],
        ).fetchall()
    )


def short_stock(db: Database, p: Promotion, today: dt.date) -> list[ShortStock]:
    """Targeted SKUs whose stock is below the campaign's expected demand, worst first."""
    by_group = any(t.kind in ("category", "tag") for t in p.targets)
    targeted = TargetIndex(load_variants(db, with_groups=by_group)).variants_of(p)
    days = (p.last_day - p.first_day).days + 1
    year_ago = _sold(db, p.first_day - dt.timedelta(days=365), p.last_day - dt.timedelta(days=365))
    recent = _sold(db, today - dt.timedelta(days=30), today - dt.timedelta(days=1))
    found = []
    for vid, sku, stock in db.execute("SELECT id, sku, stock FROM variants"):
        if targeted is not None and vid not in targeted:
            continue
        expected = year_ago.get(vid) or -(-recent.get(vid, 0) * days * LIFT_PERCENT // 3000)
        if expected and stock < expected:
            found.append(ShortStock(sku, stock, expected))
    return sorted(found, key=lambda s: (s.stock - s.expected, s.sku))
