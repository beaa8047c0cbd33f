"""Turning one spreadsheet cell into a value the shop can store, or saying why not.

Every parser takes what the readers hand over (str, int, float, bool, datetime
... or None) and either returns a clean value or raises ``CellError`` whose
``reason`` is shown beside the rejected row. Nothing here goes through float
arithmetic: money is an integer count of minor units.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from shopkeeper.errors import QT_TRANSLATE_NOOP

from .dates import ORDERS, from_excel_serial, parse_datetime, possible_date_orders
from .errors import CellError

__all__ = [
    "ORDERS",
    "CellError",
    "from_excel_serial",
    "parse_datetime",
    "parse_identifier",
    "parse_int",
    "parse_money",
    "parse_percent_bp",
    "possible_date_orders",
]

EMPTY = QT_TRANSLATE_NOOP("CellError", "empty")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("CellError", "not a number")
NOT_WHOLE = QT_TRANSLATE_NOOP("CellError", "not a whole number")
TOO_LARGE = QT_TRANSLATE_NOOP("CellError", "too large")
TOO_PRECISE = QT_TRANSLATE_NOOP("CellError", "more than {places} decimal places")
ONE_PLACE = QT_TRANSLATE_NOOP("CellError", "more than 1 decimal place")
NO_PLACES = QT_TRANSLATE_NOOP("CellError", "decimals are not allowed for this currency")
PERCENT_TOO_PRECISE = QT_TRANSLATE_NOOP("CellError", "more precise than 0.01%")
SCIENTIFIC = QT_TRANSLATE_NOOP(
    "CellError",
    "Excel turned this into scientific notation ({value}); the digits are lost \u2014 "
    "format the column as Text and export again",
)
LONG_NUMBER = QT_TRANSLATE_NOOP(
    "CellError",
    "this long number lost its last digits in Excel (it keeps only 15) \u2014 "
    "format the column as Text and export again",
)
EXCEL_DATE = QT_TRANSLATE_NOOP(
    "CellError",
    "Excel turned this code into a date ({value}) \u2014 format the column as Text "
    "and export again",
)
NOT_A_CODE = QT_TRANSLATE_NOOP("CellError", "a TRUE/FALSE value, not a code")

_INT64_MAX = 2**63 - 1
# Excel keeps 15 significant digits; anything a float shows beyond that is noise
# from binary arithmetic (=0.1+0.2 is stored as 0.30000000000000004).
_EXCEL_DIGITS = 15

# Currency markers that may stand before or after an amount. Symbols may carry a
# country prefix (US$, HK$, R$, CN¥, NT$); codes and words stand alone.
_SYMBOLS = "$¥€£₩₹₽₺฿₫₱₪₦₴₡₲₵₸"
_CODES = (
    "CNY RMB USD EUR GBP JPY HKD TWD AUD CAD BRL KRW INR CHF SEK NOK DKK PLN CZK HUF "
    "MXN SGD NZD THB MYR IDR PHP VND RUB TRY ZAR AED SAR ILS"
).split()
_WORDS = ("元", "円", "块", "kr", "zł", "Kč", "Ft", "Rp", "RM", "lei")
_CURRENCY = rf"(?:[A-Z]{{0,3}}[{_SYMBOLS}]|(?i:{'|'.join(_CODES)})(?![A-Za-z])|{'|'.join(_WORDS)})"
_LEADING_CURRENCY = re.compile(rf"^{_CURRENCY}\s*")
_TRAILING_CURRENCY = re.compile(rf"\s*{_CURRENCY}$")
_SCIENTIFIC_TEXT = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")
# What Excel writes for a number too long for a General column: 3.65275E+11.
_EXCEL_SCIENTIFIC = re.compile(r"-?\d(?:\.\d+)?E[+-]\d{2,}")
_NUMBER_BODY = re.compile(r"[\d.,' ]*\d[\d.,' ]*")
_WESTERN_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+")
_INDIAN_GROUPS = re.compile(r"\d{1,2}(?:,\d{2})*,\d{3}")
_PLAIN_NUMBER = re.compile(r"-?\d{1,18}(?:\.\d{1,18})?")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def parse_money(value: object, *, exponent: int = 2) -> int:
    """An amount as an int count of minor units: "¥1,234.50" -> 123450 (exponent 2).

    Accepts currency symbols and codes, thousands separators, a decimal comma
    ("12,50", "1.234,56"), negatives as "-12" or "(12.00)". A single comma
    followed by exactly three digits ("1,234") is a thousands separator.
    """
    amount = _to_decimal(value, money=True)
    scaled = amount.scaleb(exponent)
    if scaled != scaled.to_integral_value():
        raise _too_precise(exponent)
    return _bounded(int(scaled))


def parse_int(value: object) -> int:
    """A whole number (quantity, stock): "3", 3.0, "1,200" -> int; 2.5 is rejected."""
    number = _to_decimal(value, money=False)
    if number != number.to_integral_value():
        raise CellError(NOT_WHOLE)
    return _bounded(int(number))


def parse_percent_bp(value: object) -> int:
    """A percentage in basis points: "12.5%" -> 1250.

    Text is read as a percentage with or without the % sign ("12.5" -> 1250).
    Numeric cells are fractions, because that is how Excel stores a cell shown
    as 12.5% (0.125 -> 1250).
    """
    if isinstance(value, str):
        text = _normalize_text(value).replace("%", "", 1)
        basis_points = _to_decimal(text, money=False).scaleb(2)
    else:
        basis_points = _to_decimal(value, money=False).scaleb(4)
    if basis_points != basis_points.to_integral_value():
        raise CellError(PERCENT_TOO_PRECISE)
    return _bounded(int(basis_points))


def parse_identifier(value: object) -> str:
    """A code (SKU, order number, barcode) as text: 573415.0 -> "573415".

    Rejects what Excel did to codes stored as numbers: scientific notation
    ("3.65275E+11"), numbers beyond 15 digits, and codes turned into dates.
    """
    if value is None:
        raise CellError(EMPTY)
    if isinstance(value, bool):
        raise CellError(NOT_A_CODE)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        return _identifier_from_number(value)
    if isinstance(value, datetime | date | time):
        raise CellError(EXCEL_DATE, value=_short_date(value))
    text = str(value)
    if not text.isascii():  # zero-width spaces pasted with a code are not part of it
        text = text.translate(_INVISIBLE)
    text = text.strip()
    if not text:
        raise CellError(EMPTY)
    if "E" in text and _EXCEL_SCIENTIFIC.fullmatch(text):
        raise CellError(SCIENTIFIC, value=text)
    return text


def _identifier_from_number(value: float | Decimal) -> str:
    if not math.isfinite(value):
        raise CellError(NOT_A_NUMBER)
    if abs(value) >= 10**_EXCEL_DIGITS:
        raise CellError(LONG_NUMBER)
    number = _decimal_from_float(value) if isinstance(value, float) else value
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f")


def _short_date(value: datetime | date | time) -> str:
    if isinstance(value, datetime) and value.time() == time():
        return value.date().isoformat()
    return value.isoformat()


def _to_decimal(value: object, *, money: bool) -> Decimal:
    """Any cell as an exact Decimal, or CellError."""
    if value is None:
        raise CellError(EMPTY)
    if isinstance(value, bool):
        raise CellError(NOT_A_NUMBER)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellError(NOT_A_NUMBER)
        return _decimal_from_float(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise CellError(NOT_A_NUMBER)
        return value
    if isinstance(value, str):
        return _decimal_from_text(value, money=money)
    raise CellError(NOT_A_NUMBER)


def _decimal_from_float(value: float) -> Decimal:
    # repr gives the shortest text that round-trips, never binary noise digits;
    # then keep Excel's 15 significant digits so 2.5500000000000003 is 2.55.
    exact = Decimal(repr(value))
    if len(exact.as_tuple().digits) > _EXCEL_DIGITS:
        exact = Decimal(format(value, f".{_EXCEL_DIGITS}g"))
    return exact


def _decimal_from_text(value: str, *, money: bool) -> Decimal:
    if _PLAIN_NUMBER.fullmatch(value):
        return Decimal(value)  # the common case in machine exports, 10x faster
    text = _normalize_text(value)
    if not text:
        raise CellError(EMPTY)
    negative, body = _split_sign(text, money=money)
    if _SCIENTIFIC_TEXT.fullmatch(body):
        raise CellError(SCIENTIFIC, value=value.strip())
    if not _NUMBER_BODY.fullmatch(body):
        raise CellError(NOT_A_NUMBER)
    try:
        number = Decimal(_canonical_number(body))
    except InvalidOperation:
        raise CellError(NOT_A_NUMBER) from None
    return -number if negative else number


def _normalize_text(value: str) -> str:
    # NFKC: full-width digits, ￥ -> ¥, NBSP and thin spaces -> plain spaces.
    text = unicodedata.normalize("NFKC", value).translate(_INVISIBLE)
    return text.replace("\u2212", "-").replace("\u2019", "'").strip()


def _split_sign(text: str, *, money: bool) -> tuple[bool, str]:
    """Peel currency markers, parentheses and +/- signs off both ends."""
    signs = 0
    while True:
        before = text
        if money:
            text = _TRAILING_CURRENCY.sub("", _LEADING_CURRENCY.sub("", text)).strip()
        if len(text) > 1 and text[0] == "(" and text[-1] == ")":
            text, signs = text[1:-1].strip(), signs + 1
        elif text and text[0] in "+-":
            signs += text[0] == "-"
            text = text[1:].strip()
        elif text[-1:] == "-":  # trailing minus, as some accounting systems write it
            text, signs = text[:-1].strip(), signs + 1
        if text == before:
            break
    if signs > 1:
        raise CellError(NOT_A_NUMBER)
    return signs == 1, text


def _canonical_number(body: str) -> str:
    """'1.234,56' -> '1234.56'; validates digit grouping."""
    decimal_mark = _decimal_mark(body)
    if decimal_mark is None:
        whole, fraction = body, ""
    else:
        whole, _, fraction = body.rpartition(decimal_mark)
    if fraction and not fraction.isdigit():
        raise CellError(NOT_A_NUMBER)
    return _ungroup(whole, decimal_mark) + "." + (fraction or "0")


def _decimal_mark(body: str) -> str | None:
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        mark = "." if body.rfind(".") > body.rfind(",") else ","
        if body.count(mark) > 1:
            raise CellError(NOT_A_NUMBER)
        return mark
    if commas == 1:
        whole, fraction = body.split(",")
        # "1,234" is a thousand; "12,50", "0,500" and "1 234,567" use a decimal comma.
        has_groups = any(mark in whole for mark in " '")
        if len(fraction) != 3 or whole in ("", "0") or has_groups:
            return ","
        return None
    if dots == 1:
        return "."
    return None


def _ungroup(whole: str, decimal_mark: str | None) -> str:
    """Remove thousands separators after checking they group digits properly."""
    if not whole:
        return "0"  # ".5"
    if whole.isdigit():
        return whole
    group_marks = " '" + ".,".replace(decimal_mark or "", "")
    unified = re.sub("[" + re.escape(group_marks) + "]", ",", whole)
    if _WESTERN_GROUPS.fullmatch(unified) or ("," in whole and _INDIAN_GROUPS.fullmatch(unified)):
        return unified.replace(",", "")
    raise CellError(NOT_A_NUMBER)


def _too_precise(exponent: int) -> CellError:
    if exponent == 0:
        return CellError(NO_PLACES)
    if exponent == 1:
        return CellError(ONE_PLACE)
    return CellError(TOO_PRECISE, places=exponent)


def _bounded(number: int) -> int:
    # Amounts are stored in SQLite INTEGER columns (64-bit).
    if abs(number) > _INT64_MAX:
        raise CellError(TOO_LARGE)
    return number
