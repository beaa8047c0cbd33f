"""What a platform's listing export writes for its own channel, and which listings it holds.

A listing may have its own title and prices on a channel (Taobao's 30 汉字 title
beside Amazon's 200 characters: ``channel_titles``, ``channel_prices``); the Shopify
and Taobao exports write those, falling back to the main ones. The generic
exports (xlsx, csv) keep the main ones, so their round trip stays lossless.

Each listing export is recorded (``listing_exports``: format and time), so the next
one to the same format can hold only the listings edited since.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

# The channel whose own titles and prices each platform format writes.
FORMAT_CHANNEL = {"shopify": "shopify", "taobao": "taobao"}


@dataclass(frozen=True)
class ChannelValues:
    """A channel's own values: {handle: title} and {sku: price in minor units}."""

    titles: dict[str, str]
    prices: dict[str, int]

    def title(self, handle: str, main: str) -> str:
        return self.titles.get(handle, main)

    def price(self, sku: str, main: int | None) -> int | None:
        return self.prices.get(sku, main)


def channel_values(db: Database, format_id: str) -> ChannelValues:
    """The titles and prices of ``format_id``'s channel; empty for a generic format."""
    channel = FORMAT_CHANNEL.get(format_id)
    if channel is None:
        return ChannelValues({}, {})
    titles = dict(
        db.execute(
            "SELECT p.handle, ct.title FROM channel_titles ct"
            " JOIN products p ON p.id = ct.product_id WHERE ct.channel = ? AND ct.title != ''",
            [channel],
        ).fetchall()
    )
    prices = dict(
        db.execute(
            "SELECT v.sku, cp.price FROM channel_prices cp"
            " JOIN variants v ON v.id = cp.variant_id WHERE cp.channel = ?",
            [channel],
        ).fetchall()
    )
    return ChannelValues(titles, prices)


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def last_export(db: Database, format_id: str) -> str | None:
    """When listings were last exported to ``format_id`` (ISO time), None if never."""
    try:
        row = db.execute(
            "SELECT max(exported_at) FROM listing_exports WHERE format = ?", [format_id]
        ).fetchone()
    except sqlite3.OperationalError:  # a shop from before the table
        return None
    return row[0] if row else None


def record_export(
    db: Database, format_id: str, exported_at: str, rows: int, changed_only: bool
) -> bool:
    """Remember an export (bookkeeping, not an edit: nothing to undo); False when it
    cannot be (a shop opened read-only); the export itself still stands."""
    try:
        with db.conn:
            db.execute(
                "INSERT INTO listing_exports(format, exported_at, rows, changed_only)"
                " VALUES (?, ?, ?, ?)",
                [format_id, exported_at, rows, int(changed_only)],
            )
    except sqlite3.OperationalError:
        return False
    return True


def record_export_in_file(
    shop_file: Path, format_id: str, exported_at: str, rows: int, changed_only: bool
) -> bool:
    """Remember an export made on a read-only connection (the command line's): takes the
    shop's lock for the one insert, without the checks and backup of a full open. False
    when a window or command has the shop, or the shop is read-only."""
    from shopkeeper.errors import ShopLocked, ShopReadOnly
    from shopkeeper.store.db import connect
    from shopkeeper.store.lock import ShopLock

    try:
        lock = ShopLock(Path(shop_file).expanduser().absolute().resolve()).acquire()
    except (ShopLocked, ShopReadOnly):
        return False
    try:
        db = connect(lock.shop_path)
        try:
            return record_export(db, format_id, exported_at, rows, changed_only)
        finally:
            db.close()
    finally:
        lock.release()


def changed_handles(db: Database, since: str | None) -> set[str] | None:
    """Handles of listings edited since ``since`` (the same second included: an edit made
    while that export ran is not lost); None (= every listing) when never exported."""
    if since is None:
        return None
    return {r[0] for r in db.execute("SELECT handle FROM products WHERE updated_at >= ?", [since])}


def changed_count(db: Database, since: str | None) -> int:
    """Rows a changed-only listings export writes at most (its variants)."""
    if since is None:
        return db.execute("SELECT count(*) FROM variants").fetchone()[0]
    return db.execute(
        "SELECT count(*) FROM variants v JOIN products p ON p.id = v.product_id"
        " WHERE p.updated_at >= ?",
        [since],
    ).fetchone()[0]


def only_handles(rows: Iterable, handles: set[str] | None, position: int) -> Iterator:
    """The rows whose handle (at ``position``) is in ``handles``; all when None."""
    if handles is None:
        yield from rows
        return
    for row in rows:
        if row[position] in handles:
            yield row


def with_channel_values(rows: Iterable[tuple], values: ChannelValues, ids: list[str]) -> Iterator:
    """Listing rows (canonical field order ``ids``) with the channel's title and price."""
    if not values.titles and not values.prices:
        yield from rows
        return
    handle, title, sku, price = (ids.index(n) for n in ("handle", "title", "sku", "price"))
    for row in rows:
        row = list(row)
        if row[title] is not None:  # a product's row (image rows carry no title)
            row[title] = values.title(row[handle], row[title])
        if row[sku] is not None and row[price] is not None:
            row[price] = values.price(row[sku], row[price])
        yield tuple(row)
