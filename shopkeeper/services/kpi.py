"""The shop's KPIs over a range of whole days, each with ONE written definition.

The definitions live in ``kpi_definitions.DEFINITIONS`` (shown as tooltips, in the
reports' definitions sheet and in the README). In short, for ``first``..``last``
inclusive, whole days in the shop's time zone (order times are stored as the shop
zone's wall time, so a day is a text prefix of ``placed_at``):

- Cancelled orders, including C-invoices, count nowhere.
- gross_sales = Σ unit price × quantity over lines of orders placed in the range.
- discounts = order discounts + line discounts of those orders.
- refunds = refund amounts dated in the range (refund date, else the order's date,
  which the import stores as the refund's date), on orders that are not cancelled.
- net_sales = gross_sales − discounts − refunds.
- gross_profit = net_sales − cost of goods − channel fees; cost of goods is quantity ×
  the ``unit_cost`` snapshotted on each line at import; lines without a cost are left
  out of it and counted in ``lines_without_cost``; channel fees are
  ``channels.fee_for(channel, gross − discounts, orders)`` per channel.
- buyers = distinct identified customers + one per guest order.
- aov = (gross − discounts) ÷ orders; sales_per_buyer (客单价) = (gross − discounts) ÷
  buyers; both rounded half-up to minor units.
- conversion_rate = orders ÷ visitors; None ("no traffic data") without traffic rows.
- repeat_purchase_rate = identified customers with ≥ 2 orders ÷ identified customers.
- returning_customer_rate = identified customers who ordered before the range ÷
  identified customers in it.
- refund_rate = refunds ÷ gross_sales; refund_rate_by_count = orders with a refund
  dated in the range ÷ orders.

Money is integer minor units; rates are exact ``Fraction``s inside (None when the
division is undefined) and 4-decimal numbers in the JSON.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected, UserError
from shopkeeper.services import channels, kpi_rollup, kpi_service
from shopkeeper.store import settings

FeeFor = Callable[[str, int, int], int]
JSON_KEYS = (
    "gross_sales",
    "net_sales",
    "discounts",
    "refunds",
    "orders",
    "units",
    "aov",
    "buyers",
    "sales_per_buyer",
    "conversion_rate",
    "repeat_purchase_rate",
    "refund_rate",
    "refund_rate_by_count",
    "gross_profit",
    "lines_without_cost",
    "currency",
)


class MixedCurrencies(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "The shop holds amounts in more than one currency ({currencies}); KPIs add money "
        "only in one currency. Nothing was computed.",
    )


class BadRange(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError", "The range ends ({last}) before it starts ({first}). Nothing was computed."
    )


@dataclass
class Kpis:
    first: dt.date
    last: dt.date
    currency: str
    channel: str | None = None
    scope: str = "shop"  # "category": traffic, advertising and service are not counted
    gross_sales: int = 0
    discounts: int = 0
    refunds: int = 0
    orders: int = 0
    units: int = 0
    guest_orders: int = 0
    customers: int = 0  # identified customers with an order in the range
    repeat_customers: int = 0
    returning_customers: int = 0
    refunded_orders: int = 0
    cost_of_goods: int = 0
    channel_fees: int = 0
    lines_without_cost: int = 0
    traffic_days: int = 0
    visitors: int = 0
    page_views: int = 0
    ad_spend: int = 0
    ad_orders: int = 0
    ad_revenue: int = 0
    service: kpi_service.Service = field(default_factory=kpi_service.Service)

    @property
    def net_sales(self) -> int:
        return self.gross_sales - self.discounts - self.refunds

    @property
    def sales_after_discounts(self) -> int:
        return self.gross_sales - self.discounts

    @property
    def gross_profit(self) -> int:
        return self.net_sales - self.cost_of_goods - self.channel_fees

    @property
    def buyers(self) -> int:
        return self.customers + self.guest_orders

    @property
    def aov(self) -> int | None:
        return round_half_up(self.sales_after_discounts, self.orders)

    @property
    def sales_per_buyer(self) -> int | None:
        return round_half_up(self.sales_after_discounts, self.buyers)

    @property
    def conversion_rate(self) -> Fraction | None:
        if not self.traffic_days:
            return None  # "no traffic data", never 0 %
        return ratio(self.orders, self.visitors)

    @property
    def repeat_purchase_rate(self) -> Fraction | None:
        return ratio(self.repeat_customers, self.customers)

    @property
    def returning_customer_rate(self) -> Fraction | None:
        return ratio(self.returning_customers, self.customers)

    @property
    def refund_rate(self) -> Fraction | None:
        return ratio(self.refunds, self.gross_sales)

    @property
    def refund_rate_by_count(self) -> Fraction | None:
        return ratio(self.refunded_orders, self.orders)

    @property
    def gross_margin(self) -> Fraction | None:
        return ratio(self.gross_profit, self.net_sales) if self.net_sales > 0 else None

    @property
    def roas(self) -> Fraction | None:
        return ratio(self.ad_revenue, self.ad_spend)

    @property
    def cpa(self) -> int | None:
        return round_half_up(self.ad_spend, self.ad_orders)

    @property
    def tickets_opened(self) -> int:
        return self.service.opened

    @property
    def median_first_response(self) -> int | None:
        return self.service.median_first_response

    @property
    def satisfaction(self) -> Fraction | None:
        return self.service.satisfaction

    @property
    def nps(self) -> Fraction | None:
        return self.service.nps

    def value(self, key: str):
        """A KPI by its DEFINITIONS key."""
        return getattr(self, key)

    def to_json(self) -> dict:
        """The command line's stable keys: money in minor units, rates to 4 decimals."""
        out = {}
        for key in JSON_KEYS:
            value = getattr(self, key)
            out[key] = rate_4(value) if isinstance(value, Fraction) else value
        return out


