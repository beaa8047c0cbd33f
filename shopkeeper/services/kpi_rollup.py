"""Daily sales rollups per channel (``kpi_daily``), kept fresh through dirty days.

Triggers on orders and order_items mark the days they touch in ``kpi_dirty_days``
(migration m009_kpis_daily). ``refresh`` recomputes those days and clears the marks;
``daily_rows`` reads clean days from the rollup and computes dirty ones on the fly,
so a read-only connection (the command line beside an open window) is always exact.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlite_utils import Database


class DayRow(NamedTuple):
    day: str
    channel: str
    orders: int
    guest_orders: int
    discounts: int  # order discounts plus line discounts
    gross: int
    units: int
    cost: int
    lines_without_cost: int


# Orders first, then their lines: an order without lines still counts as an order.
# Cancelled orders (C-invoices become status 'cancelled' on import) count nowhere.
_COMPUTE = """
WITH heads AS (
    SELECT substr(placed_at, 1, 10) AS day, channel, count(*) AS orders,
           sum(customer_id IS NULL) AS guests, sum(discount) AS discounts
    FROM orders
    WHERE placed_at >= :first AND placed_at < :after AND status != 'cancelled'
    GROUP BY day, channel
), lines AS (
    SELECT substr(o.placed_at, 1, 10) AS day, o.channel AS channel,
           sum(i.discount) AS discounts, sum(i.quantity * i.unit_price) AS gross,
           sum(i.quantity) AS units, total(i.quantity * i.unit_cost) AS cost,
           sum(i.unit_cost IS NULL) AS without_cost
    FROM orders o JOIN order_items i ON i.order_id = o.id
    WHERE o.placed_at >= :first AND o.placed_at < :after AND o.status != 'cancelled'
    GROUP BY day, o.channel
)
SELECT h.day, h.channel, h.orders, h.guests, h.discounts + coalesce(l.discounts, 0),
       coalesce(l.gross, 0), coalesce(l.units, 0), CAST(coalesce(l.cost, 0) AS INTEGER),
       coalesce(l.without_cost, 0)
FROM heads h LEFT JOIN lines l ON l.day = h.day AND l.channel = h.channel
"""


def _next_day(day: str) -> str:
    return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=1)).isoformat()


def _compute(db: Database, first: str, last: str) -> list[DayRow]:
    rows = db.execute(_COMPUTE, {"first": first, "after": _next_day(last)}).fetchall()
    return [DayRow(*r) for r in rows]


def _runs(days: list[str]) -> list[tuple[str, str]]:
    """Sorted days as runs of consecutive days, (first, last) each."""
    runs: list[tuple[str, str]] = []
    for day in days:
        if runs and _next_day(runs[-1][1]) == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _dirty(db: Database, first: str, last: str) -> list[str]:
    if "kpi_dirty_days" not in db.table_names():
        return []
    return [
        r[0]
        for r in db.execute(
            "SELECT day FROM kpi_dirty_days WHERE day >= ? AND day <= ? ORDER BY day", [first, last]
        )
    ]


def _valid_day(day: str) -> bool:
    try:
        dt.date.fromisoformat(day)
    except (TypeError, ValueError):
        return False
    return True


def daily_rows(db: Database, first: dt.date, last: dt.date) -> list[DayRow]:
    """Exact per-(day, channel) sales for ``first``..``last`` inclusive; never writes."""
    a, b = first.isoformat(), last.isoformat()
    if "kpi_daily" not in db.table_names():
        return _compute(db, a, b)
    dirty = _dirty(db, a, b)
    rows = [
        DayRow(*r)
        for r in db.execute("SELECT * FROM kpi_daily WHERE day >= ? AND day <= ?", [a, b])
    ]
    if dirty:
        stale = set(dirty)
        rows = [r for r in rows if r.day not in stale]
        for run_first, run_last in _runs([d for d in dirty if _valid_day(d)]):
            rows.extend(_compute(db, run_first, run_last))
    return rows


def refresh(db: Database) -> int:
    """Recompute the dirty days into ``kpi_daily``; returns how many days were redone.

    Runs in a transaction of its own (or inside the caller's, when one is open); call it
    on a writable connection, such as a worker's own.
    """
    if "kpi_dirty_days" not in db.table_names():
        return 0
    conn = db.conn
    if conn.in_transaction:
        return _recompute_dirty(db)
    conn.execute("BEGIN IMMEDIATE")  # read the marks and write the rows as one step
    try:
        done = _recompute_dirty(db)
        conn.execute("COMMIT")
    except BaseException:
        conn.rollback()
        raise
    return done


def _recompute_dirty(db: Database) -> int:
    days = [r[0] for r in db.execute("SELECT day FROM kpi_dirty_days ORDER BY day")]
    if not days:
        return 0
    good = [d for d in days if _valid_day(d)]
    conn = db.conn
    conn.executemany("DELETE FROM kpi_daily WHERE day = ?", [(d,) for d in days])
    # Many dirty days (a big import, a new demo): one pass over their whole span.
    runs = [(good[0], good[-1])] if len(good) > 60 else _runs(good)
    wanted = set(good)
    for run_first, run_last in runs:
        rows = [r for r in _compute(db, run_first, run_last) if r.day in wanted]
        conn.executemany("INSERT OR REPLACE INTO kpi_daily VALUES (?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany("DELETE FROM kpi_dirty_days WHERE day = ?", [(d,) for d in days])
    return len(days)
