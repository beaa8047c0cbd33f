"""A file's currency column: rows in another currency than the shop's are rejected.

Amounts are stored as bare minor units of the shop's one currency, so a USD price
imported into a CNY shop would silently become yuan. There is no exchange rate
that the app could honestly pick, so the seller converts the file first.
"""

from __future__ import annotations

from shopkeeper.errors import QT_TRANSLATE_NOOP

from .errors import CellError

OTHER_CURRENCY = QT_TRANSLATE_NOOP(
    "CellError",
    "amounts in {currency}, but this shop keeps its amounts in {shop}: convert them "
    "first, or import into a {currency} shop",
)
_ALIASES = {
    "RMB": "CNY",
    "¥": "CNY",
    "元": "CNY",
    "人民币": "CNY",
    "US$": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
}


def currency_code(text: object) -> str:
    code = str(text).strip().upper()
    return _ALIASES.get(code, code)


def check_currency(value: object, shop_currency: str) -> None:
    """CellError when ``value`` names a currency other than the shop's."""
    code = currency_code(value)
    if code and code != shop_currency.upper():
        raise CellError(OTHER_CURRENCY, currency=code, shop=shop_currency.upper())
