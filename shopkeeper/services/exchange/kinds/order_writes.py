"""Writing planned orders: new ones in batches, changed ones rewritten in place.

A large import writes without the per-row triggers and, when it adds many rows
relative to what the shop holds, without the secondary indexes of orders and their
lines (bulk_writes): inserting into live indexes in random key order is most of a
large import's write time, and building them again once is a fraction of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

from sqlite_utils import Database

from shopkeeper.services.progress_steps import WRITING_ORDERS

from ..bulk_writes import indexes_paused, triggers_paused
from .customer_match import CustomerMatcher

_INSERT_ORDER = (
    "INSERT INTO orders(id, placed_at, status, subtotal, discount, shipping, total, country, "
    "customer_id, channel, order_no, tracking_no) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)
# unit_cost snapshots the variant's cost at import, so later cost changes keep past profit.
_INSERT_LINE = (
    "INSERT INTO order_items(order_id, line_no, variant_id, sku, title, quantity, unit_price, "
    "unit_cost) VALUES (?,?,?,?,?,?,?,?)"
)
_INSERT_REFUND = (
    "INSERT INTO refunds(order_id, amount, reason, created_at) VALUES (?, ?, 'imported', ?)"
)
BATCH = 5_000  # new orders written per executemany; progress is reported between batches
BULK_FROM = 2_000  # orders written from which the per-row index triggers are paused


def write_orders(db: Database, to_write: list[tuple], progress) -> None:
    """``to_write``: (order, its id in the shop or None when new, fields kept as they are).

    Changed orders are rewritten first, while the indexes that find their lines are
    live; then every line and every new order is inserted, in batches of ``BATCH``."""
    bulk = len(to_write) >= BULK_FROM
    with triggers_paused(db) if bulk else nullcontext(), _larger_cache(db, bulk):
        writer = _Writer(db, progress, len(to_write))
        for order, order_id, kept in to_write:
            if order_id is not None:
                _rewrite(db, order, order_id, kept, writer.customer_id(order))
        adding = {
            "orders": sum(1 for _order, order_id, _kept in to_write if order_id is None),
            "order_items": sum(len(order.lines) for order, _id, _kept in to_write),
        }
        with indexes_paused(db, adding) if bulk else nullcontext():
            writer.insert(to_write)


BULK_CACHE_KIB = 32 * 1024


@contextmanager
def _larger_cache(db: Database, bulk: bool) -> Iterator[None]:
    """A large write gets a 32 MiB page cache instead of SQLite's 2 MiB: fewer pages go
    out to the log and back before the commit (500k lines: about a fifth less time)."""
    if not bulk:
        yield
        return
    before = db.conn.execute("PRAGMA cache_size").fetchone()[0]
    db.conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        db.conn.execute(f"PRAGMA cache_size = {int(before)}")


class _Writer:
    def __init__(self, db: Database, progress, total: int) -> None:
        self.db, self.progress, self.total = db, progress, total
        self.customers = CustomerMatcher(db).preload()
        self.known_customers: dict[tuple[str, str, str], int | None] = {}
        self.variant_of = {
            sku: (vid, cost)
            for sku, vid, cost in db.execute("SELECT sku, id, cost FROM variants").fetchall()
        }

    def customer_id(self, order) -> int | None:
        found = self.known_customers.get(order.customer, _UNSEEN)
        if found is _UNSEEN:  # orders of one customer repeat the same three cells
            found = self.known_customers[order.customer] = _customer_id(self.customers, order)
        return found

    def insert(self, to_write: list[tuple]) -> None:
        """New orders get their ids here, inside the import's transaction, so that their
        lines can reference them."""
        db, progress, variant_of = self.db, self.progress, self.variant_of
        next_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM orders").fetchone()[0]
        batch: tuple[list, list, list] = ([], [], [])
        # Bound once: _flush empties these same lists, so the methods stay valid.
        add_order, add_line, add_refund = batch[0].append, batch[1].append, batch[2].append
        known, customer_id = self.known_customers, self.customer_id
        for done, (order, order_id, kept) in enumerate(to_write):
            if done % BATCH == 0:
                _flush(db, batch)
                if progress:
                    progress(done, self.total, WRITING_ORDERS)
            if order_id is None:
                order_id, next_id = next_id, next_id + 1
                customer = known.get(order.customer, _UNSEEN)
                add_order(
                    (
                        order_id,
                        order.placed_at,
                        order.status,
                        order.subtotal,
                        order.discount,
                        order.shipping,
                        order.total,
                        order.country,
                        customer_id(order) if customer is _UNSEEN else customer,
                        order.channel,
                        order.order_no,
                        order.tracking_no,
                    )
                )
            n = 0
            for sku, title, q, p in order.lines:
                n += 1
                variant_id, cost = variant_of.get(sku, _NO_VARIANT)
                add_line((order_id, n, variant_id, sku, title, q, p, cost))
            if order.refund and "refund" not in kept:
                add_refund((order_id, order.refund, order.placed_at))
        _flush(db, batch)
        if progress:
            progress(self.total, self.total, WRITING_ORDERS)


_UNSEEN = object()
_NO_VARIANT = (None, None)


def _customer_id(customers: CustomerMatcher, order) -> int | None:
    name, email, phone = order.customer
    return customers.ensure(
        CustomerMatcher.keys(name, email, phone),
        name=name,
        email=email,
        phone=phone,
        country=order.country,
        platform_id=name or None,
    )


def _rewrite(db: Database, order, order_id: int, kept: set[str], customer_id) -> None:
    """Replace an existing order's head and lines, keeping what the file did not say."""
    head = {
        "placed_at": order.placed_at,
        "status": order.status,
        "subtotal": order.subtotal,
        "discount": order.discount,
        "shipping": order.shipping,
        "total": order.total,
        "country": order.country,
        "customer_id": customer_id,
        "tracking_no": order.tracking_no,
    }
    head = {k: v for k, v in head.items() if k not in kept}
    db.execute("DELETE FROM order_items WHERE order_id = ?", [order_id])
    if "refund" not in kept:
        db.execute("DELETE FROM refunds WHERE order_id = ?", [order_id])
    db.execute(
        f"UPDATE orders SET {', '.join(f'{k} = ?' for k in head)} WHERE id = ?",
        [*head.values(), order_id],
    )


def _flush(db: Database, batch: tuple[list, list, list]) -> None:
    orders, lines, refunds = batch
    for sql, rows in ((_INSERT_ORDER, orders), (_INSERT_LINE, lines), (_INSERT_REFUND, refunds)):
        if rows:
            db.conn.executemany(sql, rows)
            rows.clear()
