"""The slower KPI charts' figures: customer cohorts, RFM segments, inventory health,
promotion results and ticket volume. Each is computed in a worker (with progress for
cohorts and RFM) and is pure Python over the shop or the ``KpiCache``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from sqlite_utils import Database

from shopkeeper.services.kpi_cache import KpiCache

Progress = Callable[[int, int], None]


def _month(day: str) -> str:
    return day[:7]


def _months_between(a: str, b: str) -> int:
    return (int(b[:4]) - int(a[:4])) * 12 + int(b[5:7]) - int(a[5:7])


@dataclass(frozen=True)
class Cohorts:
    months: list[str]  # first-order months, "2026-03"
    sizes: list[int]
    # share[i][k]: share of cohort i's customers who ordered again k+1 months after; None
    # where that month has not come yet
    share: list[list[Fraction | None]]
    offsets: int


def cohorts(
    cache: KpiCache,
    first: dt.date,
    last: dt.date,
    offsets: int = 12,
    progress: Progress | None = None,
) -> Cohorts:
    """Repeat buying by first-order month, for the cohorts that started in the range."""
    a, b = first.isoformat()[:7], last.isoformat()[:7]
    last_month = _month(cache.order_days[-1]) if cache.order_days else b
    members: dict[str, set[int]] = {}
    for customer, day in cache.first_order.items():
        month = _month(day)
        if a <= month <= b:
            members.setdefault(month, set()).add(customer)
    months = sorted(members)[-24:]
    index = {m: i for i, m in enumerate(months)}
    back: list[list[set[int]]] = [[set() for _ in range(offsets)] for _ in months]
    total = len(cache.order_days)
    for n, (day, customer) in enumerate(zip(cache.order_days, cache.order_customers, strict=True)):
        if progress and n % 50_000 == 0:
            progress(n, total)
        start = cache.first_order[customer]
        i = index.get(_month(start))
        if i is None:
            continue
        k = _months_between(start, day)
        if 1 <= k <= offsets:
            back[i][k - 1].add(customer)
    share = []
    for i, month in enumerate(months):
        size = len(members[month])
        row = []
        for k in range(offsets):
            seen = _months_between(month + "-01", last_month + "-01") >= k + 1
            row.append(Fraction(len(back[i][k]), size) if seen and size else None)
        share.append(row)
    return Cohorts(months, [len(members[m]) for m in months], share, offsets)


SEGMENTS = ("champions", "loyal", "new", "promising", "at_risk", "hibernating", "lost")


@dataclass(frozen=True)
class Segment:
    key: str
    customers: int
    sales: int  # order totals of those customers up to the end of the range


def _score(value, cuts: list) -> int:
    """1..5 by quintile cut points (ascending)."""
    return 1 + sum(value > c for c in cuts)


def _cuts(values: list) -> list:
    ordered = sorted(values)
    return [ordered[len(ordered) * q // 5] for q in range(1, 5)] if ordered else []


def _segment(r: int, f: int) -> str:
    if r >= 4 and f >= 4:
        return "champions"
    if f >= 4:
        return "loyal" if r >= 3 else "at_risk"
    if r == 5 and f == 1:
        return "new"
    if r >= 4:
        return "promising"
    if r >= 2 and f >= 2:
        return "at_risk" if r == 2 else "promising"
    return "hibernating" if r >= 2 else "lost"


def rfm(
    db: Database, last: dt.date, channel: str | None = None, progress: Progress | None = None
) -> list[Segment]:
    """Identified customers scored 1–5 on recency, frequency and money (quintiles) as of
    ``last``, grouped into segments a seller can act on."""
    rows = db.execute(
        """SELECT customer_id, max(placed_at), count(*), sum(total) FROM orders
           WHERE customer_id IS NOT NULL AND status != 'cancelled' AND placed_at < ?
             AND (? IS NULL OR channel = ?)
           GROUP BY customer_id""",
        [(last + dt.timedelta(days=1)).isoformat(), channel, channel],
    ).fetchall()
    if progress:
        progress(1, 2)
    end = last.isoformat()
    ages = [(dt.date.fromisoformat(end) - dt.date.fromisoformat(r[1][:10])).days for r in rows]
    r_cuts, f_cuts = _cuts(ages), _cuts([r[2] for r in rows])
    found = {key: [0, 0] for key in SEGMENTS}
    for (_cid, _recent, count, total), age in zip(rows, ages, strict=True):
        recency = 6 - _score(age, r_cuts)  # fewer days since the last order: higher score
        key = _segment(recency, _score(count, f_cuts))
        found[key][0] += 1
        found[key][1] += total or 0
    return [Segment(k, *found[k]) for k in SEGMENTS]


@dataclass(frozen=True)
class StockHealth:
    sell_through: Fraction | None  # units sold ÷ (units sold + on hand), range and all
    counts: dict[str, int]  # stock_out_risk, healthy, overstock, no_sales, out_of_stock
    at_risk: list[tuple[str, str, int, int | None]]  # sku, title, stock, days of cover


def inventory(
    db: Database, first: dt.date, last: dt.date, lead_days: int = 14, overstock_days: int = 180
) -> StockHealth:
    """Sell-through over the range, and each active variant's days of cover at the range's
    pace: under the lead time is a stock-out risk, over ``overstock_days`` overstock."""
    days = (last - first).days + 1
    sold = dict(
        db.execute(
            """SELECT i.variant_id, sum(i.quantity) FROM orders o
           JOIN order_items i ON i.order_id = o.id
           WHERE o.placed_at >= ? AND o.placed_at < ? AND o.status != 'cancelled'
             AND i.variant_id IS NOT NULL GROUP BY i.variant_id""",
            [first.isoformat(), (last + dt.timedelta(days=1)).isoformat()],
        ).fetchall()
    )
    counts = dict.fromkeys(
        ("out_of_stock", "stock_out_risk", "healthy", "overstock", "no_sales"), 0
    )
    risky, units, on_hand = [], 0, 0
    for vid, sku, title, stock in db.execute(
        "SELECT v.id, v.sku, p.title, v.stock FROM variants v JOIN products p "
        "ON p.id = v.product_id WHERE p.status = 'active'"
    ):
        n = sold.get(vid, 0)
        units += n
        on_hand += max(stock, 0)
        if n == 0:
            counts["no_sales" if stock > 0 else "out_of_stock"] += 1
            continue
        cover = max(stock, 0) * days // n
        if stock <= 0:
            counts["out_of_stock"] += 1
            risky.append((cover, sku, title, stock))
        elif cover < lead_days:
            counts["stock_out_risk"] += 1
            risky.append((cover, sku, title, stock))
        elif cover > overstock_days:
            counts["overstock"] += 1
        else:
            counts["healthy"] += 1
    risky.sort()
    through = Fraction(units, units + on_hand) if units + on_hand else None
    return StockHealth(through, counts, [(s, t, q, c) for c, s, t, q in risky[:15]])


@dataclass(frozen=True)
class PromotionResult:
    id: int
    name: str
    first: dt.date
    last: dt.date
    sales: int  # sales after discounts during the promotion (its channel, or all)
    baseline: int  # the same number of days just before, for comparison
    discounts: int
    profit: int  # gross − discounts − cost of goods during it
    baseline_profit: int
    budget: int

    @property
    def lift(self) -> Fraction | None:
        """Sales during ÷ sales in the same-length period before − 1."""
        return Fraction(self.sales, self.baseline) - 1 if self.baseline > 0 else None

    @property
    def cost(self) -> int:
        """The budget when one was set, else the discounts given."""
        return self.budget or self.discounts

    @property
    def roi(self) -> Fraction | None:
        """(Profit above the period before − cost) ÷ cost."""
        if not self.cost:
            return None
        return Fraction(self.profit - self.baseline_profit - self.cost, self.cost)


def promotion_results(
    db: Database, cache: KpiCache, first: dt.date, last: dt.date, limit: int = 20
) -> list[PromotionResult]:
    """Promotions that ended or started in the range (latest first), with lift and ROI."""
    rows = db.execute(
        """SELECT id, name, substr(starts_at, 1, 10), substr(ends_at, 1, 10), channel, budget
           FROM promotions WHERE substr(starts_at, 1, 10) <= ? AND substr(ends_at, 1, 10) >= ?
           ORDER BY starts_at DESC LIMIT ?""",
        [last.isoformat(), first.isoformat(), limit],
    ).fetchall()
    out = []
    for pid, name, starts, ends, channel, budget in rows:
        a, b = dt.date.fromisoformat(starts), dt.date.fromisoformat(ends)
        length = (b - a).days + 1
        before = (a - dt.timedelta(days=length), a - dt.timedelta(days=1))
        during, prior = _sums(cache, a, b, channel), _sums(cache, *before, channel)
        out.append(
            PromotionResult(
                pid, name, a, b, during[0], prior[0], during[1], during[2], prior[2], budget or 0
            )
        )
    return out


def _sums(cache: KpiCache, first: dt.date, last: dt.date, channel: str) -> tuple[int, int, int]:
    sales = discounts = profit = 0
    for r in cache.day_rows(first, last):
        if channel and r.channel != channel:
            continue
        sales += r.gross - r.discounts
        discounts += r.discounts
        profit += r.gross - r.discounts - r.cost
    return sales, discounts, profit
