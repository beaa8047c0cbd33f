"""Orders: the seller's daily views, search and one order's full story.

Pure Python over the shop database; the Orders tab shows what these return.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlite_utils import Database

from shopkeeper.services import order_search, periods
from shopkeeper.services.changes import Change, recording
from shopkeeper.services.shop_settings import shop_zone

STATUSES = ("unpaid", "paid", "shipped", "completed", "refunded", "cancelled")
VIEWS = ("all", "unpaid", "unshipped", "shipped", "completed", "refunded", "cancelled")

# Each view as a condition on ``o`` (orders). "Refunded" also catches a partly
# refunded order whose status is still shipped or completed.
_VIEW_SQL = {
    "all": "1",
    "unpaid": "o.status = 'unpaid'",
    "unshipped": "o.status = 'paid'",
    # "Completed" counts shipped orders still in transit on purpose (the seller's work
    # is done); "Shipped" shows only those, so the two can be told apart.
    "shipped": "o.status = 'shipped'",
    "completed": "o.status IN ('shipped', 'completed')",
    "refunded": "(o.status = 'refunded' OR o.id IN (SELECT order_id FROM refunds))",
    "cancelled": "o.status = 'cancelled'",
}

# Which status changes make sense from where; the UI greys out the others.
TRANSITIONS = {
    "unpaid": ("paid", "shipped", "cancelled"),
    "paid": ("shipped", "completed", "cancelled"),
    "shipped": ("completed",),
    "completed": (),
    "refunded": (),
    "cancelled": (),
}

PRESETS = ("all_time", "last_7_days", "last_30_days", "this_year")
preset_range = periods.preset_range  # the Orders tab's date presets are the shared ones


@dataclass(frozen=True)
class OrderRow:
    id: int
    order_no: str
    channel: str
    placed_at: str
    status: str
    customer_name: str
    item_count: int
    total: int
    refunded: int

    @property
    def shown_status(self) -> str:
        """The status a seller reads: a partly refunded order is not "Refunded"."""
        if self.status in ("refunded", "cancelled") or not self.refunded:
            return self.status
        return "refunded" if self.refunded >= self.total else "partly_refunded"


@dataclass(frozen=True)
class OrderFilter:
    text: str = ""
    view: str = "all"
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    channel: str = ""


@dataclass(frozen=True)
class OrderLine:
    sku: str
    title: str
    quantity: int
    unit_price: int
    discount: int

    @property
    def total(self) -> int:
        return self.quantity * self.unit_price - self.discount


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    name: str
    email: str
    phone: str
    country: str
    order_count: int


@dataclass(frozen=True)
class Refund:
    amount: int
    quantity: int
    reason: str
    created_at: str


@dataclass(frozen=True)
class LinkedTicket:
    id: int
    subject: str
    status: str


@dataclass(frozen=True)
class OrderDetail:
    id: int
    order_no: str
    channel: str
    placed_at: str
    status: str
    subtotal: int
    discount: int
    shipping: int
    total: int
    country: str
    paid_at: str | None
    shipped_at: str | None
    lines: tuple[OrderLine, ...]
    customer: CustomerSummary | None
    refunds: tuple[Refund, ...]
    tickets: tuple[LinkedTicket, ...]

    @property
    def refunded(self) -> int:
        return sum(r.amount for r in self.refunds)


def _matches(column: str) -> str:
    return f"{column} LIKE ? ESCAPE '\\'"


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _query(flt: OrderFilter, *, with_view: bool = True) -> tuple[str, str, list]:
    """FROM (``orders o``) and WHERE of the orders matching ``flt``, with their
    parameters in that order."""
    if flt.view not in _VIEW_SQL:
        raise ValueError(f"unknown view: {flt.view}")
    source = "orders o"
    clauses: list[str] = [_VIEW_SQL[flt.view]] if with_view else []
    params: list = []
    text = flt.text.strip()
    indexed = order_search.matching_ids(text) if text else None
    if indexed:  # the FTS5 index (services/order_search.py)
        # The matching ids drive the join (CROSS JOIN keeps them outside): on a broad
        # query (307k of 400k orders) "o.id IN (...)" spent a third of its time
        # building the set of ids before looking the first order up (issue 8).
        source = f"({indexed[0]}) m CROSS JOIN orders o ON o.id = m.id"
        params.extend(indexed[1])
    # Dates are compared as ISO text, so the placed_at index does the work.
    if flt.date_from:
        clauses.append("o.placed_at >= ?")
        params.append(flt.date_from.isoformat())
    if flt.date_to:
        clauses.append("o.placed_at < ?")
        params.append((flt.date_to + timedelta(days=1)).isoformat())
    if flt.channel:
        clauses.append("o.channel = ?")
        params.append(flt.channel)
    if text and not indexed:
        # Uncorrelated IN subqueries: SQLite scans customers and lines once, not per order.
        clauses.append(
            f"({_matches('o.order_no')}"
            f" OR o.customer_id IN (SELECT id FROM customers WHERE {_matches('name')}"
            f"  OR {_matches('email')} OR {_matches('phone')})"
            f" OR o.id IN (SELECT order_id FROM order_items WHERE {_matches('sku')}"
            f"  OR {_matches('title')}))"
        )
        params.extend([_like(text)] * 6)
    return source, " AND ".join(clauses) or "1", params


# What each sortable column orders by; "o" is orders, "c" its customer.
SORTS = {
    "order_no": "o.order_no",
    "placed_at": "o.placed_at",
    "customer": "coalesce(c.name, '') COLLATE NOCASE",
    "channel": "o.channel",
    "status": "o.status",
    "items": "(SELECT coalesce(sum(quantity), 0) FROM order_items WHERE order_id = o.id)",
    "total": "o.total",
    "refunded": "(SELECT coalesce(sum(amount), 0) FROM refunds WHERE order_id = o.id)",
}

_ROW_SQL = """
    SELECT o.id, o.order_no, o.channel, o.placed_at, o.status, coalesce(c.name, ''),
        (SELECT coalesce(sum(quantity), 0) FROM order_items WHERE order_id = o.id),
        o.total,
        (SELECT coalesce(sum(amount), 0) FROM refunds WHERE order_id = o.id)
    FROM orders o LEFT JOIN customers c ON c.id = o.customer_id"""


def find_order_ids(
    db: Database, flt: OrderFilter, sort: str = "placed_at", descending: bool = True
) -> list[int]:
    """Ids of every order matching ``flt``, in display order (newest first by default)."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort: {sort}")
    source, where, params = _query(flt)
    direction = "DESC" if descending else "ASC"
    join = " LEFT JOIN customers c ON c.id = o.customer_id" if sort == "customer" else ""
    keys = [SORTS[sort], "o.placed_at", "o.id"]
    order = ", ".join(f"{key} {direction}" for key in dict.fromkeys(keys))
    sql = f"SELECT o.id FROM {source}{join} WHERE {where} ORDER BY {order}"
    # One JSON array instead of a Python row per order: 40 ms less for 307k ids. The
    # subquery keeps its ORDER BY (SQLite never flattens an ordered subquery into an
    # aggregate), so the array is in display order.
    found = db.execute(f"SELECT json_group_array(id) FROM ({sql})", params).fetchone()[0]
    return json.loads(found)


