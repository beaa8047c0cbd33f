"""A small catalogue for the promotions tests."""

from shopkeeper.services.promotions import Promotion


def catalogue(db) -> None:
    """Two listings: tea (3 variants, category 茶叶, tag gift) and a mug (1 variant)."""
    db.executescript(
        """
        INSERT INTO products(id, handle, title, category, tags, created_at, updated_at) VALUES
            (1, 'tea', 'Tea', '茶叶', 'gift, new', '2026-01-01', '2026-01-01'),
            (2, 'mug', 'Mug', '杯子', '', '2026-01-01', '2026-01-01');
        INSERT INTO variants(id, product_id, sku, price, cost) VALUES
            (11, 1, 'TEA-S', 5000, 2000), (12, 1, 'TEA-M', 8000, 3000),
            (13, 1, 'TEA-L', 12000, 9000), (21, 2, 'MUG', 3000, NULL);
        """
    )
    db.conn.commit()


def promo(name="Sale", kind="percent_off", start="2026-06-01", end="2026-06-18", **kw):
    return Promotion(
        name=name, kind=kind, starts_at=start + "T00:00:00", ends_at=end + "T23:59:59", **kw
    )
