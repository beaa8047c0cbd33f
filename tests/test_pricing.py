"""Pricing maths: price endings, percentage changes, margins and suggestions, in integers."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopkeeper.services.channels import ChannelFees
from shopkeeper.services.pricing import (
    PriceError,
    change_by_percent,
    competition_based,
    cost_plus,
    margin_bp,
    parse_amount,
    parse_ending,
    parse_percent,
    rank_among,
)

prices = st.integers(0, 10**9)
fees = st.builds(ChannelFees, st.integers(0, 3000), st.integers(0, 500))


@pytest.mark.parametrize(
    "ending, exponent, price, expected",
    [
        (".99", 2, 12345, 11299 + 1000),  # 123.45 -> 122.99
        (".99", 2, 12399, 12399),  # already ends in .99
        (".90", 2, 12345, 12290),
        (".9", 2, 12345, 12290),
        ("9", 0, 1234, 1229),  # yen: ends in 9
        ("9", 2, 12345, 11900),  # 123.45 -> 119.00
        (".99", 2, 50, 99),  # nothing lower: the lowest price with the ending
    ],
)
def test_round_down_to_ending(ending, exponent, price, expected):
    """Rounding moves a price down to the nearest price with the chosen ending."""
    assert parse_ending(ending, exponent).round_down(price) == expected


@pytest.mark.parametrize("ending, exponent", [(".999", 2), (".9", 0), ("x9", 2), (".", 2), ("", 2)])
def test_bad_endings_are_rejected(ending, exponent):
    """An ending with letters or more decimals than the currency has is refused."""
    with pytest.raises(PriceError):
        parse_ending(ending, exponent)


@given(prices, st.sampled_from([".99", ".9", ".90", "9", "99", "0.99"]))
def test_rounded_price_has_the_ending_and_is_never_higher_than_needed(price, text):
    """The result ends as asked and is the highest such price not above the original."""
    ending = parse_ending(text, 2)
    rounded = ending.round_down(price)
    assert rounded % ending.modulus == ending.value
    if rounded <= price:
        assert price - rounded < ending.modulus
    else:
        assert rounded == ending.value


@pytest.mark.parametrize(
    "text, exponent, expected",
    [("-5.00", 2, -500), ("12.5", 2, 1250), ("1,299", 2, 129900), ("300", 0, 300)],
)
def test_parse_amount(text, exponent, expected):
    """Amounts typed in major units become minor units exactly."""
    assert parse_amount(text, exponent) == expected


@pytest.mark.parametrize("text, exponent", [("1.234", 2), ("1.5", 0), ("abc", 2), ("nan", 2)])
def test_parse_amount_rejects_bad_input(text, exponent):
    """Too many decimals for the currency, or not a number, is a clear error."""
    with pytest.raises(PriceError):
        parse_amount(text, exponent)


@pytest.mark.parametrize("text, bp", [("-10", -1000), ("12.5", 1250), ("3%", 300)])
def test_parse_percent(text, bp):
    """Percentages become basis points."""
    assert parse_percent(text) == bp


@given(prices, st.integers(-10000, 10000))
def test_percent_change_is_exact_half_up(price, bp):
    """A percentage change equals the exact fraction rounded half away from zero."""
    exact = Fraction(price * bp, 10000)
    magnitude = abs(exact)
    rounded = int(magnitude) + (1 if magnitude - int(magnitude) >= Fraction(1, 2) else 0)
    delta = rounded if exact >= 0 else -rounded
    assert change_by_percent(price, bp) == max(0, price + delta)


@given(st.integers(0, 10**8), st.integers(0, 6000), fees)
def test_cost_plus_is_the_lowest_price_reaching_the_margin(cost, target, channel_fees):
    """Cost-plus gives a price with at least the target margin, and one unit less misses it."""
    if target + channel_fees.percent_bp >= 10000:
        return
    price = cost_plus(cost, target, channel_fees)
    if price == 0:  # free costs nothing: only when there is no cost at all
        assert cost == 0 and channel_fees.fixed == 0
        return
    assert margin_bp(price, cost, channel_fees) >= target
    if price > 1:
        assert margin_bp(price - 1, cost, channel_fees) < target


def test_cost_plus_refuses_an_impossible_margin():
    """A target margin that leaves nothing after the fee is a clear error."""
    with pytest.raises(PriceError):
        cost_plus(1000, 9500, ChannelFees(600, 0))


def test_margin_counts_channel_fees():
    """A 5% fee and 0.30 per order come off the margin."""
    assert margin_bp(10000, 6000, ChannelFees(0, 0)) == 4000
    assert margin_bp(10000, 6000, ChannelFees(500, 30)) == 3470
    assert margin_bp(10000, None) is None


@pytest.mark.parametrize(
    "how, position, undercut, expected",
    [
        ("median", 1, 0, 1990),
        ("minimum", 1, 0, 1500),
        ("position", 3, 0, 2500),
        ("position", 99, 0, 3000),
        ("median", 1, 10, 1980),
    ],
)
def test_competition_based_price(how, position, undercut, expected):
    """Median, minimum or a chosen position among competitor prices."""
    assert competition_based([3000, 1500, 2500, 1990], how, position, undercut) == expected


def test_competition_without_prices_is_a_clear_error():
    """No competitor prices: the helper says so instead of guessing."""
    with pytest.raises(PriceError):
        competition_based([], "median")


def test_rank_among_competitors():
    """Our price's position among competitors, 1 being the cheapest."""
    assert rank_among(1000, [900, 1100, 1500]) == 2
