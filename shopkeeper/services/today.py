"""What needs the seller today, each item naming the tab and the thing to open there.

- Orders to ship: paid, not shipped, whose ship-by time (placed_at plus the channel's
  "ship within N hours", setting ``ship_within_hours``) falls today or has passed.
- Tickets due today or overdue (not waiting, resolved or closed; awake), and snoozed
  tickets waking today.
- Low-stock variants (the Listings tab's rule: at the reorder point, or fewer days of
  cover than the supplier's lead time) and soon-out ones (fewer than ``soon_out_days``).
- Promotions starting or ending in the next 7 days, and campaign tasks due by then.
- Listing problems (the listing checker's count). Checking 20,000 listings takes
  seconds, so the last count is kept in ``today_cache`` (migration m010_today_indexes)
  and shown at once while the tab checks again.
- This week against its target, and yesterday against the day before.

All times are the shop zone's wall time, as stored.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected
from shopkeeper.services import kpi_rollup, targets
from shopkeeper.services.changes import Change, recording
from shopkeeper.store import settings

AHEAD_DAYS = 7
LIMIT = 200  # items listed per section; the count says how many there are in all
# What the listing checker reads: a change to one of these makes its count stale.
LISTING_INPUTS = frozenset(
    {
        "products",
        "variants",
        "product_images",
        "channel_titles",
        "channel_prices",
        "channel_settings",
        "tickets",
        "settings",
    }
)


class BadShipWithin(InputRejected):
    template = QT_TRANSLATE_NOOP("UserError", "Ship-within hours cannot be negative.")


@dataclass(frozen=True)
class Item:
    tab: str  # "orders", "listings", "promotions", "inbox", "kpis"
    target: object  # what that tab's open_item() takes: an order/ticket/promotion id, a SKU
    title: str
    detail: str = ""
    urgent: bool = False  # late or overdue
    # A campaign task's title is stored in English and shown translated ("CampaignTask");
    # ``of`` names its promotion.
    task: bool = False
    of: str = ""


@dataclass
class Section:
    key: str
    items: list[Item] = field(default_factory=list)
    count: int = 0


def parse_ship_within(text: str) -> dict[str, int]:
    """ "taobao=48, jd=24, *=72" -> {"taobao": 48, "jd": 24, "*": 72}; bad parts skipped."""
    hours: dict[str, int] = {}
    for part in text.split(","):
        name, _, value = part.partition("=")
        try:
            hours[name.strip() or "*"] = max(0, int(value.strip()))
        except ValueError:
            continue
    hours.setdefault("*", 48)
    return hours


def format_ship_within(hours: dict[str, int]) -> str:
    rest = sorted((k, v) for k, v in hours.items() if k != "*")
    return ", ".join([*(f"{k}={v}" for k, v in rest), f"*={hours.get('*', 48)}"])


def ship_within(db: Database) -> dict[str, int]:
    return parse_ship_within(settings.get(db, settings.SHIP_WITHIN_HOURS))


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def orders_to_ship(db: Database, now: dt.datetime) -> Section:
    hours = ship_within(db)
    end_of_today = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
    section = Section("ship")
    rows = db.execute(
        "SELECT id, order_no, channel, placed_at FROM orders WHERE status = 'paid' "
        "ORDER BY placed_at"
    ).fetchall()
    for oid, number, channel, placed in rows:
        try:
            placed_at = dt.datetime.fromisoformat(placed).replace(tzinfo=None)
        except ValueError:
            continue
        ship_by = placed_at + dt.timedelta(hours=hours.get(channel, hours["*"]))
        if ship_by >= end_of_today:
            continue
        section.count += 1
        if len(section.items) < LIMIT:
            section.items.append(
                Item("orders", oid, f"{channel} {number}", _iso(ship_by), urgent=ship_by < now)
            )
    section.items.sort(key=lambda i: i.detail)
    return section


def tickets_due(db: Database, now: dt.datetime) -> tuple[Section, Section]:
    """(due today or overdue, snoozed waking today)."""
    now_text = _iso(now)
    tomorrow = (now.date() + dt.timedelta(days=1)).isoformat()
    columns = db["tickets"].columns_dict
    open_states = "('new', 'open')" if "resolved_at" in columns else "('open')"
    due = Section("tickets")
    for tid, subject, due_at in db.execute(
        f"""SELECT id, subject, due_at FROM tickets
            WHERE status IN {open_states} AND merged_into IS NULL AND due_at IS NOT NULL
              AND due_at < ? AND (snoozed_until IS NULL OR snoozed_until <= ?)
            ORDER BY due_at""",
        [tomorrow, now_text],
    ):
        due.count += 1
        if len(due.items) < LIMIT:
            due.items.append(Item("inbox", tid, subject, due_at, urgent=due_at < now_text))
    waking = Section("waking")
    for tid, subject, until in db.execute(
        """SELECT id, subject, snoozed_until FROM tickets
           WHERE snoozed_until > ? AND snoozed_until < ? AND merged_into IS NULL
             AND status NOT IN ('resolved', 'closed') ORDER BY snoozed_until""",
        [now_text, tomorrow],
    ):
        waking.count += 1
        if len(waking.items) < LIMIT:
            waking.items.append(Item("inbox", tid, subject, until))
    return due, waking


def stock(db: Database, today: dt.date) -> tuple[Section, Section]:
    """(low: out of stock or at the reorder point; soon out: fewer days of cover at the
    last 30 days' pace than the supplier's lead time), among active listings."""
    from shopkeeper.services import listings

    sold = listings.sold_by_variant(db, today)
    lead = settings.get_int(db, settings.LEAD_TIME_DAYS)
    reorder = "v.reorder_point" if "reorder_point" in db["variants"].columns_dict else "NULL"
    low, soon = Section("low_stock"), Section("soon_out")
    found = []
    # A variant that sold nothing lately and has no reorder point is never low nor soon
    # out: read only the others (a third of a large catalogue).
    for vid, sku, title, qty, point in db.execute(
        f"""SELECT v.id, v.sku, p.title, v.stock, {reorder} FROM variants v
            JOIN products p ON p.id = v.product_id
            WHERE ({reorder} IS NOT NULL OR v.id IN (SELECT value FROM json_each(?)))
              AND p.status = 'active'""",
        [json.dumps(list(sold))],
    ):
        sold_lately = sold.get(vid, 0)
        cover = listings.days_of_cover(qty, sold_lately)
        if (qty <= 0 and sold_lately) or (point is not None and qty <= point):
            found.append((qty, low, sku, title, f"{qty}"))
        elif cover is not None and cover < lead:
            found.append((cover, soon, sku, title, f"{qty}/{cover}"))
    for _order, section, sku, title, detail in sorted(found, key=lambda f: f[0]):
        section.count += 1
        if len(section.items) < LIMIT:
            section.items.append(
                Item("listings", sku, f"{title} ({sku})", detail, urgent=section is low)
            )
    return low, soon


def promotions_ahead(db: Database, today: dt.date) -> tuple[Section, Section]:
    """(promotions starting or ending within AHEAD_DAYS, campaign tasks due by then)."""
    horizon = (today + dt.timedelta(days=AHEAD_DAYS)).isoformat()
    start = today.isoformat()
    cancelled = (
        "AND hand_status != 'cancelled'" if "hand_status" in db["promotions"].columns_dict else ""
    )
    promos = Section("promotions")
    for pid, name, starts, ends in db.execute(
        f"""SELECT id, name, substr(starts_at, 1, 10), substr(ends_at, 1, 10) FROM promotions
            WHERE ((substr(starts_at, 1, 10) BETWEEN ? AND ?)
               OR (substr(ends_at, 1, 10) BETWEEN ? AND ?)) {cancelled}
            ORDER BY starts_at""",
        [start, horizon, start, horizon],
    ):
        promos.count += 1
        detail = f"{starts} – {ends}"
        promos.items.append(Item("promotions", pid, name, detail, urgent=starts == start))
    tasks = Section("tasks")
    for pid, title, due_on, name in db.execute(
        """SELECT t.promotion_id, t.title, t.due_on, p.name FROM campaign_tasks t
           JOIN promotions p ON p.id = t.promotion_id
           WHERE t.done = 0 AND t.due_on IS NOT NULL AND t.due_on <= ? ORDER BY t.due_on""",
        [horizon],
    ):
        tasks.count += 1
        if len(tasks.items) < LIMIT:
            tasks.items.append(
                Item("promotions", pid, title, due_on, urgent=due_on < start, task=True, of=name)
            )
    return promos, tasks


def listing_problems(db: Database) -> Section:
    """How many listings the listing checker finds problems in."""
    section = Section("listing_problems")
    try:
        from shopkeeper.services import listing_checker
    except ImportError:  # the checker is not in this build
        return section
    counts = listing_checker.problem_counts(db)
    section.count = len(counts)
    if counts:
        section.items.append(Item("listings", None, str(sum(counts.values())), str(len(counts))))
    return section


@dataclass(frozen=True)
class CheckedProblems:
    section: Section
    checked_at: str  # when the check ran (shop-zone wall time, ISO)


_PROBLEMS_KEY = "listing_problems"


def cached_listing_problems(db: Database) -> CheckedProblems | None:
    """The last listing check's counts and when it ran; None when never checked here."""
    if "today_cache" not in db.table_names():
        return None
    row = db.execute(
        "SELECT checked_at, value FROM today_cache WHERE key = ?", [_PROBLEMS_KEY]
    ).fetchone()
    if row is None:
        return None
    try:
        listings_n, problems_n = json.loads(row[1])
    except (ValueError, TypeError):
        return None
    section = Section("listing_problems", count=int(listings_n))
    if listings_n:
        section.items.append(Item("listings", None, str(problems_n), str(listings_n)))
    return CheckedProblems(section, row[0])


