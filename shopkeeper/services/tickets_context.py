"""What surrounds a ticket: its customer, order and listing, and complaint counts per listing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from shopkeeper.services import customers

# Tickets whose reason says something about the listing (wrong size, poor photos …).
REASON_KINDS = ("return", "exchange", "refund", "complaint", "review")


@dataclass(frozen=True)
class OrderSummary:
    id: int
    order_no: str
    channel: str
    placed_at: str
    status: str
    total: int
    tracking_no: str
    lines: tuple[tuple[str, str, int], ...]  # (sku, title, quantity)


@dataclass(frozen=True)
class ListingSummary:
    product_id: int
    title: str
    sku: str  # the variant's, or "" when the ticket names the listing only
    price: int | None
    stock: int | None


@dataclass(frozen=True)
class TicketContext:
    customer: customers.Customer | None
    order: OrderSummary | None
    listing: ListingSummary | None
    history: list[customers.HistoryEntry]
    pending_order_no: str | None
    pending_sku: str | None


def context(db: Database, ticket_id: int) -> TicketContext | None:
    row = db.execute(
        "SELECT customer_id, order_id, product_id, variant_id, pending_order_no, pending_sku "
        "FROM tickets WHERE id = ?",
        [ticket_id],
    ).fetchone()
    if row is None:
        return None
    customer_id, order_id, product_id, variant_id, pending_order, pending_sku = row
    customer = customers.get(db, customer_id) if customer_id else None
    return TicketContext(
        customer,
        _order(db, order_id) if order_id else None,
        _listing(db, product_id, variant_id),
        customers.history(db, customer_id) if customer_id else [],
        pending_order,
        pending_sku,
    )


def _order(db: Database, order_id: int) -> OrderSummary | None:
    head = db.execute(
        "SELECT id, order_no, channel, placed_at, status, total, tracking_no "
        "FROM orders WHERE id = ?",
        [order_id],
    ).fetchone()
    if head is None:
        return None
    lines = tuple(
        db.execute(
            "SELECT sku, title, quantity FROM order_items WHERE order_id = ? ORDER BY line_no, id",
            [order_id],
        ).fetchall()
    )
    return OrderSummary(*head, lines)


def _listing(db: Database, product_id: int | None, variant_id: int | None):
    if variant_id:
        row = db.execute(
            "SELECT p.id, p.title, v.sku, v.price, v.stock FROM variants v "
            "JOIN products p ON p.id = v.product_id WHERE v.id = ?",
            [variant_id],
        ).fetchone()
        if row:
            return ListingSummary(*row)
    if product_id:
        row = db.execute("SELECT id, title FROM products WHERE id = ?", [product_id]).fetchone()
        if row:
            return ListingSummary(row[0], row[1], "", None, None)
    return None


@dataclass(frozen=True)
class ReasonCount:
    sku: str
    product_id: int | None
    title: str
    reason: str  # a code of services.tickets.REASONS
    count: int


def reason_counts_by_sku(
    db: Database,
    *,
    since: str | None = None,
    until: str | None = None,
    min_count: int = 1,
    sku: str | None = None,
) -> list[ReasonCount]:
    """How often each return/complaint reason was given per SKU ("runs small" ×12 on X),
    most frequent first. A ticket without a variant counts on its order's only line."""
    sql = """
        WITH tagged AS (
          SELECT t.reason, coalesce(t.variant_id, (
                   SELECT max(i.variant_id) FROM order_items i WHERE i.order_id = t.order_id
                   HAVING count(*) = 1)) AS variant_id
          FROM tickets t
          WHERE t.reason != '' AND t.merged_into IS NULL
            AND t.kind IN ({kinds})
            AND (:since IS NULL OR t.created_at >= :since)
            AND (:until IS NULL OR t.created_at < :until))
        SELECT v.sku, v.product_id, p.title, tagged.reason, count(*) AS n
        FROM tagged JOIN variants v ON v.id = tagged.variant_id
        JOIN products p ON p.id = v.product_id
        WHERE (:sku IS NULL OR v.sku = :sku)
        GROUP BY v.id, tagged.reason HAVING n >= :min_count
        ORDER BY n DESC, v.sku, tagged.reason
    """.format(kinds=", ".join(f"'{k}'" for k in REASON_KINDS))
    return [
        ReasonCount(*r)
        for r in db.execute(
            sql, {"since": since, "until": until, "min_count": min_count, "sku": sku}
        )
    ]
