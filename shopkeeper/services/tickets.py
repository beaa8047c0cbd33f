"""Customer tickets: the thread, the state, the response clock, snooze, merge and links.

Every write returns a ``Change`` (services/changes.py) so the Inbox can undo it.

States: ``new`` (nobody answered yet), ``open``, ``waiting`` (on the customer: the
response clock is paused), ``resolved`` (the customer may still come back) and
``closed``. Snoozing is a time, not a state: a snoozed ticket keeps its state and
leaves the Open and Waiting folders until ``snoozed_until`` passes.

The choices, input checks and state moves are in ``ticket_states``, the links and
merge in ``tickets_links``; both are re-exported here.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from shopkeeper.services import ticket_due
from shopkeeper.services.changes import Change, Recorder, recording
from shopkeeper.services.ticket_states import (  # noqa: F401 - re-exported
    AUTHORS,
    KINDS,
    OPEN_STATES,
    PRIORITIES,
    REASONS,
    SCALES,
    STATUSES,
    TicketInputRejected,
    check_choice,
    check_score,
    normalize_tags,
    status_values,
    ticket_row,
)
from shopkeeper.services.tickets_links import link, link_numbers, merge  # noqa: F401 - re-exported


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
    check_choice("kind", kind, KINDS)
    check_choice("priority", priority, PRIORITIES)


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
    check_choice("author", author, AUTHORS)
    ticket = ticket_row(db, ticket_id)
    rules = ticket_due.rules(db)
    at = sent_at or rules.now()
    values: dict = {}
    if author == "customer":
        values["unread"] = 1
        if ticket["status"] not in OPEN_STATES:
            values.update(status_values(rules, ticket, "open", at))
        if not keep_snooze:
            values["snoozed_until"] = None
    elif author == "seller":
        values["unread"] = 0
        if not ticket["first_response_at"]:
            values["first_response_at"] = ticket_due.iso(at)
        target = then_status or "waiting"
        check_choice("status", target, STATUSES)
        values.update(status_values(rules, ticket, target, at))
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
    check_choice("status", status, STATUSES)
    rules = ticket_due.rules(db)
    moment = at or rules.now()
    edits = [(tid, status_values(rules, ticket_row(db, tid), status, moment)) for tid in ticket_ids]
    with recording(db, "Set ticket status") as rec:
        rec.update_many("tickets", [(tid, v) for tid, v in edits if v])
    return rec.change


_EDITABLE = {"kind": KINDS, "priority": PRIORITIES, "reason": ("", *REASONS)}


def update_tickets(db: Database, ticket_ids: list[int], **values) -> Change:
    """Set kind, priority, reason, tags, subject or unread on tickets; a new kind of an
    open ticket takes that kind's target from its creation."""
    for field, value in values.items():
        if field in _EDITABLE:
            check_choice(field, value, _EDITABLE[field])
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
        ticket = ticket_row(db, tid)
        if "kind" in values and ticket["status"] in OPEN_STATES and ticket["due_at"]:
            created = ticket_due.parse_time(ticket["created_at"], rules.zone)
            row["due_at"] = ticket_due.iso(rules.due(created, values["kind"]))
        edits.append((tid, row))
    with recording(db, "Edit tickets") as rec:
        rec.update_many("tickets", edits)
    return rec.change


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
    values = status_values(rules, ticket_row(db, ticket_id), "closed", rules.now())
    if score is not None:
        values.update(rating=score, rating_scale=scale)
    with recording(db, "Close ticket") as rec:
        if values:
            rec.update("tickets", ticket_id, values)
    return rec.change


def mark_read(db: Database, ticket_id: int, unread: bool = False) -> Change:
    with recording(db, "Mark read" if not unread else "Mark unread") as rec:
        rec.update("tickets", ticket_id, {"unread": int(unread)})
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
