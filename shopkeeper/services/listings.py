"""Listings as the Listings tab shows them: products with their variants, margins,
days of cover and low-stock flags, plus search and filters.

Loading reads the whole catalogue once (a few bulk queries); filtering as the
seller types then works on those rows in memory, with the text search answered
by the trigram full-text index (Chinese substrings) or LIKE under three characters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlite_utils import Database

from shopkeeper.services.channels import NO_FEES, ChannelFees, get_fees
from shopkeeper.services.pricing import margin_bp
from shopkeeper.store import settings

STATUSES = ("active", "draft", "archived")
SALES_DAYS = 28  # days of cover = stock ÷ average daily units over this many days
# Orders that did not (or not yet) sell anything do not count as demand.
_NOT_SOLD = ("unpaid", "cancelled")


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


@dataclass(frozen=True)
class ProductRow:
    id: int
    handle: str
    title: str
    status: str
    category: str
    tags: str
    vendor: str
    thumbnail: str  # src of the first image, "" when none
    variants: tuple[VariantRow, ...]
    problems: int = 0

    @property
    def skus(self) -> str:
        return self.variants[0].sku if len(self.variants) == 1 else ""

    @property
    def price_range(self) -> tuple[int, int] | None:
        prices = [v.price for v in self.variants]
        return (min(prices), max(prices)) if prices else None

    @property
    def stock(self) -> int:
        return sum(v.stock for v in self.variants)

    @property
    def margin_bp(self) -> int | None:
        """The thinnest variant margin: the one a seller has to watch."""
        margins = [v.margin_bp for v in self.variants if v.margin_bp is not None]
        return min(margins) if margins else None

    @property
    def days_of_cover(self) -> int | None:
        days = [v.days_of_cover for v in self.variants if v.days_of_cover is not None]
        return min(days) if days else None

    @property
    def low_stock(self) -> bool:
        return any(v.low_stock for v in self.variants)

    def tag_list(self) -> list[str]:
        return split_tags(self.tags)


def split_tags(text: str) -> list[str]:
    """Tags as typed: separated by commas (English or Chinese) or 、."""
    for sep in ("，", "、"):
        text = text.replace(sep, ",")
    return [t.strip() for t in text.split(",") if t.strip()]


@dataclass(frozen=True)
class ListingFilter:
    text: str = ""
    status: str = ""  # "" = any
    category: str = ""
    tag: str = ""
    low_stock: bool = False
    has_problems: bool = False


@dataclass
class Catalogue:
    """Everything the tab shows, loaded once; ``problems`` may arrive later."""

    rows: list[ProductRow]
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    main_channel: str = ""


def main_channel(db: Database) -> str:
    """The channel whose fees the margin column counts: the first checked channel."""
    text = settings.get(db, settings.LISTING_CHECK_CHANNELS)
    return next((c.strip() for c in text.split(",") if c.strip()), "")


def sold_by_variant(db: Database, today: date | None = None) -> dict[int, int]:
    """Units sold per variant over the last SALES_DAYS days (today included)."""
    since = ((today or date.today()) - timedelta(days=SALES_DAYS - 1)).isoformat()
    marks = ", ".join("?" * len(_NOT_SOLD))
    return dict(
        db.execute(
            "SELECT oi.variant_id, sum(oi.quantity) FROM orders o"
            " JOIN order_items oi ON oi.order_id = o.id"
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


def _options(*values: str) -> str:
    return " / ".join(v for v in values if v)


def load_catalogue(
    db: Database, *, product_ids: Iterable[int] | None = None, today: date | None = None
) -> Catalogue:
    """Every product (or the given ones) with its variants, newest first."""
    ids = None if product_ids is None else sorted(set(product_ids))
    channel = main_channel(db)
    fees = get_fees(db, channel) if channel else NO_FEES
    lead = settings.get_int(db, settings.LEAD_TIME_DAYS)
    sold = sold_by_variant(db, today)
    where, params = (
        ("", [])
        if ids is None
        else (" WHERE product_id IN (SELECT value FROM json_each(?))", [_json(ids)])
    )
    thumbs: dict[int, str] = {}
    for pid, src in db.execute(
        "SELECT product_id, src FROM product_images" + where + " ORDER BY position DESC, id DESC",
        params,
    ):
        thumbs[pid] = src  # the last one written is the first in order
    variants: dict[int, list[VariantRow]] = defaultdict(list)
    for row in db.execute(
        "SELECT id, product_id, sku, option1_value, option2_value, option3_value, price,"
        " compare_at_price, cost, stock, barcode, reorder_point FROM variants"
        + where
        + " ORDER BY id",
        params,
    ):
        variants[row[1]].append(_variant(row, sold.get(row[0], 0), fees, lead))
    where_p = where.replace("product_id IN", "id IN")
    rows = [
        ProductRow(
            pid,
            handle,
            title,
            status,
            category,
            tags,
            vendor,
            thumbs.get(pid, ""),
            tuple(variants.get(pid, ())),
        )
        for pid, handle, title, status, category, tags, vendor in db.execute(
            "SELECT id, handle, title, status, category, tags, vendor FROM products"
            + where_p
            + " ORDER BY updated_at DESC, id DESC",
            params,
        )
    ]
    categories = sorted({r.category for r in rows if r.category})
    tags = sorted({t for r in rows for t in r.tag_list()})
    return Catalogue(rows, categories, tags, channel)


def _json(ids: list[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def _variant(row: tuple, sold: int, fees: ChannelFees, lead: int) -> VariantRow:
    vid, pid, sku, o1, o2, o3, price, compare, cost, stock, barcode, reorder = row
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
    )


def with_problems(rows: list[ProductRow], counts: dict[int, int]) -> list[ProductRow]:
    """The rows with their problem counts filled in."""
    return [
        replace(r, problems=counts.get(r.id, 0)) if r.problems != counts.get(r.id, 0) else r
        for r in rows
    ]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_ids(db: Database, text: str) -> set[int] | None:
    """Ids of products whose title, description, tags, handle or a SKU contain ``text``;
    None when there is no text to search for."""
    text = text.strip()
    if not text:
        return None
    like = _like(text)
    found = {
        r[0]
        for r in db.execute(
            "SELECT DISTINCT product_id FROM variants WHERE sku LIKE ? ESCAPE '\\'", [like]
        )
    }
    found |= {
        r[0] for r in db.execute("SELECT id FROM products WHERE handle LIKE ? ESCAPE '\\'", [like])
    }
    if len(text) >= 3:
        # A quoted phrase: the trigram index finds it as a substring, in any script.
        phrase = '"' + text.replace('"', '""') + '"'
        found |= {
            r[0]
            for r in db.execute(
                "SELECT rowid FROM products_fts WHERE products_fts MATCH ?", [phrase]
            )
        }
    else:
        found |= {
            r[0]
            for r in db.execute(
                "SELECT id FROM products WHERE title LIKE ? ESCAPE '\\' OR tags LIKE ? ESCAPE '\\'"
                " OR description LIKE ? ESCAPE '\\'",
                [like, like, like],
            )
        }
    return found


def filter_rows(
    rows: Iterable[ProductRow], flt: ListingFilter, matching: set[int] | None
) -> list[ProductRow]:
    """The rows the filter keeps; ``matching`` is what ``search_ids`` found for its text."""
    tag = flt.tag.casefold()
    kept = []
    for row in rows:
        if matching is not None and row.id not in matching:
            continue
        if flt.status and row.status != flt.status:
            continue
        if flt.category and row.category != flt.category:
            continue
        if tag and tag not in (t.casefold() for t in row.tag_list()):
            continue
        if flt.low_stock and not row.low_stock:
            continue
        if flt.has_problems and not row.problems:
            continue
        kept.append(row)
    return kept


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
