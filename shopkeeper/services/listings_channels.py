"""Per-channel titles and prices, and competitors' prices, for one listing.

A channel's own title (Taobao's 30 汉字 beside Amazon's 200 characters) or price
replaces the main one on that channel; exports fall back to the main ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services.changes import Change, recording
from shopkeeper.services.channels import CHANNELS
from shopkeeper.services.listings import ListingError
from shopkeeper.services.pricing import PriceError


def _check_channel(channel: str) -> None:
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel: {channel!r} (known: {', '.join(CHANNELS)})")


def channel_titles(db: Database, product_id: int) -> dict[str, str]:
    return dict(
        db.execute(
            "SELECT channel, title FROM channel_titles WHERE product_id = ?", [product_id]
        ).fetchall()
    )


def channel_prices(db: Database, product_id: int) -> dict[tuple[int, str], int]:
    """{(variant id, channel): price} for one listing."""
    return {
        (vid, ch): price
        for vid, ch, price in db.execute(
            "SELECT cp.variant_id, cp.channel, cp.price FROM channel_prices cp"
            " JOIN variants v ON v.id = cp.variant_id WHERE v.product_id = ?",
            [product_id],
        )
    }


def title_for(db: Database, product_id: int, channel: str) -> str:
    """The title to show on ``channel``: its own, else the main one."""
    row = db.execute(
        "SELECT coalesce((SELECT title FROM channel_titles WHERE product_id = p.id"
        " AND channel = ?), p.title) FROM products p WHERE p.id = ?",
        [channel, product_id],
    ).fetchone()
    if row is None:
        raise KeyError(f"listing {product_id} not found")
    return row[0]


def price_for(db: Database, variant_id: int, channel: str) -> int:
    """The price on ``channel``: its own, else the main one."""
    row = db.execute(
        "SELECT coalesce((SELECT price FROM channel_prices WHERE variant_id = v.id"
        " AND channel = ?), v.price) FROM variants v WHERE v.id = ?",
        [channel, variant_id],
    ).fetchone()
    if row is None:
        raise KeyError(f"variant {variant_id} not found")
    return row[0]


def check_overrides(titles: dict[str, str], prices: dict) -> None:
    for channel in {*titles, *(ch for _v, ch in prices)}:
        _check_channel(channel)
    for price in prices.values():
        if price is not None and price < 0:
            raise PriceError(QT_TRANSLATE_NOOP("UserError", "a channel price cannot be negative"))


def write_overrides(
    db: Database,
    rec,
    product_id: int,
    titles: dict[str, str],
    prices: dict[tuple[int, str], int | None],
) -> None:
    """Inside a recording: set (empty title / None price: clear) titles and prices."""
    for channel, title in titles.items():
        row = db.execute(
            "SELECT id, title FROM channel_titles WHERE product_id = ? AND channel = ?",
            [product_id, channel],
        ).fetchone()
        _upsert(
            rec,
            "channel_titles",
            row,
            title.strip() or None,
            {"product_id": product_id, "channel": channel},
            "title",
        )
    for (vid, channel), price in prices.items():
        row = db.execute(
            "SELECT id, price FROM channel_prices WHERE variant_id = ? AND channel = ?",
            [vid, channel],
        ).fetchone()
        _upsert(rec, "channel_prices", row, price, {"variant_id": vid, "channel": channel}, "price")


def set_overrides(
    db: Database,
    product_id: int,
    titles: dict[str, str],
    prices: dict[tuple[int, str], int | None],
) -> Change:
    """Set (or, with an empty title / None price, clear) channel titles and prices."""
    check_overrides(titles, prices)
    own = {r[0] for r in db.execute("SELECT id FROM variants WHERE product_id = ?", [product_id])}
    if any(vid not in own for vid, _ch in prices):
        raise ValueError("a channel price names a variant of another listing")
    with recording(db, "Set channel titles and prices") as rec:
        write_overrides(db, rec, product_id, titles, prices)
        if rec.rows:  # so "changes since the last export" sees it
            now = datetime.now().isoformat(timespec="seconds")
            rec.update("products", product_id, {"updated_at": now})
    return rec.change


def _upsert(rec, table: str, row, value, keys: dict, column: str) -> None:
    if value is None:
        if row is not None:
            rec.delete(table, row[0])
    elif row is None:
        rec.insert(table, {**keys, column: value})
    elif row[1] != value:
        rec.update(table, row[0], {column: value})


@dataclass(frozen=True)
class CompetitorPrice:
    id: int
    sku: str
    competitor: str
    url: str
    price: int
    observed_at: str


def competitor_prices(db: Database, product_id: int) -> list[CompetitorPrice]:
    """Every competitor price seen for the listing's SKUs, newest first."""
    return [
        CompetitorPrice(*r)
        for r in db.execute(
            "SELECT id, sku, competitor, url, price, observed_at FROM competitor_prices"
            " WHERE sku IN (SELECT sku FROM variants WHERE product_id = ?)"
            " ORDER BY observed_at DESC, id DESC",
            [product_id],
        )
    ]


def latest_by_competitor(prices: list[CompetitorPrice]) -> list[CompetitorPrice]:
    """Each competitor's newest price (the list is newest first)."""
    seen: dict[tuple[str, str], CompetitorPrice] = {}
    for p in prices:
        seen.setdefault((p.sku, p.competitor.casefold()), p)
    return list(seen.values())


def add_competitor_price(
    db: Database, sku: str, competitor: str, price: int, url: str = "", seen_on: date | None = None
) -> Change:
    if not competitor.strip():
        raise ListingError(QT_TRANSLATE_NOOP("UserError", "name the competitor"))
    if price < 0:
        raise PriceError(QT_TRANSLATE_NOOP("UserError", "a price cannot be negative"))
    if not db.execute("SELECT 1 FROM variants WHERE sku = ?", [sku]).fetchone():
        raise ListingError(QT_TRANSLATE_NOOP("UserError", "no variant has the SKU {sku}"), sku=sku)
    observed = (seen_on or date.today()).isoformat()
    if db.execute(
        "SELECT 1 FROM competitor_prices WHERE sku = ? AND competitor = ? AND observed_at = ?",
        [sku, competitor.strip(), observed],
    ).fetchone():
        raise ListingError(
            QT_TRANSLATE_NOOP(
                "UserError", "{competitor}'s price for {sku} on {observed} is already there"
            ),
            competitor=competitor.strip(),
            sku=sku,
            observed=observed,
        )
    with recording(db, "Add competitor price") as rec:
        rec.insert(
            "competitor_prices",
            {
                "sku": sku,
                "competitor": competitor.strip(),
                "url": url.strip(),
                "price": price,
                "observed_at": observed,
            },
        )
    return rec.change


def delete_competitor_price(db: Database, price_id: int) -> Change:
    with recording(db, "Delete competitor price") as rec:
        rec.delete("competitor_prices", price_id)
    return rec.change
