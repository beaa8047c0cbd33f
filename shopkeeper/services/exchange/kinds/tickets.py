"""Customer tickets and their messages, from review exports, chat exports and help desks.

Rows become tickets like this:

- Rows sharing a ``ticket_no`` (the platform's ticket, review, case or conversation
  number, unique per channel) are one ticket; each row with a different message
  text adds a message to its thread, so a row-per-message chat export imports as
  threads. A ticket with a number is found again by (channel, number).
- Rows without a number are one ticket per customer, creation time and subject,
  and are found again by those three together.
- A review with only a score and no text is a valid ticket.
- An order number or SKU the shop does not have yet is kept on the ticket and
  linked when the order or variant arrives; the dry run counts them.

Text is compared ignoring surrounding spaces, because spreadsheet readers trim
them: a subject stored as "Late " is unchanged by a file that says "Late".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services import ticket_due
from shopkeeper.services.tickets import REASONS, SCALES

from ..cells import ParsedRow
from ..errors import CellError
from . import KindPlan
from .customer_match import CustomerMatcher
from .ticket_age import QuietRule

GROUP_REQUIRED = frozenset({"subject"})

EMPTY_ROW = QT_TRANSLATE_NOOP("CellError", "no subject, message, score or ticket number")
BAD_SCORE = QT_TRANSLATE_NOOP(
    "CellError", "score {score} is not on the {scale} scale ({low}–{high})"
)
PENDING_ORDER = QT_TRANSLATE_NOOP(
    "CellError", "order {order_no} is not in the shop yet; the ticket is linked when it arrives"
)
PENDING_SKU = QT_TRANSLATE_NOOP(
    "CellError", "SKU {sku} is not in the shop yet; the ticket is linked when it arrives"
)
UNKNOWN_REASON = QT_TRANSLATE_NOOP(
    "CellError", "reason “{value}” is not one of: {choices}; imported as other"
)
NO_CUSTOMER_MATCHES = QT_TRANSLATE_NOOP(
    "CellError",
    "none of the {count} customers in this file is in the shop; they will be added as new "
    "customers. If your orders name customers differently (a buyer name instead of an "
    "email, say), map the Customer column to that column instead",
)

_TICKET_FIELDS = (
    "subject",
    "kind",
    "status",
    "priority",
    "channel",
    "rating",
    "rating_scale",
    "tags",
    "reason",
    "snoozed_until",
    "ticket_no",
)


@dataclass
class _Ticket:
    key: tuple
    rows: list[ParsedRow] = field(default_factory=list)
    record: dict = field(default_factory=dict)
    messages: list[tuple[int, str, str, str | None]] = field(default_factory=list)
    existing_id: int | None = None
    customer_keys: list = field(default_factory=list)
    resolved_at: str | None = None  # set when an old ticket arrives resolved (ticket_age)


def _subject(values: dict) -> str:
    if values.get("subject"):
        return values["subject"]
    body = (values.get("body") or "").strip()
    if not body:
        return ""  # a score-only review
    first_line = body.splitlines()[0]
    return first_line if len(first_line) <= 60 else first_line[:59] + "…"


def _reason(value: str, notes: list, index: int) -> str:
    text = value.strip().casefold()
    for code, label in REASONS.items():
        if text in (code, code.replace("_", " "), label.casefold()):
            return code
    notes.append(
        (index, "reason", CellError(UNKNOWN_REASON, value=value, choices=", ".join(REASONS)))
    )
    return "other"


def _record(values: dict, index: int, notes: list) -> dict:
    """The ticket's own columns from its first row; CellError for a row we cannot store."""
    if not any(values.get(f) not in (None, "") for f in ("subject", "body", "rating", "ticket_no")):
        raise CellError(EMPTY_ROW)
    record = {"subject": _subject(values)}
    for name in _TICKET_FIELDS[1:]:
        if values.get(name) not in (None, ""):
            record[name] = values[name]
    if "rating" in record:
        scale = record.get("rating_scale") or ("csat" if 1 <= record["rating"] <= 5 else "nps")
        low, high = SCALES[scale]
        if not low <= record["rating"] <= high:
            raise CellError(
                BAD_SCORE, score=record["rating"], scale=scale.upper(), low=low, high=high
            )
        record["rating_scale"] = scale
        record.setdefault("kind", "review")
    else:
        record.pop("rating_scale", None)
    if "reason" in record:
        record["reason"] = _reason(record["reason"], notes, index)
    if "created_at" in values:
        record["created_at"] = values["created_at"]
    return record


def _group_key(values: dict, record: dict) -> tuple:
    if values.get("ticket_no"):
        return ("no", values.get("channel") or "", values["ticket_no"])
    customer = values.get("customer") or (values.get("email") or "").lower()
    return ("natural", customer, values.get("created_at"), record["subject"].strip())


