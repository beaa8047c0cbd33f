"""The Orders table's columns. The rows come lazily (``LazyRowsModel``): a shop can
hold 400k orders, so only the ids are kept and rows are read a screenful at a time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from shopkeeper.services.money import format_money
from shopkeeper.services.orders import STATUSES, OrderRow
from shopkeeper.ui import theme
from shopkeeper.ui.labels import channel_label, order_status_label
from shopkeeper.ui.models.row_table_model import ID_ROLE, SORT_ROLE, Column, LazyRowsModel

ORDER, PLACED, CUSTOMER, CHANNEL, STATUS, ITEMS, TOTAL, REFUNDED = range(8)
SORT_KEYS = (
    "order_no",
    "placed_at",
    "customer",
    "channel",
    "status",
    "items",
    "total",
    "refunded",
)  # services.orders.SORTS, column by column

# Colours by meaning, so they read on the light and the dark palette.
STATUS_TONES = {
    "unpaid": "warning",
    "refunded": "danger",
    "partly_refunded": "danger",
    "cancelled": "faint",
}


def _status_colour(status: str) -> str | None:
    tone = STATUS_TONES.get(status)
    return theme.tone(tone) if tone else None


__all__ = ["ID_ROLE", "SORT_ROLE", "OrdersTableModel", "SORT_KEYS"]


translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them


def order_columns(currency: Callable[[], str]) -> list[Column]:
    def money(value: int) -> str:
        return format_money(value, currency())

    return [
        Column(translate("OrdersTableModel", "Order"), lambda r: r.order_no, sample="TB2505204078"),
        # Minutes are enough in a list.
        Column(
            translate("OrdersTableModel", "Placed"),
            lambda r: r.placed_at[:16].replace("T", " "),
            key=lambda r: r.placed_at,
            sample="2025-05-20 21:00",
        ),
        Column(
            translate("OrdersTableModel", "Customer"),
            lambda r: r.customer_name,
            key=lambda r: r.customer_name.casefold(),
            tooltip=lambda r: r.customer_name or None,
        ),
        Column(
            translate("OrdersTableModel", "Channel"),
            lambda r: channel_label(r.channel),
            sample="Shopify",
        ),
        Column(
            translate("OrdersTableModel", "Status"),
            lambda r: order_status_label(r.shown_status),
            key=lambda r: STATUSES.index(r.status) if r.status in STATUSES else 99,
            colour=lambda r: _status_colour(r.shown_status),
            tooltip=lambda r: _refund_tip(r, money),
            sample="Partly refunded",
        ),
        Column(
            translate("OrdersTableModel", "Items"),
            lambda r: str(r.item_count),
            key=lambda r: r.item_count,
            numeric=True,
            sample="Items",
        ),
        Column(
            translate("OrdersTableModel", "Total"),
            lambda r: money(r.total),
            key=lambda r: r.total,
            numeric=True,
            sample="¥1,234.00",
        ),
        # A blank for "nothing refunded" keeps the real refunds easy to spot.
        Column(
            translate("OrdersTableModel", "Refunded"),
            lambda r: money(r.refunded) if r.refunded else "",
            key=lambda r: r.refunded,
            numeric=True,
            colour=lambda r: theme.tone("danger") if r.refunded else None,
            sample="Refunded",
        ),
    ]


def _refund_tip(row: OrderRow, money) -> str | None:
    if row.shown_status == "partly_refunded":
        return translate("OrdersTableModel", "Partly refunded: {amount} of {total}").format(
            amount=money(row.refunded), total=money(row.total)
        )
    return None


class OrdersTableModel(LazyRowsModel):
    def __init__(self, currency: str, load: Callable[[list], dict], parent=None) -> None:
        self.currency = currency
        super().__init__(order_columns(lambda: self.currency), load, parent)