def ratio(part: int, whole: int) -> Fraction | None:
    return Fraction(part, whole) if whole else None


def round_half_up(amount: int, count: int) -> int | None:
    """``amount`` ÷ ``count`` to whole minor units, halves away from zero; None for ÷ 0."""
    if not count:
        return None
    quotient = Decimal(amount) / Decimal(count)
    return int(quotient.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def rate_4(value: Fraction | None) -> float | None:
    if value is None:
        return None
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return float(exact.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))


def check_one_currency(db: Database) -> str:
    """The shop's currency; MixedCurrencies when any money row names another one."""
    currency = settings.get(db, settings.CURRENCY)
    found = {currency}
    for table in db.table_names():
        if "currency" in db[table].columns_dict:
            found.update(
                r[0]
                for r in db.execute(
                    f"SELECT DISTINCT currency FROM [{table}] WHERE coalesce(currency, '') != ''"
                )
            )
    if len(found) > 1:
        raise MixedCurrencies(currencies=", ".join(sorted(found)))
    return currency


def compute(db: Database, first: dt.date, last: dt.date, channel: str | None = None) -> Kpis:
    """Every KPI for ``first``..``last`` (inclusive), optionally one channel only."""
    if last < first:
        raise BadRange(first=first.isoformat(), last=last.isoformat())
    result = Kpis(first, last, check_one_currency(db), channel)
    add_sales(result, kpi_rollup.daily_rows(db, first, last), lambda *a: channels.fee_for(db, *a))
    add_customers(db, result)
    add_refunds(db, result)
    add_traffic_and_ads(db, result)
    result.service = kpi_service.service(db, first, last, channel)
    return result


def add_sales(result: Kpis, rows: list[kpi_rollup.DayRow], fee_for: FeeFor) -> None:
    """Sum the daily rows of the range (and channel) into ``result``, with channel fees:
    ``fee_for(channel, gross − discounts, orders)`` per channel."""
    per_channel: dict[str, list[int]] = {}
    first, last = result.first.isoformat(), result.last.isoformat()
    for row in rows:
        if (result.channel is not None and row.channel != result.channel) or not (
            first <= row.day <= last
        ):
            continue
        result.orders += row.orders
        result.guest_orders += row.guest_orders
        result.discounts += row.discounts
        result.gross_sales += row.gross
        result.units += row.units
        result.cost_of_goods += row.cost
        result.lines_without_cost += row.lines_without_cost
        sums = per_channel.setdefault(row.channel, [0, 0])
        sums[0] += row.gross - row.discounts
        sums[1] += row.orders
    result.channel_fees = sum(
        fee_for(name, amount, count) for name, (amount, count) in per_channel.items()
    )


def _bounds(result: Kpis) -> dict:
    return {
        "first": result.first.isoformat(),
        "after": (result.last + dt.timedelta(days=1)).isoformat(),
        "channel": result.channel,
    }


_CUSTOMERS = """
SELECT count(*), coalesce(sum(n >= 2), 0), coalesce(sum(earliest < :first), 0) FROM (
    SELECT customer_id, sum(placed_at >= :first AND placed_at < :after {channel}) AS n,
           min(placed_at) AS earliest
    FROM orders WHERE customer_id IS NOT NULL AND status != 'cancelled'
    GROUP BY customer_id
) WHERE n > 0
"""


def add_customers(db: Database, result: Kpis) -> None:
    """Identified customers, repeat buyers (≥ 2 orders in range) and returning customers
    (an order before the range, in any channel). One pass over a covering index."""
    sql = _CUSTOMERS.format(channel="AND channel = :channel" if result.channel else "")
    found = db.execute(sql, _bounds(result)).fetchone()
    result.customers, result.repeat_customers, result.returning_customers = found


def add_refunds(db: Database, result: Kpis) -> None:
    amount, count = db.execute(
        """SELECT coalesce(sum(r.amount), 0), count(DISTINCT r.order_id)
           FROM refunds r JOIN orders o ON o.id = r.order_id
           WHERE r.created_at >= :first AND r.created_at < :after AND o.status != 'cancelled'
             AND (:channel IS NULL OR o.channel = :channel)""",
        _bounds(result),
    ).fetchone()
    result.refunds, result.refunded_orders = amount, count


def add_traffic_and_ads(db: Database, result: Kpis) -> None:
    bounds = _bounds(result)
    days, visitors, views = db.execute(
        """SELECT count(*), coalesce(sum(visitors), 0), coalesce(sum(page_views), 0)
           FROM traffic_daily WHERE day >= :first AND day < :after
             AND (:channel IS NULL OR channel = :channel)""",
        bounds,
    ).fetchone()
    result.traffic_days, result.visitors, result.page_views = days, visitors, views
    spend, orders, revenue = db.execute(
        """SELECT coalesce(sum(spend), 0), coalesce(sum(orders), 0), coalesce(sum(revenue), 0)
           FROM ad_spend WHERE day >= :first AND day < :after
             AND (:channel IS NULL OR channel = :channel)""",
        bounds,
    ).fetchone()
    result.ad_spend, result.ad_orders, result.ad_revenue = spend, orders, revenue


def field_names() -> list[str]:
    return [f.name for f in fields(Kpis)]