def check_listing_problems(db: Database, now: dt.datetime) -> CheckedProblems:
    """Run the listing checker and keep its counts for the next time the tab opens.

    The kept counts are a cache of what the checker finds (like the KPI rollups), not the
    seller's data: they are not an undo step. A read-only or busy shop keeps none."""
    section = listing_problems(db)
    checked_at = _iso(now)
    problems_n = int(section.items[0].title) if section.items else 0
    if "today_cache" in db.table_names():
        try:
            with db.conn:
                db.execute(
                    "INSERT OR REPLACE INTO today_cache(key, checked_at, value) VALUES (?,?,?)",
                    [_PROBLEMS_KEY, checked_at, json.dumps([section.count, problems_n])],
                )
        except sqlite3.OperationalError:
            pass  # read-only or locked: the next check tries again
    return CheckedProblems(section, checked_at)


@dataclass(frozen=True)
class SalesCompare:
    week: targets.WeekProgress
    yesterday: tuple[int, int]  # (orders, sales after discounts)
    day_before: tuple[int, int]


def sales(db: Database, today: dt.date) -> SalesCompare:
    def day(d: dt.date) -> tuple[int, int]:
        rows = kpi_rollup.daily_rows(db, d, d)
        return sum(r.orders for r in rows), sum(r.gross - r.discounts for r in rows)

    yesterday = today - dt.timedelta(days=1)
    return SalesCompare(
        targets.progress(db, today), day(yesterday), day(yesterday - dt.timedelta(days=1))
    )


