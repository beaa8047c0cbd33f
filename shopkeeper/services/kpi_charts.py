"""Figures behind the KPI charts: series over time, channel split, top products with
ABC classes, category mix, refund reasons and the conversion funnel.

Same counting rules as ``kpi``: cancelled orders count nowhere, an order counts on the
day of its placed_at time, refunds on their own date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from shopkeeper.services.kpi_rollup import DayRow

GRANULARITIES = ("day", "week", "month")


def bucket(day: dt.date, granularity: str) -> dt.date:
    """The first day of the day/ISO week/month bucket holding ``day``."""
    if granularity == "week":
        return day - dt.timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    return day


def buckets(first: dt.date, last: dt.date, granularity: str) -> list[dt.date]:
    out: list[dt.date] = []
    day = first
    while day <= last:
        b = bucket(day, granularity)
        if not out or out[-1] != b:
            out.append(b)
        day += dt.timedelta(days=1)
    return out


@dataclass(frozen=True)
class Series:
    starts: list[dt.date]
    orders: list[int]
    gross: list[int]
    net_of_discounts: list[int]


def series(
    rows: list[DayRow], first: dt.date, last: dt.date, granularity: str, channel: str | None = None
) -> Series:
    """Orders and sales per bucket, every bucket of the range present (zeros included)."""
    starts = buckets(first, last, granularity)
    index = {b: n for n, b in enumerate(starts)}
    orders, gross, net = [0] * len(starts), [0] * len(starts), [0] * len(starts)
    for row in rows:
        if channel is not None and row.channel != channel:
            continue
        day = dt.date.fromisoformat(row.day)
        if not first <= day <= last:
            continue
        n = index[bucket(day, granularity)]
        orders[n] += row.orders
        gross[n] += row.gross
        net[n] += row.gross - row.discounts
    return Series(starts, orders, gross, net)


def channel_split(rows: list[DayRow], first: dt.date, last: dt.date) -> list[tuple[str, int, int]]:
    """(channel, orders, gross sales), largest first."""
    a, b = first.isoformat(), last.isoformat()
    totals: dict[str, list[int]] = {}
    for row in rows:
        if a <= row.day <= b:
            t = totals.setdefault(row.channel, [0, 0])
            t[0] += row.orders
            t[1] += row.gross
    return sorted(((c, o, g) for c, (o, g) in totals.items()), key=lambda r: -r[2])


@dataclass(frozen=True)
class ProductSales:
    title: str
    category: str
    units: int
    gross: int
    abc: str = ""  # A: the best sellers making 80% of sales, B: the next 15%, C: the rest


def _filters(channel: str | None, category: str | None) -> tuple[str, list]:
    sql, args = "", []
    if channel is not None:
        sql += " AND o.channel = ?"
        args.append(channel)
    if category is not None:
        sql += " AND coalesce(p.category, '') = ?"
        args.append(category)
    return sql, args


def product_sales(
    db: Database,
    first: dt.date,
    last: dt.date,
    channel: str | None = None,
    category: str | None = None,
) -> list[ProductSales]:
    """Every product sold in the range, best first, each with its ABC class."""
    extra, args = _filters(channel, category)
    rows = db.execute(
        f"""SELECT coalesce(p.title, i.title, i.sku), coalesce(p.category, ''),
                   sum(i.quantity), sum(i.quantity * i.unit_price) AS gross
            FROM orders o JOIN order_items i ON i.order_id = o.id
            LEFT JOIN variants v ON v.id = i.variant_id
            LEFT JOIN products p ON p.id = v.product_id
            WHERE o.placed_at >= ? AND o.placed_at < ? AND o.status != 'cancelled' {extra}
            GROUP BY coalesce(p.id, -1), coalesce(p.title, i.title, i.sku)
            ORDER BY gross DESC, 1""",
        [first.isoformat(), (last + dt.timedelta(days=1)).isoformat(), *args],
    ).fetchall()
    total = sum(r[3] for r in rows)
    out, running = [], 0
    for title, cat, units, gross in rows:
        # A product's class is decided by the share sold before it, so the product that
        # crosses 80% is still an A.
        share_before = running / total if total else 1
        out.append(
            ProductSales(
                title,
                cat,
                units,
                gross,
                "A" if share_before < 0.80 else "B" if share_before < 0.95 else "C",
            )
        )
        running += gross
    return out


def top_products(
    db: Database,
    first: dt.date,
    last: dt.date,
    limit: int = 15,
    channel: str | None = None,
    category: str | None = None,
) -> list[ProductSales]:
    return product_sales(db, first, last, channel, category)[:limit]


def category_mix(products: list[ProductSales]) -> list[tuple[str, int]]:
    totals: dict[str, int] = {}
    for p in products:
        totals[p.category or "—"] = totals.get(p.category or "—", 0) + p.gross
    return sorted(totals.items(), key=lambda kv: -kv[1])


def refund_reasons(
    db: Database, first: dt.date, last: dt.date, channel: str | None = None
) -> list[tuple[str, int, int]]:
    """(reason, refunds, amount) of refunds dated in the range, largest amount first."""
    rows = db.execute(
        """SELECT coalesce(nullif(r.reason, ''), '—'), count(*), sum(r.amount)
           FROM refunds r JOIN orders o ON o.id = r.order_id
           WHERE r.created_at >= ? AND r.created_at < ? AND o.status != 'cancelled'
             AND (? IS NULL OR o.channel = ?)
           GROUP BY 1 ORDER BY 3 DESC""",
        [first.isoformat(), (last + dt.timedelta(days=1)).isoformat(), channel, channel],
    ).fetchall()
    return [tuple(r) for r in rows]


def funnel(
    db: Database, first: dt.date, last: dt.date, channel: str | None = None
) -> list[tuple[str, int]]:
    """Visitors → orders → paid → shipped (placed in the range); empty without traffic."""
    bounds = [first.isoformat(), (last + dt.timedelta(days=1)).isoformat(), channel, channel]
    days, visitors = db.execute(
        "SELECT count(*), coalesce(sum(visitors), 0) FROM traffic_daily "
        "WHERE day >= ? AND day < ? AND (? IS NULL OR channel = ?)",
        bounds,
    ).fetchone()
    orders, paid, shipped = db.execute(
        """SELECT count(*), coalesce(sum(status != 'unpaid'), 0),
                  coalesce(sum(status IN ('shipped', 'completed')
                               OR (status = 'refunded' AND shipped_at IS NOT NULL)), 0)
           FROM orders WHERE placed_at >= ? AND placed_at < ? AND status != 'cancelled'
             AND (? IS NULL OR channel = ?)""",
        bounds,
    ).fetchone()
    steps = [("orders", orders), ("paid", paid), ("shipped", shipped)]
    return ([("visitors", visitors)] if days else []) + steps
