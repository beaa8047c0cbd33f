"""Two years of orders, their lines and refunds, following the shopping calendar."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import NamedTuple

from shopkeeper.services.demo import calendar
from shopkeeper.services.demo.base import CHANNELS, Context, iso
from shopkeeper.services.demo.catalog import Catalog
from shopkeeper.services.demo.customers import Customers
from shopkeeper.services.demo.promotions import Schedule

ORDER_COLUMNS = (
    "id",
    "order_no",
    "channel",
    "customer_id",
    "placed_at",
    "status",
    "subtotal",
    "discount",
    "shipping",
    "total",
    "country",
    "paid_at",
    "shipped_at",
)
ITEM_COLUMNS = ("id", "order_id", "line_no", "variant_id", "sku", "title", "quantity", "unit_price")
REFUND_COLUMNS = ("order_id", "order_item_id", "quantity", "amount", "reason", "created_at")
CHUNK = 2000

LINES, LINES_CUM = (1, 2, 3, 4), (20, 50, 80, 100)  # about 2.5 lines per order
QUANTITY, QUANTITY_CUM = (1, 2, 3, 5), (80, 93, 98, 100)
REASONS = {
    "cn": ("七天无理由退货", "尺码不合适", "商品破损", "颜色与图片不符", "发错货", "不想要了"),
    "intl": (
        "Changed my mind",
        "Wrong size",
        "Arrived damaged",
        "Not as pictured",
        "Wrong item sent",
        "Arrived too late",
    ),
}


class Sold(NamedTuple):
    """An order a customer ticket can be about."""

    order_id: int
    order_no: str
    customer_id: int
    channel: int
    placed: dt.datetime
    variant_id: int
    line_title: str
    status: str


@dataclass
class OrderStats:
    days: int
    # Flat [day * len(CHANNELS) + channel] tables for traffic, ads and targets.
    placed: list[int] = field(default_factory=list)
    revenue: list[int] = field(default_factory=list)
    candidates: list[Sold] = field(default_factory=list)
    orders: int = 0
    items: int = 0
    refunds: int = 0


def allocate(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` in proportion to ``weights`` exactly (largest remainder)."""
    whole = sum(weights)
    counts = [total * w // whole for w in weights]
    by_remainder = sorted(range(len(weights)), key=lambda i: -(total * weights[i] % whole))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _cells(ctx: Context) -> list[int]:
    weights = calendar.daily_weights(ctx.start, ctx.days, ctx.rng("seasons"))
    cells = []
    for k, (cn, intl) in enumerate(weights):
        today = k == ctx.days - 1
        for channel in CHANNELS:
            w = (cn if channel.group == "cn" else intl) * channel.share
            cells.append(w * 9 // 24 if today else w)  # today has only run until nine
    return cells


def generate(
    ctx: Context, catalog: Catalog, customers: Customers, schedule: Schedule
) -> OrderStats:
    rng = ctx.rng("orders")
    width = len(CHANNELS)
    counts = allocate(ctx.scale.orders, _cells(ctx))
    stats = OrderStats(days=ctx.days, placed=counts, revenue=[0] * len(counts))
    # Twice the tickets' need, so support can prefer refunded orders for return tickets.
    keep_rate = min(1.0, 2 * ctx.scale.tickets / max(1, ctx.scale.orders))
    numbers = [0] * width
    order_id, item_id = ctx.next_id("orders"), ctx.next_id("order_items")
    orders, items, refunds = [], [], []
    for k in range(ctx.days):
        day = ctx.start + dt.timedelta(days=k)
        midnight = dt.datetime.combine(day, dt.time())
        age = ctx.days - 1 - k
        hours = 9 if age == 0 else 24
        times = []
        for c, channel in enumerate(CHANNELS):
            n = counts[k * width + c]
            if n:
                cum = calendar.hour_cum_weights(day, channel.group, hours)
                for hour in rng.choices(range(hours), cum_weights=cum, k=n):
                    times.append((hour * 3600 + rng.randrange(3600), c))
        times.sort()
        for seconds, c in times:
            channel = CHANNELS[c]
            placed = midnight + dt.timedelta(seconds=seconds)
            customer = customers.pick(rng, c, k)
            lines, subtotal = _lines(rng, catalog, channel.group, order_id, item_id)
            item_id += len(lines)
            discount, shipping = _discount_and_shipping(
                rng, schedule.get((day, c)), channel.group, subtotal
            )
            total = subtotal - discount + shipping
            status = _status(rng, age)
            paid = shipped = None
            if status not in ("unpaid", "cancelled"):
                paid = min(placed + dt.timedelta(seconds=rng.randint(5, 1800)), ctx.now)
                if status != "paid" and (status != "refunded" or rng.random() < 0.8):
                    shipped = min(
                        paid + dt.timedelta(seconds=rng.randint(4 * 3600, 60 * 3600)), ctx.now
                    )
            number = _order_no(rng, channel.name, numbers[c], day)
            numbers[c] += 1
            orders.append(
                (
                    order_id,
                    number,
                    channel.name,
                    customer,
                    iso(placed),
                    status,
                    subtotal,
                    discount,
                    shipping,
                    total,
                    customers.countries[customer],
                    paid and iso(paid),
                    shipped and iso(shipped),
                )
            )
            items.extend(lines)
            if status in ("paid", "shipped", "completed"):
                stats.revenue[k * width + c] += total
            elif status == "refunded":
                refunds.append(
                    _refund(rng, ctx, channel.group, lines, total, shipped or paid or placed)
                )
            rate = keep_rate * 6 if status == "refunded" else keep_rate
            if age <= 3 or rng.random() < rate:
                stats.candidates.append(
                    Sold(order_id, number, customer, c, placed, lines[0][3], lines[0][5], status)
                )
            order_id += 1
            if len(orders) >= CHUNK:
                _flush(ctx, stats, orders, items, refunds)
                orders, items, refunds = [], [], []
    _flush(ctx, stats, orders, items, refunds)
    return stats


def _flush(ctx: Context, stats: OrderStats, orders: list, items: list, refunds: list) -> None:
    ctx.insert("orders", ORDER_COLUMNS, orders)
    ctx.insert("order_items", ITEM_COLUMNS, items)
    ctx.insert("refunds", REFUND_COLUMNS, refunds)
    stats.orders += len(orders)
    stats.items += len(items)
    stats.refunds += len(refunds)
    ctx.progress.advance(len(orders))


def _lines(
    rng: random.Random, catalog: Catalog, group: str, order_id: int, first_item_id: int
) -> tuple[list[tuple], int]:
    wanted = rng.choices(LINES, cum_weights=LINES_CUM)[0]
    picks = rng.choices(catalog.pools[group], cum_weights=catalog.cum_weights[group], k=wanted)
    lines, seen, subtotal = [], set(), 0
    for variant_id, sku, title, price in picks:
        if variant_id in seen:
            continue
        seen.add(variant_id)
        quantity = rng.choices(QUANTITY, cum_weights=QUANTITY_CUM)[0]
        lines.append(
            (
                first_item_id + len(lines),
                order_id,
                len(lines) + 1,
                variant_id,
                sku,
                title,
                quantity,
                price,
            )
        )
        subtotal += quantity * price
    return lines, subtotal


def _discount_and_shipping(
    rng: random.Random, promotion: tuple[str, int, int] | None, group: str, subtotal: int
) -> tuple[int, int]:
    discount, free_shipping = 0, False
    if promotion is not None:
        kind, value, threshold = promotion
        if kind == "percent_off":
            discount = subtotal * value // 10_000
        elif kind == "amount_off":
            discount = min(value, subtotal)
        elif kind == "threshold" and subtotal >= threshold:
            discount = value
        elif kind == "free_shipping":
            free_shipping = True
    elif rng.random() < 0.08:
        coupon = rng.choice((500, 1000, 2000))  # a store coupon with a 5× minimum spend
        discount = coupon if subtotal >= 5 * coupon else 0
    if free_shipping:
        shipping = 0
    elif group == "cn":  # 包邮 is the norm on Chinese platforms
        shipping = 0 if subtotal >= 9_900 or rng.random() < 0.7 else rng.choice((600, 800, 1000))
    else:
        shipping = 0 if subtotal >= 39_900 else rng.choice((2_500, 3_500, 4_500))
    return discount, shipping


def _status(rng: random.Random, age: int) -> str:
    r = rng.random()
    if r < 0.02:
        return "cancelled"
    if r < 0.05 and age >= 4:
        return "refunded"
    if age == 0:
        return "unpaid" if r < 0.3 else "paid"
    if age == 1:
        return "unpaid" if r < 0.08 else "paid" if r < 0.5 else "shipped"
    if age <= 3:
        return "paid" if r < 0.25 else "shipped"
    if age <= 14:
        # Buyers confirm receipt (or the platform does) one to two weeks after shipping.
        return "shipped" if rng.randrange(10) < 14 - age else "completed"
    return "completed"


def _order_no(rng: random.Random, channel: str, n: int, day: dt.date) -> str:
    """Order numbers look like each platform's; the running count keeps them unique."""
    if channel == "taobao":
        return f"{day:%y%m%d}{n:07d}{rng.randrange(100_000):05d}"
    if channel == "jd":
        return str(28_000_000_000 + n * 7 + rng.randrange(7))
    if channel == "shopify":
        return f"#{1001 + n}"
    if channel == "etsy":
        return str(3_100_000_000 + n * 13 + rng.randrange(13))
    if channel == "amazon":
        return f"{rng.choice(('111', '112', '113', '114'))}-{n:07d}-{rng.randrange(10**7):07d}"
    return f"{rng.randrange(10, 28)}-{n:05d}-{rng.randrange(100_000):05d}"


def _refund(
    rng: random.Random, ctx: Context, group: str, lines: list[tuple], total: int, after: dt.datetime
) -> tuple:
    created = iso(
        min(after + dt.timedelta(days=rng.randint(2, 10), seconds=rng.randrange(86400)), ctx.now)
    )
    reason = rng.choice(REASONS[group])
    if len(lines) == 1 or rng.random() < 0.6:
        return (lines[0][1], None, sum(line[6] for line in lines), total, reason, created)
    line = rng.choice(lines)
    return (line[1], line[0], line[6], min(line[6] * line[7], total), reason, created)