def _same(a, b) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    return a == b


def _find(db: Database, ticket: _Ticket, matcher: CustomerMatcher) -> tuple[int, dict] | None:
    columns = ["id", "created_at", *_TICKET_FIELDS]
    select = f"SELECT {', '.join(columns)} FROM tickets "
    if ticket.key[0] == "no":
        row = db.execute(
            select + "WHERE channel = ? AND ticket_no = ?", [ticket.key[1], ticket.key[2]]
        ).fetchone()
    else:
        customer_id = matcher.existing_id(ticket.customer_keys) if ticket.customer_keys else None
        if ticket.customer_keys and customer_id is None:
            return None
        sql = select + "WHERE trim(subject) = ? AND customer_id IS ? AND ticket_no IS NULL"
        args = [ticket.record["subject"].strip(), customer_id]
        if "created_at" in ticket.record:
            sql += " AND created_at = ?"
            args.append(ticket.record["created_at"])
        row = db.execute(sql + " ORDER BY id LIMIT 1", args).fetchone()
    return (row[0], dict(zip(columns[1:], row[1:], strict=True))) if row else None


def plan(db: Database, rows: list[ParsedRow], fmt, options=None, **_extra) -> KindPlan:
    result = KindPlan()
    notes: list = []
    matcher = CustomerMatcher(db)
    quiet = QuietRule(db)
    tickets: dict[tuple, _Ticket] = {}
    for row in rows:
        try:
            record = _record(row.values, row.index, notes)
        except CellError as exc:
            result.rejects[row.index] = exc
            continue
        key = _group_key(row.values, record)
        ticket = tickets.get(key)
        if ticket is None:
            ticket = tickets[key] = _Ticket(key, record=record)
            ticket.customer_keys = CustomerMatcher.keys(
                row.values.get("customer"), row.values.get("email"), None
            )
        ticket.rows.append(row)
    writes = []
    named, unmatched = set(), set()
    for ticket in tickets.values():
        for keys in (ticket.customer_keys,):
            if keys:
                named.add(tuple(keys))
                if matcher.existing_id(keys) is None:
                    unmatched.add(tuple(keys))
        found = _find(db, ticket, matcher)
        created = ticket.record.get("created_at") or (found[1]["created_at"] if found else None)
        thread = set()
        if found:
            ticket.existing_id = found[0]
            thread = {
                (a, b.strip(), s)
                for a, b, s in db.execute(
                    "SELECT author, body, sent_at FROM ticket_messages WHERE ticket_id = ?",
                    [found[0]],
                )
            }
        changed = bool(found) and any(
            not _same(found[1].get(c), v) for c, v in ticket.record.items()
        )
        seen = set()
        for row in ticket.rows:
            body = row.values.get("body")
            message = None
            if body and body.strip():
                author = row.values.get("author", "customer")
                sent = row.values.get("sent_at") or created
                key = (author, body.strip(), sent)
                if key not in seen:
                    seen.add(key)
                    if key not in thread:
                        message = (author, body, sent)
            if message:
                ticket.messages.append(message)
            if found is None:
                result.statuses[row.index] = "new"
            elif changed or message:
                result.statuses[row.index] = "changed"
            else:
                result.statuses[row.index] = "unchanged"
        if found is None and "status" not in ticket.record:
            ticket.resolved_at = quiet.resolved_at(created, ticket.messages, ticket.rows[0].index)
            if ticket.resolved_at:
                ticket.record["status"] = "resolved"
        if found is None or changed or ticket.messages:
            _pending_notes(db, ticket, notes)
            writes.append(ticket)
    if named and len(unmatched) == len(named) and _shop_has_customers(db):
        first = min(r.index for t in tickets.values() for r in t.rows)
        notes.append((first, "customer", CellError(NO_CUSTOMER_MATCHES, count=len(named))))
    result.notes = notes + quiet.notes()
    result.apply = lambda db, progress: _write(db, writes, progress)
    return result


def _shop_has_customers(db: Database) -> bool:
    return db.execute("SELECT EXISTS (SELECT 1 FROM customers)").fetchone()[0] == 1


def _pending_notes(db: Database, ticket: _Ticket, notes: list) -> None:
    first = ticket.rows[0]
    order_no, sku = first.values.get("order_no"), first.values.get("sku")
    if (
        order_no
        and not db.execute("SELECT 1 FROM orders WHERE order_no = ?", [order_no]).fetchone()
    ):
        notes.append((first.index, "order_no", CellError(PENDING_ORDER, order_no=order_no)))
    if sku and not db.execute("SELECT 1 FROM variants WHERE sku = ?", [sku]).fetchone():
        notes.append((first.index, "sku", CellError(PENDING_SKU, sku=sku)))


