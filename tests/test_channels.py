"""Channel fees: stored per shop, undoable, and counted in integer minor units."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopkeeper.services import changes
from shopkeeper.services.channels import (
    CHANNELS,
    ChannelFees,
    fee_amount,
    fee_for,
    get_fees,
    percent_of,
    set_fees,
)


def test_unset_channel_has_no_fees(shop):
    """A channel the seller never set up charges nothing."""
    assert get_fees(shop.db, "taobao") == ChannelFees(0, 0)
    assert fee_for(shop.db, "taobao", 10000) == 0


def test_unknown_channel_has_no_fees(shop):
    """An unknown channel name reads as zero fees instead of failing."""
    assert get_fees(shop.db, "myspace") == ChannelFees(0, 0)


def test_set_fees_is_read_back_and_undoable(shop):
    """Setting Etsy's fees stores them; undo puts the old ones back."""
    first = set_fees(shop.db, "etsy", ChannelFees(650, 20))
    assert get_fees(shop.db, "etsy") == ChannelFees(650, 20)
    second = set_fees(shop.db, "etsy", ChannelFees(300, 0))
    assert get_fees(shop.db, "etsy") == ChannelFees(300, 0)
    changes.undo(shop.db, second)
    assert get_fees(shop.db, "etsy") == ChannelFees(650, 20)
    changes.undo(shop.db, first)
    assert get_fees(shop.db, "etsy") == ChannelFees(0, 0)
    assert first.id is not None and "channel_settings" in first.tables


@pytest.mark.parametrize(
    "channel, fees",
    [
        ("myspace", ChannelFees(100, 0)),
        ("etsy", ChannelFees(-1, 0)),
        ("etsy", ChannelFees(10001, 0)),
        ("etsy", ChannelFees(100, -5)),
    ],
)
def test_bad_fees_are_rejected_and_nothing_is_saved(shop, channel, fees):
    """An unknown channel, a percentage outside 0–100% or a negative fixed fee is refused."""
    with pytest.raises(ValueError):
        set_fees(shop.db, channel, fees)
    assert get_fees(shop.db, "etsy") == ChannelFees(0, 0)


@pytest.mark.parametrize(
    "amount, bp, fixed, orders, expected",
    [
        (10000, 500, 0, 1, 500),  # 5% of 100.00
        (10000, 650, 20, 1, 670),
        (10000, 650, 20, 3, 710),
        (10, 500, 0, 1, 1),  # 0.5 rounds half up
        (9, 500, 0, 1, 0),  # 0.45 rounds down
        (0, 500, 30, 1, 30),
    ],
)
def test_fee_for_rounds_half_up_and_adds_fixed_per_order(shop, amount, bp, fixed, orders, expected):
    """The fee is the percentage rounded half-up plus the fixed fee for every order."""
    set_fees(shop.db, "shopify", ChannelFees(bp, fixed))
    assert fee_for(shop.db, "shopify", amount, orders) == expected


def test_channels_are_the_documented_ones():
    """The channel list is the contract other features use."""
    assert CHANNELS == ("taobao", "tmall", "jd", "pinduoduo", "shopify", "etsy", "ebay", "amazon")


@given(st.integers(0, 10**12), st.integers(0, 10000), st.integers(0, 10**6), st.integers(1, 50))
def test_fee_matches_exact_fraction(amount, bp, fixed, orders):
    """The fee equals the exact rational percentage rounded half-up: no float drift."""
    from fractions import Fraction

    exact = Fraction(amount * bp, 10000)
    rounded = int(exact) + (1 if exact - int(exact) >= Fraction(1, 2) else 0)
    assert fee_amount(ChannelFees(bp, fixed), amount, orders) == rounded + fixed * orders


@given(st.integers(-(10**9), 10**9), st.integers(-10000, 10000))
def test_percent_of_is_symmetric_around_zero(amount, bp):
    """A discount computed on a negative amount mirrors the positive one."""
    assert percent_of(-amount, bp) == -percent_of(amount, bp)
