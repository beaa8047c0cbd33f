"""Traffic and ad spend: one row per day and channel."""

from __future__ import annotations

from .keyed import KeyedSpec, present

_COLUMNS = {
    "traffic": ("traffic_daily", {"visitors": "visitors", "page_views": "page_views"}),
    "ad-spend": (
        "ad_spend",
        {
            "spend": "spend",
            "impressions": "impressions",
            "clicks": "clicks",
            "orders": "orders",
            "revenue": "revenue",
        },
    ),
}


def handler_for(kind: str):
    table, measures = _COLUMNS[kind]

    def to_record(values: dict) -> dict:
        return {
            "day": values["date"],
            "channel": values.get("channel", ""),
            **present(values, measures),
        }

    return KeyedSpec(table, ("day", "channel"), to_record)
