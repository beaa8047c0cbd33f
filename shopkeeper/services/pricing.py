"""Price maths in integer minor units: margins, price endings, bulk changes and the
pricing helper's two suggestions (cost-plus and competition-based).

No floats anywhere: percentages are basis points (1% = 100 bp) and every division
rounds explicitly, so a price never drifts by a cent.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from shopkeeper.errors import QT_TRANSLATE_NOOP, UserError
from shopkeeper.services.channels import ChannelFees, fee_amount, percent_of

NO_FEES = ChannelFees(0, 0)


class PriceError(UserError, ValueError):
    """Bad pricing input; the message says what to fix.

    A marked English template plus values (see ``shopkeeper.errors``), so the UI
    shows it in the user's language; ``message`` / ``str()`` stay English."""

    exit_code = 4


# Several raises share these texts; pyside6-lupdate needs literal contexts.
NOT_AN_ENDING = QT_TRANSLATE_NOOP(
    "UserError", "a price ending is digits such as .99 or 9, not '{text}'"
)
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP("UserError", "not an amount: '{text}'")
NOT_A_PERCENTAGE = QT_TRANSLATE_NOOP("UserError", "not a percentage: '{text}'")
NO_COMPETITOR_PRICES = QT_TRANSLATE_NOOP("UserError", "no competitor prices yet")


def margin(price: int, cost: int | None, fees: ChannelFees = NO_FEES) -> int | None:
    """What is left of ``price`` after cost and the channel's fees (one order)."""
    if cost is None:
        return None
    return price - cost - fee_amount(fees, price, 1)


def margin_bp(price: int, cost: int | None, fees: ChannelFees = NO_FEES) -> int | None:
    """Margin as basis points of the price, rounded toward minus infinity (never flattering)."""
    left = margin(price, cost, fees)
    if left is None or price <= 0:
        return None
    return left * 10000 // price


@dataclass(frozen=True)
class Ending:
    """A price ending such as ".99" (2-decimal currency) or "9" (zero-decimal)."""

    value: int  # the ending, in minor units
    modulus: int  # prices with this ending are ≡ value (mod modulus)

    def round_down(self, price: int) -> int:
        """The highest price ≤ ``price`` with this ending; the lowest such price when
        none is lower (0.50 → 0.99), since no price below zero exists."""
        lowered = price - (price - self.value) % self.modulus
        return lowered if lowered >= 0 else self.value


def parse_ending(text: str, exponent: int) -> Ending:
    """ ".99" → 99 mod 100 for cents; "9" → 9 mod 10 for yen, 900 mod 1000 for cents."""
    text = text.strip()
    whole, dot, fraction = text.partition(".")
    if not (whole or fraction) or not (whole + fraction).isdigit():
        raise PriceError(NOT_AN_ENDING, text=text)
    if len(fraction) > exponent:
        raise PriceError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "the ending {text} has more decimals than the currency allows ({exponent})",
            ),
            text=text,
            exponent=exponent,
        )
    if dot and not fraction:
        raise PriceError(NOT_AN_ENDING, text=text)
    value = int(whole + fraction.ljust(exponent, "0")) if whole + fraction else 0
    modulus = 10 ** (len(whole) + exponent)
    return Ending(value, modulus)


def parse_amount(text: str, exponent: int) -> int:
    """Major units as typed ("-5.00", "12.5") → minor units; too many decimals is an error."""
    try:
        number = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        raise PriceError(NOT_AN_AMOUNT, text=text) from None
    if not number.is_finite():
        raise PriceError(NOT_AN_AMOUNT, text=text)
    minor = number.scaleb(exponent)
    if minor != minor.to_integral_value():
        raise PriceError(
            QT_TRANSLATE_NOOP(
                "UserError", "{text} has more decimals than the currency allows ({exponent})"
            ),
            text=text,
            exponent=exponent,
        )
    return int(minor)


def parse_percent(text: str) -> int:
    """ "-10" or "12.5" (percent) → basis points; at most two decimals."""
    try:
        number = Decimal(text.strip().rstrip("%"))
    except InvalidOperation:
        raise PriceError(NOT_A_PERCENTAGE, text=text) from None
    if not number.is_finite():
        raise PriceError(NOT_A_PERCENTAGE, text=text)
    bp = number * 100
    if bp != bp.to_integral_value():
        raise PriceError(
            QT_TRANSLATE_NOOP("UserError", "a percentage has at most two decimals, not {text}"),
            text=text,
        )
    return int(bp)


def change_by_percent(price: int, bp: int) -> int:
    """``price`` raised (or lowered, for negative ``bp``) by bp/100 %, half-up; never < 0."""
    return max(0, price + percent_of(price, bp))


def change_by_amount(price: int, amount: int) -> int:
    return max(0, price + amount)


def cost_plus(cost: int, target_margin_bp: int, fees: ChannelFees = NO_FEES) -> int:
    """The lowest price whose margin (after fees) is at least ``target_margin_bp``."""
    if cost < 0:
        raise PriceError(QT_TRANSLATE_NOOP("UserError", "cost cannot be negative"))
    room = 10000 - target_margin_bp - fees.percent_bp
    if room <= 0:
        raise PriceError(
            QT_TRANSLATE_NOOP(
                "UserError", "the target margin plus the channel's fee must stay under 100%"
            )
        )
    # price × room ≥ (cost + fixed) × 10000, so price = ceil of the quotient; then fee
    # rounding (half-up) may leave it a unit off either way, fixed by stepping.
    price = -(-(cost + fees.fixed) * 10000 // room)
    while (margin_bp(price, cost, fees) or 0) < target_margin_bp and price > 0:
        price += 1
    while price > 1 and (margin_bp(price - 1, cost, fees) or 0) >= target_margin_bp:
        price -= 1
    return max(price, 0)


def median(prices: list[int]) -> int:
    """The middle price; the lower middle for an even count (a price one can match)."""
    if not prices:
        raise PriceError(NO_COMPETITOR_PRICES)
    ordered = sorted(prices)
    return ordered[(len(ordered) - 1) // 2]


def at_position(prices: list[int], position: int) -> int:
    """The price at ``position`` (1 = cheapest) among competitors; clamped to the list."""
    if not prices:
        raise PriceError(NO_COMPETITOR_PRICES)
    ordered = sorted(prices)
    return ordered[min(max(position, 1), len(ordered)) - 1]


def competition_based(
    prices: list[int], how: str = "median", position: int = 1, undercut: int = 0
) -> int:
    """A price from competitors' prices: their median, minimum or a chosen position,
    less ``undercut`` minor units."""
    if how == "median":
        base = median(prices)
    elif how == "minimum":
        base = at_position(prices, 1)
    elif how == "position":
        base = at_position(prices, position)
    else:
        raise PriceError(QT_TRANSLATE_NOOP("UserError", "unknown competition rule: {how}"), how=how)
    return max(0, base - undercut)


def rank_among(price: int, prices: list[int]) -> int:
    """Where ``price`` sits: 1 = cheaper than or as cheap as everyone."""
    return 1 + sum(1 for p in prices if p < price)
