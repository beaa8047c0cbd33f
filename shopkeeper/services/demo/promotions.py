"""Promotions around every festival, flash sales, their checklists, and the calendar."""

from __future__ import annotations

import datetime as dt
import random
from typing import NamedTuple

from shopkeeper.services import calendar
from shopkeeper.services.demo import campaigns
from shopkeeper.services.demo.base import CHANNELS, Context, iso
from shopkeeper.services.demo.calendar import mothers_day
from shopkeeper.services.demo.catalog import Catalog

COLUMNS = (
    "id",
    "name",
    "kind",
    "value",
    "threshold",
    "starts_at",
    "ends_at",
    "channel",
    "budget",
    "notes",
)
CHANNEL_INDEX = {c.name: i for i, c in enumerate(CHANNELS)}
# Storewide order discounts per (day, channel index): (kind, value, threshold).
Schedule = dict[tuple[dt.date, int], tuple[str, int, int]]

TASKS_CN = (
    ("报名平台活动", 30),
    ("备货：检查畅销款库存", 21),
    ("设计活动主图和详情页", 14),
    ("设置店铺优惠券", 7),
    ("预热：上新推送和店铺动态", 5),
    ("准备客服快捷回复", 3),
    ("核对价格底线", 2),
)
TASKS_EN = (
    ("Restock bestsellers", 21),
    ("Update banners and hero images", 14),
    ("Set up discount codes", 7),
    ("Schedule the email newsletter", 5),
    ("Prepare canned replies for the rush", 3),
    ("Check price floors", 2),
    ("Book extra courier pickups", 1),
)


class Festival(NamedTuple):
    name: str
    kind: str
    value: int  # basis points for percent_off, 分 otherwise
    threshold: int
    starts: dt.datetime
    ends: dt.datetime
    channels: tuple[str, ...]
    budget: int


def _span(first: dt.date, last: dt.date, hour: int = 0) -> tuple[dt.datetime, dt.datetime]:
    return (
        dt.datetime.combine(first, dt.time(hour)),
        dt.datetime.combine(last, dt.time(23, 59, 59)),
    )


def festivals(year: int) -> list[Festival]:
    D, cn, west = dt.date, ("taobao", "jd"), ("shopify", "etsy")
    cny = calendar.spring_festival(year)
    found = [
        Festival(
            "年货节 满200减20",
            "threshold",
            2000,
            20000,
            *_span(cny - dt.timedelta(30), cny - dt.timedelta(15)),
            cn,
            300000,
        )
    ]
    md = mothers_day(year)
    bf, cm = calendar.black_friday(year), calendar.cyber_monday(year)
    found += [
        Festival(
            "Valentine's Free Shipping",
            "free_shipping",
            0,
            0,
            *_span(D(year, 2, 7), D(year, 2, 14)),
            west,
            150000,
        ),
        Festival(
            "38女王节 全场85折",
            "percent_off",
            1500,
            0,
            *_span(D(year, 3, 5), D(year, 3, 8)),
            ("taobao",),
            200000,
        ),
        Festival(
            "Mother's Day 15% Off",
            "percent_off",
            1500,
            0,
            *_span(md - dt.timedelta(7), md),
            west,
            150000,
        ),
        Festival(
            "520 告白季 立减20元",
            "amount_off",
            2000,
            0,
            *_span(D(year, 5, 18), D(year, 5, 20)),
            cn,
            150000,
        ),
        Festival(
            "618 年中大促 满300减30",
            "threshold",
            3000,
            30000,
            *_span(D(year, 6, 1), D(year, 6, 18)),
            cn,
            800000,
        ),
        Festival(
            "Summer Sale 20% Off",
            "percent_off",
            2000,
            0,
            *_span(D(year, 7, 10), D(year, 7, 20)),
            ("shopify", "ebay"),
            100000,
        ),
        Festival(
            "Prime Day Deal 20% Off",
            "percent_off",
            2000,
            0,
            *_span(D(year, 7, 16), D(year, 7, 17)),
            ("amazon",),
            200000,
        ),
        # 双11 opens at 20:00 on 31 October.
        Festival(
            "双11 狂欢节 满300减50",
            "threshold",
            5000,
            30000,
            *_span(D(year, 10, 31), D(year, 11, 11), hour=20),
            ("taobao",),
            1500000,
        ),
        Festival(
            "京东双11 全场85折",
            "percent_off",
            1500,
            0,
            *_span(D(year, 11, 1), D(year, 11, 11)),
            ("jd",),
            800000,
        ),
        Festival(
            "Black Friday – Cyber Monday 25% Off",
            "percent_off",
            2500,
            0,
            *_span(bf, cm),
            ("shopify", "etsy", "amazon", "ebay"),
            600000,
        ),
        Festival(
            "双12 满200减25",
            "threshold",
            2500,
            20000,
            *_span(D(year, 12, 10), D(year, 12, 12)),
            ("taobao",),
            300000,
        ),
        Festival(
            "Christmas Free Shipping",
            "free_shipping",
            0,
            0,
            *_span(D(year, 12, 1), D(year, 12, 20)),
            west,
            200000,
        ),
        Festival(
            "Holiday Gift Deal: ¥50 off ¥400",
            "threshold",
            5000,
            40000,
            *_span(D(year, 12, 1), D(year, 12, 20)),
            ("amazon", "ebay"),
            200000,
        ),
    ]
    return found


