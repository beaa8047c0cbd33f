"""The price-floor check: every variant-day whose lowest reachable price is below its floor.

The maths is in ``stacking``. Checking 60k variants one day at a time would be
slow, so the check groups: variants by the set of promotions that target them,
days into intervals over which the set of running promotions does not change,
and, inside a group, variants by (price, cost). Each distinct combination is
priced once; only those below the floor are expanded back into variants.

A promotion for one channel is priced with that channel's price (a channel price
override where the listing has one) and fees; a promotion for every channel ("")
is checked on each channel that has a promotion that day, and on "" (the other
channels, no fees). Cancelled promotions and free shipping do not lower a price;
drafts are checked, since they are what the seller is planning.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from sqlite_utils import Database

from shopkeeper.services import stacking
from shopkeeper.services.promotions import Promotion, load_all
from shopkeeper.store import settings

DAY = dt.timedelta(days=1)


class Variant(NamedTuple):  # a tuple: 60k of them are made per check
    id: int
    sku: str
    product_id: int
    price: int
    cost: int | None
    category: str
    tags: frozenset[str]


class BelowFloor(NamedTuple):
    """A variant below its floor on every day from ``first`` to ``last``."""

    variant_id: int
    sku: str
    first: dt.date
    last: dt.date
    channel: str
    lowest_price: int
    cost: int
    floor: int
    promotions: tuple[str, ...]
    promotion_ids: tuple[int, ...]
    count: int = 1  # variants alike (``per_variant=False``: this one is an example)

    def days(self) -> Iterator[dt.date]:
        day = self.first
        while day <= self.last:
            yield day
            day += DAY

    def rows(self) -> Iterator[dict]:
        """The report's rows, one a day (money in minor units)."""
        for day in self.days():
            yield {
                "sku": self.sku,
                "date": day.isoformat(),
                "lowest_price": self.lowest_price,
                "cost": self.cost,
                "floor": self.floor,
                "promotions": list(self.promotions),
            }


def load_variants(
    db: Database, ids: Sequence[int] | None = None, *, with_groups: bool = True
) -> list[Variant]:
    """Variants with a cost (without one there is no floor); ``with_groups`` also reads
    their product's category and tags (only needed when a promotion targets those)."""
    where = " WHERE v.cost IS NOT NULL"
    params: list = []
    if ids is not None:
        where += f" AND v.id IN ({', '.join('?' * len(ids))})"
        params = list(ids)
    if not with_groups:
        sql = "SELECT v.id, v.sku, v.product_id, v.price, v.cost FROM variants v" + where
        empty = frozenset()
        return [Variant(*row, "", empty) for row in db.execute(sql, params)]
    sql = (
        "SELECT v.id, v.sku, v.product_id, v.price, v.cost, p.category, p.tags "
        "FROM variants v JOIN products p ON p.id = v.product_id" + where
    )
    tag_sets: dict[str, frozenset[str]] = {}
    found = []
    for vid, sku, pid, price, cost, category, tags in db.execute(sql, params):
        if tags not in tag_sets:
            tag_sets[tags] = frozenset(t.strip() for t in tags.split(",") if t.strip())
        found.append(Variant(vid, sku, pid, price, cost, category, tag_sets[tags]))
    return found


class TargetIndex:
    """Which variants a promotion's targets name."""

    def __init__(self, variants: Sequence[Variant]) -> None:
        self.by_product: dict[int, list[int]] = defaultdict(list)
        self.by_category: dict[str, list[int]] = defaultdict(list)
        self.by_tag: dict[str, list[int]] = defaultdict(list)
        self.ids = {v.id for v in variants}
        for v in variants:
            self.by_product[v.product_id].append(v.id)
            if v.category:
                self.by_category[v.category].append(v.id)
            for tag in v.tags:
                self.by_tag[tag].append(v.id)

    def variants_of(self, promotion: Promotion) -> set[int] | None:
        """The targeted variant ids; None for the whole shop."""
        if not promotion.targets:
            return None
        found: set[int] = set()
        for target in promotion.targets:
            if target.kind == "variant":
                if target.value in self.ids:
                    found.add(target.value)
            elif target.kind == "product":
                found.update(self.by_product.get(target.value, ()))
            elif target.kind == "category":
                found.update(self.by_category.get(target.value, ()))
            else:
                found.update(self.by_tag.get(target.value, ()))
        return found


def offer(promotion: Promotion) -> stacking.Offer:
    p = promotion
    return stacking.Offer(
        p.id or 0,
        p.name,
        p.kind,
        p.value,
        p.threshold,
        p.all_tiers(),
        p.buy_quantity,
        p.get_quantity,
    )


def intervals(promos: Sequence[Promotion], first: dt.date, last: dt.date):
    """(start, end, running promotions) over which the running set stays the same."""
    cuts = {first, last + DAY}
    for p in promos:
        cuts.update(d for d in (p.first_day, p.last_day + DAY) if first <= d <= last)
    edges = sorted(cuts)
    for start, after in zip(edges, edges[1:], strict=False):
        running = [p for p in promos if p.first_day <= start and p.last_day >= start]
        if running:
            yield start, after - DAY, running


def _channel_prices(db: Database) -> dict[str, dict[int, int]]:
    if "channel_prices" not in db.table_names():
        return {}
    found: dict[str, dict[int, int]] = defaultdict(dict)
    for vid, channel, price in db.execute("SELECT variant_id, channel, price FROM channel_prices"):
        found[channel][vid] = price
    return found


def _fees(db: Database) -> dict[str, tuple[int, int]]:
    if "channel_settings" not in db.table_names():
        return {}
    return {
        ch: (int(bp or 0), int(fixed or 0))
        for ch, bp, fixed in db.execute("SELECT channel, fee_bp, fee_fixed FROM channel_settings")
    }


def check(
    db: Database,
    first: dt.date,
    last: dt.date,
    *,
    promotions: Sequence[Promotion] | None = None,
    variant_ids: Sequence[int] | None = None,
    per_variant: bool = True,
    variants: list[Variant] | None = None,
) -> list[BelowFloor]:
    """Every variant below its floor on some day of ``first``–``last``.

    ``promotions`` replaces the stored ones (the editor checks a draft before saving);
    ``variant_ids`` limits the check to some variants. ``per_variant=False`` gives one
    entry per (price, cost) alike with their ``count`` instead (the calendar's summary)."""
    if promotions is None:
        promotions = load_all(db, first, last)
    promos = [
        p
        for p in promotions
        if p.hand_status != "cancelled"
        and p.kind in stacking.PRICED_KINDS
        and p.last_day >= first
        and p.first_day <= last
    ]
    if not promos:
        return []
    by_group = any(t.kind in ("category", "tag") for p in promos for t in p.targets)
    if variants is None:  # the caller may have them already (with categories and tags)
        variants = load_variants(db, variant_ids, with_groups=by_group)
    index = TargetIndex(variants)
    targeted = {p.id: index.variants_of(p) for p in promos}
    margin_bp = settings.get_int(db, settings.MARGIN_FLOOR_BP)
    from shopkeeper.services.promotions_floor_groups import Checker

    checker = Checker(promos, variants, targeted, _channel_prices(db), _fees(db), margin_bp)
    checker.per_variant = per_variant
    return checker.run(first, last)
