"""Customer tickets: the thread, the state, the response clock, snooze, merge and links.

Every write returns a ``Change`` (services/changes.py) so the Inbox can undo it.

States: ``new`` (nobody answered yet), ``open``, ``waiting`` (on the customer: the
response clock is paused), ``resolved`` (the customer may still come back) and
``closed``. Snoozing is a time, not a state: a snoozed ticket keeps its state and
leaves the Open and Waiting folders until ``snoozed_until`` passes.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected
from shopkeeper.services import ticket_due
from shopkeeper.services.changes import Change, Recorder, recording
from shopkeeper.store.inbox_schema import TICKET_KINDS, TICKET_STATUSES

KINDS = TICKET_KINDS
STATUSES = TICKET_STATUSES
PRIORITIES = ("low", "normal", "high", "urgent")
AUTHORS = ("customer", "seller", "note")
SCALES = {"csat": (1, 5), "nps": (0, 10)}
# Return, refund and complaint reasons, counted per listing (reason_counts_by_sku).
REASONS = {
    "runs_small": QT_TRANSLATE_NOOP("TicketReason", "Runs small"),
    "runs_large": QT_TRANSLATE_NOOP("TicketReason", "Runs large"),
    "damaged": QT_TRANSLATE_NOOP("TicketReason", "Arrived damaged"),
    "defective": QT_TRANSLATE_NOOP("TicketReason", "Defective"),
    "not_as_described": QT_TRANSLATE_NOOP("TicketReason", "Not as described"),
    "color_differs": QT_TRANSLATE_NOOP("TicketReason", "Colour differs from photos"),
    "wrong_item": QT_TRANSLATE_NOOP("TicketReason", "Wrong item sent"),
    "missing_item": QT_TRANSLATE_NOOP("TicketReason", "Item missing"),
    "late_delivery": QT_TRANSLATE_NOOP("TicketReason", "Late delivery"),
    "poor_quality": QT_TRANSLATE_NOOP("TicketReason", "Poor quality"),
    "changed_mind": QT_TRANSLATE_NOOP("TicketReason", "Changed mind"),
    "other": QT_TRANSLATE_NOOP("TicketReason", "Other"),
}
_OPEN_STATES = ("new", "open")


class TicketInputRejected(InputRejected):
    EMPTY_MESSAGE = QT_TRANSLATE_NOOP(
        "UserError", "The message is empty. Write something before adding it."
    )
    BAD_CHOICE = QT_TRANSLATE_NOOP(
        "UserError", '"{value}" is not a ticket {field}. Choose one of: {choices}.'
    )
    BAD_SCORE = QT_TRANSLATE_NOOP(
        "UserError", "A {scale} score is a whole number from {low} to {high}, not {score}."
    )
    NOT_FOUND = QT_TRANSLATE_NOOP("UserError", "Ticket {id} does not exist (any more).")
    SAME_TICKET = QT_TRANSLATE_NOOP("UserError", "A ticket cannot be merged into itself.")
    EMPTY_SUBJECT = QT_TRANSLATE_NOOP("UserError", "A ticket needs a subject.")


def _check_choice(field: str, value: str, choices) -> None:
    if value not in choices:
        raise TicketInputRejected(
            TicketInputRejected.BAD_CHOICE, value=value, field=field, choices=", ".join(choices)
        )


def check_score(score: int, scale: str) -> None:
    _check_choice("satisfaction scale", scale, tuple(SCALES))
    low, high = SCALES[scale]
    if not isinstance(score, int) or isinstance(score, bool) or not low <= score <= high:
        raise TicketInputRejected(
            TicketInputRejected.BAD_SCORE, scale=scale.upper(), low=low, high=high, score=score
        )


def _ticket(db: Database, ticket_id: int) -> dict:
    cursor = db.execute("SELECT * FROM tickets WHERE id = ?", [ticket_id])
    row = cursor.fetchone()
    if row is None:
        raise TicketInputRejected(TicketInputRejected.NOT_FOUND, id=ticket_id)
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


def _status_values(rules, ticket: dict, status: str, at: dt.datetime) -> dict:
    """The clock columns that go with moving ``ticket`` to ``status`` at ``at``."""
    old = ticket["status"]
    values: dict = {"status": status}
    if status == old:
        return {}
    if status == "waiting":  # pause: keep the service time left
        left = None
        if ticket["due_at"]:
            left = rules.hours.between(at, ticket_due.parse_time(ticket["due_at"], rules.zone))
        values.update(due_at=None, sla_remaining=left if left is not None else None)
    elif status in _OPEN_STATES:
        if old == "waiting":  # resume where the clock stopped
            values["due_at"] = ticket_due.iso(
                rules.due(at, ticket["kind"], ticket["sla_remaining"])
            )
        elif old in ("resolved", "closed"):  # reopened: a fresh clock
            values["due_at"] = ticket_due.iso(rules.due(at, ticket["kind"]))
            values["resolved_at"] = None
        values["sla_remaining"] = None
    else:  # resolved or closed: no clock, no snooze
        values.update(
            due_at=None, sla_remaining=None, snoozed_until=None, resolved_at=ticket_due.iso(at)
        )
    return values


def create_ticket(
    db: Database,
    subject: str,
    *,
    body: str = "",
    kind: str = "other",
    priority: str = "normal",
    channel: str = "",
    customer_id: int | None = None,
    order_id: int | None = None,
    product_id: int | None = None,
    created_at: dt.datetime | None = None,
) -> tuple[int, Change]:
    """A new ticket (a customer's first message as ``body``), due by its kind's target."""
    _check_new_ticket(subject, kind, priority)
    rules = ticket_due.rules(db)
    at = created_at or rules.now()
    with recording(db, "New ticket") as rec:
        ticket_id = _insert_ticket(
            rec,
            {
                "subject": subject,
                "kind": kind,
                "priority": priority,
                "channel": channel,
                "customer_id": customer_id,
                "order_id": order_id,
                "product_id": product_id,
                "status": "new",
                "created_at": ticket_due.iso(at),
                "unread": 1,
                "due_at": ticket_due.iso(rules.due(at, kind)),
            },
            body,
            at,
        )
    return ticket_id, rec.change


def _check_new_ticket(subject: str, kind: str, priority: str) -> None:
    if not subject.strip():
        raise TicketInputRejected(TicketInputRejected.EMPTY_SUBJECT)
    _check_choice("kind", kind, KINDS)
    _check_choice("priority", priority, PRIORITIES)


def _insert_ticket(rec: Recorder, values: dict, body: str, at: dt.datetime) -> int:
    """The ticket row, and the customer's first message when there is one."""
    ticket_id = rec.insert("tickets", values)
    if body.strip():
        rec.insert(
            "ticket_messages",
            {
                "ticket_id": ticket_id,
                "author": "customer",
                "body": body,
                "sent_at": ticket_due.iso(at),
            },
        )
    return ticket_id


def add_message(
    db: Database,
    ticket_id: int,
    body: str,
    author: str = "seller",
    *,
    sent_at: dt.datetime | None = None,
    then_status: str | None = None,
    keep_snooze: bool = True,
) -> Change:
    """Add a message in (``customer``), out (``seller``) or an internal ``note``.

    A customer's message reopens a waiting or resolved ticket and resumes its clock;
    a snooze stays unless ``keep_snooze`` is False. A seller's reply records the first
    response and by default sets the ticket waiting on the customer."""
    if not body.strip():
        raise TicketInputRejected(TicketInputRejected.EMPTY_MESSAGE)
    _check_choice("author", author, AUTHORS)
    ticket = _ticket(db, ticket_id)
    rules = ticket_due.rules(db)
    at = sent_at or rules.now()
    values: dict = {}
    if author == "customer":
        values["unread"] = 1
        if ticket["status"] not in _OPEN_STATES:
            values.update(_status_values(rules, ticket, "open", at))
        if not keep_snooze:
            values["snoozed_until"] = None
    elif author == "seller":
        values["unread"] = 0
        if not ticket["first_response_at"]:
            values["first_response_at"] = ticket_due.iso(at)
        target = then_status or "waiting"
        _check_choice("status", target, STATUSES)
        values.update(_status_values(rules, ticket, target, at))
    text = {"customer": "Customer message", "seller": "Reply", "note": "Note"}[author]
    with recording(db, text) as rec:
        rec.insert(
            "ticket_messages",
            {"ticket_id": ticket_id, "author": author, "body": body, "sent_at": ticket_due.iso(at)},
        )
        if values:
            rec.update("tickets", ticket_id, values)
    return rec.change


def set_status(
    db: Database, ticket_ids: list[int], status: str, *, at: dt.datetime | None = None
) -> Change:
    """Move tickets to ``status``, pausing, resuming or stopping their clocks."""
    _check_choice("status", status, STATUSES)
    rules = ticket_due.rules(db)
    moment = at or rules.now()
    edits = [(tid, _status_values(rules, _ticket(db, tid), status, moment)) for tid in ticket_ids]
    with recording(db, "Set ticket status") as rec:
        rec.update_many("tickets", [(tid, v) for tid, v in edits if v])
    return rec.change


_EDITABLE = {"kind": KINDS, "priority": PRIORITIES, "reason": ("", *REASONS)}


def update_tickets(db: Database, ticket_ids: list[int], **values) -> Change:
    """Set kind, priority, reason, tags, subject or unread on tickets; a new kind of an
    open ticket takes that kind's target from its creation."""
    for field, value in values.items():
        if field in _EDITABLE:
            _check_choice(field, value, _EDITABLE[field])
        elif field == "tags":
            values["tags"] = normalize_tags(value)
        elif field == "subject":
            if not value.strip():
                raise TicketInputRejected(TicketInputRejected.EMPTY_SUBJECT)
        elif field != "unread":
            raise ValueError(f"not an editable ticket field: {field}")
    rules = ticket_due.rules(db)
    edits = []
    for tid in ticket_ids:
        row = dict(values)
        ticket = _ticket(db, tid)
        if "kind" in values and ticket["status"] in _OPEN_STATES and ticket["due_at"]:
            created = ticket_due.parse_time(ticket["created_at"], rules.zone)
            row["due_at"] = ticket_due.iso(rules.due(created, values["kind"]))
        edits.append((tid, row))
    with recording(db, "Edit tickets") as rec:
        rec.update_many("tickets", edits)
    return rec.change


def normalize_tags(text: str | list[str]) -> str:
    """ "vip, 尺码 ,VIP" → "vip, 尺码": trimmed, de-duplicated ignoring case, in order."""
    parts = text if isinstance(text, list) else text.replace("，", ",").split(",")
    seen, out = set(), []
    for tag in (p.strip() for p in parts):
        if tag and tag.lower() not in seen:
            seen.add(tag.lower())
            out.append(tag)
    return ", ".join(out)


def snooze(db: Database, ticket_ids: list[int], until: dt.datetime | None) -> Change:
    """Hide tickets until ``until`` (None wakes them now)."""
    value = ticket_due.iso(until) if until else None
    with recording(db, "Snooze tickets" if until else "Wake tickets") as rec:
        rec.update_many("tickets", [(tid, {"snoozed_until": value}) for tid in ticket_ids])
    return rec.change


def rate(db: Database, ticket_id: int, score: int, scale: str = "csat") -> Change:
    """The customer's satisfaction score, stored with its scale (CSAT 1–5 or NPS 0–10)."""
    check_score(score, scale)
    with recording(db, "Satisfaction score") as rec:
        rec.update("tickets", ticket_id, {"rating": score, "rating_scale": scale})
    return rec.change


def close(db: Database, ticket_id: int, *, score: int | None = None, scale: str = "csat") -> Change:
    """Close a ticket, with the satisfaction score when the customer gave one."""
    if score is not None:
        check_score(score, scale)
    rules = ticket_due.rules(db)
    values = _status_values(rules, _ticket(db, ticket_id), "closed", rules.now())
    if score is not None:
        values.update(rating=score, rating_scale=scale)
    with recording(db, "Close ticket") as rec:
        if values:
            rec.update("tickets", ticket_id, values)
    return rec.change


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
    ticket = _ticket(db, ticket_id)
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
    source, target = _ticket(db, source_id), _ticket(db, target_id)
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
    closing = _status_values(rules, source, "closed", rules.now())
    with recording(db, "Merge tickets") as rec:
        rec.update_many("ticket_messages", [(m, {"ticket_id": target_id}) for m in moved])
        if fills:
            rec.update("tickets", target_id, fills)
        rec.update("tickets", source_id, {**closing, "merged_into": target_id})
    return rec.change


def mark_read(db: Database, ticket_id: int, unread: bool = False) -> Change:
    with recording(db, "Mark read" if not unread else "Mark unread") as rec:
        rec.update("tickets", ticket_id, {"unread": int(unread)})
    return rec.change


def link_numbers(
    db: Database, ticket_id: int, *, order_no: str | None = None, sku: str | None = None
) -> Change:
    """Link by the order number or SKU a seller types; one the shop lacks is kept as
    pending and linked when that order or variant is imported."""
    ticket = _ticket(db, ticket_id)
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


def open_ticket(
    db: Database,
    subject: str,
    body: str = "",
    *,
    kind: str = "other",
    priority: str = "normal",
    channel: str = "",
    customer: str = "",
    order_no: str = "",
) -> tuple[int, Change]:
    """A ticket the seller opens by hand (a question that came by chat or phone): the
    customer is found by platform id, email or name, or added; an order number the shop
    lacks stays pending. One undo step."""
    _check_new_ticket(subject, kind, priority)
    rules = ticket_due.rules(db)
    at = rules.now()
    who = customer.strip()
    with recording(db, "New ticket") as rec:
        customer_id = None
        if who:
            found = db.execute(
                "SELECT id FROM customers WHERE platform_id = :w OR "
                "(email != '' AND lower(email) = lower(:w)) OR (phone != '' AND phone = :w) "
                "UNION ALL SELECT id FROM customers WHERE name = :w LIMIT 1",
                {"w": who},
            ).fetchone()
            customer_id = (
                found[0]
                if found
                else rec.insert(
                    "customers",
                    {
                        "name": "" if "@" in who else who,
                        "email": who if "@" in who else "",
                        "created_at": ticket_due.iso(at),
                    },
                )
            )
        values = {
            "subject": subject.strip(),
            "kind": kind,
            "priority": priority,
            "channel": channel.strip(),
            "customer_id": customer_id,
            "status": "new",
            "created_at": ticket_due.iso(at),
            "due_at": ticket_due.iso(rules.due(at, kind)),
        }
        if order_no.strip():
            order = db.execute(
                "SELECT id, customer_id FROM orders WHERE order_no = ? "
                "ORDER BY channel = ? DESC, id LIMIT 1",
                [order_no.strip(), channel.strip()],
            ).fetchone()
            if order:
                values["order_id"] = order[0]
                values["customer_id"] = customer_id or order[1]
            else:
                values["pending_order_no"] = order_no.strip()
        ticket_id = _insert_ticket(rec, values, body, at)
    return ticket_id, rec.change
