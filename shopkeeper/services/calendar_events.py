"""The seller's own calendar events (the shop's anniversary, a monthly members' day).

Stored in ``calendar_events`` with a recurrence: ``none`` (once), ``yearly`` or
``monthly``. A yearly event on 29 February falls on 28 February in other years; a
monthly event on the 31st falls on the last day of shorter months.
"""

from __future__ import annotations

import calendar as month_lengths
import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, UserError
from shopkeeper.services.calendar import Entry
from shopkeeper.services.changes import Change, recording

RECURRENCES = ("none", "yearly", "monthly")


class BadEvent(UserError):
    exit_code = 4
    ENDS_BEFORE_START = QT_TRANSLATE_NOOP("UserError", "The event ends before it starts.")
    NO_NAME = QT_TRANSLATE_NOOP("UserError", "Give the event a name.")
    RECURRENCE = QT_TRANSLATE_NOOP(
        "UserError", "Unknown repetition “{value}”: use none, yearly or monthly."
    )


@dataclass(frozen=True)
class Event:
    id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date
    recurrence: str
    notes: str


def list_events(db: Database) -> list[Event]:
    return [
        Event(i, n, dt.date.fromisoformat(s), dt.date.fromisoformat(e), r, notes)
        for i, n, s, e, r, notes in db.execute(
            "SELECT id, name, starts_on, ends_on, recurrence, notes FROM calendar_events "
            "WHERE kind = 'event' ORDER BY starts_on, id"
        )
    ]


def _moved(day: dt.date, year: int, month: int) -> dt.date:
    last = month_lengths.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def occurrences(event: Event, first: dt.date, last: dt.date) -> list[Entry]:
    """The event's entries whose days overlap ``first``–``last``."""
    length = event.ends_on - event.starts_on
    if event.recurrence == "yearly":
        starts = [
            _moved(event.starts_on, y, event.starts_on.month)
            for y in range(max(first.year - 1, event.starts_on.year), last.year + 1)
        ]
    elif event.recurrence == "monthly":
        starts = []
        year, month = max(
            (first.year, first.month - 1), (event.starts_on.year, event.starts_on.month)
        )
        year, month = (year - 1, 12) if month == 0 else (year, month)
        while (year, month) <= (last.year, last.month):
            starts.append(_moved(event.starts_on, year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    else:
        starts = [event.starts_on]
    return [
        Entry(s, s, s + length, event.name, f"event:{event.id}", "event")
        for s in starts
        if s <= last and s + length >= first and s >= event.starts_on
    ]


def entries_between(db: Database, first: dt.date, last: dt.date) -> list[Entry]:
    return sorted(e for ev in list_events(db) for e in occurrences(ev, first, last))


def entries_of_year(db: Database, year: int) -> list[Entry]:
    """Occurrences whose day (start) falls in ``year``."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return [e for e in entries_between(db, first, last) if e.date.year == year]


def _values(name: str, starts_on: dt.date, ends_on: dt.date, recurrence: str, notes: str):
    if not name.strip():
        raise BadEvent(BadEvent.NO_NAME)
    if ends_on < starts_on:
        raise BadEvent(BadEvent.ENDS_BEFORE_START)
    if recurrence not in RECURRENCES:
        raise BadEvent(BadEvent.RECURRENCE, value=recurrence)
    return {
        "name": name.strip(),
        "kind": "event",
        "starts_on": starts_on.isoformat(),
        "ends_on": ends_on.isoformat(),
        "recurrence": recurrence,
        "notes": notes,
    }


def add_event(
    db: Database,
    name: str,
    starts_on: dt.date,
    ends_on: dt.date | None = None,
    recurrence: str = "yearly",
    notes: str = "",
) -> Change:
    values = _values(name, starts_on, ends_on or starts_on, recurrence, notes)
    with recording(db, f"Add event {values['name']}") as rec:
        rec.insert("calendar_events", values)
    return rec.change


def update_event(
    db: Database,
    event_id: int,
    name: str,
    starts_on: dt.date,
    ends_on: dt.date,
    recurrence: str,
    notes: str = "",
) -> Change:
    values = _values(name, starts_on, ends_on, recurrence, notes)
    with recording(db, f"Edit event {values['name']}") as rec:
        rec.update("calendar_events", event_id, values)
    return rec.change


def delete_event(db: Database, event_id: int) -> Change:
    with recording(db, "Delete event") as rec:
        rec.delete("calendar_events", event_id)
    return rec.change
