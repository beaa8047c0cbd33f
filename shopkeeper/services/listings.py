"""Listings as the Listings tab shows them: products with their variants, margins,
days of cover and low-stock flags, plus search and filters.

Loading reads the whole catalogue once (a few bulk queries); filtering as the
seller types then works on those rows in memory (``listings_search``), and the
sales-pace and stock rules live in ``listings_stock``. Both are re-exported here,
so ``listings.<name>`` keeps working for every caller.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlite_utils import Database

from shopkeeper.errors import UserError
from shopkeeper.services.channels import NO_FEES, ChannelFees, get_fees
from shopkeeper.services.listings_search import (  # noqa: F401 - re-exported
    ListingFilter,
    filter_rows,
    search_ids,
)
from shopkeeper.services.listings_stock import (  # noqa: F401 - re-exported
    SALES_DAYS,
    days_of_cover,
    is_low,
    sold_by_variant,
    sold_since_counted,
    stock_counts,
)
from shopkeeper.services.pricing import margin_bp
from shopkeeper.store import settings


class ListingError(UserError, ValueError):
    """A listings edit refused (bad bulk input, competitor price …); nothing changed.

    A marked English template plus values (see ``shopkeeper.errors``): the UI shows
    it translated, ``message`` / ``str()`` stay English for the command line."""

    exit_code = 4


STATUSES = ("active", "draft", "archived")


@dataclass(frozen=True)
class VariantRow:
    id: int
    product_id: int
    sku: str
    options: str  # "Red / M"
    price: int
    compare_at_price: int | None
    cost: int | None
    stock: int
    barcode: str
    reorder_point: int | None
    sold: int  # units sold over the last SALES_DAYS days
    margin_bp: int | None
    days_of_cover: int | None  # None: nothing sold lately
    low_stock: bool
    stock_estimated: bool = False  # ``stock`` less the orders placed since it was counted


@dataclass(slots=True)  # not frozen: 20k of these are built at every load, fast
class ProductRow:
    """One listing with its variants summed up (the variants load when it is opened)."""

    id: int
    handle: str
    title: str
    status: str
    category: str
    tags: str
    vendor: str
    thumbnail: str  # src of the first image, "" when none
    variant_count: int = 0
    sku: str = ""  # the SKU when there is one variant
    price_min: int | None = None
    price_max: int | None = None
    compare_min: int | None = None
    compare_max: int | None = None
    cost_min: int | None = None
    cost_max: int | None = None
    stock: int = 0
    margin_bp: int | None = None  # the thinnest variant margin: the one to watch
    days_of_cover: int | None = None  # the variant that runs out first
    low_stock: bool = False  # any variant
    problems: int = 0
    stock_estimated: bool = False  # a variant's count less orders placed since it was set

    @property
    def skus(self) -> str:
        return self.sku

    @property
    def price_range(self) -> tuple[int, int] | None:
        return None if self.price_min is None else (self.price_min, self.price_max)

    def tag_list(self) -> list[str]:
        return split_tags(self.tags)


def split_tags(text: str) -> list[str]:
    """Tags as typed: separated by commas (English or Chinese) or 、."""
    for sep in ("，", "、"):
        text = text.replace(sep, ",")
    return [t.strip() for t in text.split(",") if t.strip()]


@dataclass
class Catalogue:
    """Everything the tab shows, loaded once; ``problems`` may arrive later."""

    rows: list[ProductRow]
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    main_channel: str = ""
    complete: bool = True  # False: only the first screenful (load_catalogue's ``first``)


def main_channel(db: Database) -> str:
    """The channel whose fees the margin column counts: the first checked channel."""
    text = settings.get(db, settings.LISTING_CHECK_CHANNELS)
    return next((c.strip() for c in text.split(",") if c.strip()), "")


def _options(*values: str) -> str:
    return " / ".join(v for v in values if v)


# Per listing, over its variants: what the table shows, summed up by SQLite so that
# 60k variants never become Python objects just to open the tab. The margin is
# price - cost - fee (fee = price x bp / 10000 rounded half-up, plus the fixed fee),
# as basis points of the price rounded toward minus infinity: pricing.margin_bp.
_CATALOGUE_SQL = """
WITH sold AS (
    SELECT oi.variant_id AS vid, sum(oi.quantity) AS q
    FROM orders o CROSS JOIN order_items oi ON oi.order_id = o.id
    WHERE o.placed_at >= :since AND o.status NOT IN ('unpaid', 'cancelled')
        AND oi.variant_id IS NOT NULL
    GROUP BY oi.variant_id
), since_counted AS (
    -- units ordered since each variant's stock was counted: only orders after the
    -- earliest count (found by the placed_at index) are read
    SELECT oi.variant_id AS vid, sum(oi.quantity) AS q
    FROM orders o CROSS JOIN order_items oi ON oi.order_id = o.id
    JOIN variants cv ON cv.id = oi.variant_id
    WHERE o.placed_at > (SELECT min(stock_as_of) FROM variants WHERE stock_as_of IS NOT NULL)
        AND o.status != 'cancelled' AND o.placed_at > cv.stock_as_of /*page cv*/
    GROUP BY oi.variant_id
), v AS (
    SELECT v.product_id, v.sku, v.price, v.compare_at_price, v.cost,
        v.stock - coalesce(e.q, 0) AS stock, v.reorder_point, e.q IS NOT NULL AS estimated,
        CASE WHEN s.q > 0 THEN max(v.stock - coalesce(e.q, 0), 0) * :days / s.q END AS cover,
        CASE WHEN v.cost IS NULL OR v.price <= 0 THEN NULL
            ELSE v.price - v.cost - (v.price * :bp + 5000) / 10000 - :fixed END AS left_over
    FROM variants v LEFT JOIN sold s ON s.vid = v.id LEFT JOIN since_counted e ON e.vid = v.id
    /*page v*/
), summed AS (
SELECT product_id, count(*) AS n, CASE WHEN count(*) = 1 THEN max(sku) ELSE '' END AS sku,
    min(price), max(price), min(compare_at_price), max(compare_at_price), min(cost), max(cost),
    sum(stock),
    min(CASE WHEN left_over IS NULL THEN NULL WHEN left_over >= 0 THEN left_over * 10000 / price
        ELSE -((-left_over * 10000 + price - 1) / price) END),
    min(cover),
    max(CASE WHEN reorder_point IS NOT NULL THEN stock <= reorder_point
        ELSE coalesce(cover < :lead, 0) END),
    max(estimated)
FROM v GROUP BY product_id
)
SELECT * FROM summed
"""
# The first screenful (``first`` newest listings) reads only their variants' order
# lines, by the variant index, instead of every order of the last 28 days.
_PAGE = "(SELECT value FROM json_each(:page))"
_PAGE_SQL = (
    _CATALOGUE_SQL.replace(
        """FROM orders o CROSS JOIN order_items oi ON oi.order_id = o.id
    WHERE o.placed_at >= :since""",
        """FROM order_items oi JOIN orders o ON o.id = oi.order_id
    WHERE oi.variant_id IN (SELECT id FROM variants WHERE product_id IN """
        + _PAGE
        + """) AND o.placed_at >= :since""",
    )
    .replace("/*page cv*/", "AND cv.product_id IN " + _PAGE)
    .replace("/*page v*/", "WHERE v.product_id IN " + _PAGE)
)


# SQLite takes a bare column from the row that min() picked: the first image.
_THUMBS_SQL = (
    "SELECT product_id, src FROM (SELECT product_id, src, min(position * 1000000000 + id)"
    " FROM product_images {where} GROUP BY product_id)"
)


def load_catalogue(
    db: Database, *, today: date | None = None, first: int | None = None
) -> Catalogue:
    """Every product with its variants summed up, newest edited first; with ``first``,
    only that many of the newest (the first screenful, shown while the rest loads:
    no categories or tags then)."""
    channel = main_channel(db)
    fees = get_fees(db, channel) if channel else NO_FEES
    since = ((today or date.today()) - timedelta(days=SALES_DAYS - 1)).isoformat()
    params = {
        "since": since,
        "days": SALES_DAYS,
        "bp": fees.percent_bp,
        "fixed": fees.fixed,
        "lead": settings.get_int(db, settings.LEAD_TIME_DAYS),
    }
    products_sql = (
        "SELECT id, handle, title, status, category, tags, vendor FROM products"
        " ORDER BY updated_at DESC, id DESC"
    )
    if first is not None:
        products = db.execute(f"{products_sql} LIMIT ?", [first]).fetchall()
        params["page"] = json.dumps([p[0] for p in products])
        sums = {row[0]: row for row in db.execute(_PAGE_SQL, params)}
        thumbs = dict(db.execute(_THUMBS_SQL.format(where=f"WHERE product_id IN {_PAGE}"), params))
        return Catalogue(_product_rows(products, sums, thumbs), [], [], channel, complete=False)
    # Three plain queries merged here beat one query joining them (~25% at 20k products).
    sums = {row[0]: row for row in db.execute(_CATALOGUE_SQL, params)}
    thumbs = dict(db.execute(_THUMBS_SQL.format(where="")).fetchall())
    rows = _product_rows(db.execute(products_sql), sums, thumbs)
    categories = sorted({r.category for r in rows if r.category})
    # Many listings share one tag text: split each distinct text once.
    tags = sorted({t for text in {r.tags for r in rows} for t in split_tags(text)})
    return Catalogue(rows, categories, tags, channel)


def _product_rows(products: Iterable[tuple], sums: dict, thumbs: dict) -> list[ProductRow]:
    none = (None, 0, "", None, None, None, None, None, None, 0, None, None, 0, 0)
    rows = []
    for product in products:
        _pid, n, sku, *money, stock, margin, cover, low, estimated = sums.get(product[0], none)
        rows.append(
            ProductRow(
                *product,
                thumbs.get(product[0], ""),
                n,
                sku,
                *money,
                stock or 0,
                margin,
                cover,
                bool(low),
                stock_estimated=bool(estimated),
            )
        )
    return rows


def load_variants(db: Database, product_id: int, *, today: date | None = None) -> list[VariantRow]:
    """One listing's variants with margin, recent sales, days of cover and low stock."""
    channel = main_channel(db)
    fees = get_fees(db, channel) if channel else NO_FEES
    lead = settings.get_int(db, settings.LEAD_TIME_DAYS)
    since = ((today or date.today()) - timedelta(days=SALES_DAYS - 1)).isoformat()
    rows = db.execute(
        "SELECT id, product_id, sku, option1_value, option2_value, option3_value, price,"
        " compare_at_price, cost, stock, barcode, reorder_point FROM variants"
        " WHERE product_id = ? ORDER BY id",
        [product_id],
    ).fetchall()
    ids = [r[0] for r in rows]
    sold = dict(
        db.execute(
            "SELECT oi.variant_id, sum(oi.quantity) FROM order_items oi"
            " JOIN orders o ON o.id = oi.order_id"
            f" WHERE oi.variant_id IN ({', '.join('?' * len(ids)) or 'NULL'})"
            " AND o.placed_at >= ? AND o.status NOT IN ('unpaid', 'cancelled')"
            " GROUP BY oi.variant_id",
            [*ids, since],
        ).fetchall()
    )
    since_counted = sold_since_counted(db, ids)
    return [
        _variant(row, sold.get(row[0], 0), fees, lead, since_counted.get(row[0])) for row in rows
    ]


