"""Customer tickets with message threads, and the shop's canned replies."""

from __future__ import annotations

import datetime as dt
import random

from shopkeeper.services import ticket_due
from shopkeeper.services.demo import phrases
from shopkeeper.services.demo.base import CHANNELS, Context, iso, pick
from shopkeeper.services.demo.canned import CANNED_REPLIES
from shopkeeper.services.demo.catalog import Catalog
from shopkeeper.services.demo.customers import Customers
from shopkeeper.services.demo.orders import OrderStats, Sold
from shopkeeper.store import settings

TICKET_COLUMNS = (
    "id",
    "ticket_no",
    "subject",
    "customer_id",
    "order_id",
    "variant_id",
    "product_id",
    "kind",
    "status",
    "priority",
    "channel",
    "tags",
    "reason",
    "created_at",
    "due_at",
    "sla_remaining",
    "snoozed_until",
    "first_response_at",
    "resolved_at",
    "unread",
    "rating",
    "rating_scale",
)
MESSAGE_COLUMNS = ("ticket_id", "author", "body", "sent_at")
CHUNK = 2000

KINDS = ("pre_sale", "return", "exchange", "refund", "complaint", "review")
KIND_WEIGHTS = (30, 14, 15, 6, 15, 20)
# The phrase pools predate the refund kind and call pre-sale questions "question".
PHRASE_KIND = {"pre_sale": "question", "refund": "return"}
PRIORITIES = ("low", "normal", "high", "urgent")
PRIORITY_WEIGHTS = {
    "pre_sale": (40, 60, 0, 0),
    "return": (0, 70, 30, 0),
    "exchange": (0, 70, 30, 0),
    "refund": (0, 60, 40, 0),
    "complaint": (0, 15, 60, 25),
    "review": (80, 20, 0, 0),
}
# The state a thread ends in: "snoozed" is an open ticket with a snooze time.
STATUSES = ("open", "waiting", "snoozed", "closed")
# What a ticket about an order wants from it: returns come from refunded orders.
WANTED_STATUS = {
    "return": ("refunded",),
    "refund": ("refunded",),
    "review": ("completed",),
    "exchange": ("shipped", "completed"),
    "complaint": ("shipped", "completed"),
}
REASONS = {
    "return": (
        ("changed_mind", 30),
        ("runs_small", 20),
        ("runs_large", 12),
        ("not_as_described", 15),
        ("color_differs", 13),
        ("poor_quality", 10),
    ),
    "refund": (("damaged", 30), ("missing_item", 20), ("defective", 30), ("wrong_item", 20)),
    "exchange": (("runs_small", 45), ("runs_large", 30), ("color_differs", 25)),
    "complaint": (("late_delivery", 40), ("damaged", 25), ("wrong_item", 15), ("poor_quality", 20)),
}
TAGS = {
    "cn": ("VIP", "尺码", "物流", "送礼", "差评风险"),
    "intl": ("VIP", "sizing", "shipping", "gift", "bad review risk"),
}
TICKET_NO_PREFIX = {
    "taobao": "TB",
    "jd": "JD",
    "shopify": "SH",
    "etsy": "ET",
    "amazon": "AM",
    "ebay": "EB",
}


