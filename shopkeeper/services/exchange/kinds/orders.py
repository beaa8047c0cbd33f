"""Orders: one file row per order line, grouped into orders by channel and order number.

Returns and cancellations are not sales: an invoice numbered C… (the UCI/SAP
convention) is a cancelled order, and a line with a negative quantity is a
returned line, recorded as a refund. Discount, shipping and refund are order
amounts, summed over the order's rows, since exports put them either on the
first row only (Shopify) or per item (Olist freight).
"""

from __future__ import annotations

import re
from array import array
from collections import deque
from dataclasses import dataclass, field

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP

from ..errors import CellError
from . import KindPlan
from .order_status import order_status
from .order_writes import write_orders

GROUP_REQUIRED: set[str] = set()
# A re-import keeps what the file does not say: without a status column an order the
# seller marked shipped stays shipped; without country or refund columns those stay too.
NEEDS_MAPPED_FIELDS = True
_KEPT_UNLESS_MAPPED = {"status": 1, "country": 6, "refund": 8, "tracking_no": 9}  # comparable()
CANCELLATION = re.compile(r"^C\d+$", re.IGNORECASE)
CHANNEL_OF_FORMAT = {"shopify-orders": "shopify"}

UNKNOWN_STATUS = QT_TRANSLATE_NOOP("CellError", "unknown order status “{value}”")
IDENTICAL_LINE = QT_TRANSLATE_NOOP(
    "CellError", "same as row {row}; kept as a line of its own, since the platform charged both"
)
TOO_LARGE_ORDER = QT_TRANSLATE_NOOP(
    "CellError", "the order's total is too large to store (more than 18 digits)"
)
_INT64_MAX = 2**63 - 1
ZERO_QUANTITY = QT_TRANSLATE_NOOP("CellError", "quantity is 0")
NEGATIVE_PRICE = QT_TRANSLATE_NOOP("CellError", "negative unit price (an adjustment, not a sale)")
NEGATIVE_AMOUNT = QT_TRANSLATE_NOOP("CellError", "negative discount, shipping or refund")
SIBLING = QT_TRANSLATE_NOOP("CellError", "another line of order {order} was rejected (row {row})")


@dataclass(slots=True)
class Order:
    channel: str
    order_no: str
    placed_at: str
    status: str
    country: str
    shipping: int
    refund: int
    discount: int
    customer: tuple[str, str, str]  # name or platform id, email, phone
    lines: list[tuple] = field(default_factory=list)  # (sku, title, quantity, unit_price)
    tracking_no: str = ""
    # (row index, sku, title, signed quantity, unit price) of each of the file's rows, while
    # the order is being gathered; then its rows' indices only
    rows: list = field(default_factory=list)
    errors: dict | None = None  # row index -> why the whole order is rejected
    subtotal: int = 0  # of its lines, once they are all in

    @property
    def total(self) -> int:
        return self.subtotal - self.discount + self.shipping

    def comparable(self) -> tuple:
        return (
            self.placed_at,
            self.status,
            self.subtotal,
            self.discount,
            self.shipping,
            self.total,
            self.country,
            tuple(sorted(self.lines)),
            self.refund,
            self.tracking_no,
        )


