"""The demo's campaign extras: 满减 tiers, shop coupons that combine with the big sales,
content planned around each festival, and the next festival joined as a draft with its
preparation checklist (services/promotions_plan.py), so the Promotions tab has all of it."""

from __future__ import annotations

import datetime as dt

from shopkeeper.services import calendar, promotions_plan
from shopkeeper.services.demo.base import Context, iso

CN_CONTENT = (("xiaohongshu", "post", "{name} 种草笔记"), ("douyin", "live", "{name} 直播预热"))
INTL_CONTENT = (("instagram", "post", "{name}: sneak peek"), ("tiktok", "video", "{name} unboxing"))


def add(ctx: Context, rows: list[tuple]) -> int:
    """Extras for the promotion ``rows`` just written; returns how many promotions it added."""
    rng = ctx.rng("campaigns")
    tiers, coupons, combos, content = [], [], [], []
    next_id = ctx.next_id("promotions")
    for pid, name, kind, value, threshold, starts, ends, channel, *_rest in rows:
        if kind == "threshold":  # a second, deeper tier: spend more, save more than double
            tiers += [(pid, threshold, value), (pid, threshold * 2, value * 5 // 2)]
        big_sale = channel == "taobao" and ("618" in name or "双11" in name)
        if big_sale:
            coupons.append(
                (
                    next_id,
                    f"店铺券 满199减20 ({name[:6]})",
                    "coupon",
                    2000,
                    19900,
                    starts,
                    ends,
                    channel,
                    0,
                    "与满减同享",
                    "",
                    "SHOP20",
                    2000,
                    1,
                )
            )
            combos.append((pid, next_id))
            next_id += 1
        day = dt.date.fromisoformat(starts[:10]) - dt.timedelta(days=rng.randint(3, 9))
        ideas = CN_CONTENT if channel in ("taobao", "jd") else INTL_CONTENT
        platform, fmt, title = ideas[rng.randrange(len(ideas))]
        status = "published" if day < ctx.today else rng.choice(("idea", "drafted"))
        content.append(
            (
                title.format(name=name.split(" (")[0]),
                platform,
                fmt,
                status,
                iso(dt.datetime.combine(day, dt.time(20))),
                pid,
            )
        )
    ctx.insert(
        "promotions",
        (
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
            "hand_status",
            "coupon_code",
            "quantity_limit",
            "per_buyer_limit",
        ),
        coupons,
    )
    ctx.insert("promotion_tiers", ("promotion_id", "threshold", "value"), tiers)
    ctx.insert("promotion_combinations", ("promotion_id", "other_id"), combos)
    ctx.insert(
        "content_plan",
        ("title", "channel", "format", "status", "planned_at", "promotion_id"),
        content,
    )
    return len(coupons) + _join_next_festival(ctx, next_id)


def _join_next_festival(ctx: Context, pid: int) -> int:
    """The first festival more than 45 days away, joined as a draft with its checklist."""
    upcoming = [
        f
        for year in (ctx.today.year, ctx.today.year + 1)
        for f in calendar.festivals(year, "zh_CN")
        if (f.start - ctx.today).days > 45
    ]
    fest = upcoming[0]
    ctx.insert(
        "promotions",
        (
            "id",
            "name",
            "kind",
            "value",
            "starts_at",
            "ends_at",
            "channel",
            "hand_status",
            "festival_key",
        ),
        [
            (
                pid,
                f"{fest.name} {fest.date.year} (taobao)",
                "percent_off",
                1000,
                iso(dt.datetime.combine(fest.start, dt.time())),
                iso(dt.datetime.combine(fest.end, dt.time(23, 59, 59))),
                "taobao",
                "draft",
                fest.key,
            )
        ],
    )
    tasks = [
        (
            pid,
            title,
            ((fest.end if days > 0 else fest.start) + dt.timedelta(days=days)).isoformat(),
            0,
            step,
        )
        for step, days, titles in promotions_plan.CHECKLIST
        for title in titles
    ]
    ctx.insert("campaign_tasks", ("promotion_id", "title", "due_on", "done", "step"), tasks)
    return 1
