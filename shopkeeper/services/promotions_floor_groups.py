"""The price-floor check's engine: variants grouped, priced once per distinct price.

Per date interval, every variant that no running targeted promotion names is priced
in one group (the whole shop, all its distinct prices at once with numpy when no two
offers combine); the few that are named are grouped by which running promotions name
them and priced in Python. Inside a group, variants are kept by price, then cost:
the floor grows with the cost, so one bisection per price finds those below it.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict

from shopkeeper.services import stacking
from shopkeeper.services.promotions_floor import BelowFloor, Variant, intervals, offer

# Groups with this many distinct prices are priced with numpy, all prices at once.
VECTOR_FROM = 16


class _Group:
    """Variants sharing the promotions that target them, by price then cost."""

    def __init__(self, variants: list[Variant]) -> None:
        self.variants = variants
        self.ids = {v.id for v in variants}
        by_price: dict[int, dict[int, list[Variant]]] = defaultdict(lambda: defaultdict(list))
        for v in variants:
            by_price[v.price][v.cost].append(v)
        # price -> (costs ascending, variants of each cost)
        self.by_price = {
            price: (sorted(costs), [costs[c] for c in sorted(costs)])
            for price, costs in by_price.items()
        }
        self.prices = sorted(self.by_price)
        self._arrays: dict = {}  # numpy arrays over ``prices``, made on first use
        # price -> how many variants have a cost at or above each cost index
        self.at_or_above = {}
        for price, (_costs, variants) in self.by_price.items():
            counts = [0] * (len(variants) + 1)
            for i in range(len(variants) - 1, -1, -1):
                counts[i] = counts[i + 1] + len(variants[i])
            self.at_or_above[price] = counts

    def array(self, key, make):
        if key not in self._arrays:
            self._arrays[key] = make()
        return self._arrays[key]


def max_cost_at(price: int, fee_bp: int, fee_fixed: int, margin_bp: int) -> int:
    """The highest cost whose floor is still <= ``price`` (the inverse of floor_price)."""
    keep = 10000 - min(fee_bp, 9999)
    with_fees = price * keep // 10000 - fee_fixed
    at_margin = price * (10000 - min(max(margin_bp, 0), 9999)) // 10000
    return min(with_fees, at_margin)


class Checker:
    """Per date interval: every variant that no running targeted promotion names is
    priced in one group (all the shop's prices at once); the few that are named are
    grouped by which running promotions name them."""

    def __init__(self, promos, variants, targeted, channel_prices, fees, margin_bp) -> None:
        self.promos = promos
        self.everyone = _Group(variants)
        self.by_id = {v.id: v for v in variants}
        self.targeted = targeted
        self.small_groups: dict[tuple, _Group] = {}
        self.channel_prices, self.fees, self.margin_bp = channel_prices, fees, margin_bp
        self.offers = {p.id: offer(p) for p in promos}
        self.combos = {p.id: p.combines_with for p in promos}
        self.lowest_cache: dict = {}
        self.per_variant = True

    def combine(self, a: int, b: int) -> bool:
        return b in self.combos.get(a, ()) or a in self.combos.get(b, ())

    def _channels(self, applicable) -> list[str]:
        channels = {p.channel for p in applicable}
        if "" in channels:  # sold on every channel: each with its fees and prices
            channels |= self.fees.keys() | self.channel_prices.keys()
        return sorted(channels)

    def _check(self, group, applicable, start, end, exclude=frozenset()) -> list[BelowFloor]:
        found: list[BelowFloor] = []
        for channel in self._channels(applicable):
            offers = tuple(sorted(p.id for p in applicable if p.channel in ("", channel)))
            if offers:
                found += self._below(group, channel, offers, start, end, exclude)
        return found

    def run(self, first: dt.date, last: dt.date) -> list[BelowFloor]:
        found: list[BelowFloor] = []
        for start, end, running in intervals(self.promos, first, last):
            shop_wide = [p for p in running if not p.targets]
            named: dict[int, list[int]] = defaultdict(list)
            for p in running:
                for vid in self.targeted[p.id] or ():
                    named[vid].append(p.id)
            if shop_wide:
                found += self._check(self.everyone, shop_wide, start, end, frozenset(named))
            by_sig: dict[tuple[int, ...], list[int]] = defaultdict(list)
            for vid, ids in named.items():
                by_sig[tuple(ids)].append(vid)
            for sig, vids in by_sig.items():
                key = (sig, tuple(vids))
                if key not in self.small_groups:
                    self.small_groups[key] = _Group([self.by_id[v] for v in vids])
                applicable = shop_wide + [p for p in running if p.id in set(sig)]
                found += self._check(self.small_groups[key], applicable, start, end)
        return found

    def _lowest(self, price: int, offer_ids: tuple[int, ...]):
        memo = (price, offer_ids)
        if memo not in self.lowest_cache:
            offers = [self.offers[i] for i in offer_ids]
            self.lowest_cache[memo] = stacking.lowest(price, offers, self.combine)
        return self.lowest_cache[memo]

    def _any_combine(self, offer_ids: tuple[int, ...]) -> bool:
        return any(self.combine(a, b) for i, a in enumerate(offer_ids) for b in offer_ids[i + 1 :])

    def _below_vector(self, group: _Group, offer_ids, fee_bp, fee_fixed, emit, count) -> None:
        """No two of the offers combine: the lowest price is the best single offer, found
        for every distinct price of the group at once."""
        import numpy as np

        from shopkeeper.services.stacking_arrays import apply_array

        prices = group.array("prices", lambda: np.array(group.prices, dtype=np.int64))
        top_cost = group.array(
            "top_cost", lambda: np.array([group.by_price[p][0][-1] for p in group.prices])
        )
        rows = [prices] + [
            group.array(i, lambda i=i: apply_array(prices, self.offers[i])) for i in offer_ids
        ]
        stack = np.vstack(rows)
        best = stack.argmin(axis=0)
        lowest = stack[best, np.arange(len(group.prices))]
        keep = 10000 - min(fee_bp, 9999)
        at_margin = 10000 - min(max(self.margin_bp, 0), 9999)
        max_cost = np.minimum(lowest * keep // 10000 - fee_fixed, lowest * at_margin // 10000)
        for i in np.nonzero(top_cost > max_cost)[0].tolist():
            costs, variants = group.by_price[group.prices[i]]
            pick = int(best[i])
            chosen = (self.offers[offer_ids[pick - 1]],) if pick else ()
            cut = bisect_right(costs, int(max_cost[i]))
            if count is not None:  # the calendar's summary: how many, and one example
                count(group, group.prices[i], cut, int(lowest[i]), chosen)
                continue
            for cost, same_cost in zip(costs[cut:], variants[cut:], strict=True):
                emit(same_cost, cost, int(lowest[i]), chosen)

    def _below(self, group: _Group, channel, offer_ids, start, end, exclude) -> list[BelowFloor]:
        fee_bp, fee_fixed = self.fees.get(channel, (0, 0))
        override = self.channel_prices.get(channel, {})
        moved = [v for v in group.variants if v.id in override] if override else []
        found: list[BelowFloor] = []
        floor_of = stacking.floor_price
        margin = self.margin_bp

        def emit(variants, cost: int, lowest: int, chosen) -> None:
            floor = floor_of(cost, fee_bp, fee_fixed, margin)
            names, ids = tuple(o.name for o in chosen), tuple(o.id for o in chosen)
            if override or exclude:
                variants = [v for v in variants if v.id not in override and v.id not in exclude]
            if not variants:
                return
            if not self.per_variant:
                v = variants[0]
                found.append(
                    BelowFloor(
                        v.id,
                        v.sku,
                        start,
                        end,
                        channel,
                        lowest,
                        cost,
                        floor,
                        names,
                        ids,
                        len(variants),
                    )
                )
                return
            found.extend(
                BelowFloor(v.id, v.sku, start, end, channel, lowest, cost, floor, names, ids)
                for v in variants
            )

        excluded_costs: dict[int, list[int]] = defaultdict(list)
        for vid in exclude:
            v = self.by_id.get(vid)
            if v is not None and v.id in group.ids:
                excluded_costs[v.price].append(v.cost)
        for costs_out in excluded_costs.values():
            costs_out.sort()

        def count(group: _Group, price: int, cut: int, lowest: int, chosen) -> None:
            """How many variants of this price are below the floor, with one example."""
            costs, variants = group.by_price[price]
            out = excluded_costs.get(price, ())
            if cut >= len(costs):
                return
            alike = group.at_or_above[price][cut] - (len(out) - bisect_left(out, costs[cut]))
            example = next(
                (v for same in variants[cut:] for v in same if v.id not in exclude), None
            )
            if example is not None and alike > 0:
                emit_count(example, alike, lowest, chosen)

        def emit_count(v: Variant, alike: int, lowest: int, chosen) -> None:
            floor = floor_of(v.cost, fee_bp, fee_fixed, margin)
            names, ids = tuple(o.name for o in chosen), tuple(o.id for o in chosen)
            found.append(
                BelowFloor(
                    v.id, v.sku, start, end, channel, lowest, v.cost, floor, names, ids, alike
                )
            )

        summary = not self.per_variant and not override
        if len(group.prices) >= VECTOR_FROM and not self._any_combine(offer_ids):
            self._below_vector(
                group, offer_ids, fee_bp, fee_fixed, emit, count if summary else None
            )
            prices = ()
        else:
            prices = group.by_price.items()
        for price, (costs, variants) in prices:
            lowest, chosen = self._lowest(price, offer_ids)
            # The floor grows with the cost: the costs above this one are below the floor.
            cut = bisect_right(costs, max_cost_at(lowest, fee_bp, fee_fixed, margin))
            for cost, same_cost in zip(costs[cut:], variants[cut:], strict=True):
                emit(same_cost, cost, lowest, chosen)
        for v in moved:  # a channel price of their own on this channel
            if v.id in exclude:
                continue
            lowest, chosen = self._lowest(override[v.id], offer_ids)
            if lowest < floor_of(v.cost, fee_bp, fee_fixed, margin):
                found.append(
                    BelowFloor(
                        v.id,
                        v.sku,
                        start,
                        end,
                        channel,
                        lowest,
                        v.cost,
                        floor_of(v.cost, fee_bp, fee_fixed, margin),
                        tuple(o.name for o in chosen),
                        tuple(o.id for o in chosen),
                    )
                )
        return found
