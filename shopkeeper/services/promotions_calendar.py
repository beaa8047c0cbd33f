"""What the Promotions tab shows for a range of days, loaded in one go off the GUI thread.

Promotions with their status, the festivals, holidays and the shop's events, open
campaign tasks, the content plan, the days where some variant is below its floor,
and conflicts: two promotions that overlap in dates, channel and target but do
not combine (the buyer gets only one of them; the seller should say which).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from sqlite_utils import Database

from shopkeeper.services import calendar, calendar_events, promotions_floor, promotions_plan
from shopkeeper.services.calendar import Entry
from shopkeeper.services.promotions import Promotion, load_all, status
from shopkeeper.services.stacking import PRICED_KINDS

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class CalendarData:
    first: dt.date
    last: dt.date
    promotions: list[Promotion]
    statuses: dict[int, str]
    entries: list[Entry]
    tasks: list[promotions_plan.Task]
    contents: list[promotions_plan.Content]
    below_floor_days: dict[dt.date, int] = field(default_factory=dict)  # variants per day
    below_floor: dict[int, int] = field(default_factory=dict)  # promotion -> variant-days
    examples: dict[int, promotions_floor.BelowFloor] = field(default_factory=dict)
    conflicts: dict[int, set[int]] = field(default_factory=dict)


def _overlap(a: Promotion, b: Promotion) -> bool:
    return a.first_day <= b.last_day and b.first_day <= a.last_day


def conflicts(promos: list[Promotion], targeted: dict[int, set[int] | None]):
    """{promotion id: ids of promotions it overlaps without combining}."""
    found: dict[int, set[int]] = defaultdict(set)
    priced = [p for p in promos if p.kind in PRICED_KINDS and p.hand_status != "cancelled"]
    priced.sort(key=lambda p: p.first_day)
    for i, a in enumerate(priced):
        for b in priced[i + 1 :]:
            if b.first_day > a.last_day:
                break
            if a.channel and b.channel and a.channel != b.channel:
                continue
            if b.id in a.combines_with or a.id in b.combines_with:
                continue
            ta, tb = targeted.get(a.id), targeted.get(b.id)
            if ta is not None and tb is not None and not (ta & tb):
                continue
            if (ta is not None and not ta) or (tb is not None and not tb):
                continue  # targets nothing the shop has
            found[a.id].add(b.id)
            found[b.id].add(a.id)
    return dict(found)


def load(
    db: Database,
    first: dt.date,
    last: dt.date,
    *,
    country: str = "",
    lang: str = "en",
    now: dt.datetime | None = None,
    floor: bool = True,
    marks: bool = True,
) -> CalendarData:
    """The range's calendar; without ``floor`` no below-floor days nor conflicts, without
    ``marks`` no festivals, holidays or events (the tab adds both after the bars)."""
    now = now or dt.datetime.now()
    promos = load_all(db, first, last)
    entries = day_marks(db, first, last, country=country, lang=lang) if marks else []
    data = CalendarData(
        first,
        last,
        promos,
        {p.id: status(p, now) for p in promos},
        entries,
        # open tasks due in the range; the range holding today also shows the overdue ones
        [
            t
            for t in promotions_plan.tasks(db, until=last)
            if not t.due_on or t.due_on >= first or first <= now.date() <= last
        ],
        promotions_plan.contents(db, first, last),
    )
    if floor:
        data = with_floor(data, floor_summary(db, first, last, promos))
    return data


def day_marks(
    db: Database, first: dt.date, last: dt.date, *, country: str = "", lang: str = "en"
) -> list[Entry]:
    """Festivals, public holidays and the shop's events of the range. The first call
    imports the holidays package (about a tenth of a second): the tab loads these
    after the bars."""
    events = calendar_events.entries_between(db, first, last)
    return calendar.between(first, last, country=country, lang=lang, events=events)


@dataclass(frozen=True)
class FloorSummary:
    below_floor_days: dict[dt.date, int]
    below_floor: dict[int, int]
    examples: dict[int, promotions_floor.BelowFloor]
    conflicts: dict[int, set[int]]


def floor_summary(db: Database, first: dt.date, last: dt.date, promos: list[Promotion]):
    """Below-floor days and conflicts of ``promos`` (the slow part: the tab loads the
    calendar first and this after it, so the bars show at once)."""
    if not promos:
        return FloorSummary({}, {}, {}, {})
    by_group = any(t.kind in ("category", "tag") for p in promos for t in p.targets)
    variants = promotions_floor.load_variants(db, with_groups=by_group)
    index = promotions_floor.TargetIndex(variants)
    targeted = {p.id: index.variants_of(p) for p in promos}
    per_day: Counter = Counter()
    per_promo: Counter = Counter()
    examples: dict = {}
    found = promotions_floor.check(
        db, first, last, promotions=promos, per_variant=False, variants=variants
    )
    for below in found:
        days = (below.last - below.first).days + 1
        day = below.first
        while day <= below.last:
            per_day[day] += below.count
            day += DAY
        for pid in below.promotion_ids:
            per_promo[pid] += days * below.count
            examples.setdefault(pid, below)
    return FloorSummary(dict(per_day), dict(per_promo), examples, conflicts(promos, targeted))


def with_floor(data: CalendarData, summary: FloorSummary) -> CalendarData:
    return replace(
        data,
        below_floor_days=summary.below_floor_days,
        below_floor=summary.below_floor,
        examples=summary.examples,
        conflicts=summary.conflicts,
    )
    return data


def month_grid(anchor: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday before the 1st to the Sunday after the last day: six whole weeks."""
    first = anchor.replace(day=1)
    start = first - dt.timedelta(days=first.weekday())
    return start, start + dt.timedelta(days=41)


def week_of(anchor: dt.date) -> tuple[dt.date, dt.date]:
    start = anchor - dt.timedelta(days=anchor.weekday())
    return start, start + dt.timedelta(days=6)


DRAFT_ID = -1  # a promotion not saved yet, in the floor check


@dataclass(frozen=True)
class DraftProblems:
    below: list[promotions_floor.BelowFloor]  # the variant-days it puts below the floor
    clashes: list[str]  # names of promotions it overlaps without combining


def draft_problems(db: Database, draft: Promotion) -> DraftProblems:
    """What saving ``draft`` would do: below-floor variant-days and conflicts (the editor
    shows them before saving)."""
    pid = draft.id if draft.id is not None else DRAFT_ID
    mine = replace(draft, id=pid)
    others = [p for p in load_all(db, draft.first_day, draft.last_day) if p.id != pid]
    everyone = [*others, mine]
    by_group = any(t.kind in ("category", "tag") for p in everyone for t in p.targets)
    variants = promotions_floor.load_variants(db, with_groups=by_group)
    index = promotions_floor.TargetIndex(variants)
    targeted = {p.id: index.variants_of(p) for p in everyone}
    if targeted[pid] is not None:
        variants = [v for v in variants if v.id in targeted[pid]]
    found = promotions_floor.check(
        db, draft.first_day, draft.last_day, promotions=everyone, variants=variants
    )
    below = [b for b in found if pid in b.promotion_ids]
    clash = conflicts(everyone, targeted).get(pid, set())
    return DraftProblems(below, sorted(p.name for p in others if p.id in clash))
