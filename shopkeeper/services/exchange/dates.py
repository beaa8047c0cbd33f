"""Reading dates and times from spreadsheet cells without guessing the day/month order.

"01-12-10" is 1 December 2010 to a UK shop and 12 January 2010 to a US one.
``parse_datetime`` refuses to choose: when a value reads validly both ways and no
``order`` was given it raises ``CellError``. Importers first call
``possible_date_orders`` over the whole column and ask the user when more than
one order remains.

Orders: "dmy", "mdy", "ymd". Year-first values with a 4-digit year
(2023-11-11, 2023/11/11, 2023年11月11日) are never ambiguous and read the same
under any order. Two-digit years always come last (yy-mm-dd is not supported:
it cannot be told apart from dd-mm-yy and shop exports do not use it);
00-69 mean 20xx and 70-99 mean 19xx.

Accepted forms:
- datetime and date cells (calamine gives these for date-formatted cells);
- Excel serial numbers (1900 date system), e.g. 40513.35138888889;
- ISO 8601 with "T" or a space, optional seconds and fractions, optional
  "Z" or UTC offset (then the result is aware): 2010-12-01T08:26:00+08:00;
- numeric dates with "-", "/" or "." and an optional time, 24-hour or AM/PM:
  2010-12-01 08:26, 01-12-10 8:26, 12/1/2010 8:26 PM, 01.12.2010, 2023/11/11;
- offsets after a space: 2023-11-11 10:30:00 +0800 (Shopify);
- Chinese: 2023年11月11日 10:30, 2023年11月11日 下午3时30分;
- English month names: 1-Dec-10, 01 Dec 2010, Dec 1, 2010, Wed, 01 Dec 2010;
- compact 20231111.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

from shopkeeper.errors import QT_TRANSLATE_NOOP

from .errors import CellError

ORDERS = ("dmy", "mdy", "ymd")
ORDER_NAMES = {
    "dmy": QT_TRANSLATE_NOOP("CellError", "day/month/year"),
    "mdy": QT_TRANSLATE_NOOP("CellError", "month/day/year"),
    "ymd": QT_TRANSLATE_NOOP("CellError", "year/month/day"),
}

EMPTY = QT_TRANSLATE_NOOP("CellError", "empty")
NOT_A_DATE = QT_TRANSLATE_NOOP("CellError", "not a date")
INVALID_DATE = QT_TRANSLATE_NOOP("CellError", "not a valid date")
INVALID_TIME = QT_TRANSLATE_NOOP("CellError", "not a valid time of day")
AMBIGUOUS = QT_TRANSLATE_NOOP("CellError", "ambiguous day/month order")
WRONG_ORDER = QT_TRANSLATE_NOOP("CellError", "not a valid date in {order} order")
TIME_ONLY = QT_TRANSLATE_NOOP("CellError", "a time without a date")
FAKE_LEAP_DAY = QT_TRANSLATE_NOOP(
    "CellError", "Excel date 60 is 29 February 1900, a day that never existed"
)

# Excel's 1900 date system: serial 1 is 1900-01-01 and 2958465 is 9999-12-31.
# Excel also counts a 29 February 1900 (serial 60) that never existed, so serials
# after it are one day ahead of a plain count from 1899-12-31.
_SERIAL_MAX = 2958465
_BEFORE_FAKE_LEAP = datetime(1899, 12, 31)
_AFTER_FAKE_LEAP = datetime(1899, 12, 30)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

# One date pattern per layout; each leaves the time/zone tail for _TAIL.
_NUMERIC = re.compile(r"(?P<a>\d{1,4})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})(?!\d)")
_COMPACT = re.compile(r"(?P<y>(?:19|20|21)\d\d)(?P<m>\d\d)(?P<d>\d\d)(?!\d)")
_DAY_MONTH_NAME = re.compile(
    r"(?P<d>\d{1,2})[-\s/.]*(?P<mon>[a-z]{3,9})\.?[-\s/.,]*(?P<y>\d{4}|\d{2})(?!\d)", re.I
)
_MONTH_NAME_DAY = re.compile(
    r"(?P<mon>[a-z]{3,9})\.?[-\s/.]*(?P<d>\d{1,2})(?:st|nd|rd|th)?,?[-\s/.]*(?P<y>\d{4}|\d{2})(?!\d)",
    re.I,
)
_YEAR_MONTH_NAME = re.compile(
    r"(?P<y>\d{4})[-\s/.]*(?P<mon>[a-z]{3,9})\.?[-\s/.]*(?P<d>\d{1,2})(?!\d)", re.I
)
_TAIL = re.compile(
    r"""(?:(?:T|\s+|\s*,\s*)
        (?:(?P<ap1>[ap])\.?m\.?\s*)?
        (?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<F>\d{1,9}))?)?
        (?:\s*(?P<ap2>[ap])\.?m\.?)?
    )?
    \s*(?P<tz>z|(?:utc|gmt)?(?P<tzsign>[-+])(?P<tzh>\d{2}):?(?P<tzm>\d{2})?|utc|gmt)?\s*""",
    re.I | re.X,
)
_WEEKDAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
# Year-last numeric head, for the fast column scan in possible_date_orders.
_YEAR_LAST_HEAD = re.compile(r"\s*(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")


def parse_datetime(value: object, *, order: str | None = None) -> datetime:
    """A cell as a datetime; aware when the text carries a UTC offset.

    Accepts datetime/date cells, Excel serial numbers and date text in the
    forms listed in the module docstring. ``order`` ("dmy", "mdy" or "ymd")
    decides values like 01/12/2010; without it such values raise
    CellError("ambiguous day/month order").
    """
    if order is not None and order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}, not {order!r}")
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, time):
        raise CellError(TIME_ONLY)
    if isinstance(value, bool) or value is None:
        raise CellError(EMPTY if value is None else NOT_A_DATE)
    if isinstance(value, int | float | Decimal):
        return from_excel_serial(value)
    if isinstance(value, str):
        return _parse_text(value, order)
    raise CellError(NOT_A_DATE)


def from_excel_serial(value: float | int | Decimal) -> datetime:
    """An Excel 1900-system serial (days since 1899-12-31, fraction = time of day)."""
    number = float(value)
    if not math.isfinite(number) or not 1 <= number < _SERIAL_MAX + 1:
        raise CellError(NOT_A_DATE)
    days = math.floor(number)
    if days == 60:
        raise CellError(FAKE_LEAP_DAY)
    base = _BEFORE_FAKE_LEAP if days < 60 else _AFTER_FAKE_LEAP
    # Times are stored as fractions of a day; rounding to the millisecond
    # turns 0.35138888888888886 back into 08:26:00 instead of 08:25:59.999999.
    millis = round((number - days) * 86_400_000)
    return base + timedelta(days=days, milliseconds=millis)


def is_year_last(text: str) -> bool:
    """True for date text like 01/12/2010, whose reading depends on the day/month order."""
    return _YEAR_LAST_HEAD.match(text if text.isascii() else _normalize(text)) is not None


def possible_date_orders(values: Iterable[object]) -> set[str]:
    """The day/month orders under which every value in the column is a valid date.

    Only year-last text like "01/12/2010" depends on the order; other values
    (year-first text, datetimes, serial numbers), blanks and values that are no
    date in any order do not narrow the answer. When nothing depends on the
    order the answer is {"ymd"}. Several orders: ask the user. Empty set: the
    column mixes orders (say "13/01/2020" and "01/13/2020").
    """
    consistent = set(ORDERS)
    seen: dict[str, frozenset[str] | None] = {}
    for value in values:
        if not isinstance(value, str):
            continue
        match = _YEAR_LAST_HEAD.match(value if value.isascii() else _normalize(value))
        if match is None:
            continue
        head = match.group(0)
        if head not in seen:
            seen[head] = _orders_for_year_last(match)
        accepted = seen[head]
        if accepted:
            consistent &= accepted
    if "ymd" in consistent:
        return {"ymd"}
    return consistent


def _orders_for_year_last(match: re.Match[str]) -> frozenset[str] | None:
    first, second, year = int(match.group(1)), int(match.group(3)), _full_year(match.group(4))
    accepted = frozenset(
        order
        for order, (day, month) in (("dmy", (first, second)), ("mdy", (second, first)))
        if _is_valid_date(year, month, day)
    )
    return accepted or None


def _is_valid_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _normalize(text: str) -> str:
    # NFKC turns full-width digits and punctuation (２０２３／１１／１１) into ASCII.
    return unicodedata.normalize("NFKC", text)


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        return year + (2000 if year < 70 else 1900)
    return year


def _parse_text(value: str, order: str | None) -> datetime:
    text = value.strip()
    if not text:
        raise CellError(EMPTY)
    if not text.isascii():
        text = _from_chinese(_normalize(text)).strip()
    iso = _try_iso(text)
    if iso is not None:
        return iso
    weekday = _WEEKDAY.match(text)  # "Wed, 01 Dec 2010 08:26:00 +0000" (e-mail style)
    if weekday:
        text = text[weekday.end() :]
    day_part, rest = _parse_date_part(text, order)
    return _attach_time(day_part, rest)


def _try_iso(text: str) -> datetime | None:
    # Fast path for machine exports (Olist, Shopify, APIs): 2023-11-11[ T]10:30...
    if len(text) < 10 or text[4] != "-" or text[7] != "-":
        return None
    if not (text[:4].isdigit() and text[5:7].isdigit() and text[8:10].isdigit()):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _from_chinese(text: str) -> str:
    """2023年11月11日 下午3时30分 -> 2023-11-11 PM 3:30."""
    if not any(mark in text for mark in "年月日号時时点點分秒午"):
        return text
    text = text.replace("上午", " AM ").replace("下午", " PM ")
    text = re.sub(r"(\d)\s*[年月]\s*(?=\d)", r"\1-", text)
    text = re.sub(r"(\d)\s*[日号]", r"\1 ", text)
    text = re.sub(r"(\d)\s*[时時点點]\s*(?=\d)", r"\1:", text)
    text = re.sub(r"(\d)\s*分\s*(?=\d)", r"\1:", text)
    text = re.sub(r"(\d)\s*[时時点點分秒]", r"\1", text)
    text = re.sub(r"(AM|PM)\s+(\d)", r"\1 \2", text)
    return re.sub(r"\s+", " ", text)


def _parse_date_part(text: str, order: str | None) -> tuple[date, str]:
    """The calendar date at the start of ``text`` and the unparsed rest."""
    match = _NUMERIC.match(text)
    if match:
        return _numeric_date(match, order), text[match.end() :]
    match = _COMPACT.match(text)
    if match:
        return _checked_date(int(match["y"]), int(match["m"]), int(match["d"])), text[match.end() :]
    for pattern in (_YEAR_MONTH_NAME, _DAY_MONTH_NAME, _MONTH_NAME_DAY):
        match = pattern.match(text)
        if match and match["mon"].lower() in _MONTHS:
            month = _MONTHS[match["mon"].lower()]
            day_ = _checked_date(_full_year(match["y"]), month, int(match["d"]))
            return day_, text[match.end() :]
    raise CellError(NOT_A_DATE)


def _numeric_date(match: re.Match[str], order: str | None) -> date:
    a, b, c = match["a"], match["b"], match["c"]
    if len(a) == 4:
        if len(c) > 2:
            raise CellError(NOT_A_DATE)
        return _checked_date(int(a), int(b), int(c))
    if len(a) > 2 or len(c) not in (2, 4):
        raise CellError(NOT_A_DATE)
    year, first, second = _full_year(c), int(a), int(b)
    if order == "dmy":
        return _ordered_date(year, second, first, order)
    if order == "mdy":
        return _ordered_date(year, first, second, order)
    if order == "ymd":
        raise CellError(WRONG_ORDER, order=ORDER_NAMES[order])
    return _unordered_date(year, first, second)


def _ordered_date(year: int, month: int, day: int, order: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError(WRONG_ORDER, order=ORDER_NAMES[order]) from None


def _unordered_date(year: int, first: int, second: int) -> date:
    as_dmy = _is_valid_date(year, second, first)
    as_mdy = _is_valid_date(year, first, second)
    if as_dmy and as_mdy and first != second:
        raise CellError(AMBIGUOUS)
    if as_dmy:
        return date(year, second, first)
    if as_mdy:
        return date(year, first, second)
    raise CellError(INVALID_DATE)


def _checked_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError(INVALID_DATE) from None


def _attach_time(day: date, rest: str) -> datetime:
    match = _TAIL.fullmatch(rest)
    if match is None:
        raise CellError(NOT_A_DATE)
    hour, minute, second, micro = _clock(match)
    return datetime(day.year, day.month, day.day, hour, minute, second, micro, _zone(match))


def _clock(match: re.Match[str]) -> tuple[int, int, int, int]:
    if match["H"] is None:
        return 0, 0, 0, 0
    hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
    micro = int((match["F"] or "0")[:6].ljust(6, "0"))
    meridiem = (match["ap1"] or match["ap2"] or "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            raise CellError(INVALID_TIME)
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise CellError(INVALID_TIME)
    return hour, minute, second, micro


def _zone(match: re.Match[str]) -> timezone | None:
    if match["tz"] is None:
        return None
    if match["tzsign"] is None:
        return UTC
    hours, minutes = int(match["tzh"]), int(match["tzm"] or 0)
    if hours > 23 or minutes > 59:
        raise CellError(INVALID_TIME)
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(-offset if match["tzsign"] == "-" else offset)
