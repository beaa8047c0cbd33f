"""Money is an integer count of the currency's minor unit (cents, 分), never a float."""

from __future__ import annotations

# ISO 4217 minor-unit exponents for currencies a seller on the supported platforms meets.
_EXPONENTS = {"JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "HUF": 2, "KWD": 3, "BHD": 3}
_SYMBOLS = {
    "CNY": "¥",
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "HKD": "HK$",
    "TWD": "NT$",
    "AUD": "A$",
    "CAD": "C$",
    "BRL": "R$",
    "KRW": "₩",
    "INR": "₹",
}
CURRENCIES = ("CNY", "USD", "EUR", "GBP", "JPY", "HKD", "TWD", "AUD", "CAD", "BRL", "KRW", "INR")


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency.upper(), 2)


def symbol(currency: str) -> str:
    return _SYMBOLS.get(currency.upper(), currency.upper() + " ")


def plain_amount(minor: int, exp: int) -> str:
    """12345, 2 -> '123.45': no symbol, no separators; what platform CSVs expect."""
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**exp)
    return f"{sign}{whole}" + (f".{frac:0{exp}d}" if exp else "")


def format_amount(minor: int, currency: str) -> str:
    """12345 CNY -> '123.45' (no symbol), with thousands separators."""
    exp = exponent(currency)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**exp)
    text = f"{whole:,}"
    if exp:
        text += "." + str(frac).rjust(exp, "0")
    return sign + text


def format_money(minor: int, currency: str) -> str:
    """12345 CNY -> '¥123.45'."""
    text = format_amount(minor, currency)
    if text.startswith("-"):
        return "-" + symbol(currency) + text[1:]
    return symbol(currency) + text
