"""Stacking and the price floor: the maths a seller's margins depend on (hypothesis)."""

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given
from hypothesis import strategies as st

from shopkeeper.services import stacking
from shopkeeper.services.stacking import Offer

prices = st.integers(min_value=0, max_value=10_000_000)
positive_prices = st.integers(min_value=1, max_value=10_000_000)
basis_points = st.integers(min_value=0, max_value=10_000)


def reference_half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@st.composite
def offers(draw):
    ids = st.integers(min_value=1, max_value=10**6)
    kind = draw(st.sampled_from(sorted(stacking.STEP)))
    value = draw(st.integers(min_value=0, max_value=10_000 if "percent" in kind else 500_000))
    threshold = draw(st.integers(min_value=0, max_value=1_000_000))
    tiers = ()
    if kind in ("threshold", "threshold_percent"):
        steps = draw(st.lists(st.integers(1, 100_000), min_size=1, max_size=3))
        tiers = tuple(
            (sum(steps[: i + 1]) * 10, min(10_000, 50 * (i + 1))) for i in range(len(steps))
        )
    return Offer(
        draw(ids),
        kind,
        kind,
        value,
        threshold,
        tiers,
        draw(st.integers(0, 5)),
        draw(st.integers(0, 5)),
    )


@given(prices, basis_points)
def test_percent_off_rounds_half_up_like_decimal(price, bp):
    """Percent off is the exact amount rounded half-up to the minor unit."""
    got = stacking.apply(price, Offer(1, "x", "percent_off", bp))
    assert got == reference_half_up(Decimal(price) * (10_000 - bp) / 10_000)


@given(prices, st.lists(offers(), max_size=5))
def test_a_chain_never_raises_the_price_nor_goes_negative(price, chosen):
    """Whatever combines, the buyer never pays more than the price, nor less than nothing."""
    assert 0 <= stacking.chain(price, chosen) <= price


@given(positive_prices, st.integers(1, 5_000_000), st.integers(0, 5_000_000))
def test_threshold_assumes_the_buyer_buys_just_enough(price, threshold, off):
    """满减: the saving spreads over the fewest units of this item reaching the threshold."""
    unit = stacking.apply(price, Offer(1, "x", "threshold", off, threshold))
    units = -(-threshold // price)
    exact = Decimal(max(0, units * price - off)) / units
    assert unit == reference_half_up(exact)


@given(positive_prices, st.lists(offers(), min_size=1, max_size=5, unique_by=lambda o: o.id))
def test_the_lowest_price_is_the_best_allowed_set(price, chosen):
    """With every pair allowed, the lowest price is no higher than any single offer or all of
    them; with none allowed it is the best single offer."""
    everything, _ = stacking.lowest(price, chosen, lambda a, b: True)
    assert everything <= min(stacking.chain(price, [o]) for o in chosen)
    assert everything <= stacking.chain(price, chosen)
    alone, picked = stacking.lowest(price, chosen, lambda a, b: False)
    assert alone == min([price, *(stacking.chain(price, [o]) for o in chosen)])
    assert len(picked) <= 1


@given(positive_prices, st.lists(offers(), max_size=4, unique_by=lambda o: o.id))
def test_order_of_offers_does_not_matter(price, chosen):
    """Promotions apply in the fixed documented order, not in the order they were made."""
    assert stacking.chain(price, chosen) == stacking.chain(price, list(reversed(chosen)))


def test_the_fixed_order_special_price_then_percent_then_threshold_then_coupon():
    """¥100 item: special ¥90, then 10% off (81), then 满80减10 (71), then a ¥5 coupon (66)."""
    steps = [
        Offer(4, "coupon", "coupon", 500, 0),
        Offer(3, "满80减10", "threshold", 1000, 8000),
        Offer(2, "9折", "percent_off", 1000),
        Offer(1, "special", "fixed_price", 9000),
    ]
    assert stacking.chain(10_000, steps) == 6_600


@given(
    st.integers(0, 5_000_000),
    st.integers(0, 9_999),
    st.integers(0, 10_000),
    st.integers(0, 9_999),
)
def test_floor_covers_cost_fees_and_margin_and_is_the_lowest_such_price(cost, fee_bp, fixed, m):
    """At the floor the seller keeps the cost after fees and the margin floor; one less fails."""
    floor = stacking.floor_price(cost, fee_bp, fixed, m)

    def enough(price):
        after_fees = Decimal(price) * (10_000 - fee_bp) / 10_000 - fixed
        return after_fees >= cost and Decimal(price) * (10_000 - m) / 10_000 >= cost

    assert floor >= cost and enough(floor)
    assert floor == 0 or not enough(floor - 1)


@given(st.lists(prices, min_size=1, max_size=20), offers())
def test_the_array_version_prices_like_the_integer_one(many, offer):
    """The numpy pricing used for large groups gives exactly the integer maths' prices."""
    import numpy as np

    from shopkeeper.services.stacking_arrays import apply_array

    got = apply_array(np.array(many, dtype=np.int64), offer).tolist()
    assert got == [stacking.apply(p, offer) for p in many]
