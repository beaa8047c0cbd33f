"""What a ticket may hold and how its state moves: the choices (kinds, statuses,
priorities, authors, satisfaction scales, reasons), the input checks with their
messages, and the clock columns that go with a change of state.

Split from ``tickets`` so that the ticket writes in ``tickets`` and ``tickets_links``
share these rules without importing each other; ``tickets`` re-exports the public names.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected
from shopkeeper.services import ticket_due
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
OPEN_STATES = ("new", "open")


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


def check_choice(field: str, value: str, choices) -> None:
    """Refuse ``value`` unless it is one of ``choices``, naming them all."""
    if value not in choices:
        raise TicketInputRejected(
            TicketInputRejected.BAD_CHOICE, value=value, field=field, choices=", ".join(choices)
        )


def check_score(score: int, scale: str) -> None:
    check_choice("satisfaction scale", scale, tuple(SCALES))
    low, high = SCALES[scale]
    if not isinstance(score, int) or isinstance(score, bool) or not low <= score <= high:
        raise TicketInputRejected(
            TicketInputRejected.BAD_SCORE, scale=scale.upper(), low=low, high=high, score=score
        )


def ticket_row(db: Database, ticket_id: int) -> dict:
    """The ticket's columns by name; a ticket gone (merged and undone …) is refused."""
    cursor = db.execute("SELECT * FROM tickets WHERE id = ?", [ticket_id])
    row = cursor.fetchone()
    if row is None:
        raise TicketInputRejected(TicketInputRejected.NOT_FOUND, id=ticket_id)
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


def status_values(rules, ticket: dict, status: str, at: dt.datetime) -> dict:
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
    elif status in OPEN_STATES:
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


def normalize_tags(text: str | list[str]) -> str:
    """ "vip, 尺码 ,VIP" → "vip, 尺码": trimmed, de-duplicated ignoring case, in order."""
    parts = text if isinstance(text, list) else text.replace("，", ",").split(",")
    seen, out = set(), []
    for tag in (p.strip() for p in parts):
        if tag and tag.lower() not in seen:
            seen.add(tag.lower())
            out.append(tag)
    return ", ".join(out)