@dataclass
class Today:
    now: dt.datetime
    sections: dict[str, Section]
    sales: SalesCompare


def load(db: Database, now: dt.datetime) -> Today:
    """Everything the Today tab shows, for ``now`` (shop-zone wall time, naive)."""
    today = now.date()
    due, waking = tickets_due(db, now)
    low, soon = stock(db, today)
    promos, tasks = promotions_ahead(db, today)
    sections = [
        orders_to_ship(db, now),
        due,
        waking,
        low,
        soon,
        promos,
        tasks,
        listing_problems(db),
    ]
    return Today(now, {s.key: s for s in sections}, sales(db, today))


def set_ship_within(db: Database, hours: dict[str, int]) -> Change:
    """Store the per-channel ship-within hours ("*" for every other channel); one Change."""
    if any(h < 0 for h in hours.values()):
        raise BadShipWithin()
    text = format_ship_within(hours)
    row = db.execute(
        "SELECT rowid FROM settings WHERE key = ?", [settings.SHIP_WITHIN_HOURS.key]
    ).fetchone()
    with recording(db, "Set ship-within hours") as rec:
        if row is None:
            rec.insert("settings", {"key": settings.SHIP_WITHIN_HOURS.key, "value": text})
        else:
            rec.update("settings", row[0], {"value": text})
    return rec.change
