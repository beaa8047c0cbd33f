"""Reading tickets for the Inbox: folders, the list, search, the thread and side panel.

Search is full text over subjects, ticket numbers and every message, Chinese
included: trigram FTS5 indexes for three characters or more, LIKE below that.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import NamedTuple

from sqlite_utils import Database

from shopkeeper.services import ticket_due

STATE_FOLDERS = ("open", "waiting", "snoozed", "overdue", "resolved", "all")
_NOT_MERGED = "t.merged_into IS NULL"
_AWAKE = "(t.snoozed_until IS NULL OR t.snoozed_until <= :now)"
_STATE_WHERE = {
    "open": f"t.status IN ('new', 'open') AND {_AWAKE}",
    "waiting": f"t.status = 'waiting' AND {_AWAKE}",
    "snoozed": "t.snoozed_until > :now AND t.status NOT IN ('resolved', 'closed')",
    "overdue": f"t.status IN ('new', 'open') AND t.due_at < :now AND {_AWAKE}",
    "resolved": "t.status IN ('resolved', 'closed')",
    "all": "1",
}


class TicketRow(NamedTuple):
    """One line of the ticket list (a tuple: 20k of them are built per folder)."""

    id: int
    subject: str
    customer: str
    created_at: str
    due_at: str | None
    priority: str
    unread: bool
    status: str
    kind: str
    tags: str
    snoozed_until: str | None
    channel: str
    ticket_no: str | None


@dataclass(frozen=True)
class Message:
    id: int
    author: str
    body: str
    sent_at: str


def _where(folder: str) -> tuple[str, dict]:
    """SQL condition for a folder id: a state, ``kind:<kind>`` or ``tag:<tag>``."""
    if folder.startswith("kind:"):
        return f"t.kind = :kind AND {_NOT_MERGED}", {"kind": folder[5:]}
    if folder.startswith("tag:"):
        return (
            f"(',' || replace(lower(t.tags), ', ', ',') || ',') LIKE :tag AND {_NOT_MERGED}",
            {"tag": f"%,{folder[4:].lower()},%"},
        )
    return f"{_STATE_WHERE[folder]} AND {_NOT_MERGED}", {}


def now_text(db: Database) -> str:
    return ticket_due.iso(ticket_due.rules(db).now())


def _fts_phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def search_ids(db: Database, text: str) -> set[int]:
    """Ids of tickets whose subject, number or any message contains ``text``."""
    text = text.strip()
    if not text:
        return set()
    if len(text) >= 3:
        phrase = _fts_phrase(text)
        ids = {
            r[0]
            for r in db.execute("SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?", [phrase])
        }
        ids.update(
            r[0]
            for r in db.execute(
                "SELECT m.ticket_id FROM ticket_messages_fts f JOIN ticket_messages m "
                "ON m.id = f.rowid WHERE ticket_messages_fts MATCH ?",
                [phrase],
            )
        )
        return ids
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    ids = {
        r[0]
        for r in db.execute(
            "SELECT id FROM tickets "
            "WHERE subject LIKE ? ESCAPE '\\' OR ticket_no LIKE ? ESCAPE '\\'",
            [like, like],
        )
    }
    ids.update(
        r[0]
        for r in db.execute(
            "SELECT DISTINCT ticket_id FROM ticket_messages WHERE body LIKE ? ESCAPE '\\'", [like]
        )
    )
    return ids


_ROW_SQL = """SELECT t.id, t.subject, coalesce(nullif(c.name, ''), c.platform_id, c.email, ''),
                     t.created_at, t.due_at, t.priority, t.unread, t.status, t.kind, t.tags,
                     t.snoozed_until, t.channel, t.ticket_no
              FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id"""
# What the list can be sorted by; ties fall back to the newest first.
SORT_KEYS = {
    "created_at": "t.created_at",
    "subject": "t.subject",
    "customer": "coalesce(nullif(c.name, ''), c.platform_id, c.email, '')",
    "due_at": "t.due_at IS NULL, t.due_at",
    "priority": "CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 "
    "ELSE 3 END",
    "unread": "t.unread = 0",
}


def ticket_ids(
    db: Database,
    folder: str = "open",
    search: str = "",
    now: str | None = None,
    sort: str = "created_at",
    descending: bool = True,
) -> list[int]:
    """The ids of a folder's tickets in list order, narrowed to ``search`` when given.

    Only ids: the list reads the rows it shows (``rows_by_id``), so a folder of 20k
    tickets or a broad search costs an index scan, not 20k rows."""
    where, args = _where(folder)
    args["now"] = now or now_text(db)
    if search.strip():
        # Search first, then order only the matching tickets.
        found = search_ids(db, search)
        if not found:
            return []
        where += " AND t.id IN (SELECT value FROM json_each(:ids))"
        args["ids"] = json.dumps(sorted(found))
    direction = "DESC" if descending else "ASC"
    key = SORT_KEYS[sort]
    order = ", ".join(f"{part} {direction}" for part in key.split(", "))
    join = "LEFT JOIN customers c ON c.id = t.customer_id" if sort == "customer" else ""
    sql = f"SELECT t.id FROM tickets t {join} WHERE {where} ORDER BY {order}, t.id DESC"
    return [r[0] for r in db.execute(sql, args)]


def rows_by_id(db: Database, ids: list[int]) -> dict[int, TicketRow]:
    """The list rows of ``ids`` (a screenful at a time)."""
    found: dict[int, TicketRow] = {}
    for start in range(0, len(ids), 500):
        chunk = json.dumps(list(ids[start : start + 500]))
        for r in db.execute(_ROW_SQL + " WHERE t.id IN (SELECT value FROM json_each(?))", [chunk]):
            found[r[0]] = TicketRow._make(r)
    return found


def list_tickets(
    db: Database, folder: str = "open", search: str = "", now: str | None = None
) -> list[TicketRow]:
    """The tickets of a folder (newest first), narrowed to ``search`` when given."""
    ids = ticket_ids(db, folder, search, now)
    rows = rows_by_id(db, ids)
    return [rows[i] for i in ids]


def folder_counts(db: Database, now: str | None = None) -> dict[str, int]:
    """How many tickets each state, kind and tag folder holds."""
    args = {"now": now or now_text(db)}
    parts = ", ".join(f"sum(CASE WHEN {_STATE_WHERE[f]} THEN 1 ELSE 0 END)" for f in STATE_FOLDERS)
    row = db.execute(f"SELECT {parts} FROM tickets t WHERE {_NOT_MERGED}", args).fetchone()
    counts = {f: (n or 0) for f, n in zip(STATE_FOLDERS, row, strict=True)}
    for kind, n in db.execute(
        f"SELECT kind, count(*) FROM tickets t WHERE {_NOT_MERGED} GROUP BY kind"
    ):
        counts[f"kind:{kind}"] = n
    for tag, n in tag_counts(db).items():
        counts[f"tag:{tag}"] = n
    return counts


def tag_counts(db: Database) -> dict[str, int]:
    """Every tag in use (first spelling wins) and how many tickets carry it."""
    counts: dict[str, int] = {}
    spelling: dict[str, str] = {}
    for (tags,) in db.execute(f"SELECT tags FROM tickets t WHERE tags != '' AND {_NOT_MERGED}"):
        for tag in filter(None, (p.strip() for p in tags.split(","))):
            key = spelling.setdefault(tag.lower(), tag)
            counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: kv[0].lower()))


def thread(db: Database, ticket_id: int) -> list[Message]:
    return [
        Message(*r)
        for r in db.execute(
            "SELECT id, author, body, sent_at FROM ticket_messages WHERE ticket_id = ? "
            "ORDER BY sent_at, id",
            [ticket_id],
        )
    ]


def ticket(db: Database, ticket_id: int) -> dict | None:
    cursor = db.execute("SELECT * FROM tickets WHERE id = ?", [ticket_id])
    row = cursor.fetchone()
    return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None


def age_text(created_at: str, now: dt.datetime) -> tuple[int, str]:
    """(minutes, "3d" / "5h" / "12m") for a ticket's age column."""
    minutes = max(0, int((now - ticket_due.parse_time(created_at)).total_seconds() // 60))
    if minutes >= 1440:
        return minutes, f"{minutes // 1440}d"
    if minutes >= 60:
        return minutes, f"{minutes // 60}h"
    return minutes, f"{minutes}m"
