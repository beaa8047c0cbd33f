"""A believable demo shop: two years of a small bilingual shop selling on six channels.

Everything is generated here from word pools and a seeded random stream, so the
same seed and ``today`` give the same shop. All writes happen in one transaction:
a failure, or a progress callback that raises (Cancel), leaves the shop untouched.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected
from shopkeeper.services.demo import (
    catalog,
    costs,
    customers,
    listing_extras,
    marketing,
    orders,
    promotions,
    rollups,
    support,
)
from shopkeeper.services.demo.base import (
    SCALE_PLANS,
    STEP_CATALOG,
    STEP_CUSTOMERS,
    STEP_MARKETING,
    STEP_ORDERS,
    STEP_PROMOTIONS,
    STEP_START,
    STEP_TICKETS,
    Context,
    Progress,
    ProgressCallback,
)
from shopkeeper.store import in_flight, open_db, settings

__all__ = ["SCALES", "DemoSummary", "generate_demo"]

SCALES = ("small", "large")
SHOP_NAME = "Lotus & Loom 莲织小铺"
NOT_EMPTY = QT_TRANSLATE_NOOP(
    "UserError", "{path} already has data; demo data goes into a new, empty shop."
)
# A demo mixed into real data would corrupt the user's numbers.
_USER_DATA_TABLES = ("products", "orders", "customers", "tickets")


@dataclass(frozen=True)
class DemoSummary:
    products: int
    variants: int
    customers: int
    orders: int
    order_items: int
    refunds: int
    tickets: int
    ticket_messages: int
    promotions: int


def generate_demo(
    db: Database,
    *,
    scale: str = "small",
    seed: int = 20261122,
    today: dt.date | None = None,
    progress: ProgressCallback | None = None,
) -> DemoSummary:
    """Fill an empty shop with demo data; raises InputRejected if it already has data.

    ``progress(done, total, step_name)`` is called regularly; if it raises, every
    write is rolled back and the exception propagates.
    """
    if scale not in SCALES:
        raise ValueError(f"scale must be one of {SCALES}, not {scale!r}")
    if isinstance(today, dt.datetime):
        today = today.date()
    plan = SCALE_PLANS[scale]
    conn = db.conn
    if conn.in_transaction:
        raise RuntimeError("generate_demo needs a connection without an open transaction")
    ctx = Context(
        conn=conn,
        seed=seed,
        today=today or dt.date.today(),
        scale=plan,
        progress=Progress(progress, 0),
    )
    ctx.progress.total = (
        plan.products + plan.customers + plan.promotions + plan.orders + ctx.days + plan.tickets
    )
    conn.execute("BEGIN IMMEDIATE")
    try:
        _refuse_if_not_empty(conn)
        summary = _generate(ctx)
        ctx.progress.finish()  # a Cancel pressed even now still rolls everything back
        conn.execute("COMMIT")
    except BaseException:
        conn.rollback()
        raise
    return summary


def _generate(ctx: Context) -> DemoSummary:
    ctx.progress.step(STEP_START)
    for setting, value in (
        (settings.SHOP_NAME, SHOP_NAME),
        (settings.CURRENCY, "CNY"),
        (settings.TIME_ZONE, "Asia/Shanghai"),
    ):
        # settings.put() commits, which would end our transaction early.
        ctx.conn.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (setting.key, value),
        )
    ctx.progress.step(STEP_CATALOG)
    listings = catalog.generate(ctx)
    listing_extras.generate(ctx)  # fees, selling points, reorder points, channel titles
    ctx.progress.step(STEP_CUSTOMERS)
    buyers = customers.generate(ctx)
    ctx.progress.step(STEP_PROMOTIONS)
    schedule, promotion_count = promotions.generate(ctx, listings)
    ctx.progress.step(STEP_ORDERS)
    stats = orders.generate(ctx, listings, buyers, schedule)
    costs.snapshot(ctx)
    ctx.progress.step(STEP_MARKETING)
    marketing.generate(ctx, listings, stats)
    ctx.progress.step(STEP_TICKETS)
    tickets, messages = support.generate(ctx, listings, buyers, stats)
    rollups.refresh(ctx)
    return DemoSummary(
        products=listings.products,
        variants=listings.variants,
        customers=buyers.total,
        orders=stats.orders,
        order_items=stats.items,
        refunds=stats.refunds,
        tickets=tickets,
        ticket_messages=messages,
        promotions=promotion_count,
    )


def _refuse_if_not_empty(conn: sqlite3.Connection) -> None:
    for table in _USER_DATA_TABLES:
        if conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]:
            path = (
                next(
                    (row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), ""
                )
                or "The shop"
            )
            raise InputRejected(NOT_EMPTY, path=path)


def write_demo_shop(
    path: Path, progress: Callable[[int, int, str], None] | None = None, *, scale: str = "small"
) -> DemoSummary:
    """A new shop file at ``path`` full of demo data.

    It is written under a temporary name and renamed when complete, so a cancelled
    or failed run leaves no half-filled shop behind.
    """
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    sidecars = [partial.with_name(partial.name + s) for s in ("", "-wal", "-shm")]
    for file in sidecars:
        file.unlink(missing_ok=True)
    # Registered, so that a run killed half-way leaves nothing after the next start.
    with in_flight.writing(sidecars, target=path):
        try:
            db = open_db(partial)
            try:
                summary = generate_demo(db, scale=scale, progress=progress)
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                db.close()
            partial.replace(path)
        finally:
            for file in sidecars:
                file.unlink(missing_ok=True)
    return summary
