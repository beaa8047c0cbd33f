"""Orders: the statuses and the moves between them, and one order's full story.

Pure Python over the shop database; the Orders tab shows what these return. The
daily views, search and counts are in ``orders_query``, re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from shopkeeper.services import periods
from shopkeeper.services.changes import Change, recording
from shopkeeper.services.orders_query import (  # noqa: F401 - re-exported
    SORTS,
    VIEWS,
    OrderFilter,
    OrderRow,
    OrdersPage,
    ViewSummary,
    channels,
    count_by_view,
    date_span,
    find_order_ids,
    find_orders,
    has_orders,
    rows_by_id,
    search,
    view_summary,
)
from shopkeeper.services.shop_settings import shop_zone

STATUSES = ("unpaid", "paid", "shipped", "completed", "refunded", "cancelled")

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