def variant_ids(db: Database, product_ids: Iterable[int]) -> list[int]:
    """The variants of the given listings (what a bulk price or stock edit works on)."""
    ids = sorted(set(product_ids))
    found: list[int] = []
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        found += [
            r[0]
            for r in db.execute(
                f"SELECT id FROM variants WHERE product_id IN ({', '.join('?' * len(chunk))})"
                " ORDER BY id",
                chunk,
            )
        ]
    return found


def _variant(
    row: tuple, sold: int, fees: ChannelFees, lead: int, since_counted: int | None = None
) -> VariantRow:
    vid, pid, sku, o1, o2, o3, price, compare, cost, stock, barcode, reorder = row
    if since_counted is not None:
        stock -= since_counted
    cover = days_of_cover(stock, sold)
    return VariantRow(
        vid,
        pid,
        sku,
        _options(o1, o2, o3),
        price,
        compare,
        cost,
        stock,
        barcode,
        reorder,
        sold,
        margin_bp(price, cost, fees),
        cover,
        is_low(stock, reorder, cover, lead),
        since_counted is not None,
    )


def with_problems(rows: list[ProductRow], counts: dict[int, int]) -> list[ProductRow]:
    """The rows with their problem counts filled in."""
    return [
        replace(r, problems=counts.get(r.id, 0)) if r.problems != counts.get(r.id, 0) else r
        for r in rows
    ]


def find(
    db: Database, flt: ListingFilter, problems: dict[int, int] | None = None
) -> list[ProductRow]:
    """Load and filter in one go (the command line's selection)."""
    rows = load_catalogue(db).rows
    if problems is not None:
        rows = with_problems(rows, problems)
    return filter_rows(rows, flt, search_ids(db, flt.text))


def margin_floor_bp(db: Database) -> int:
    """The lowest margin the shop accepts (basis points), for colouring and checks."""
    return settings.get_int(db, settings.MARGIN_FLOOR_BP)


def product_of_sku(db: Database, sku: str) -> int | None:
    row = db.execute("SELECT product_id FROM variants WHERE sku = ?", [sku]).fetchone()
    return row[0] if row else None
