"""``stacking.apply`` over many prices at once (numpy, int64), for the price-floor check.

Each formula is the integer one of ``stacking.apply``, written for arrays; a
hypothesis test holds the two equal. Prices are minor units (< 2**40), so
products with basis points stay far inside int64.
"""

from __future__ import annotations

import numpy as np

from shopkeeper.services.stacking import Offer


def _half_up(numerator, denominator):
    return (2 * numerator + denominator) // (2 * denominator)


def _spend_threshold(prices, threshold: int, off: int):
    safe = np.where(prices > 0, prices, 1)
    units = np.maximum(1, -(-threshold // safe))
    unit = np.maximum(0, _half_up(np.maximum(0, units * safe - off), units))
    return np.where(prices > 0, unit, 0)


def _percent_off(prices, basis_points: int):
    return _half_up(prices * (10000 - min(basis_points, 10000)), 10000)


def apply_array(prices: np.ndarray, offer: Offer) -> np.ndarray:
    """The unit prices after ``offer``, for an int64 array of prices."""
    kind = offer.kind
    if kind in ("fixed_price", "flash_sale"):
        return np.minimum(prices, offer.value)
    if kind == "percent_off":
        return _percent_off(prices, offer.value)
    if kind == "amount_off":
        return np.maximum(0, prices - offer.value)
    if kind == "buy_x_get_y":
        paid, free = offer.buy_quantity, offer.get_quantity
        return _half_up(prices * paid, paid + free) if paid > 0 and free > 0 else prices.copy()
    if kind == "bundle":
        if not offer.buy_quantity:
            return prices.copy()
        return np.minimum(
            prices, (2 * offer.value + offer.buy_quantity) // (2 * offer.buy_quantity)
        )
    if kind == "threshold":
        return np.minimum.reduce([_spend_threshold(prices, t, v) for t, v in offer.all_tiers()])
    if kind == "threshold_percent":
        return np.minimum.reduce([_percent_off(prices, v) for _t, v in offer.all_tiers()])
    if kind == "coupon":
        return _spend_threshold(prices, offer.threshold, offer.value)
    return prices.copy()
