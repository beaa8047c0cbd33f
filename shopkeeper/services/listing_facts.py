"""What the listing checker looks at, read from the shop in a few bulk queries.

The checker itself (``listing_checker``) is pure: it takes these facts, so the
editor can check a listing being typed before anything is saved.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlite_utils import Database


@dataclass(frozen=True)
class VariantFacts:
    id: int | None
    sku: str
    price: int
    compare_at_price: int | None = None
    cost: int | None = None
    stock: int = 0
    barcode: str = ""
    complaints: int = 0  # tickets in the last 90 days giving one reason (or complaints)
    complaint_reason: str = ""  # that reason's code (services.tickets.REASONS)


@dataclass(frozen=True)
class ListingFacts:
    id: int | None
    handle: str
    title: str
    status: str = "active"
    subtitle: str = ""
    description: str = ""
    seo_title: str = ""
    seo_description: str = ""
    images: tuple[tuple[str, str], ...] = ()  # (src, alt), in order
    variants: tuple[VariantFacts, ...] = ()
    channel_titles: dict[str, str] = field(default_factory=dict)
    # {(sku, channel): price}
    channel_prices: dict[tuple[str, str], int] = field(default_factory=dict)


_PRODUCT_SQL = (
    "SELECT id, handle, title, status, subtitle, description, seo_title, seo_description"
    " FROM products"
)


def _in(ids: list[int] | None, column: str) -> tuple[str, list]:
    if ids is None:
        return "", []
    return f" WHERE {column} IN ({', '.join('?' * len(ids))})", list(ids)


def load_facts(
    db: Database, product_ids: Iterable[int] | None = None, *, since: str | None = None
) -> list[ListingFacts]:
    """Facts for the given products (every product when None), ordered by id.

    ``since`` is the first day complaints count from (ISO text)."""
    ids = None if product_ids is None else sorted(set(product_ids))
    if ids is not None and not ids:
        return []
    if ids is not None and len(ids) > 900:  # SQLite's bound-parameter limit
        return [
            f
            for start in range(0, len(ids), 900)
            for f in load_facts(db, ids[start : start + 900], since=since)
        ]
    where, params = _in(ids, "id")
    products = db.execute(_PRODUCT_SQL + where + " ORDER BY id", params).fetchall()
    where_p, params_p = _in(ids, "product_id")
    images: dict[int, list] = defaultdict(list)
    for pid, src, alt in db.execute(
        "SELECT product_id, src, alt FROM product_images" + where_p + " ORDER BY position, id",
        params_p,
    ):
        images[pid].append((src, alt))
    complaints = _complaints(db, since)
    variants: dict[int, list] = defaultdict(list)
    sku_of: dict[int, str] = {}
    for vid, pid, sku, price, compare, cost, stock, barcode in db.execute(
        "SELECT id, product_id, sku, price, compare_at_price, cost, stock, barcode FROM variants"
        + where_p
        + " ORDER BY id",
        params_p,
    ):
        sku_of[vid] = sku
        variants[pid].append(
            VariantFacts(
                vid, sku, price, compare, cost, stock, barcode, *complaints.get(sku, (0, ""))
            )
        )
    titles: dict[int, dict] = defaultdict(dict)
    for pid, channel, title in db.execute(
        "SELECT product_id, channel, title FROM channel_titles" + where_p, params_p
    ):
        titles[pid][channel] = title
    prices: dict[int, dict] = defaultdict(dict)
    for pid, vid, channel, price in db.execute(
        "SELECT v.product_id, cp.variant_id, cp.channel, cp.price FROM channel_prices cp"
        " JOIN variants v ON v.id = cp.variant_id" + where_p.replace("product_id", "v.product_id"),
        params_p,
    ):
        prices[pid][(sku_of.get(vid, ""), channel)] = price
    return [
        ListingFacts(
            id=row[0],
            handle=row[1],
            title=row[2],
            status=row[3],
            subtitle=row[4] or "",
            description=row[5] or "",
            seo_title=row[6] or "",
            seo_description=row[7] or "",
            images=tuple(images.get(row[0], ())),
            variants=tuple(variants.get(row[0], ())),
            channel_titles=titles.get(row[0], {}),
            channel_prices=prices.get(row[0], {}),
        )
        for row in products
    ]


def _complaints(db: Database, since: str | None) -> dict[str, tuple[int, str]]:
    """{sku: (count, reason)}: the Inbox's most frequent return/complaint reason per SKU
    since ``since``; without reasons recorded, complaint tickets counted per variant."""
    if since is None:
        return {}
    if "reason" in db["tickets"].columns_dict:
        try:
            from shopkeeper.services.tickets_context import reason_counts_by_sku
        except ImportError:  # the Inbox is not in this build
            reason_counts_by_sku = None
        if reason_counts_by_sku is not None:
            top: dict[str, tuple[int, str]] = {}
            for found in reason_counts_by_sku(db, since=since):  # most frequent first
                top.setdefault(found.sku, (found.count, found.reason))
            if top:
                return top
    return {
        sku: (n, "")
        for sku, n in db.execute(
            "SELECT v.sku, count(*) FROM tickets t JOIN variants v ON v.id = t.variant_id"
            " WHERE t.kind = 'complaint' AND t.created_at >= ? GROUP BY v.id",
            [since],
        )
    }