class _Gathering:
    """Orders gathered from parsed chunks, one file row at a time: only what an order
    needs is kept (its lines as tuples), so a large file's parsed rows are not held."""

    def __init__(self, default_channel: str) -> None:
        self.default_channel = default_channel
        self.orders: dict[tuple[str, str], Order] = {}
        self.broken: dict[tuple[str, str], int] = {}  # orders with a row that failed to parse
        self.numbers = array("q")  # source row of every row, by index
        self.customers: dict[tuple, tuple] = {}

    def add_chunk(self, chunk) -> None:
        n = len(chunk)
        self.numbers.extend(chunk.row_numbers)
        column = chunk.columns.get
        nothing = [None] * n
        order_nos, channels = column("order_no", nothing), column("channel", nothing)
        placed, statuses = column("placed_at", nothing), column("status", nothing)
        names, emails, phones = (column(f, nothing) for f in ("customer", "email", "phone"))
        skus, titles = column("sku", nothing), column("title", nothing)
        quantities, prices = column("quantity", nothing), column("unit_price", nothing)
        discounts, shippings = column("discount", nothing), column("shipping", nothing)
        refunds, countries = column("refund", nothing), column("country", nothing)
        tracking = column("tracking_no", nothing)
        errors, orders, default = chunk.errors, self.orders, self.default_channel
        customers = self.customers
        for at in range(n):
            index = chunk.start + at
            key = (channels[at] or default, order_nos[at])
            if at in errors:
                if key[1]:
                    self.broken.setdefault(key, chunk.row_numbers[at])
                continue
            order = orders.get(key)
            if order is None:
                customer = (names[at] or "", emails[at] or "", phones[at] or "")
                # one tuple per customer, not per order
                customer = customers.setdefault(customer, customer)
                order = orders[key] = Order(
                    key[0], key[1], placed[at], statuses[at], "", 0, 0, 0, customer
                )
            quantity, price = quantities[at], prices[at]
            discount, shipping, refund = discounts[at] or 0, shippings[at] or 0, refunds[at] or 0
            problem = (
                ZERO_QUANTITY
                if quantity == 0
                else NEGATIVE_PRICE
                if price < 0
                else NEGATIVE_AMOUNT
                if min(discount, shipping, refund) < 0
                else None
            )
            if problem:
                order.errors = order.errors or {}
                order.errors[index] = CellError(problem)
            else:
                order.shipping += shipping
                order.discount += discount
                order.refund += refund
            if not order.country and countries[at]:
                order.country = countries[at]
            if not order.tracking_no and tracking[at]:
                order.tracking_no = tracking[at]
            order.rows.append((index, skus[at] or "", titles[at] or "", quantity, price))


def _finish(order: Order, numbers) -> tuple[dict, dict]:
    """Turn a gathered order's rows into its lines: (errors that reject the whole order,
    notes on identical lines). A line identical to another of the same order is a sale
    of its own (a platform charged both), so it is kept, with a note; a re-import
    compares the order's lines as a whole, so identical lines match by their position
    among themselves and nothing doubles. Any bad line rejects its whole order, whose
    totals would otherwise be wrong."""
    rows, order.rows = order.rows, [row[0] for row in order.rows]
    status = order_status(order.status)
    if status is None:
        return {rows[0][0]: CellError(UNKNOWN_STATUS, value=order.status)}, {}
    if order.errors:
        return order.errors, {}
    cancelled = bool(CANCELLATION.match(order.order_no))
    order.status = "cancelled" if cancelled else status
    identical: dict[int, CellError] = {}
    seen: dict[tuple, int] = {}
    returned = 0
    for index, sku, title, quantity, price in rows:
        line = (sku, title, abs(quantity), price)
        if len(rows) > 1:
            mark = (line, quantity < 0)
            if mark in seen:
                identical[index] = CellError(IDENTICAL_LINE, row=seen[mark])
            seen.setdefault(mark, numbers[index])
        if quantity < 0 and not cancelled:
            # A return is a refund of an earlier sale, never a sale of its own.
            returned += abs(quantity) * price
        else:
            order.lines.append(line)
    order.refund += returned
    order.subtotal = sum(q * p for _s, _t, q, p in order.lines)
    if max(abs(order.subtotal), abs(order.total), order.refund, order.discount) > _INT64_MAX:
        return {rows[0][0]: CellError(TOO_LARGE_ORDER)}, {}
    if not cancelled and all(row[3] < 0 for row in rows):
        order.status = "refunded"
    return {}, identical


def _existing(db: Database, orders: list[Order]) -> dict[tuple[str, str], tuple[int, tuple]]:
    """(channel, order_no) -> (id, comparable) for these orders (a few hundred), where
    the shop already holds them."""
    found: dict[tuple[str, str], tuple[int, tuple]] = {}
    # By channel: UNIQUE(channel, order_no) finds each order; order_no alone has no index.
    by_channel: dict[str, set[str]] = {}
    for order in orders:
        by_channel.setdefault(order.channel, set()).add(order.order_no)
    chunks = [
        (channel, numbers[start : start + LOOKUP_BATCH])
        for channel, found_numbers in by_channel.items()
        for numbers in [sorted(found_numbers)]
        for start in range(0, len(numbers), LOOKUP_BATCH)
    ]
    for channel, chunk in chunks:
        marks = ",".join("?" * len(chunk))
        heads = db.conn.execute(
            f"SELECT id, channel, order_no, placed_at, status, subtotal, discount, shipping, "
            f"total, country, (SELECT coalesce(sum(amount), 0) FROM refunds r "
            f"WHERE r.order_id = o.id), tracking_no FROM orders o "
            f"WHERE channel = ? AND order_no IN ({marks})",
            [channel, *chunk],
        ).fetchall()
        if not heads:
            continue
        ids = [h[0] for h in heads]
        lines: dict[int, list[tuple]] = {i: [] for i in ids}
        for row in db.conn.execute(
            f"SELECT order_id, sku, title, quantity, unit_price FROM order_items "
            f"WHERE order_id IN ({','.join('?' * len(ids))})",
            ids,
        ):
            lines[row[0]].append(tuple(row[1:]))
        for head in heads:
            oid, channel, number, placed, status, sub, disc, ship, total, country = head[:10]
            refund, tracking_no = head[10:]
            found[(channel, number)] = (
                oid,
                (
                    placed,
                    status,
                    sub,
                    disc,
                    ship,
                    total,
                    country,
                    tuple(sorted(lines[oid])),
                    refund,
                    tracking_no,
                ),
            )
    return found


