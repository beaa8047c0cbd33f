"""Customers, matched by platform id, email or phone (in that order)."""

from __future__ import annotations

from datetime import datetime

from shopkeeper.errors import QT_TRANSLATE_NOOP

from ..errors import CellError
from .customer_match import CustomerMatcher
from .keyed import KeyedSpec, present

NO_IDENTITY = QT_TRANSLATE_NOOP(
    "CellError", "no customer id, name, email or phone: nothing to tell who this is"
)
_COLUMNS = {
    "customer": "platform_id",
    "name": "name",
    "email": "email",
    "phone": "phone",
    "address": "address",
    "tags": "tags",
}


def _to_record(values: dict) -> dict:
    if not any(values.get(f) for f in ("customer", "name", "email", "phone")):
        raise CellError(NO_IDENTITY)
    record = present(values, _COLUMNS)
    if "email" in record:
        record["email"] = record["email"].strip().lower()
    return record


def _find(db, record: dict):
    matcher = CustomerMatcher(db)
    keys = CustomerMatcher.keys(record.get("platform_id"), record.get("email"), record.get("phone"))
    if not keys:  # a name alone matches by name
        row = db.execute(
            "SELECT id FROM customers WHERE name = ? LIMIT 1", [record["name"]]
        ).fetchone()
        found = row[0] if row else None
    else:
        found = matcher.existing_id(keys)
    if found is None:
        return None
    columns = list(record)
    row = db.execute(f"SELECT {', '.join(columns)} FROM customers WHERE id = ?", [found]).fetchone()
    return found, dict(zip(columns, row, strict=True))


def _identities(record: dict) -> list[tuple[str, tuple]]:
    """Rows of one file sharing an id, an email or a phone are the same customer."""
    found = [
        (str(record[c]), (c, record[c])) for c in ("platform_id", "email", "phone") if record.get(c)
    ]
    return found or [(record["name"], ("name", record["name"]))]


def _now() -> dict:
    return {"created_at": datetime.now().isoformat(timespec="seconds")}


def handler_for(kind: str) -> KeyedSpec:
    return KeyedSpec(
        "customers",
        ("platform_id", "email", "phone", "name"),
        _to_record,
        find=_find,
        insert_extra=_now,
        identities=_identities,
    )
