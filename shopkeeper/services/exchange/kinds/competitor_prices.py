"""Competitor prices: one observation per SKU, competitor and day."""

from __future__ import annotations

from ..cells import today_iso
from .keyed import KeyedSpec, present


def _to_record(values: dict) -> dict:
    # Without a time, an observation belongs to the day of the import, so the same
    # file imported twice on one day adds nothing.
    return {
        "sku": values["sku"],
        "competitor": values["competitor"],
        "observed_at": values.get("observed_at") or today_iso(),
        **present(values, {"price": "price", "url": "url"}),
    }


def handler_for(kind: str) -> KeyedSpec:
    return KeyedSpec("competitor_prices", ("sku", "competitor", "observed_at"), _to_record)