def _kept(order: Order, mapped: frozenset[str]) -> set[str]:
    """Order fields this import leaves as they are in the shop."""
    kept = {f for f in _KEPT_UNLESS_MAPPED if f not in mapped}
    if order.status == "cancelled" or order.refund:  # the file said so through C… or returns
        kept -= {"status", "refund"}
    return kept


def _masked(comparable: tuple, kept: set[str]) -> tuple:
    values = list(comparable)
    for name in kept:
        values[_KEPT_UNLESS_MAPPED[name]] = None
    return tuple(values)


def plan_chunks(
    db: Database, chunks, fmt, options=None, mapped: frozenset[str] | None = None
) -> KindPlan:
    """Orders from the parsed chunks (importing.ChunkParser). A row that failed to parse
    rejects the other lines of its order too, or the order's totals would be wrong."""
    gathering = _Gathering(CHANNEL_OF_FORMAT.get(fmt.id, ""))
    for chunk in chunks:
        gathering.add_chunk(chunk)
    numbers, broken = gathering.numbers, gathering.broken
    result = KindPlan()
    orders: list[Order] = []
    for key, order in gathering.orders.items():
        if key in broken:
            order.rows = [row[0] for row in order.rows]
            errors = {}
            bad_row = broken[key]
        else:
            errors, identical = _finish(order, numbers)
            if not errors:
                result.notes.extend((index, "", note) for index, note in identical.items())
                orders.append(order)
                continue
            bad_row = numbers[min(errors)]
        for index in order.rows:
            result.rejects[index] = errors.get(
                index, CellError(SIBLING, order=order.order_no, row=bad_row)
            )
    gathering.orders.clear()
    to_write, decided = _compare(
        db, orders, frozenset(_KEPT_UNLESS_MAPPED) if mapped is None else mapped
    )
    result.statuses = _Statuses(decided)
    result.apply = lambda db, progress: write_orders(db, to_write, progress)
    return result


_NOTHING_KEPT: frozenset[str] = frozenset()


LOOKUP_BATCH = 500  # orders looked up in the shop per query


def _compare(db: Database, orders: list[Order], mapped: frozenset[str]) -> tuple[list, list]:
    """(what to write, (row indices, status) of each order): each order against the
    shop's copy, a batch at a time, so an unchanged order is let go as soon as it is
    known to be unchanged (a re-import of a large file holds little)."""
    in_shop = db.conn.execute("SELECT EXISTS (SELECT 1 FROM orders)").fetchone()[0]
    batches = deque(orders[i : i + LOOKUP_BATCH] for i in range(0, len(orders), LOOKUP_BATCH))
    orders.clear()
    to_write: list[tuple[Order, int | None, frozenset[str]]] = []
    decided: list[tuple[list[int], str]] = []
    while batches:
        batch = batches.popleft()
        existing = _existing(db, batch) if in_shop else {}
        for order in batch:
            known = existing.get((order.channel, order.order_no))
            kept = _kept(order, mapped) if known else _NOTHING_KEPT
            if known is None:
                status = "new"
            elif _masked(known[1], kept) == _masked(order.comparable(), kept):
                status = "unchanged"
            else:
                status = "changed"
            decided.append((order.rows, status))
            order.rows = []
            if status != "unchanged":
                to_write.append((order, known[0] if known else None, kept))
    return to_write, decided


class _Statuses:
    """Each row's status, by order: (row indices, status) pairs rather than a dict of
    every row, which for a large file would cost more than the orders themselves."""

    def __init__(self, decided: list[tuple[list[int], str]]) -> None:
        self.decided = decided

    def items(self):
        for indices, status in self.decided:
            for index in indices:
                yield index, status
