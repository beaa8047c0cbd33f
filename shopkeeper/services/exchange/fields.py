"""The canonical fields of every import kind: a public contract.

Importers, the mapping wizard, exporters and saved mapping presets all speak in
these field ids, so ids are never renamed or reordered; add new fields at the end.

``synonyms`` are header texts (English and Chinese, as real platforms and
spreadsheets write them) that map to a field. Within one kind a header text,
once normalized (see ``mapping.normalize_header``), belongs to one field only;
earlier synonyms of a field win when a sheet has several matching columns.

The tables themselves are in ``field_tables/`` (one module per kind, built from
``field_tables.common``); this module assembles them into ``KINDS`` and keeps the
names everyone imports: ``Field``, ``TYPES``, ``PROMOTION_KINDS``, ``fields()`` and
``field()``.
"""

from __future__ import annotations

from .field_tables.common import TYPES, Field  # noqa: F401 - re-exported
from .field_tables.competitor_prices import COMPETITOR_PRICES
from .field_tables.customers import CUSTOMERS
from .field_tables.daily import AD_SPEND, TRAFFIC
from .field_tables.listings import LISTINGS
from .field_tables.orders import ORDERS
from .field_tables.promotions import PROMOTION_KINDS, PROMOTIONS  # noqa: F401 - re-exported
from .field_tables.tickets import TICKETS

KINDS: dict[str, tuple[Field, ...]] = {
    "listings": LISTINGS,
    "orders": ORDERS,
    "customers": CUSTOMERS,
    "tickets": TICKETS,
    "traffic": TRAFFIC,
    "ad-spend": AD_SPEND,
    "competitor-prices": COMPETITOR_PRICES,
    "promotions": PROMOTIONS,
}


def fields(kind: str) -> tuple[Field, ...]:
    """The fields of ``kind``; ValueError for an unknown kind."""
    try:
        return KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown import kind {kind!r}") from None


def field(kind: str, field_id: str) -> Field:
    """One field of ``kind`` by id; KeyError if it has none."""
    for f in fields(kind):
        if f.id == field_id:
            return f
    raise KeyError(f"{kind} has no field {field_id!r}")
