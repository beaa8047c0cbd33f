"""Sales pace and stock for the listings: units sold lately, days of cover, the
low-stock rule, and the units ordered since a variant's stock was last counted.

Split from ``listings`` (which re-exports these names) so the catalogue loading
there reads apart from the rules it applies; the Today tab uses them too.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlite_utils import Database

SALES_DAYS = 28  # days of cover = stock ÷ average daily units over this many days
# Orders that did not (or not yet) sell anything do not count as demand.
_NOT_SOLD = ("unpaid", "cancelled")


def sold_by_variant(db: Database, today: date | None = None) -> dict[int, int]:
    """Units sold per variant over the last SALES_DAYS days (today included)."""
    since = ((today or date.today()) - timedelta(days=SALES_DAYS - 1)).isoformat()
    marks = ", ".join("?" * len(_NOT_SOLD))
    # CROSS JOIN keeps orders (found by the placed_at index) the outer loop; left to
    # itself SQLite walks every order line by variant instead: seconds, not milliseconds.
    return dict(
        db.execute(
            "SELECT oi.variant_id, sum(oi.quantity) FROM orders o"
            " CROSS JOIN order_items oi ON oi.order_id = o.id"
            f" WHERE o.placed_at >= ? AND o.status NOT IN ({marks}) AND oi.variant_id IS NOT NULL"
            " GROUP BY oi.variant_id",
            [since, *_NOT_SOLD],
        ).fetchall()
    )


def days_of_cover(stock: int, sold: int) -> int | None:
    """Whole days the stock lasts at the recent pace; None when nothing sold."""
    if sold <= 0:
        return None
    return max(stock, 0) * SALES_DAYS // sold


def is_low(stock: int, reorder_point: int | None, cover: int | None, lead_days: int) -> bool:
    """Low: at or under the reorder point, or (without one) fewer days of cover than the
    supplier needs to deliver."""
    if reorder_point is not None:
        return stock <= reorder_point
    return cover is not None and cover < lead_days


def stock_counts(db: Database, product_id: int) -> dict[int, tuple[str, int]]:
    """{variant id: (when its stock was counted, units ordered since)} for a listing's
    variants whose count orders have lowered since (what the editor explains)."""
    counted = dict(
        db.execute(
            "SELECT id, stock_as_of FROM variants WHERE product_id = ? AND stock_as_of IS NOT NULL",
            [product_id],
        ).fetchall()
    )
    since = sold_since_counted(db, list(counted))
    return {vid: (counted[vid], units) for vid, units in since.items()}


def sold_since_counted(db: Database, variant_ids: list[int]) -> dict[int, int]:
    """Units on order lines (not cancelled) placed after each variant's stock was last
    counted (``stock_as_of``: a listing import or the seller's edit); only variants that
    have such lines. Their stock shown is the count less these, as an estimate."""
    found: dict[int, int] = {}
    for start in range(0, len(variant_ids), 900):
        chunk = variant_ids[start : start + 900]
        found |= dict(
            db.execute(
                "SELECT v.id, sum(oi.quantity) FROM variants v"
                " JOIN order_items oi ON oi.variant_id = v.id JOIN orders o ON o.id = oi.order_id"
                f" WHERE v.id IN ({', '.join('?' * len(chunk))}) AND v.stock_as_of IS NOT NULL"
                " AND o.placed_at > v.stock_as_of AND o.status != 'cancelled' GROUP BY v.id",
                chunk,
            ).fetchall()
        )
    return found
