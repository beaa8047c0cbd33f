"""One query per kind, yielding rows in the order of the kind's canonical fields.

Rows are shaped so that importing an export straight back changes nothing:
order amounts (discount, shipping, refund) stand on an order's first line only,
because the orders import sums them over the order's rows.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlite_utils import Database

from shopkeeper.services.exchange.fields import fields
from shopkeeper.store import settings

LISTING_FIELDS = [f.id for f in fields("listings")]


def _orders(db: Database, exponent: int) -> Iterator[tuple]:
    """An order whose lines were all returned has no sold lines left; it is written as
    one returned line of price 0 (quantity -1), which imports back as the same order:
    refunded, its refund in the Refund column."""
    currency = settings.get(db, settings.CURRENCY)
    previous = None
    for row in db.execute(
        """SELECT o.id, o.order_no, o.placed_at, coalesce(c.platform_id, c.name, ''),
                  coalesce(c.email, ''), coalesce(c.phone, ''), i.sku, i.title,
                  coalesce(i.quantity, -1), coalesce(i.unit_price, 0), o.discount, o.shipping,
                  o.status,
                  (SELECT coalesce(sum(amount), 0) FROM refunds r WHERE r.order_id = o.id),
                  o.channel, o.country, o.tracking_no
           FROM orders o LEFT JOIN order_items i ON i.order_id = o.id
           LEFT JOIN customers c ON c.id = o.customer_id
           ORDER BY o.placed_at, o.id, i.line_no, i.id"""
    ):
        order_id, *values = row
        if order_id == previous:  # order amounts on the first line only
            values[9] = values[10] = values[12] = None
        else:
            values[12] = values[12] or None
        previous = order_id
        tracking_no = values.pop()
        values.append(currency)
        values.append(tracking_no or None)
        yield tuple(values)


def _listings(db: Database, exponent: int) -> Iterator[tuple]:
    images: dict[int, list[str]] = {}
    for product_id, src in db.execute(
        "SELECT product_id, src FROM product_images ORDER BY product_id, position, id"
    ):
        images.setdefault(product_id, []).append(src)
    last_product, seen_variants = None, 0
    product_cols = None

    def image_rows(product_id, handle, used):
        """Extra images past the variants get rows of their own, as Shopify's CSV does."""
        for src in images.get(product_id, [])[used:]:
            row = dict.fromkeys(LISTING_FIELDS)
            row["handle"], row["image"] = handle, src
            yield tuple(row.values())

    currency = settings.get(db, settings.CURRENCY)

    for row in db.execute(
        """SELECT p.id, p.handle, p.title, p.description, p.category, p.tags, p.status,
                  v.sku, v.barcode, v.price, v.compare_at_price, v.cost, v.stock, v.weight_grams,
                  v.option1_name, v.option1_value, v.option2_name, v.option2_value,
                  v.option3_name, v.option3_value, p.seo_title, p.seo_description,
                  p.subtitle, p.keywords, p.notes, v.reorder_point
           FROM products p JOIN variants v ON v.product_id = p.id ORDER BY p.id, v.id"""
    ):
        product_id, handle = row[0], row[1]
        if product_id != last_product:
            if last_product is not None:
                yield from image_rows(*product_cols, seen_variants)
            last_product, seen_variants, product_cols = product_id, 0, (product_id, handle)
        pictures = images.get(product_id, [])
        image = pictures[seen_variants] if seen_variants < len(pictures) else None
        seen_variants += 1
        yield (*row[1:20], image, *row[20:22], currency, *row[22:26])
    if last_product is not None:
        yield from image_rows(*product_cols, seen_variants)


def _customers(db: Database, exponent: int) -> Iterator[tuple]:
    yield from db.execute(
        "SELECT platform_id, name, email, phone, address, tags FROM customers ORDER BY id"
    )


def _tickets(db: Database, exponent: int) -> Iterator[tuple]:
    # One row per message, so threads survive the round trip (kinds/tickets.py).
    from shopkeeper.services.exchange.kinds.tickets import export_rows

    yield from export_rows(db)


def _traffic(db: Database, exponent: int) -> Iterator[tuple]:
    yield from db.execute(
        "SELECT day, channel, visitors, page_views FROM traffic_daily ORDER BY day, channel"
    )


def _ad_spend(db: Database, exponent: int) -> Iterator[tuple]:
    yield from db.execute(
        "SELECT day, channel, spend, impressions, clicks, orders, revenue "
        "FROM ad_spend ORDER BY day, channel"
    )


def _competitor_prices(db: Database, exponent: int) -> Iterator[tuple]:
    yield from db.execute(
        "SELECT sku, competitor, url, price, observed_at FROM competitor_prices "
        "ORDER BY sku, competitor, observed_at"
    )


def _promotions(db: Database, exponent: int) -> Iterator[tuple]:
    # With tiers, targets and combinations as text: the promotions kind owns the forms.
    from shopkeeper.services.exchange.kinds.promotions import export_rows

    yield from export_rows(db, exponent)


QUERIES = {
    "orders": _orders,
    "listings": _listings,
    "customers": _customers,
    "tickets": _tickets,
    "traffic": _traffic,
    "ad-spend": _ad_spend,
    "competitor-prices": _competitor_prices,
    "promotions": _promotions,
}
COUNTS = {
    "orders": "SELECT count(*) FROM orders o LEFT JOIN order_items i ON i.order_id = o.id",
    "listings": "SELECT count(*) FROM variants",
    "customers": "SELECT count(*) FROM customers",
    "tickets": "SELECT count(*) FROM tickets t LEFT JOIN ticket_messages m ON m.ticket_id = t.id",
    "traffic": "SELECT count(*) FROM traffic_daily",
    "ad-spend": "SELECT count(*) FROM ad_spend",
    "competitor-prices": "SELECT count(*) FROM competitor_prices",
    "promotions": "SELECT count(*) FROM promotions",
}
