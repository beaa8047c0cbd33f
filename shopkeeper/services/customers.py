"""Customers as the Inbox sees them: who they are, their history, and merging duplicates."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected
from shopkeeper.services.changes import Change, recording


class CustomerMergeRejected(InputRejected):
    SAME = QT_TRANSLATE_NOOP("UserError", "A customer cannot be merged into themselves.")
    MISSING = QT_TRANSLATE_NOOP("UserError", "Customer {id} does not exist (any more).")


@dataclass(frozen=True)
class Customer:
    id: int
    platform_id: str | None
    name: str
    email: str
    phone: str
    country: str
    tags: str

    @property
    def shown(self) -> str:
        return self.name or self.platform_id or self.email or self.phone or f"#{self.id}"


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a customer's history: a ticket or an order, newest first."""

    kind: str  # "ticket" or "order"
    id: int
    at: str
    title: str  # the ticket's subject, the order's number
    status: str
    amount: int | None  # an order's total, minor units


def get(db: Database, customer_id: int) -> Customer | None:
    row = db.execute(
        "SELECT id, platform_id, name, email, phone, country, tags FROM customers WHERE id = ?",
        [customer_id],
    ).fetchone()
    return Customer(*row) if row else None


def history(db: Database, customer_id: int, limit: int = 200) -> list[HistoryEntry]:
    """Every ticket and order of a customer, newest first."""
    rows = db.execute(
        """SELECT 'ticket', id, created_at, subject, status, NULL FROM tickets
           WHERE customer_id = :c AND merged_into IS NULL
           UNION ALL
           SELECT 'order', id, placed_at, order_no, status, total FROM orders
           WHERE customer_id = :c
           ORDER BY 3 DESC LIMIT :limit""",
        {"c": customer_id, "limit": limit},
    )
    return [HistoryEntry(*r) for r in rows]


def find_duplicates(db: Database, customer_id: int) -> list[Customer]:
    """Other customers who share this one's email or phone (likely the same person)."""
    me = get(db, customer_id)
    if me is None:
        return []
    # Email and phone are indexed; a shared name alone says little (two 王芳 are two people).
    rows = db.execute(
        """SELECT id, platform_id, name, email, phone, country, tags FROM customers
           WHERE id != :id AND :email != '' AND lower(email) = lower(:email) AND email != ''
           UNION
           SELECT id, platform_id, name, email, phone, country, tags FROM customers
           WHERE id != :id AND :phone != '' AND phone = :phone AND phone != ''
           ORDER BY id LIMIT 50""",
        {"id": me.id, "email": me.email, "phone": me.phone},
    )
    return [Customer(*r) for r in rows]


def _references(db: Database) -> list[tuple[str, str]]:
    """Every (table, column) that points at a customer, whoever added it."""
    found = []
    for table in db.table_names():
        for fk in db.execute(f"PRAGMA foreign_key_list([{table}])"):
            if fk[2] == "customers":
                found.append((table, fk[3]))
    return found


def merge(db: Database, duplicate_id: int, keep_id: int) -> Change:
    """Move the duplicate's orders and tickets to ``keep``, fill ``keep``'s empty
    details from the duplicate, and delete the duplicate. One undo step."""
    if duplicate_id == keep_id:
        raise CustomerMergeRejected(CustomerMergeRejected.SAME)
    dup, keep = get(db, duplicate_id), get(db, keep_id)
    for wanted, found in ((duplicate_id, dup), (keep_id, keep)):
        if found is None:
            raise CustomerMergeRejected(CustomerMergeRejected.MISSING, id=wanted)
    fills = {
        f: getattr(dup, f)
        for f in ("name", "email", "phone", "country")
        if not getattr(keep, f) and getattr(dup, f)
    }
    if dup.tags and dup.tags not in keep.tags:
        fills["tags"] = ", ".join(filter(None, (keep.tags, dup.tags)))
    with recording(db, "Merge customers") as rec:
        for table, column in _references(db):
            ids = [
                r[0]
                for r in db.execute(
                    f"SELECT rowid FROM [{table}] WHERE [{column}] = ?", [duplicate_id]
                )
            ]
            rec.update_many(table, [(i, {column: keep_id}) for i in ids])
        rec.delete("customers", duplicate_id)
        if dup.platform_id and not keep.platform_id:
            fills["platform_id"] = dup.platform_id  # unique: set once the duplicate is gone
        if fills:
            rec.update("customers", keep_id, fills)
    return rec.change
