"""The KPI tab's in-memory copy of the shop's numbers, so any range redraws at once.

``KpiCache.load`` reads (in a worker, once per change to the shop) the daily rollups,
one small row per uncancelled order of an identified customer, the refunds, traffic,
ad spend and tickets. ``kpis(first, last, channel)`` then gives exactly what
``kpi.compute`` gives from the database (tests/test_kpi_cache.py holds them equal),
by bisecting day-sorted lists instead of querying.
"""

from __future__ import annotations

import bisect
import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass, field

from sqlite_utils import Database

from shopkeeper.services import channels, kpi, kpi_rollup, kpi_service

FAR_PAST, FAR_FUTURE = dt.date(1900, 1, 1), dt.date(2999, 12, 31)


def _span(days: list[str], first: dt.date, last: dt.date) -> tuple[int, int]:
    """The slice of the sorted ``days`` that falls in ``first``..``last``."""
    lo = bisect.bisect_left(days, first.isoformat())
    hi = bisect.bisect_left(days, (last + dt.timedelta(days=1)).isoformat())
    return lo, hi


@dataclass
class KpiCache:
    currency: str
    rows: list[kpi_rollup.DayRow]  # by day
    order_days: list[str]  # identified customers' orders, by day
    order_channels: list[str]
    order_customers: list[int]
    first_order: dict[int, str]  # customer -> day of the first uncancelled order
    refunds: list[tuple[str, str, int, int]]  # day, channel, order id, amount
    traffic: list[tuple[str, str, int, int]]  # day, channel, visitors, page views
    ads: list[tuple[str, str, int, int, int]]  # day, channel, spend, orders, revenue
    tickets: list[tuple[str, str, int | None, int | None, str | None]]  # day, ch, gap, rating
    fees: dict[str, channels.ChannelFees] = field(default_factory=dict)
    row_days: list[str] = field(default_factory=list)
    _days: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for name in ("refunds", "traffic", "ads", "tickets"):
            self._days[name] = [r[0] for r in getattr(self, name)]

    @classmethod
    def load(cls, db: Database) -> KpiCache:
        currency = kpi.check_one_currency(db)
        rows = sorted(kpi_rollup.daily_rows(db, FAR_PAST, FAR_FUTURE))
        orders = db.execute(
            "SELECT substr(placed_at, 1, 10), channel, customer_id FROM orders "
            "WHERE customer_id IS NOT NULL AND status != 'cancelled' ORDER BY placed_at"
        ).fetchall()
        first_order: dict[int, str] = {}
        for day, _channel, customer in orders:
            first_order.setdefault(customer, day)
        refunds = db.execute(
            """SELECT substr(r.created_at, 1, 10) AS day, o.channel, r.order_id, r.amount
               FROM refunds r JOIN orders o ON o.id = r.order_id
               WHERE o.status != 'cancelled' ORDER BY day"""
        ).fetchall()
        traffic = db.execute(
            "SELECT day, channel, visitors, page_views FROM traffic_daily ORDER BY day"
        ).fetchall()
        ads = db.execute(
            "SELECT day, channel, spend, orders, revenue FROM ad_spend ORDER BY day"
        ).fetchall()
        return cls(
            currency=currency,
            rows=rows,
            order_days=[o[0] for o in orders],
            order_channels=[o[1] for o in orders],
            order_customers=[o[2] for o in orders],
            first_order=first_order,
            refunds=refunds,
            traffic=traffic,
            ads=ads,
            tickets=_tickets(db),
            fees=channels.all_fees(db) | _used_fees(db, rows),
            row_days=[r.day for r in rows],
        )

    @property
    def channels(self) -> list[str]:
        return sorted({r.channel for r in self.rows} | {t[1] for t in self.traffic})

    @property
    def first_day(self) -> dt.date | None:
        return dt.date.fromisoformat(self.row_days[0]) if self.row_days else None

    def day_rows(self, first: dt.date, last: dt.date) -> list[kpi_rollup.DayRow]:
        lo, hi = _span(self.row_days, first, last)
        return self.rows[lo:hi]

    def kpis(self, first: dt.date, last: dt.date, channel: str | None = None) -> kpi.Kpis:
        """The same figures as ``kpi.compute`` for the range, from memory."""
        if last < first:
            raise kpi.BadRange(first=first.isoformat(), last=last.isoformat())
        result = kpi.Kpis(first, last, self.currency, channel)

        def fee_for(name: str, amount: int, orders: int) -> int:
            return channels.fee_amount(self.fees.get(name, channels.NO_FEES), amount, orders)

        kpi.add_sales(result, self.day_rows(first, last), fee_for)
        self._customers(result)
        lo, hi = _span(self._days["refunds"], first, last)
        mine = [r for r in self.refunds[lo:hi] if channel is None or r[1] == channel]
        result.refunds = sum(r[3] for r in mine)
        result.refunded_orders = len({r[2] for r in mine})
        lo, hi = _span(self._days["traffic"], first, last)
        seen = [t for t in self.traffic[lo:hi] if channel is None or t[1] == channel]
        result.traffic_days = len(seen)
        result.visitors = sum(t[2] for t in seen)
        result.page_views = sum(t[3] for t in seen)
        lo, hi = _span(self._days["ads"], first, last)
        spent = [a for a in self.ads[lo:hi] if channel is None or a[1] == channel]
        result.ad_spend = sum(a[2] for a in spent)
        result.ad_orders = sum(a[3] for a in spent)
        result.ad_revenue = sum(a[4] for a in spent)
        result.service = self.service(first, last, channel)
        return result

    def _customers(self, result: kpi.Kpis) -> None:
        lo, hi = _span(self.order_days, result.first, result.last)
        if result.channel is None:
            counts = Counter(self.order_customers[lo:hi])
        else:
            ch = result.channel
            counts = Counter(
                c
                for c, o in zip(
                    self.order_customers[lo:hi], self.order_channels[lo:hi], strict=True
                )
                if o == ch
            )
        start = result.first.isoformat()
        result.customers = len(counts)
        # map() keeps these loops in C: a year holds over 100,000 customers.
        result.repeat_customers = sum(map((1).__lt__, counts.values()))
        result.returning_customers = sum(
            map(start.__gt__, map(self.first_order.__getitem__, counts))
        )

    def service(self, first: dt.date, last: dt.date, channel: str | None) -> kpi_service.Service:
        lo, hi = _span(self._days["tickets"], first, last)
        result = kpi_service.Service()
        gaps = []
        for _day, ch, gap, rating, scale in self.tickets[lo:hi]:
            if channel is not None and ch != channel:
                continue
            result.opened += 1
            if gap is not None:
                gaps.append(gap)
            if rating is None:
                continue
            if scale == "nps":
                result.nps_rated += 1
                result.nps_promoters += rating >= 9
                result.nps_detractors += rating <= 6
            else:
                result.csat_rated += 1
                result.csat_happy += rating >= 4
        result.response_seconds = tuple(gaps)
        return result

    def median_response_by(
        self, starts: list[dt.date], last: dt.date, channel: str | None
    ) -> list[float | None]:
        """Median first response (hours) per bucket starting at ``starts``."""
        out = []
        for n, start in enumerate(starts):
            end = starts[n + 1] - dt.timedelta(days=1) if n + 1 < len(starts) else last
            gaps = self.service(start, end, channel).response_seconds
            out.append(statistics.median(gaps) / 3600 if gaps else None)
        return out