def generate(
    ctx: Context, catalog: Catalog, customers: Customers, stats: OrderStats
) -> tuple[int, int]:
    rng = ctx.rng("support")
    ctx.conn.executemany(
        "INSERT OR IGNORE INTO canned_replies (category, language, title, body) "
        "VALUES (?, ?, ?, ?)",
        CANNED_REPLIES,
    )
    _add_tracking_numbers(ctx)
    rules = ticket_due.DueRules(
        ticket_due.ServiceHours.parse(settings.SERVICE_HOURS.default),
        ticket_due.parse_targets(settings.RESPONSE_TARGETS.default),
        None,
    )
    # A few listings draw most "runs small" complaints, for the listing checker to find.
    runs_small = {v[0] for pool in catalog.pools.values() for v in pool[::97]}
    recent_since = ctx.now - dt.timedelta(days=4)
    recent = [s for s in stats.candidates if s.placed >= recent_since]
    older = [s for s in stats.candidates if s.placed < recent_since] or recent
    # A handful of fresh tickets, so the Today tab has due and overdue work.
    fresh = max(30, ctx.scale.tickets // 40)
    ticket_id = ctx.next_id("tickets")
    tickets, messages, message_count = [], [], 0
    for t in range(ctx.scale.tickets):
        kind = pick(rng, KINDS, KIND_WEIGHTS)
        is_fresh = t < fresh
        if is_fresh and kind == "review":
            kind = "complaint"  # fresh orders have not arrived yet, so no reviews
        if kind == "pre_sale" or not stats.candidates:
            created = _created(rng, ctx, None, is_fresh)
            sold, channel, customer, variant, product = _pre_sale(
                rng, ctx, catalog, customers, created
            )
        else:
            sold = _sold(
                rng,
                recent if is_fresh and recent else older,
                kind,
                runs_small if kind in ("return", "exchange") else None,
            )
            channel, customer, variant = sold.channel, sold.customer_id, sold.variant_id
            product = sold.line_title
            created = _created(rng, ctx, sold.placed, is_fresh)
        group = CHANNELS[channel].group
        phrase_kind = PHRASE_KIND.get(kind, kind)
        status = _status(rng, ctx, created, kind)
        priority = pick(rng, PRIORITIES, PRIORITY_WEIGHTS[kind])
        values = {
            "name": customers.names[customer].split()[0],
            "product": product.split(" (")[0],
            "order_no": sold.order_no if sold else "",
            "tracking": tracking_no(group, sold.order_id) if sold else "",
        }
        subject = rng.choice(phrases.SUBJECTS[group][phrase_kind]).format(**values)
        thread = _thread(rng, ctx, group, phrase_kind, status, created, values)
        if rng.random() < 0.12 and len(thread) > 1:  # the seller's own reminder
            note = rng.choice(NOTES[group]).format(**values)
            thread.insert(1, ("note", note, thread[1][2]))
        messages.extend((ticket_id, author, body, sent) for author, body, sent in thread)
        tickets.append(
            _ticket_row(
                rng,
                ctx,
                rules,
                ticket_id,
                subject,
                customer,
                sold,
                variant,
                catalog,
                kind,
                status,
                priority,
                channel,
                created,
                thread,
                variant in runs_small,
            )
        )
        ticket_id += 1
        ctx.progress.advance()
        if len(messages) >= CHUNK:
            message_count += _flush(ctx, tickets, messages)
            tickets, messages = [], []
    message_count += _flush(ctx, tickets, messages)
    ctx.conn.execute(
        "UPDATE tickets SET product_id = (SELECT product_id FROM variants v "
        "WHERE v.id = tickets.variant_id) WHERE variant_id IS NOT NULL"
    )
    return ctx.scale.tickets, message_count


NOTES = {
    "cn": (
        "老客户，第三次买了，语气客气点。",
        "已跟仓库确认{product}还有库存。",
        "物流单号{tracking}，快递显示已到转运中心。",
        "退货到了再退款，先别操作。",
    ),
    "intl": (
        "Repeat customer, be generous.",
        "Checked stock for {product}: 4 left.",
        "Tracking {tracking} shows it at the depot.",
        "Refund once the return arrives.",
    ),
}


def tracking_no(group: str, order_id: int) -> str:
    """A courier-style number derived from the order (SF Express at home, UPS abroad)."""
    digits = (order_id * 2_654_435_761) % 10**12
    return f"SF{digits:012d}" if group == "cn" else f"1Z{digits:012d}"


def _add_tracking_numbers(ctx: Context) -> None:
    for channel in CHANNELS:
        ctx.conn.execute(
            "UPDATE orders SET tracking_no = "
            "? || printf('%012d', (id * 2654435761) % 1000000000000)"
            " WHERE channel = ? AND status IN ('shipped', 'completed', 'refunded')",
            ["SF" if channel.group == "cn" else "1Z", channel.name],
        )


def _ticket_row(
    rng,
    ctx,
    rules,
    ticket_id,
    subject,
    customer,
    sold,
    variant,
    catalog,
    kind,
    status,
    priority,
    channel,
    created,
    thread,
    runs_small,
) -> tuple:
    name = CHANNELS[channel].name
    group = CHANNELS[channel].group
    snoozed = rating = scale = due = remaining = resolved = None
    if status == "snoozed":
        snoozed = iso(ctx.now + dt.timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 8)))
        status = "open"
    seller_times = [sent for author, _b, sent in thread if author == "seller"]
    if status == "open" and not seller_times:
        status = "new"
    if status in ("new", "open"):
        due = iso(rules.due(created, kind))
    elif status == "waiting":
        # the clock ran from the question to the first answer, then paused
        used = rules.hours.between(created, dt.datetime.fromisoformat(seller_times[0]))
        remaining = max(0, rules.target(kind) - used)
    else:
        status = "closed" if rng.random() < 0.7 else "resolved"
        resolved = thread[-1][2]
        if kind == "review" or rng.random() < 0.35:
            if group == "intl" and kind != "review" and rng.random() < 0.3:
                rating, scale = pick(rng, (10, 9, 8, 7, 6, 3), (35, 25, 15, 10, 10, 5)), "nps"
            else:
                rating, scale = pick(rng, (5, 4, 3, 2, 1), (60, 22, 9, 5, 4)), "csat"
    reason = ""
    if kind in REASONS:
        codes, weights = zip(*REASONS[kind], strict=True)
        reason = (
            "runs_small"
            if runs_small and kind in ("return", "exchange")
            else pick(rng, codes, weights)
        )
    tags = ", ".join(rng.sample(TAGS[group], rng.choice((1, 1, 2)))) if rng.random() < 0.3 else ""
    unread = int(
        status in ("new", "open")
        and thread[-1][0] == "customer"
        and created > ctx.now - dt.timedelta(days=3)
    )
    ticket_no = f"{TICKET_NO_PREFIX.get(name, 'T')}{ticket_id:07d}" if rng.random() < 0.8 else None
    product = None  # filled from the variant once the rows are in (generate)
    return (
        ticket_id,
        ticket_no,
        subject,
        customer,
        sold.order_id if sold else None,
        variant,
        product,
        kind,
        status,
        priority,
        name,
        tags,
        reason,
        iso(created),
        due,
        remaining,
        snoozed,
        seller_times[0] if seller_times else None,
        resolved,
        unread,
        rating,
        scale,
    )


