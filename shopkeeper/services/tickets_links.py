"""Tying a ticket to the rest of the shop: its customer, order, listing and variant,
by id or by the order number or SKU a seller types (kept pending until imported),
and merging a duplicate ticket's thread into another.

Split from ``tickets``, which re-exports ``link``, ``link_numbers`` and ``merge``.
"""

from __future__ import annotations

from sqlite_utils import Database

from shopkeeper.services import ticket_due
from shopkeeper.services.changes import Change, recording
from shopkeeper.services.ticket_states import (
    TicketInputRejected,
    normalize_tags,
    status_values,
    ticket_row,
)


def link(
    db: Database,
    ticket_id: int,
    *,
    customer_id: int | None = ...,  # type: ignore[assignment]
    order_id: int | None = ...,
    product_id: int | None = ...,  # type: ignore[assignment]
    variant_id: int | None = ...,
) -> Change:  # type: ignore[assignment]
    """Link (or, with None, unlink) a ticket's customer, order, listing or variant.
    An order brings its customer along when the ticket has none."""
    values = {
        k: v
        for k, v in (
            ("customer_id", customer_id),
            ("order_id", order_id),
            ("product_id", product_id),
            ("variant_id", variant_id),
        )
        if v is not ...
    }
    ticket = ticket_row(db, ticket_id)
    if values.get("order_id") and not ticket["customer_id"] and "customer_id" not in values:
        owner = db.execute(
            "SELECT customer_id FROM orders WHERE id = ?", [values["order_id"]]
        ).fetchone()
        if owner and owner[0]:
            values["customer_id"] = owner[0]
    if values.get("variant_id") and "product_id" not in values:
        product = db.execute(
            "SELECT product_id FROM variants WHERE id = ?", [values["variant_id"]]
        ).fetchone()
        values["product_id"] = product[0] if product else None
    if "order_id" in values:
        values["pending_order_no"] = None
    if "variant_id" in values:
        values["pending_sku"] = None
    with recording(db, "Link ticket") as rec:
        rec.update("tickets", ticket_id, values)
    return rec.change


def merge(db: Database, source_id: int, target_id: int) -> Change:
    """Move ``source``'s thread into ``target`` and close ``source`` as merged.

    The target keeps its own links and takes the source's where it has none; tags join."""
    if source_id == target_id:
        raise TicketInputRejected(TicketInputRejected.SAME_TICKET)
    source, target = ticket_row(db, source_id), ticket_row(db, target_id)
    rules = ticket_due.rules(db)
    moved = [
        r[0] for r in db.execute("SELECT id FROM ticket_messages WHERE ticket_id = ?", [source_id])
    ]
    fills = {
        c: source[c]
        for c in (
            "customer_id",
            "order_id",
            "product_id",
            "variant_id",
            "pending_order_no",
            "pending_sku",
            "ticket_no",
        )
        if target[c] is None and source[c] is not None
    }
    if "ticket_no" in fills:
        fills.pop("ticket_no")  # unique per channel: it stays with the merged ticket
    tags = normalize_tags(f"{target['tags']},{source['tags']}")
    if tags != target["tags"]:
        fills["tags"] = tags
    if source["unread"]:
        fills["unread"] = 1
    if source["created_at"] < target["created_at"]:
        fills["created_at"] = source["created_at"]
    closing = status_values(rules, source, "closed", rules.now())
    with recording(db, "Merge tickets") as rec:
        rec.update_many("ticket_messages", [(m, {"ticket_id": target_id}) for m in moved])
        if fills:
            rec.update("tickets", target_id, fills)
        rec.update("tickets", source_id, {**closing, "merged_into": target_id})
    return rec.change


def link_numbers(
    db: Database, ticket_id: int, *, order_no: str | None = None, sku: str | None = None
) -> Change:
    """Link by the order number or SKU a seller types; one the shop lacks is kept as
    pending and linked when that order or variant is imported."""
    ticket = ticket_row(db, ticket_id)
    values: dict = {}
    if order_no:
        order = db.execute(
            "SELECT id, customer_id FROM orders WHERE order_no = ? "
            "ORDER BY channel = ? DESC, id LIMIT 1",
            [order_no, ticket["channel"]],
        ).fetchone()
        if order:
            values.update(order_id=order[0], pending_order_no=None)
            if not ticket["customer_id"] and order[1]:
                values["customer_id"] = order[1]
        else:
            values.update(order_id=None, pending_order_no=order_no)
    if sku:
        variant = db.execute("SELECT id, product_id FROM variants WHERE sku = ?", [sku]).fetchone()
        if variant:
            values.update(variant_id=variant[0], product_id=variant[1], pending_sku=None)
        else:
            values.update(variant_id=None, pending_sku=sku)
    with recording(db, "Link ticket") as rec:
        if values:
            rec.update("tickets", ticket_id, values)
    return rec.change