def generate(ctx: Context, catalog: Catalog) -> tuple[Schedule, int]:
    """Write promotions, targets, tasks and calendar events; return the order schedule."""
    rng = ctx.rng("promotions")
    horizon = ctx.today + dt.timedelta(days=90)  # the calendar shows what is coming up
    first, last = dt.datetime.combine(ctx.start, dt.time()), dt.datetime.combine(horizon, dt.time())
    planned = [
        (f, ch)
        for year in range(ctx.start.year, horizon.year + 1)
        for f in festivals(year)
        if f.ends >= first and f.starts <= last
        for ch in f.channels
    ]
    planned.sort(key=lambda pair: pair[0].starts)
    promotion_id = ctx.next_id("promotions")
    schedule: Schedule = {}
    promotions, tasks = [], []
    for festival, channel in planned:
        group = CHANNELS[CHANNEL_INDEX[channel]].group
        name = f"{festival.name} ({channel})"
        notes = "全店活动，自动计入订单优惠" if group == "cn" else "Storewide, applied at checkout"
        promotions.append(
            (
                promotion_id,
                name,
                festival.kind,
                festival.value,
                festival.threshold,
                iso(festival.starts),
                iso(festival.ends),
                channel,
                festival.budget,
                notes,
            )
        )
        tasks += _tasks(rng, ctx, promotion_id, festival.starts.date(), group)
        day = festival.starts.date() + dt.timedelta(days=1 if festival.starts.hour else 0)
        while day <= festival.ends.date():
            schedule.setdefault((day, CHANNEL_INDEX[channel]), festival[1:4])
            day += dt.timedelta(days=1)
        promotion_id += 1
    flash, targets = _flash_sales(
        rng, ctx, catalog, promotion_id, ctx.scale.promotions - len(promotions)
    )
    promotions += flash
    ctx.insert("promotions", COLUMNS, promotions)
    ctx.insert("promotion_targets", ("promotion_id", "product_id"), targets)
    ctx.insert("campaign_tasks", ("promotion_id", "title", "due_on", "done"), tasks)
    extra = campaigns.add(ctx, promotions)
    # Festivals and holidays are computed (services/calendar.py); the shop's own events:
    ctx.insert(
        "calendar_events",
        ("name", "kind", "starts_on", "ends_on", "recurrence", "notes"),
        [
            (
                "店铺周年庆 Shop anniversary",
                "event",
                ctx.start.replace(day=18).isoformat(),
                ctx.start.replace(day=20).isoformat(),
                "yearly",
                "老客专享券 + 上新",
            ),
            (
                "会员日 Members' day",
                "event",
                ctx.start.replace(day=8).isoformat(),
                ctx.start.replace(day=8).isoformat(),
                "monthly",
                "会员 9 折",
            ),
        ],
    )
    ctx.progress.advance(len(promotions))
    return schedule, len(promotions) + extra


def _tasks(rng: random.Random, ctx: Context, pid: int, starts: dt.date, group: str) -> list:
    pool = TASKS_CN if group == "cn" else TASKS_EN
    chosen = sorted(rng.sample(pool, rng.randint(4, 6)), key=lambda t: -t[1])
    rows = []
    for title, days_before in chosen:
        due = starts - dt.timedelta(days=days_before)
        done = rng.random() < (0.95 if due < ctx.today else 0.2)
        rows.append((pid, title, due.isoformat(), int(done)))
    return rows


def _flash_sales(
    rng: random.Random, ctx: Context, catalog: Catalog, first_id: int, count: int
) -> tuple[list, list]:
    """Short product-level deals; they fill the calendar between the festivals."""
    promotions, targets = [], []
    for offset in range(max(0, count)):
        pid = first_id + offset
        channel = rng.choice(CHANNELS)
        starts = ctx.start + dt.timedelta(days=rng.randrange(ctx.days + 60))
        ends = starts + dt.timedelta(days=rng.randint(0, 2))
        if rng.random() < 0.6:
            kind, value = "percent_off", rng.choice((1000, 1500, 2000, 2500, 3000))
            tenths = (10_000 - value) // 100  # 20% off is 8折, 15% off is 85折
            zhe = str(tenths // 10) if tenths % 10 == 0 else str(tenths)
            label = f"{zhe}折" if channel.group == "cn" else f"{value // 100}% Off"
        else:
            kind, value = "amount_off", rng.choice((1000, 1500, 2000, 3000))
            label = f"立减{value // 100}元" if channel.group == "cn" else f"¥{value // 100} Off"
        title = "限时秒杀" if channel.group == "cn" else "Flash Sale"
        products = rng.sample(
            catalog.product_ids[channel.group],
            min(rng.randint(1, 5), len(catalog.product_ids[channel.group])),
        )
        promotions.append(
            (
                pid,
                f"{title} {label} #{offset + 1}",
                kind,
                value,
                0,
                iso(dt.datetime.combine(starts, dt.time(10))),
                iso(dt.datetime.combine(ends, dt.time(23, 59, 59))),
                channel.name,
                rng.choice((0, 0, 20000, 50000)),
                "",
            )
        )
        targets += [(pid, product) for product in products]
    return promotions, targets
