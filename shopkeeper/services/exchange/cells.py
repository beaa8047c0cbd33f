"""Turning a mapped sheet row into typed values, one field at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal

from shopkeeper.errors import QT_TRANSLATE_NOOP

from .errors import CellError
from .fields import Field
from .parsing import (
    _to_decimal,
    parse_datetime,
    parse_identifier,
    parse_int,
    parse_money,
    parse_percent_bp,
)

NOT_A_CHOICE = QT_TRANSLATE_NOOP("CellError", "“{value}” is not one of: {choices}")
FIELD_PROBLEM = QT_TRANSLATE_NOOP("CellError", "{field}: {reason}")
IS_EMPTY = QT_TRANSLATE_NOOP("CellError", "{field} is empty")


# ParsedRow.values key of the platform columns no field maps ({header: text}), for formats
# that keep them (Format.keeps_columns).
KEPT = "_kept"


@dataclass(slots=True)
class ParsedRow:
    index: int  # position in Table.rows
    row_number: int  # line/row in the source file, for the reject report
    values: dict[str, object]  # field id -> typed value; empty cells are absent


@dataclass(frozen=True)
class ParseOptions:
    exponent: int = 2
    date_order: str | None = None
    time_zone: tzinfo | None = None  # the shop's; None keeps the offset a file gave


def is_empty(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def to_text(cell: object) -> str:
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ", timespec="seconds")
    # Excel and CSV disagree on line endings inside a cell; keep one form.
    return str(cell).replace("\r\n", "\n").replace("\r", "\n").strip()


def iso_datetime(value: datetime, time_zone: tzinfo | None = None) -> str:
    """Wall-clock ISO text. Shop times are the shop zone's wall time, so a time with an
    offset (Shopify's +0800, a "Z") is moved into ``time_zone`` and stored without one;
    without a zone the offset the platform gave is kept."""
    if time_zone is not None and value.tzinfo is not None:
        value = value.astimezone(time_zone).replace(tzinfo=None)
    return value.isoformat(timespec="seconds")


def parse_cell(field: Field, cell: object, options: ParseOptions) -> object:
    kind = field.type
    if kind == "money":
        return parse_money(cell, exponent=options.exponent)
    if kind == "int":
        return parse_int(cell)
    if kind == "grams":
        # Platforms write weights like 226.796185 or 283.4952313 g (converted from
        # ounces, any number of places); a whole gram is precise enough. Parsed
        # exactly as a decimal, then rounded half up.
        grams = _to_decimal(cell, money=False)
        return int(grams.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if kind == "identifier":
        return parse_identifier(cell)
    if kind == "percent":
        return parse_percent_bp(cell)
    if kind == "datetime":
        return iso_datetime(parse_datetime(cell, order=options.date_order), options.time_zone)
    if kind == "date":
        value = parse_datetime(cell, order=options.date_order)
        if isinstance(value, datetime):
            value = datetime.fromisoformat(iso_datetime(value, options.time_zone)).date()
        return value.isoformat()
    if kind == "choice":
        text = to_text(cell).casefold().replace(" ", "_").replace("-", "_")
        if text not in field.choices:
            raise CellError(NOT_A_CHOICE, value=to_text(cell), choices=", ".join(field.choices))
        return text
    return to_text(cell)


def today_iso() -> str:
    return date.today().isoformat()


def render_reason(error: CellError, translate=None) -> str:
    """A reject reason in the UI language; ``translate(context, text)`` is Qt's translate."""
    if translate is None:
        return error.reason
    values = {}
    for key, value in error.values.items():
        if isinstance(value, CellError):
            value = render_reason(value, translate)
        elif key == "field":
            value = translate("Field", value)
        elif isinstance(value, str):  # a marked fill-in (a date order's name) or data as is
            value = translate("CellError", value)
        values[key] = value
    return translate("CellError", error.template).format(**values)
