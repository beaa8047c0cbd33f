"""Customer tickets: the first message comes from the body column.

A ticket is found again by its subject and creation time (or subject alone when
the file has no times), so re-importing a file adds nothing.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP

from ..errors import CellError
from .customer_match import CustomerMatcher
from .keyed import KeyedSpec, present

NO_SUBJECT = QT_TRANSLATE_NOOP("CellError", "no subject and no message")
_COLUMNS = {
    "subject": "subject",
    "kind": "kind",
    "status": "status",
    "priority": "priority",
    "channel": "channel",
    "rating": "rating",
    "created_at": "created_at",
}


def _to_record(values: dict) -> dict:
    values = dict(values)
    if not values.get("subject"):
        # Reviews often have a message but no title: the message's start stands in.
        body = (values.get("body") or "").strip()
        if not body:
            raise CellError(NO_SUBJECT)
        first_line = body.splitlines()[0]
        values["subject"] = first_line if len(first_line) <= 60 else first_line[:59] + "…"
    if "rating" in values and "kind" not in values:
        values["kind"] = "review"
    record = present(values, _COLUMNS)
    if "rating" in record:
        record["rating"] = min(5, max(1, record["rating"]))
    return record


def _find(db: Database, record: dict):
    columns = list(record)
    sql = f"SELECT id, {', '.join(columns)} FROM tickets WHERE subject = ?"
    args = [record["subject"]]
    if "created_at" in record:
        sql += " AND created_at = ?"
        args.append(record["created_at"])
    row = db.execute(sql + " ORDER BY id LIMIT 1", args).fetchone()
    return (row[0], dict(zip(columns, row[1:], strict=True))) if row else None


def _now() -> dict:
    return {"created_at": datetime.now().isoformat(timespec="seconds")}


def _link(db: Database, ticket_id: int, record: dict, values: dict) -> None:
    """Attach the first message and the customer, order and variant the row names."""
    created = db.execute("SELECT created_at FROM tickets WHERE id = ?", [ticket_id]).fetchone()[0]
    if values.get("body"):
        db.execute(
            "INSERT INTO ticket_messages(ticket_id, author, body, sent_at) "
            "VALUES (?, 'customer', ?, ?)",
            [ticket_id, values["body"], created],
        )
    keys = CustomerMatcher.keys(values.get("customer"), values.get("email"), None)
    customer_id = CustomerMatcher(db).ensure(
        keys,
        name=values.get("customer", ""),
        email=values.get("email", ""),
        platform_id=values.get("customer") or None,
    )
    order = (
        db.execute(
            "SELECT id FROM orders WHERE order_no = ? LIMIT 1", [values.get("order_no")]
        ).fetchone()
        if values.get("order_no")
        else None
    )
    variant = (
        db.execute("SELECT id FROM variants WHERE sku = ?", [values.get("sku")]).fetchone()
        if values.get("sku")
        else None
    )
    db.execute(
        "UPDATE tickets SET customer_id = ?, order_id = ?, variant_id = ? WHERE id = ?",
        [customer_id, order[0] if order else None, variant[0] if variant else None, ticket_id],
    )


def handler_for(kind: str) -> KeyedSpec:
    spec = KeyedSpec(
        "tickets",
        ("subject", "created_at"),
        _to_record,
        after_insert=_link,
        find=_find,
        insert_extra=_now,
    )
    spec.GROUP_REQUIRED = frozenset({"subject"})
    return spec
