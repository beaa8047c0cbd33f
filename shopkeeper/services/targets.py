"""Weekly sales targets: the seller's plan for each ISO week (Monday to Sunday).

A target is measured against the week's sales after discounts (gross sales −
discounts, the "sales" of AOV and 客单价), counted the KPI way: cancelled orders
count nowhere and an order counts on the day it was placed. Each week has at most
one target; setting it again replaces it (one undoable Change).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected
from shopkeeper.services import kpi_rollup
from shopkeeper.services.changes import Change, recording


class BadTarget(InputRejected):
    template = QT_TRANSLATE_NOOP("UserError", "A sales target cannot be negative.")


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


@dataclass(frozen=True)
class WeekProgress:
    first: dt.date
    last: dt.date
    target: int | None  # None: no target set for the week
    sales: int  # sales after discounts so far
    expected_share: Fraction  # share of the week's days gone, today included

    @property
    def share(self) -> Fraction | None:
        return Fraction(self.sales, self.target) if self.target else None

    @property
    def on_track(self) -> bool | None:
        """Whether sales keep pace with the days gone (None without a target)."""
        return None if self.share is None else self.share >= self.expected_share


def target_for(db: Database, monday: dt.date) -> tuple[int, int] | None:
    """(rowid, amount) of the week starting ``monday``, or None."""
    row = db.execute(
        "SELECT id, amount FROM sales_targets WHERE starts_on = ? ORDER BY id DESC LIMIT 1",
        [monday.isoformat()],
    ).fetchone()
    return (row[0], row[1]) if row else None


def set_weekly_target(db: Database, day: dt.date, amount: int) -> Change:
    """Set the target of the week holding ``day`` (minor units); one undoable Change."""
    if amount < 0:
        raise BadTarget()
    first, last = week_of(day)
    found = target_for(db, first)
    with recording(db, "Set weekly sales target") as rec:
        if found is None:
            rec.insert(
                "sales_targets",
                {"starts_on": first.isoformat(), "ends_on": last.isoformat(), "amount": amount},
            )
        else:
            rec.update("sales_targets", found[0], {"amount": amount})
    return rec.change


def clear_weekly_target(db: Database, day: dt.date) -> Change:
    found = target_for(db, week_of(day)[0])
    with recording(db, "Clear weekly sales target") as rec:
        if found is not None:
            rec.delete("sales_targets", found[0])
    return rec.change


def _sales(rows: list[kpi_rollup.DayRow]) -> int:
    return sum(r.gross - r.discounts for r in rows)


def progress(db: Database, today: dt.date) -> WeekProgress:
    """This week's sales so far against its target."""
    first, last = week_of(today)
    found = target_for(db, first)
    sales = _sales(kpi_rollup.daily_rows(db, first, min(today, last)))
    gone = Fraction((today - first).days + 1, 7)
    return WeekProgress(first, last, found[1] if found else None, sales, gone)


def weeks(
    db: Database, first: dt.date, last: dt.date, rows: list[kpi_rollup.DayRow] | None = None
) -> list[tuple[dt.date, int | None, int]]:
    """(monday, target or None, sales) for every week overlapping ``first``..``last``."""
    monday = week_of(first)[0]
    end = week_of(last)[1]
    if rows is None:
        rows = kpi_rollup.daily_rows(db, monday, end)
    by_week: dict[dt.date, int] = {}
    for r in rows:
        week = week_of(dt.date.fromisoformat(r.day))[0]
        by_week[week] = by_week.get(week, 0) + r.gross - r.discounts
    wanted = dict(
        db.execute(
            "SELECT starts_on, amount FROM sales_targets WHERE starts_on >= ? AND starts_on <= ? "
            "ORDER BY id",
            [monday.isoformat(), end.isoformat()],
        ).fetchall()
    )
    out = []
    while monday <= end:
        out.append((monday, wanted.get(monday.isoformat()), by_week.get(monday, 0)))
        monday += dt.timedelta(days=7)
    return out