def _tickets(db: Database) -> list[tuple]:
    """(day, channel, seconds to first reply or None, rating, scale) of unmerged tickets."""
    columns = db["tickets"].columns_dict
    reply = (
        "first_response_at"
        if "first_response_at" in columns
        else "(SELECT min(m.sent_at) FROM ticket_messages m WHERE m.ticket_id = t.id "
        "AND m.author = 'seller')"
    )
    scale = "rating_scale" if "rating_scale" in columns else "'csat'"
    return db.execute(
        f"""SELECT substr(created_at, 1, 10), channel,
                   max(0, CAST(round((julianday({reply}) - julianday(created_at)) * 86400)
                          AS INTEGER)),
                   rating, {scale} FROM tickets t
            WHERE merged_into IS NULL ORDER BY created_at"""
    ).fetchall()


def _used_fees(db: Database, rows: list[kpi_rollup.DayRow]) -> dict[str, channels.ChannelFees]:
    """Fees of channels with sales that are not among the known ones (imported names)."""
    known = set(channels.CHANNELS)
    return {c: channels.get_fees(db, c) for c in {r.channel for r in rows} - known}


# Customers of a range from its own orders (the placed_at index), each looked up once
# for an earlier order: for a month, a fifth of ``kpi.add_customers``' pass over every
# order of the shop. Same definitions (tests/test_kpi_headline.py holds them equal).
_RANGE_CUSTOMERS = """
SELECT count(*), coalesce(sum(n >= 2), 0), coalesce(sum(EXISTS (
           SELECT 1 FROM orders p WHERE p.customer_id = c.customer_id
             AND p.status != 'cancelled' AND p.placed_at < :first)), 0)
FROM (SELECT customer_id, count(*) AS n FROM orders
      WHERE placed_at >= :first AND placed_at < :after AND customer_id IS NOT NULL
        AND status != 'cancelled' {channel}
      GROUP BY customer_id) c
"""
SHORT_RANGE_DAYS = 92  # longer ranges read every order faster in one pass


def headline(db: Database, first: dt.date, last: dt.date, channel: str | None = None) -> kpi.Kpis:
    """What ``kpi.compute`` gives, quicker for a short range: the KPI tab's cards while
    the cache loads."""
    if (last - first).days >= SHORT_RANGE_DAYS:
        return kpi.compute(db, first, last, channel)
    if last < first:
        raise kpi.BadRange(first=first.isoformat(), last=last.isoformat())
    result = kpi.Kpis(first, last, kpi.check_one_currency(db), channel)
    rows = kpi_rollup.daily_rows(db, first, last)
    kpi.add_sales(result, rows, lambda *a: channels.fee_for(db, *a))
    sql = _RANGE_CUSTOMERS.format(channel="AND channel = :channel" if channel else "")
    bounds = {
        "first": first.isoformat(),
        "after": (last + dt.timedelta(days=1)).isoformat(),
        "channel": channel,
    }
    found = db.execute(sql, bounds).fetchone()
    result.customers, result.repeat_customers, result.returning_customers = found
    kpi.add_refunds(db, result)
    kpi.add_traffic_and_ads(db, result)
    result.service = kpi_service.service(db, first, last, channel)
    return result
