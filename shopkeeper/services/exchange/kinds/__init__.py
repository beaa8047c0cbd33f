"""One module per import kind. Each turns parsed rows into statuses and a writer.

A handler module provides ``GROUP_REQUIRED`` (required fields it checks itself,
because they are required per group of rows rather than per row) and
``plan(db, rows, fmt) -> KindPlan``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module

from shopkeeper.services.exchange.errors import CellError

_MODULES = {
    "orders": "orders",
    "listings": "listings",
    "customers": "customers",
    "tickets": "tickets",
    "traffic": "daily",
    "ad-spend": "daily",
    "competitor-prices": "competitor_prices",
    "promotions": "promotions",
}


@dataclass
class KindPlan:
    statuses: dict[int, str] = field(default_factory=dict)  # row index -> new/changed/unchanged
    rejects: dict[int, CellError] = field(default_factory=dict)
    # (row index, field id or "", note): kept rows the dry run should mention
    notes: list[tuple[int, str, CellError]] = field(default_factory=list)
    apply: Callable | None = None


def handler(kind: str):
    module = import_module(f"{__name__}.{_MODULES[kind]}")
    return module.handler_for(kind) if hasattr(module, "handler_for") else module
