"""How promotions stack, and the price floor: integer maths only, no database.

The lowest price a buyer can reach for one unit of a variant on one day is found
by applying that day's promotions in a fixed order, rounding half-up to minor
units after every step:

1. the item's special or flash price (``fixed_price``, ``flash_sale``: the lower
   of it and the price);
2. percent or amount off, and the multi-buy deals (``percent_off``, ``amount_off``,
   ``buy_x_get_y``: X paid for X+Y, ``bundle``: N for a price), in that order;
3. order thresholds: 满减 (``threshold``) and 满折 (``threshold_percent``);
4. coupons (``coupon``: face value off above a threshold).

For a threshold (steps 3 and 4) we assume the worst case: the buyer buys just
enough of this item alone to reach the threshold (``ceil(threshold / price)``
units) and the discount spreads over those units. Of several tiers the buyer
picks the one that gives the lowest unit price. Free shipping does not change
an item's price.

Promotions combine only in the pairs the seller allowed. The buyer is assumed to
pick the best allowed set: every set of pairwise-combinable promotions is tried
(a day rarely has more than a handful for one item).

The floor is the higher of:

* cost plus the channel's fees: the lowest price that still leaves the cost once
  the channel took its percentage and fixed fee,
  ``ceil((cost + fixed) / (1 - percent))``;
* the price that gives the shop's margin floor: ``ceil(cost / (1 - margin))``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

STEP = {
    "fixed_price": 1,
    "flash_sale": 1,
    "percent_off": 2,
    "amount_off": 2,
    "buy_x_get_y": 2,
    "bundle": 2,
    "threshold": 3,
    "threshold_percent": 3,
    "coupon": 4,
}
# Order inside a step (so that rounding is reproducible).
_ORDER = {kind: i for i, kind in enumerate(STEP)}
PRICED_KINDS = frozenset(STEP)  # free_shipping is not among them


@dataclass(frozen=True)
class Offer:
    """One promotion as far as the price maths needs it."""

    id: int
    name: str
    kind: str
    value: int = 0  # basis points for percent kinds, minor units otherwise
    threshold: int = 0
    tiers: tuple[tuple[int, int], ...] = ()  # (threshold, value); empty: (threshold, value)
    buy_quantity: int = 0
    get_quantity: int = 0

    def all_tiers(self) -> tuple[tuple[int, int], ...]:
        return self.tiers or ((self.threshold, self.value),)


def half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half-up, for numerator >= 0 and denominator > 0."""
    return (2 * numerator + denominator) // (2 * denominator)


def ceil_div(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


def _percent_off(price: int, basis_points: int) -> int:
    return half_up(price * (10000 - min(basis_points, 10000)), 10000)


def _spend_threshold(price: int, threshold: int, off: int) -> int:
    """Unit price when ``off`` comes off an order of this item alone reaching ``threshold``."""
    if price <= 0:
        return 0
    units = max(1, ceil_div(threshold, price))
    return max(0, half_up(max(0, units * price - off), units))


def apply(price: int, offer: Offer) -> int:
    """The unit price after ``offer`` (one step, rounded half-up)."""
    kind = offer.kind
    if kind in ("fixed_price", "flash_sale"):
        return min(price, offer.value)
    if kind == "percent_off":
        return _percent_off(price, offer.value)
    if kind == "amount_off":
        return max(0, price - offer.value)
    if kind == "buy_x_get_y":
        paid, free = offer.buy_quantity, offer.get_quantity
        return half_up(price * paid, paid + free) if paid > 0 and free > 0 else price
    if kind == "bundle":
        return min(price, half_up(offer.value, offer.buy_quantity)) if offer.buy_quantity else price
    if kind == "threshold":
        return min(_spend_threshold(price, t, v) for t, v in offer.all_tiers())
    if kind == "threshold_percent":
        return min(_percent_off(price, v) for _t, v in offer.all_tiers())
    if kind == "coupon":
        return _spend_threshold(price, offer.threshold, offer.value)
    return price


def chain(price: int, offers: Sequence[Offer]) -> int:
    """The unit price after all ``offers``, applied in the fixed order."""
    for offer in sorted(offers, key=lambda o: (STEP[o.kind], _ORDER[o.kind], o.id)):
        price = apply(price, offer)
    return price


def lowest(
    price: int, offers: Sequence[Offer], combine: Callable[[int, int], bool]
) -> tuple[int, tuple[Offer, ...]]:
    """The lowest unit price over every allowed set of ``offers``, and that set.

    ``combine(a_id, b_id)`` says whether two promotions may apply together."""
    offers = [o for o in offers if o.kind in PRICED_KINDS]
    best: list = [price, ()]

    def extend(chosen: tuple[Offer, ...], candidates: list[Offer]) -> None:
        for i, offer in enumerate(candidates):
            picked = (*chosen, offer)
            reached = chain(price, picked)
            if reached < best[0]:
                best[:] = [reached, picked]
            rest = [c for c in candidates[i + 1 :] if combine(offer.id, c.id)]
            if rest:
                extend(picked, rest)

    extend((), offers)
    return best[0], best[1]


def floor_price(cost: int, fee_bp: int, fee_fixed: int, margin_bp: int) -> int:
    """The price floor of an item costing ``cost`` (see the module docstring)."""
    keep = 10000 - min(fee_bp, 9999)
    with_fees = ceil_div((cost + fee_fixed) * 10000, keep)
    at_margin = ceil_div(cost * 10000, 10000 - min(max(margin_bp, 0), 9999))
    return max(with_fees, at_margin)