def _links(db: Database, values: dict) -> dict:
    links: dict = {}
    order_no, sku = values.get("order_no"), values.get("sku")
    if order_no:
        order = db.execute(
            "SELECT id, customer_id FROM orders WHERE order_no = ? "
            "ORDER BY channel = ? DESC, id LIMIT 1",
            [order_no, values.get("channel") or ""],
        ).fetchone()
        if order:
            links.update(order_id=order[0], order_customer=order[1], pending_order_no=None)
        else:
            links["pending_order_no"] = order_no
    if sku:
        variant = db.execute("SELECT id, product_id FROM variants WHERE sku = ?", [sku]).fetchone()
        if variant:
            links.update(variant_id=variant[0], product_id=variant[1], pending_sku=None)
        else:
            links["pending_sku"] = sku
    return links


def _write(db: Database, writes: list[_Ticket], progress) -> None:
    matcher = CustomerMatcher(db)
    rules = ticket_due.rules(db)
    now = ticket_due.iso(rules.now())
    for done, ticket in enumerate(writes):
        if progress and done % 2000 == 0:
            progress(done, len(writes), "")
        first = ticket.rows[0].values
        if ticket.existing_id is None:
            _insert(db, ticket, first, matcher, rules, now)
        else:
            record = {k: v for k, v in ticket.record.items() if k != "created_at"}
            sets = ", ".join(f"{c} = ?" for c in record)
            db.execute(
                f"UPDATE tickets SET {sets} WHERE id = ?", [*record.values(), ticket.existing_id]
            )
        _add_messages(db, ticket)


def _insert(db, ticket: _Ticket, first: dict, matcher, rules, now: str) -> None:
    record = dict(ticket.record)
    record.setdefault("created_at", now)
    record.setdefault("kind", "other")
    record.setdefault("status", "open")
    links = _links(db, first)
    order_customer = links.pop("order_customer", None)
    customer_id = matcher.ensure(
        ticket.customer_keys,
        name=first.get("customer", ""),
        email=first.get("email", ""),
        platform_id=first.get("customer") or None,
    )
    record["customer_id"] = customer_id or order_customer
    if record["status"] in ("new", "open"):
        created = ticket_due.parse_time(record["created_at"], rules.zone)
        record["due_at"] = ticket_due.iso(rules.due(created, record["kind"]))
    elif record["status"] in ("resolved", "closed"):
        record["resolved_at"] = ticket.resolved_at or record["created_at"]
    record.update(links)
    cursor = db.execute(
        f"INSERT INTO tickets({', '.join(record)}) VALUES ({', '.join('?' * len(record))})",
        list(record.values()),
    )
    ticket.existing_id = cursor.lastrowid
    ticket.record = record


def _add_messages(db: Database, ticket: _Ticket) -> None:
    if not ticket.messages:
        return
    created = (
        ticket.record.get("created_at")
        or db.execute(
            "SELECT created_at FROM tickets WHERE id = ?", [ticket.existing_id]
        ).fetchone()[0]
    )
    db.conn.executemany(
        "INSERT INTO ticket_messages(ticket_id, author, body, sent_at) VALUES (?, ?, ?, ?)",
        [(ticket.existing_id, a, b, s or created) for a, b, s in ticket.messages],
    )
    db.execute(
        "UPDATE tickets SET first_response_at = (SELECT min(sent_at) FROM ticket_messages "
        "WHERE ticket_id = :id AND author = 'seller') WHERE id = :id AND first_response_at IS NULL",
        {"id": ticket.existing_id},
    )


def export_rows(db: Database) -> Iterator[tuple]:
    """One row per message (a ticket without messages: one row), in the tickets fields'
    order, so that importing the export back finds every row unchanged."""
    for row in db.execute(
        """SELECT t.id, t.subject, m.body, coalesce(c.platform_id, c.name), c.email, t.kind,
                  t.status, t.priority, t.channel, t.created_at,
                  coalesce(o.order_no, t.pending_order_no), coalesce(v.sku, t.pending_sku),
                  t.rating, t.ticket_no, m.author, m.sent_at, nullif(t.tags, ''),
                  nullif(t.reason, ''), t.rating_scale, t.snoozed_until
           FROM tickets t LEFT JOIN ticket_messages m ON m.ticket_id = t.id
           LEFT JOIN customers c ON c.id = t.customer_id
           LEFT JOIN orders o ON o.id = t.order_id LEFT JOIN variants v ON v.id = t.variant_id
           ORDER BY t.id, m.sent_at, m.id"""
    ):
        yield row[1:]
