"""Customer tickets with message threads, and the shop's canned replies."""

from __future__ import annotations

import datetime as dt
import random

from shopkeeper.services.demo import phrases
from shopkeeper.services.demo.base import CHANNELS, Context, iso, pick
from shopkeeper.services.demo.catalog import Catalog
from shopkeeper.services.demo.customers import Customers
from shopkeeper.services.demo.orders import OrderStats, Sold

TICKET_COLUMNS = ("id", "subject", "customer_id", "order_id", "variant_id", "kind", "status",
                  "priority", "channel", "created_at", "due_at", "snoozed_until", "rating")
MESSAGE_COLUMNS = ("ticket_id", "author", "body", "sent_at")
CHUNK = 2000

KINDS = ("question", "return", "exchange", "complaint", "review")
KIND_WEIGHTS = (30, 20, 15, 15, 20)
PRIORITIES = ("low", "normal", "high", "urgent")
PRIORITY_WEIGHTS = {
    "question": (40, 60, 0, 0), "return": (0, 70, 30, 0), "exchange": (0, 70, 30, 0),
    "complaint": (0, 15, 60, 25), "review": (80, 20, 0, 0),
}
RESPOND_WITHIN_HOURS = {"low": 48, "normal": 24, "high": 12, "urgent": 4}
STATUSES = ("open", "waiting", "snoozed", "closed")
# What a ticket about an order wants from it: returns come from refunded orders.
WANTED_STATUS = {"return": ("refunded",), "review": ("completed",),
                 "exchange": ("shipped", "completed"), "complaint": ("shipped", "completed")}


def generate(ctx: Context, catalog: Catalog, customers: Customers,
             stats: OrderStats) -> tuple[int, int]:
    rng = ctx.rng("support")
    ctx.conn.executemany("INSERT OR IGNORE INTO canned_replies (title, body) VALUES (?, ?)",
                         phrases.CANNED_REPLIES)
    recent_since = ctx.now - dt.timedelta(days=4)
    recent = [s for s in stats.candidates if s.placed >= recent_since]
    older = [s for s in stats.candidates if s.placed < recent_since] or recent
    # A handful of fresh tickets, so the Today tab has due and overdue work.
    fresh = max(12, ctx.scale.tickets // 50)
    ticket_id = ctx.next_id("tickets")
    tickets, messages, message_count = [], [], 0
    for t in range(ctx.scale.tickets):
        kind = pick(rng, KINDS, KIND_WEIGHTS)
        is_fresh = t < fresh
        if is_fresh and kind == "review":
            kind = "complaint"  # fresh orders have not arrived yet, so no reviews
        if kind == "question" or not stats.candidates:
            created = _created(rng, ctx, None, is_fresh)
            sold, channel, customer, variant, product = _pre_sale(rng, ctx, catalog, customers,
                                                                  created)
        else:
            sold = _sold(rng, recent if is_fresh and recent else older, kind)
            channel, customer, variant = sold.channel, sold.customer_id, sold.variant_id
            product = sold.line_title
            created = _created(rng, ctx, sold.placed, is_fresh)
        group = CHANNELS[channel].group
        status = _status(rng, ctx, created, kind)
        priority = pick(rng, PRIORITIES, PRIORITY_WEIGHTS[kind])
        values = {
            "name": customers.names[customer].split()[0],
            "product": product.split(" (")[0],
            "order_no": sold.order_no if sold else "",
            "tracking": (f"SF{rng.randrange(10**12):012d}" if group == "cn"
                         else f"1Z{rng.randrange(10**16):016d}"),
        }
        subject = rng.choice(phrases.SUBJECTS[group][kind]).format(**values)
        thread = _thread(rng, ctx, group, kind, status, created, values)
        messages.extend((ticket_id, author, body, sent) for author, body, sent in thread)
        due = snoozed = rating = None
        if status != "closed":
            due = iso(created + dt.timedelta(hours=RESPOND_WITHIN_HOURS[priority]))
        if status == "snoozed":
            snoozed = iso(ctx.now + dt.timedelta(days=rng.randint(1, 5)))
        elif status == "closed" and (kind == "review" or rng.random() < 0.35):
            rating = pick(rng, (5, 4, 3, 2, 1), (60, 22, 9, 5, 4))
        tickets.append((ticket_id, subject, customer, sold.order_id if sold else None, variant,
                        kind, status, priority, CHANNELS[channel].name, iso(created), due,
                        snoozed, rating))
        ticket_id += 1
        ctx.progress.advance()
        if len(messages) >= CHUNK:
            message_count += _flush(ctx, tickets, messages)
            tickets, messages = [], []
    message_count += _flush(ctx, tickets, messages)
    return ctx.scale.tickets, message_count


def _flush(ctx: Context, tickets: list, messages: list) -> int:
    ctx.insert("tickets", TICKET_COLUMNS, tickets)
    ctx.insert("ticket_messages", MESSAGE_COLUMNS, messages)
    return len(messages)


def _pre_sale(rng: random.Random, ctx: Context, catalog: Catalog, customers: Customers,
              created: dt.datetime):
    """A question before buying: about a listing, from someone who had joined by then."""
    channel = pick(rng, range(len(CHANNELS)), [c.share for c in CHANNELS])
    group = CHANNELS[channel].group
    customer = customers.pick(rng, channel, max(0, (created.date() - ctx.start).days))
    variant = rng.choices(catalog.pools[group], cum_weights=catalog.cum_weights[group])[0]
    return None, channel, customer, variant[0], variant[2]


def _sold(rng: random.Random, pool: list[Sold], kind: str) -> Sold:
    wanted = WANTED_STATUS.get(kind, ())
    choice = rng.choice(pool)
    for _ in range(8):
        if choice.status in wanted:
            break
        choice = rng.choice(pool)
    return choice


def _created(rng: random.Random, ctx: Context, placed: dt.datetime | None,
             fresh: bool) -> dt.datetime:
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
        return pick(rng, STATUSES, (45, 25, 10, 20))
    if age < 10:
        return pick(rng, STATUSES, (10, 20, 5, 65))
    return pick(rng, STATUSES, (3, 10, 0, 987))  # a few forgotten ones linger


def _thread(rng: random.Random, ctx: Context, group: str, kind: str, status: str,
            created: dt.datetime, values: dict) -> list[tuple[str, str, str]]:
    count = pick(rng, (1, 2, 3, 4, 5, 6), (5, 10, 20, 25, 20, 20))
    if status == "open" and count % 2 == 0:
        count -= 1  # the customer spoke last and waits for us
    elif status == "waiting" and count % 2 == 1:
        count = count + 1 if count < 6 else count - 1  # we spoke last and wait for them
    elif status == "closed" and kind != "review":
        count = max(count, 2)
    pools = (phrases.OPENERS[group][kind], phrases.REPLIES[group][kind],
             phrases.FOLLOW_UPS[group][kind], phrases.SELLER_MORE[group][kind],
             phrases.THANKS[group], phrases.CLOSINGS[group])
    # Sellers answer within hours, customers come back within a day or two; squeeze the
    # gaps if the thread would otherwise run past "now".
    gaps = [0] + [rng.randint(300, 8 * 3600) if i % 2 else rng.randint(600, 48 * 3600)
                  for i in range(1, count)]
    room = int((ctx.now - created).total_seconds())
    spent = sum(gaps)
    thread, moment = [], created
    for i in range(count):
        moment += dt.timedelta(seconds=gaps[i] * room // spent if spent > room else gaps[i])
        body = rng.choice(pools[i]).format(**values)
        thread.append(("customer" if i % 2 == 0 else "seller", body, iso(moment)))
    return thread