def rows_by_id(db: Database, ids: list[int]) -> dict[int, OrderRow]:
    """The list rows of these orders (a screenful at a time, by primary key)."""
    found: dict[int, OrderRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in db.execute(f"{_ROW_SQL} WHERE o.id IN ({marks})", chunk):
            found[row[0]] = OrderRow(*row)
    return found


def find_orders(db: Database, flt: OrderFilter, limit: int | None = None) -> list[OrderRow]:
    """Orders matching ``flt``, newest first; at most ``limit`` of them."""
    ids = find_order_ids(db, flt)[:limit]
    rows = rows_by_id(db, ids)
    return [rows[i] for i in ids]


@dataclass(frozen=True)
class OrdersPage:
    """What the Orders tab shows for one filter: every matching id in order, the
    first screenful of rows, and the count of each view."""

    ids: list[int]
    first_rows: dict[int, OrderRow]
    counts: dict[str, int]
    shop_has_orders: bool
    channels: list[str] = ()  # every channel orders came from, for the channel box
    span: tuple[date | None, date | None] = (None, None)  # first and last order day


def search(
    db: Database,
    flt: OrderFilter,
    sort: str = "placed_at",
    descending: bool = True,
    first: int = 200,
    *,
    choices: bool = True,
    counts: bool = True,
) -> OrdersPage:
    """One answer for the Orders tab. ``counts`` adds each view's count and ``choices``
    the channel list and date span: on 400k orders the counts take about as long as the
    ids, so the tab asks for them in a second worker and shows the rows first."""
    ids = find_order_ids(db, flt, sort, descending)
    rows = rows_by_id(db, ids[:first])
    has_any = bool(ids) or has_orders(db)
    page = OrdersPage(ids, rows, {}, has_any)
    extra = view_summary(db, flt, choices=choices) if counts else None
    return (
        page
        if extra is None
        else OrdersPage(ids, rows, extra.counts, has_any, extra.channels, extra.span)
    )


@dataclass(frozen=True)
class ViewSummary:
    """The view buttons' counts, and (on a refresh) the channel list and date span."""

    counts: dict[str, int]
    channels: list[str] = ()
    span: tuple[date | None, date | None] = (None, None)


def view_summary(db: Database, flt: OrderFilter, *, choices: bool = False) -> ViewSummary:
    counts = count_by_view(db, flt.date_from, flt.date_to, channel=flt.channel, text=flt.text)
    if not choices:
        return ViewSummary(counts)
    return ViewSummary(counts, channels(db), date_span(db))


def count_by_view(
    db: Database,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    channel: str = "",
    text: str = "",
) -> dict[str, int]:
    """How many orders each view holds, for the badges on the view buttons."""
    flt = OrderFilter(text=text, date_from=date_from, date_to=date_to, channel=channel)
    source, where, params = _query(flt, with_view=False)
    # count(*) FILTER steps a count only for the orders a view holds (seven sums per
    # order took 170 ms on 307k, this 100); "completed", most of them, is the rest.
    counted = [view for view in VIEWS if view not in ("all", "completed")]
    filters = ", ".join(f"count(*) FILTER (WHERE {_VIEW_SQL[view]})" for view in counted)
    sql = (
        f"SELECT count(*), count(*) FILTER (WHERE o.status = 'refunded'), {filters}"
        f" FROM {source} WHERE {where}"
    )
    total, refunded_status, *row = db.execute(sql, params).fetchone()
    counts = dict(zip(counted, row, strict=True))
    others = counts["unpaid"] + counts["unshipped"] + counts["cancelled"] + refunded_status
    return {"all": total, **counts, "completed": total - others}


def date_span(db: Database) -> tuple[date | None, date | None]:
    """The first and last day with an order (the placed_at index answers this)."""
    # A lone min() or max() reads one end of the index; both in one SELECT read it all.
    low, high = db.execute(
        "SELECT (SELECT min(placed_at) FROM orders), (SELECT max(placed_at) FROM orders)"
    ).fetchone()
    try:
        return date.fromisoformat(low[:10]), date.fromisoformat(high[:10])
    except (TypeError, ValueError):  # no orders, or a time that is not ISO
        return None, None


def has_orders(db: Database) -> bool:
    return db.execute("SELECT EXISTS (SELECT 1 FROM orders)").fetchone()[0] == 1


def channels(db: Database) -> list[str]:
    """The channels orders came from: one seek in the UNIQUE(channel, order_no) index
    past the channel before, where DISTINCT read all 400k entries (18 ms)."""
    rows = db.execute(
        "WITH RECURSIVE seen(channel) AS ("
        " SELECT (SELECT min(channel) FROM orders WHERE channel > '')"
        " UNION ALL SELECT (SELECT min(channel) FROM orders WHERE channel > seen.channel)"
        " FROM seen WHERE seen.channel IS NOT NULL)"
        " SELECT channel FROM seen WHERE channel IS NOT NULL"
    )
    return [r[0] for r in rows]


def order_detail(db: Database, order_id: int) -> OrderDetail:
    head = db.execute(
        "SELECT id, order_no, channel, placed_at, status, subtotal, discount, shipping, total,"
        " country, paid_at, shipped_at, customer_id FROM orders WHERE id = ?",
        [order_id],
    ).fetchone()
    if head is None:
        raise KeyError(f"order {order_id} not found")
    lines = tuple(
        OrderLine(*r)
        for r in db.execute(
            "SELECT sku, title, quantity, unit_price, discount FROM order_items"
            " WHERE order_id = ? ORDER BY line_no, id",
            [order_id],
        )
    )
    customer = None
    if head[12] is not None:
        found = db.execute(
            "SELECT id, name, email, phone, country,"
            " (SELECT count(*) FROM orders WHERE customer_id = customers.id)"
            " FROM customers WHERE id = ?",
            [head[12]],
        ).fetchone()
        customer = CustomerSummary(*found) if found else None
    refunds = tuple(
        Refund(*r)
        for r in db.execute(
            "SELECT amount, quantity, reason, created_at FROM refunds"
            " WHERE order_id = ? ORDER BY created_at, id",
            [order_id],
        )
    )
    tickets = tuple(
        LinkedTicket(*r)
        for r in db.execute(
            "SELECT id, subject, status FROM tickets WHERE order_id = ? ORDER BY created_at, id",
            [order_id],
        )
    )
    return OrderDetail(*head[:12], lines=lines, customer=customer, refunds=refunds, tickets=tickets)


def can_change_status(current: str, new: str) -> bool:
    return new in TRANSITIONS.get(current, ())


def shop_now(db: Database) -> datetime:
    """Now on the shop's clock, naive like the order times it is compared with."""
    return datetime.now(shop_zone(db)).replace(tzinfo=None)


def status_change(db: Database, order_id: int, new: str, now: datetime | None = None) -> dict:
    """The column values that move an order to ``new``; a first payment or shipment
    also records when, so "days to ship" can be worked out later."""
    if new not in STATUSES:
        raise ValueError(f"unknown status: {new}")
    paid_at, shipped_at = db.execute(
        "SELECT paid_at, shipped_at FROM orders WHERE id = ?", [order_id]
    ).fetchone()
    values: dict = {"status": new}
    stamp = (now or shop_now(db)).strftime("%Y-%m-%dT%H:%M:%S")
    if new in ("paid", "shipped", "completed") and not paid_at:
        values["paid_at"] = stamp
    if new in ("shipped", "completed") and not shipped_at:
        values["shipped_at"] = stamp
    return values


def set_status(
    db: Database, order_id: int, new: str, text: str, now: datetime | None = None
) -> Change:
    """Move one order to ``new`` (recording when it was paid or shipped); undoable."""
    values = status_change(db, order_id, new, now)
    with recording(db, text) as rec:
        rec.update("orders", order_id, values)
    return rec.change
