"""Traffic, ad spend, weekly sales targets and competitor prices, derived from the orders."""

from __future__ import annotations

import datetime as dt

from shopkeeper.services.demo.base import CHANNELS, GROUPS, Context
from shopkeeper.services.demo.catalog import Catalog
from shopkeeper.services.demo.orders import OrderStats

COMPETITORS = {
    "cn": ("原木生活馆", "陶然居旗舰店", "布艺小筑", "简居家居"),
    "intl": ("ClayAndCo (Etsy)", "HomeBasics (Amazon)", "LinenWorks (Shopify)"),
}


def generate(ctx: Context, catalog: Catalog, stats: OrderStats) -> None:
    _traffic_and_ads(ctx, stats)
    _sales_targets(ctx, stats)
    _competitor_prices(ctx, catalog)


def _traffic_and_ads(ctx: Context, stats: OrderStats) -> None:
    rng = ctx.rng("traffic")
    width = len(CHANNELS)
    traffic, ads = [], []
    for k in range(ctx.days):
        day = (ctx.start + dt.timedelta(days=k)).isoformat()
        for c, channel in enumerate(CHANNELS):
            placed, revenue = stats.placed[k * width + c], stats.revenue[k * width + c]
            conversion = rng.randint(100, 400)  # basis points: 1–4% of visitors order
            visitors = placed * 10_000 // conversion if placed else rng.randint(15, 60)
            traffic.append((day, channel.name, visitors, visitors * rng.randint(25, 60) // 10))
            via_ads = rng.randint(10, 30)  # percent of orders that came through an ad
            # Counted order by order, so a small shop's few daily orders still add up.
            ad_orders = sum(1 for _ in range(placed) if rng.randrange(100) < via_ads)
            ad_revenue = revenue * ad_orders // placed if placed else 0
            roas = rng.randint(20_000, 50_000)  # basis points: ROAS 2.0–5.0
            spend = ad_revenue * 10_000 // roas if ad_revenue else rng.randint(500, 3_000)
            clicks = ad_orders * 10_000 // rng.randint(200, 800) + rng.randint(5, 40)
            impressions = clicks * 10_000 // rng.randint(80, 300)  # click-through 0.8–3%
            ads.append((day, channel.name, spend, impressions, clicks, ad_orders, ad_revenue))
        ctx.progress.advance()
    ctx.insert("traffic_daily", ("day", "channel", "visitors", "page_views"), traffic)
    ctx.insert(
        "ad_spend", ("day", "channel", "spend", "impressions", "clicks", "orders", "revenue"), ads
    )


def _sales_targets(ctx: Context, stats: OrderStats) -> None:
    """Monday-to-Sunday targets near what each week sold, and ahead for the coming weeks."""
    rng = ctx.rng("targets")
    width = len(CHANNELS)
    daily = [sum(stats.revenue[k * width : (k + 1) * width]) for k in range(ctx.days)]
    monday = ctx.start + dt.timedelta(days=(7 - ctx.start.weekday()) % 7)
    this_monday = ctx.today - dt.timedelta(days=ctx.today.weekday())
    rows, recent = [], []
    week = monday
    while week < this_monday:
        first = (week - ctx.start).days
        actual = sum(daily[first : first + 7])
        recent = [*recent[-3:], actual]
        amount = actual * rng.randint(90, 115) // 100 // 10_000 * 10_000
        rows.append((week.isoformat(), (week + dt.timedelta(days=6)).isoformat(), amount))
        week += dt.timedelta(days=7)
    ahead = sum(recent) * 105 // 100 // max(1, len(recent)) // 10_000 * 10_000
    for _ in range(9):  # this week and the next eight
        rows.append((week.isoformat(), (week + dt.timedelta(days=6)).isoformat(), ahead))
        week += dt.timedelta(days=7)
    ctx.insert("sales_targets", ("starts_on", "ends_on", "amount"), rows)


def _competitor_prices(ctx: Context, catalog: Catalog) -> None:
    rng = ctx.rng("competitors")
    rows, seen = [], set()
    for n in range(ctx.scale.competitor_prices):
        group = GROUPS[n % 2]
        _, sku, _, price = rng.choice(catalog.pools[group])
        competitor = rng.choice(COMPETITORS[group])
        observed = (ctx.today - dt.timedelta(days=rng.randrange(60))).isoformat()
        if (sku, competitor, observed) in seen:
            continue
        seen.add((sku, competitor, observed))
        theirs = max(100, price * rng.randint(80, 115) // 100 // 100 * 100 - 10)
        rows.append(
            (
                sku,
                competitor,
                f"https://www.example.com/item/{rng.randrange(10**9)}",
                theirs,
                observed,
            )
        )
    ctx.insert("competitor_prices", ("sku", "competitor", "url", "price", "observed_at"), rows)