def _flush(ctx: Context, tickets: list, messages: list) -> int:
    ctx.insert("tickets", TICKET_COLUMNS, tickets)
    ctx.insert("ticket_messages", MESSAGE_COLUMNS, messages)
    return len(messages)


def _pre_sale(
    rng: random.Random, ctx: Context, catalog: Catalog, customers: Customers, created: dt.datetime
):
    """A question before buying: about a listing, from someone who had joined by then."""
    channel = pick(rng, range(len(CHANNELS)), [c.share for c in CHANNELS])
    group = CHANNELS[channel].group
    customer = customers.pick(rng, channel, max(0, (created.date() - ctx.start).days))
    variant = rng.choices(catalog.pools[group], cum_weights=catalog.cum_weights[group])[0]
    return None, channel, customer, variant[0], variant[2]


def _sold(rng: random.Random, pool: list[Sold], kind: str, problem: set | None = None) -> Sold:
    wanted = WANTED_STATUS.get(kind, ())
    if problem and rng.random() < 0.5:  # listings that run small draw their own returns
        for _ in range(60):
            choice = rng.choice(pool)
            if choice.variant_id in problem:
                return choice
    choice = rng.choice(pool)
    for _ in range(8):
        if choice.status in wanted:
            break
        choice = rng.choice(pool)
    return choice


def _created(
    rng: random.Random, ctx: Context, placed: dt.datetime | None, fresh: bool
) -> dt.datetime:
    if placed is None:
        minutes = rng.randint(10, 72 * 60) if fresh else rng.randrange(ctx.days * 1440)
        return ctx.now - dt.timedelta(minutes=minutes)
    if fresh:
        created = placed + dt.timedelta(minutes=rng.randint(60, 72 * 60))
    else:
        created = placed + dt.timedelta(days=rng.randint(2, 12), minutes=rng.randrange(1440))
    if created >= ctx.now:  # the order is too recent: the ticket falls between it and now
        created = placed + (ctx.now - placed) * rng.randint(10, 90) // 100
    return created.replace(microsecond=0)


def _status(rng: random.Random, ctx: Context, created: dt.datetime, kind: str) -> str:
    age = (ctx.now - created).days
    if kind == "review":
        return "closed" if age > 0 or rng.random() < 0.5 else "open"
    if age < 3:
        return pick(rng, STATUSES, (40, 25, 15, 20))
    if age < 10:
        return pick(rng, STATUSES, (10, 20, 5, 65))
    return pick(rng, STATUSES, (3, 10, 0, 987))  # a few forgotten ones linger


def _thread(
    rng: random.Random,
    ctx: Context,
    group: str,
    kind: str,
    status: str,
    created: dt.datetime,
    values: dict,
) -> list[tuple[str, str, str]]:
    count = pick(rng, (1, 2, 3, 4, 5, 6), (5, 10, 20, 25, 20, 20))
    if status == "open" and count % 2 == 0:
        count -= 1  # the customer spoke last and waits for us
    elif status == "waiting" and count % 2 == 1:
        count = count + 1 if count < 6 else count - 1  # we spoke last and wait for them
    elif status == "closed" and kind != "review":
        count = max(count, 2)
    pools = (
        phrases.OPENERS[group][kind],
        phrases.REPLIES[group][kind],
        phrases.FOLLOW_UPS[group][kind],
        phrases.SELLER_MORE[group][kind],
        phrases.THANKS[group],
        phrases.CLOSINGS[group],
    )
    # Sellers answer within hours, customers come back within a day or two; squeeze the
    # gaps if the thread would otherwise run past "now".
    gaps = [0] + [
        rng.randint(300, 8 * 3600) if i % 2 else rng.randint(600, 48 * 3600)
        for i in range(1, count)
    ]
    room = int((ctx.now - created).total_seconds())
    spent = sum(gaps)
    thread, moment = [], created
    for i in range(count):
        moment += dt.timedelta(seconds=gaps[i] * room // spent if spent > room else gaps[i])
        body = rng.choice(pools[i]).format(**values)
        thread.append(("customer" if i % 2 == 0 else "seller", body, iso(moment)))
    return thread
