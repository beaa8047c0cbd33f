"""Promotions, found again by name and start time."""

from __future__ import annotations

from shopkeeper.errors import QT_TRANSLATE_NOOP

from ..errors import CellError
from ..parsing import parse_money, parse_percent_bp
from .keyed import KeyedSpec, present

ENDS_BEFORE_START = QT_TRANSLATE_NOOP("CellError", "ends before it starts")
BAD_VALUE = QT_TRANSLATE_NOOP("CellError", "Value: {reason}")


def _record_maker(exponent: int):
    def to_record(values: dict) -> dict:
        if values["ends_at"] < values["starts_at"]:
            raise CellError(ENDS_BEFORE_START)
        record = present(
            values,
            {
                "name": "name",
                "kind": "kind",
                "starts_at": "starts_at",
                "ends_at": "ends_at",
                "channel": "channel",
                "threshold": "threshold",
                "budget": "budget",
                "notes": "notes",
            },
        )
        if "value" in values:
            # The value is a percentage for percent_off, an amount of money otherwise.
            try:
                record["value"] = (
                    parse_percent_bp(values["value"])
                    if values["kind"] == "percent_off"
                    else parse_money(values["value"], exponent=exponent)
                )
            except CellError as exc:
                raise CellError(BAD_VALUE, reason=exc) from exc
        return record

    return to_record


class _Promotions:
    GROUP_REQUIRED: set[str] = set()

    def plan(self, db, rows, fmt, options=None):
        exponent = options.exponent if options else 2
        spec = KeyedSpec("promotions", ("name", "starts_at"), _record_maker(exponent))
        return spec.plan(db, rows, fmt, options)


def handler_for(kind: str) -> _Promotions:
    return _Promotions()
