"""When a ticket is due: a response-time target per kind, counted in service hours.

The clock only runs while the shop is open for customers (the ``service_hours``
setting, default every day 09:00–21:00 in the shop's time zone), and it pauses while
a ticket waits on the customer: pausing stores the service time left
(``sla_remaining``), resuming counts it on from the moment the customer writes again.

Times are naive ISO-8601 text in the shop's time zone, as the rest of the shop.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected
from shopkeeper.services.changes import Change, recording
from shopkeeper.store import settings

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPAN = re.compile(
    r"^\s*([a-z]{3})(?:\s*-\s*([a-z]{3}))?\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$"
)
_TARGET = re.compile(r"^\s*([a-z_]+)\s*=\s*(\d+)\s*([hm])\s*$")


class BadServiceHours(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        'Service hours must look like "Mon-Fri 09:00-18:00; Sat 10:00-16:00", not "{text}".',
    )


class BadResponseTargets(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        'Response targets must look like "complaint=4h, review=24h" (h or m), not "{text}".',
    )


@dataclass(frozen=True)
class ServiceHours:
    """Open windows per weekday (0 = Monday) as (start, end) minutes after midnight."""

    windows: tuple[tuple[tuple[int, int], ...], ...]

    @classmethod
    def parse(cls, text: str) -> ServiceHours:
        days: list[list[tuple[int, int]]] = [[] for _ in range(7)]
        for part in filter(str.strip, text.lower().split(";")):
            match = _SPAN.match(part)
            if not match or match[1] not in DAY_NAMES or (match[2] and match[2] not in DAY_NAMES):
                raise BadServiceHours(text=text)
            first = DAY_NAMES.index(match[1])
            last = DAY_NAMES.index(match[2]) if match[2] else first
            start = int(match[3]) * 60 + int(match[4])
            end = int(match[5]) * 60 + int(match[6])
            if not (0 <= start < end <= 24 * 60) or int(match[4]) > 59 or int(match[6]) > 59:
                raise BadServiceHours(text=text)
            day = first
            while True:
                days[day].append((start, end))
                if day == last:
                    break
                day = (day + 1) % 7
        if not any(days):
            raise BadServiceHours(text=text)
        return cls(tuple(tuple(sorted(d)) for d in days))

    def _open_spans(self, moment: dt.datetime):
        """Open (start, end) datetimes from ``moment`` on, clipped to start at it."""
        day = moment.date()
        while True:
            midnight = dt.datetime.combine(day, dt.time())
            for start, end in self.windows[day.weekday()]:
                opens = midnight + dt.timedelta(minutes=start)
                closes = midnight + dt.timedelta(minutes=end)
                if closes > moment:
                    yield max(opens, moment), closes
            day += dt.timedelta(days=1)

    def add(self, moment: dt.datetime, seconds: int) -> dt.datetime:
        """The moment ``seconds`` of service time after ``moment``."""
        left = dt.timedelta(seconds=max(0, seconds))
        for opens, closes in self._open_spans(moment):
            if opens + left <= closes:
                return opens + left
            left -= closes - opens
        raise AssertionError("unreachable: service hours repeat every week")

    def between(self, start: dt.datetime, end: dt.datetime) -> int:
        """Seconds of service time from ``start`` to ``end`` (0 if end is not later)."""
        total = dt.timedelta()
        if end <= start:
            return 0
        for opens, closes in self._open_spans(start):
            if opens >= end:
                break
            total += min(closes, end) - opens
        return int(total.total_seconds())


def parse_targets(text: str) -> dict[str, int]:
    """``"complaint=4h, review=24h"`` → {kind: seconds}."""
    targets = {}
    for part in filter(str.strip, text.lower().split(",")):
        match = _TARGET.match(part)
        if not match:
            raise BadResponseTargets(text=text)
        targets[match[1]] = int(match[2]) * (3600 if match[3] == "h" else 60)
    return targets


@dataclass(frozen=True)
class DueRules:
    hours: ServiceHours
    targets: dict[str, int]
    zone: dt.tzinfo | None

    def target(self, kind: str) -> int:
        return self.targets.get(kind, self.targets.get("other", 12 * 3600))

    def due(self, start: dt.datetime, kind: str, remaining: int | None = None) -> dt.datetime:
        """When a ticket whose clock (re)starts at ``start`` is due."""
        return self.hours.add(start, self.target(kind) if remaining is None else remaining)

    def now(self) -> dt.datetime:
        return dt.datetime.now(self.zone).replace(tzinfo=None, microsecond=0)


def shop_zone(db: Database) -> dt.tzinfo:
    """The shop's time zone (services/shop_settings.py resolves a broken setting)."""
    from shopkeeper.services import shop_settings

    return shop_settings.shop_zone(db)


def rules(db: Database) -> DueRules:
    """The shop's service hours, targets and zone (defaults when a setting is unreadable)."""
    try:
        hours = ServiceHours.parse(settings.get(db, settings.SERVICE_HOURS))
    except BadServiceHours:
        hours = ServiceHours.parse(settings.SERVICE_HOURS.default)
    try:
        targets = parse_targets(settings.get(db, settings.RESPONSE_TARGETS))
    except BadResponseTargets:
        targets = parse_targets(settings.RESPONSE_TARGETS.default)
    return DueRules(hours, targets, shop_zone(db))


def parse_time(text: str, zone: dt.tzinfo | None = None) -> dt.datetime:
    """A stored time as a naive shop-local datetime; a time with an offset is moved
    into ``zone`` first (files without a shop zone keep their offsets)."""
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is not None and zone is not None:
        value = value.astimezone(zone)
    return value.replace(tzinfo=None)


def iso(moment: dt.datetime) -> str:
    return moment.replace(microsecond=0).isoformat()


def service_hours_text(db: Database) -> str:
    """The service hours setting as the seller wrote it."""
    return settings.get(db, settings.SERVICE_HOURS)


def save_rules(db: Database, hours_text: str, targets_text: str) -> Change:
    """Store the service hours and response targets (checked first); one undo step."""
    ServiceHours.parse(hours_text)
    targets = parse_targets(targets_text)
    from shopkeeper.services.tickets import KINDS

    unknown = sorted(set(targets) - set(KINDS))
    if unknown:
        raise BadResponseTargets(text=", ".join(unknown))
    rows = dict(db.execute("SELECT key, rowid FROM settings").fetchall())
    with recording(db, "Service hours and response targets") as rec:
        for setting, value in (
            (settings.SERVICE_HOURS, hours_text.strip()),
            (settings.RESPONSE_TARGETS, targets_text.strip()),
        ):
            if setting.key in rows:
                rec.update("settings", rows[setting.key], {"value": value})
            elif value != setting.default:
                rec.insert("settings", {"key": setting.key, "value": value})
    return rec.change
