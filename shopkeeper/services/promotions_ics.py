"""The campaign calendar as an .ics file, for the seller's phone calendar.

Promotions, festivals, public holidays, the shop's own events, open campaign tasks
and the content plan of a range of days become all-day events (a phone shows
those best); written with the ``icalendar`` library, to a temporary file renamed
into place so a cancelled or failed export leaves no half file.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlite_utils import Database

from shopkeeper.services import calendar, calendar_events, promotions, promotions_plan

DAY = dt.timedelta(days=1)


def build(
    db: Database, first: dt.date, last: dt.date, *, country: str = "", lang: str = "en"
) -> bytes:
    from icalendar import Calendar, Event  # only when exporting

    cal = Calendar()
    cal.add("prodid", "-//Shopkeeper//Campaign calendar//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Shopkeeper")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)

    def add(uid: str, summary: str, start: dt.date, end: dt.date, description: str = "") -> None:
        event = Event()
        event.add("uid", f"{uid}@shopkeeper")
        event.add("dtstamp", stamp)
        event.add("summary", summary)
        event.add("dtstart", start)
        event.add("dtend", end + DAY)  # all-day events end the day after
        if description:
            event.add("description", description)
        cal.add_component(event)

    for p in promotions.load_all(db, first, last):
        if p.hand_status != "cancelled":
            note = p.notes + (f"\n{p.channel}" if p.channel else "")
            add(f"promotion-{p.id}", p.name, p.first_day, p.last_day, note.strip())
    events = calendar_events.entries_between(db, first, last)
    for e in calendar.between(first, last, country=country, lang=lang, events=events):
        add(f"{e.key}-{e.date.isoformat()}", e.name, e.start, e.end)
    for task in promotions_plan.tasks(db, until=last):
        if task.due_on and task.due_on >= first:
            add(f"task-{task.id}", f"☐ {task.title} — {task.promotion}", task.due_on, task.due_on)
    for c in promotions_plan.contents(db, first, last):
        day = dt.date.fromisoformat(c.planned_at[:10])
        add(f"content-{c.id}", f"{c.channel}: {c.title}", day, day, c.link)
    return cal.to_ical()


def export(
    db: Database,
    path: Path | str,
    first: dt.date,
    last: dt.date,
    *,
    country: str = "",
    lang: str = "en",
) -> Path:
    """Write the .ics file; returns its path."""
    path = Path(path)
    data = build(db, first, last, country=country, lang=lang)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    os.replace(partial, path)
    return path
