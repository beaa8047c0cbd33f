"""Cell parsers: every rule by example, then round-trip properties with Hypothesis."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from shopkeeper.errors import InputRejected
from shopkeeper.services.exchange.errors import AmbiguousDateOrder, CellError
from shopkeeper.services.exchange.parsing import (
    parse_datetime,
    parse_identifier,
    parse_int,
    parse_money,
    parse_percent_bp,
    possible_date_orders,
)

# --- money -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("12", 1200),
        ("12.5", 1250),
        ("12.50", 1250),
        ("12,50", 1250),  # decimal comma
        ("1.234,56", 123456),
        ("1,234.56", 123456),
        ("1,234", 123400),  # one comma + three digits: thousands
        ("1,234,567", 123456700),
        ("1.234.567", 123456700),
        ("1 234,56", 123456),
        ("1\u00a0234,56", 123456),  # NBSP as thousands separator
        ("1'234.50", 123450),  # Swiss
        ("1,23,456.00", 12345600),  # Indian lakh grouping
        ("0,500", 50),  # a leading 0 group cannot be thousands
        (".5", 50),
        ("12.", 1200),
        ("12.340", 1234),  # extra digits that are zeros are fine
        ("¥59.00", 5900),
        ("￥59.00", 5900),
        ("＄１２．５０", 1250),  # full-width
        ("$1,234.50", 123450),
        ("US$ 12", 1200),
        ("HK$12.00", 1200),
        ("R$ 12,50", 1250),
        ("CN¥12", 1200),
        ("€ 12,50", 1250),
        ("12,50 €", 1250),
        ("£3.99", 399),
        ("RMB 100", 10000),
        ("CNY100", 10000),
        ("100 USD", 10000),
        ("eur 5", 500),
        ("59元", 5900),
        ("-12.00", -1200),
        ("\u221212.00", -1200),  # Unicode minus sign
        ("(12.00)", -1200),
        ("($12.00)", -1200),
        ("-$12.00", -1200),
        ("$-12.00", -1200),
        ("12.00-", -1200),
        ("+5", 500),
        ("  7  ", 700),
    ],
)
def test_parse_money_text(text, minor):
    assert parse_money(text) == minor


@pytest.mark.parametrize(
    ("value", "minor"),
    [
        (12, 1200),
        (12.5, 1250),
        (6.95, 695),  # float(6.95) is 6.9500000000000002 in binary; repr is exact
        (0.1 + 0.2, 30),  # Excel shows 0.3: keep its 15 significant digits
        (2.5500000000000003, 255),
        (Decimal("3.10"), 310),
        (-4, -400),
    ],
)
def test_parse_money_numbers(value, minor):
    assert parse_money(value) == minor


@pytest.mark.parametrize(
    ("text", "exponent", "minor"),
    [("1,234", 0, 1234), ("1234", 0, 1234), ("1.234", 3, 1234), ("12.3", 1, 123)],
)
def test_parse_money_exponents(text, exponent, minor):
    assert parse_money(text, exponent=exponent) == minor


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        (None, "empty"),
        ("abc", "not a number"),
        ("12.345", "more than 2 decimal places"),
        (12.345, "more than 2 decimal places"),
        ("1,2,3", "not a number"),
        ("1,23,4", "not a number"),
        ("12.3.4,5", "not a number"),
        ("--12", "not a number"),
        ("-(12)", "not a number"),
        ("12 apples", "not a number"),
        ("$", "not a number"),
        (True, "not a number"),
        (float("nan"), "not a number"),
        (float("inf"), "not a number"),
        (datetime(2023, 1, 1), "not a number"),
        ("10**40", "not a number"),
    ],
)
def test_parse_money_rejects(value, reason):
    with pytest.raises(CellError) as caught:
        parse_money(value)
    assert caught.value.reason == reason


def test_parse_money_scientific_notation_names_the_problem():
    with pytest.raises(CellError, match="scientific notation \\(1.5E\\+3\\)"):
        parse_money("1.5E+3")


@pytest.mark.parametrize(
    ("text", "exponent", "reason"),
    [
        ("12.5", 0, "decimals are not allowed for this currency"),
        ("12.55", 1, "more than 1 decimal place"),
        ("1.2345", 3, "more than 3 decimal places"),
    ],
)
def test_parse_money_precision_reasons(text, exponent, reason):
    with pytest.raises(CellError) as caught:
        parse_money(text, exponent=exponent)
    assert caught.value.reason == reason


def test_parse_money_rejects_amounts_beyond_64_bits():
    with pytest.raises(CellError, match="too large"):
        parse_money("9" * 20)


def test_cell_error_is_a_value_error_with_a_reason():
    error = CellError("not a number")
    assert isinstance(error, ValueError)
    assert error.reason == str(error) == "not a number"


# --- integers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3", 3),
        (3, 3),
        (3.0, 3),
        ("1,200", 1200),
        ("1 200", 1200),
        ("-2", -2),
        ("3.00", 3),
        ("１２", 12),
        (Decimal("7"), 7),
    ],
)
def test_parse_int(value, expected):
    assert parse_int(value) == expected
    assert type(parse_int(value)) is int


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (2.5, "not a whole number"),
        ("2.5", "not a whole number"),
        ("", "empty"),
        (None, "empty"),
        ("three", "not a number"),
        ("$3", "not a number"),  # currency only makes sense for money
        (False, "not a number"),
    ],
)
def test_parse_int_rejects(value, reason):
    with pytest.raises(CellError) as caught:
        parse_int(value)
    assert caught.value.reason == reason


# --- identifiers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (573415.0, "573415"),
        (21166, "21166"),
        (" ab-1 ", "ab-1"),
        ("85123A", "85123A"),
        ("00123", "00123"),  # leading zeros in text survive
        (8801234567890, "8801234567890"),
        (12.5, "12.5"),
        ("2E45", "2E45"),  # a real code, not Excel's 2E+45
        ("\ufeffSKU-1\u200b", "SKU-1"),
        (Decimal("42"), "42"),
    ],
)
def test_parse_identifier(value, expected):
    assert parse_identifier(value) == expected


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("3.65275E+11", "scientific notation (3.65275E+11)"),
        ("1E+15", "scientific notation"),
        (1.23456789012345e17, "lost its last digits"),
        (datetime(2023, 3, 12), "turned this code into a date (2023-03-12)"),
        ("", "empty"),
        (None, "empty"),
        (True, "TRUE/FALSE"),
        (float("nan"), "not a number"),
    ],
)
def test_parse_identifier_rejects(value, fragment):
    with pytest.raises(CellError) as caught:
        parse_identifier(value)
    assert fragment in caught.value.reason


def test_scientific_reason_tells_the_user_what_to_do():
    with pytest.raises(CellError) as caught:
        parse_identifier("3.65275E+11")
    assert caught.value.reason == (
        "Excel turned this into scientific notation (3.65275E+11); the digits are lost "
        "\u2014 format the column as Text and export again"
    )


# --- percentages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "bp"),
    [
        ("12.5%", 1250),
        ("12,5 %", 1250),
        ("12.5", 1250),
        ("-3%", -300),
        ("0.01%", 1),
        ("100%", 10000),
        (0.125, 1250),  # Excel stores 12.5% as 0.125
        (1, 10000),
    ],
)
def test_parse_percent_bp(value, bp):
    assert parse_percent_bp(value) == bp


@pytest.mark.parametrize(
    ("value", "reason"),
    [("12.345%", "more precise than 0.01%"), ("%", "empty"), ("abc%", "not a number")],
)
def test_parse_percent_rejects(value, reason):
    with pytest.raises(CellError) as caught:
        parse_percent_bp(value)
    assert caught.value.reason == reason


# --- dates ------------------------------------------------------------------------------

CST = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("value", "order", "expected"),
    [
        (datetime(2010, 12, 1, 8, 26), None, datetime(2010, 12, 1, 8, 26)),
        (date(2010, 12, 1), None, datetime(2010, 12, 1)),
        (40513.35138888889, None, datetime(2010, 12, 1, 8, 26)),  # Excel serial
        (40513, None, datetime(2010, 12, 1)),
        (1, None, datetime(1900, 1, 1)),
        (59, None, datetime(1900, 2, 28)),
        (61, None, datetime(1900, 3, 1)),
        (2958465, None, datetime(9999, 12, 31)),
        ("2010-12-01 08:26:00", None, datetime(2010, 12, 1, 8, 26)),
        ("2010-12-01T08:26", None, datetime(2010, 12, 1, 8, 26)),
        ("2010-12-01T08:26:00.250", None, datetime(2010, 12, 1, 8, 26, 0, 250000)),
        ("2010-12-01T08:26:00Z", None, datetime(2010, 12, 1, 8, 26, tzinfo=UTC)),
        ("2023-11-11T10:30:00+08:00", None, datetime(2023, 11, 11, 10, 30, tzinfo=CST)),
        ("2023-11-11 10:30:00 +0800", None, datetime(2023, 11, 11, 10, 30, tzinfo=CST)),
        ("2023/11/11", None, datetime(2023, 11, 11)),
        ("2023/1/5 9:05", None, datetime(2023, 1, 5, 9, 5)),
        ("2023-1-5", "dmy", datetime(2023, 1, 5)),  # year-first ignores the order
        ("2023年11月11日 10:30", None, datetime(2023, 11, 11, 10, 30)),
        ("2023年11月11日10时30分", None, datetime(2023, 11, 11, 10, 30)),
        ("2023年11月11日 下午3:30", None, datetime(2023, 11, 11, 15, 30)),
        ("２０２３－１１－１１", None, datetime(2023, 11, 11)),
        ("20231111", None, datetime(2023, 11, 11)),
        ("01-12-10 8:26", "dmy", datetime(2010, 12, 1, 8, 26)),
        ("01-12-10 8:26", "mdy", datetime(2010, 1, 12, 8, 26)),
        ("12/1/2010 8:26", "mdy", datetime(2010, 12, 1, 8, 26)),
        ("12/1/2010 8:26", "dmy", datetime(2010, 1, 12, 8, 26)),
        ("01.12.2010", "dmy", datetime(2010, 12, 1)),
        ("13/1/2010", None, datetime(2010, 1, 13)),  # only day-first is valid
        ("1/13/2010", None, datetime(2010, 1, 13)),  # only month-first is valid
        ("5/5/2010", None, datetime(2010, 5, 5)),  # same date either way
        ("11/11/2023 10:30 PM", "mdy", datetime(2023, 11, 11, 22, 30)),
        ("11/11/2023 12:05 am", "mdy", datetime(2023, 11, 11, 0, 5)),
        ("01-12-69", "dmy", datetime(2069, 12, 1)),  # 00-69 -> 20xx
        ("01-12-70", "dmy", datetime(1970, 12, 1)),  # 70-99 -> 19xx
        ("1-Dec-10", None, datetime(2010, 12, 1)),
        ("01 Dec 2010 08:26", None, datetime(2010, 12, 1, 8, 26)),
        ("Dec 1, 2010", None, datetime(2010, 12, 1)),
        ("December 1st, 2010", None, datetime(2010, 12, 1)),
        ("Wed, 01 Dec 2010 08:26:00 +0000", None, datetime(2010, 12, 1, 8, 26, tzinfo=UTC)),
        ("  2010-12-01  ", None, datetime(2010, 12, 1)),
    ],
)
def test_parse_datetime(value, order, expected):
    assert parse_datetime(value, order=order) == expected


@pytest.mark.parametrize(
    ("value", "order", "reason"),
    [
        ("01-12-10 8:26", None, "ambiguous day/month order"),
        ("12/1/2010", None, "ambiguous day/month order"),
        ("13/1/2010", "mdy", "not a valid date in month/day/year order"),
        ("1/13/2010", "dmy", "not a valid date in day/month/year order"),
        ("01/12/2010", "ymd", "not a valid date in year/month/day order"),
        ("2023-02-30", None, "not a valid date"),
        ("32/13/2010", None, "not a valid date"),
        ("2010-12-01 25:00", None, "not a valid time of day"),
        ("12/01/2010 13:00 PM", "dmy", "not a valid time of day"),
        ("yesterday", None, "not a date"),
        ("2023", None, "not a date"),
        ("01/12/2010 and more", "dmy", "not a date"),
        ("", None, "empty"),
        (None, None, "empty"),
        (True, None, "not a date"),
        (0, None, "not a date"),
        (2958466, None, "not a date"),
        (60, None, "Excel date 60 is 29 February 1900, a day that never existed"),
        (time(8, 26), None, "a time without a date"),
    ],
)
def test_parse_datetime_rejects(value, order, reason):
    with pytest.raises(CellError) as caught:
        parse_datetime(value, order=order)
    assert caught.value.reason == reason


def test_parse_datetime_refuses_unknown_order_codes():
    with pytest.raises(ValueError, match="order must be one of"):
        parse_datetime("01/12/2010", order="dm")


@pytest.mark.parametrize(
    ("values", "orders"),
    [
        (["01-12-10 8:26", "02-12-10 9:00"], {"dmy", "mdy"}),
        (["01-12-10 8:26", "13-12-10 9:00"], {"dmy"}),
        (["12/1/2010", "12/13/2010"], {"mdy"}),
        (["13/01/2020", "01/13/2020"], set()),  # the column mixes both orders
        (["2023-11-11", "2023-11-12 10:00"], {"ymd"}),
        ([datetime(2023, 1, 1), 45000, None, ""], {"ymd"}),  # nothing depends on order
        ([], {"ymd"}),
        (["01/12/2010", "not a date", None, "31/31/2010"], {"dmy", "mdy"}),  # junk ignored
        (["01/12/2010", "2023-11-11"], {"dmy", "mdy"}),
        (["５/１３/２０１０"], {"mdy"}),
    ],
)
def test_possible_date_orders(values, orders):
    assert possible_date_orders(values) == orders


def test_possible_date_orders_reads_a_generator_once():
    values = (f"{day:02d}/12/2010" for day in range(1, 29))
    assert possible_date_orders(values) == {"dmy"}


def test_ambiguous_date_order_error_offers_the_choices():
    error = AmbiguousDateOrder(orders={"mdy", "dmy"}, example="01-12-10 8:26", column="InvoiceDate")
    assert isinstance(error, InputRejected)
    assert error.orders == ("dmy", "mdy")
    assert error.example == "01-12-10 8:26"
    assert "day/month/year or month/day/year" in error.message
    assert "01-12-10 8:26" in error.message and "InvoiceDate" in error.message


# --- properties ---------------------------------------------------------------------------


def _grouped(digits: str, mark: str) -> str:
    groups = []
    while len(digits) > 3:
        digits, tail = digits[:-3], digits[-3:]
        groups.insert(0, tail)
    return mark.join([digits, *groups])


# (thousands mark, decimal mark, exponents the style is unambiguous for)
_NUMBER_STYLES = [
    ("", ".", (0, 1, 2, 3)),
    (",", ".", (0, 1, 2, 3)),
    (" ", ",", (0, 1, 2)),
    (".", ",", (1, 2)),  # "1.234" with no decimals would read as 1.234
    ("\u00a0", ",", (0, 1, 2)),
    ("'", ".", (0, 1, 2, 3)),
    ("", ",", (1, 2)),  # "1,234" with no grouping would read as thousands
]
_SYMBOLS = ["", "¥", "￥", "$", "US$", "€", "£", "R$", "HK$", "CN¥"]
_CODES = ["", " CNY", " USD", " EUR", "元"]


def _format_money(minor, exponent, style, symbol, code, negative_style):
    thousands, decimal_mark, _ = style
    whole, fraction = divmod(abs(minor), 10**exponent)
    text = _grouped(str(whole), thousands) if thousands else str(whole)
    if exponent:
        text += decimal_mark + str(fraction).rjust(exponent, "0")
    text = symbol + text + code
    if minor < 0:
        text = {"minus": "-" + text, "parens": f"({text})", "trailing": text + "-"}[negative_style]
    return text


@given(
    minor=st.integers(min_value=-(10**13), max_value=10**13),
    style=st.sampled_from(_NUMBER_STYLES),
    exponent=st.sampled_from([0, 1, 2, 3]),
    symbol=st.sampled_from(_SYMBOLS),
    code=st.sampled_from(_CODES),
    negative_style=st.sampled_from(["minus", "parens", "trailing"]),
)
@example(
    minor=123456, style=_NUMBER_STYLES[3], exponent=2, symbol="€", code="", negative_style="minus"
)
def test_money_round_trip(minor, style, exponent, symbol, code, negative_style):
    assume(exponent in style[2])
    text = _format_money(minor, exponent, style, symbol, code, negative_style)
    parsed = parse_money(text, exponent=exponent)
    assert parsed == minor
    assert type(parsed) is int


@given(st.one_of(st.text(max_size=20), st.floats(), st.integers(), st.decimals()))
def test_parse_money_never_returns_a_float(value):
    try:
        result = parse_money(value)
    except CellError:
        return
    assert type(result) is int


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda v: round(v, 2)))
def test_money_from_two_decimal_floats_is_exact(value):
    assert parse_money(value) == int(Decimal(repr(value)) * 100)


def _format_date(moment: datetime, order: str, variant: int) -> str:
    day, month, year = moment.day, moment.month, moment.year
    clock = f"{moment.hour}:{moment.minute:02d}"
    if order == "ymd":
        return [
            f"{year}-{month:02d}-{day:02d} {moment.hour:02d}:{moment.minute:02d}:00",
            f"{year}/{month}/{day} {clock}",
            f"{year}年{month}月{day}日 {clock}",
        ][variant]
    first, second = (day, month) if order == "dmy" else (month, day)
    return [
        f"{first:02d}/{second:02d}/{year} {clock}",
        f"{first}.{second}.{year} {clock}",
        f"{first:02d}-{second:02d}-{year % 100:02d} {clock}",
    ][variant]


_MOMENTS = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2069, 12, 31)).map(
    lambda moment: moment.replace(second=0, microsecond=0)
)


@given(moment=_MOMENTS, order=st.sampled_from(["dmy", "mdy", "ymd"]), variant=st.integers(0, 2))
def test_dates_round_trip_with_their_order(moment, order, variant):
    text = _format_date(moment, order, variant)
    assert parse_datetime(text, order=order) == moment


@given(
    moments=st.lists(_MOMENTS, min_size=1, max_size=20),
    order=st.sampled_from(["dmy", "mdy", "ymd"]),
    variant=st.integers(0, 2),
)
def test_possible_date_orders_contains_the_true_order(moments, order, variant):
    texts = [_format_date(moment, order, variant) for moment in moments]
    orders = possible_date_orders(texts)
    assert order in orders
    for text in texts:  # and every remaining order reads every value
        for candidate in orders:
            parse_datetime(text, order=candidate)


@given(st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)))
def test_excel_serials_round_trip(moment):
    moment = moment.replace(microsecond=moment.microsecond // 1000 * 1000)
    delta = moment - datetime(1899, 12, 30)
    serial = delta.days + delta.seconds / 86400 + delta.microseconds / 86_400_000_000
    assert abs(parse_datetime(serial) - moment) <= timedelta(milliseconds=1)
