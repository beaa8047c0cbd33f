"""The Listings tab's two tables: products (with their variants summed up) and the
selected product's variants, whose price, compare-at, cost, stock and reorder point
can be edited in place (the tab writes them through the service)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal

from shopkeeper.services.listings import ProductRow, VariantRow
from shopkeeper.services.money import exponent, format_money, plain_amount
from shopkeeper.ui.models.row_table_model import Column, Index, RowTableModel

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them

THUMB, SKU, TITLE, STATUS, PRICE, COMPARE, COST, MARGIN, STOCK, COVER, PROBLEMS = range(11)
(
    V_SKU,
    V_OPTIONS,
    V_PRICE,
    V_COMPARE,
    V_COST,
    V_MARGIN,
    V_STOCK,
    V_COVER,
    V_REORDER,
    V_SOLD,
    V_PROBLEMS,
) = range(11)
# Variant columns a seller can edit in place -> the variant field they set.
EDITABLE = {
    V_PRICE: "price",
    V_COMPARE: "compare_at_price",
    V_COST: "cost",
    V_STOCK: "stock",
    V_REORDER: "reorder_point",
}
RED, AMBER, GREY = "#c62828", "#c77700", "#808080"


def status_label(status: str) -> str:
    names = {
        "active": translate("Listings", "Active"),
        "draft": translate("Listings", "Draft"),
        "archived": translate("Listings", "Archived"),
    }
    return names.get(status, status)


def percent_text(bp: int | None) -> str:
    if bp is None:
        return ""
    sign = "-" if bp < 0 else ""
    whole, rest = divmod(abs(bp), 100)
    return f"{sign}{whole}.{rest // 10}%"


def stock_text(stock: int, estimated: bool) -> str:
    return f"≈{stock:,}" if estimated else f"{stock:,}"


def stock_tip(estimated: bool) -> str | None:
    if not estimated:
        return None
    return translate(
        "Listings",
        "An estimate: the count from the last listing import or edit, less the units on "
        "orders placed since then (cancelled orders not counted). Set the stock to make it "
        "exact again.",
    )


def cover_text(days: int | None) -> str:
    if days is None:
        return ""
    return translate("Listings", "{days} d").format(days=f"{days:,}")


class ListingsModels:
    """Builds both tables' columns around the shop's currency and margin floor."""

    def __init__(
        self,
        currency: Callable[[], str],
        floor_bp: Callable[[], int],
        icon: Callable[[ProductRow], Any],
        problems: Callable[[int, str | None], list],
    ):
        self.currency, self.floor_bp, self.icon, self.problems = currency, floor_bp, icon, problems

    def money(self, value: int | None) -> str:
        return "" if value is None else format_money(value, self.currency())

    def span(self, values: list[int | None]) -> str:
        values = [v for v in values if v is not None]
        if not values:
            return ""
        low, high = min(values), max(values)
        return self.money(low) if low == high else f"{self.money(low)} – {self.money(high)}"

    def margin_colour(self, bp: int | None) -> str | None:
        return RED if bp is not None and bp < self.floor_bp() else None

    def problem_tip(self, product_id: int, sku: str | None) -> str | None:
        found = self.problems(product_id, sku)
        return "\n".join(found) if found else None

    def product_columns(self) -> list[Column]:
        return [
            Column("", lambda r: "", key=lambda r: bool(r.thumbnail), icon=self.icon, sample="  "),
            Column(
                translate("Listings", "SKU"),
                lambda r: r.skus or translate("Listings", "{n} variants").format(n=r.variant_count),
                sample="DR-0105-OAT-XL",
            ),
            Column(
                translate("Listings", "Title"),
                lambda r: r.title,
                key=lambda r: r.title.casefold(),
                tooltip=lambda r: r.title,
            ),
            Column(
                translate("Listings", "Status"),
                lambda r: status_label(r.status),
                sample="Archived",
                colour=lambda r: GREY if r.status != "active" else None,
            ),
            Column(
                translate("Listings", "Price"),
                lambda r: self.span([r.price_min, r.price_max]),
                key=lambda r: r.price_range[0] if r.price_range else None,
                numeric=True,
                sample="¥1,288.00 – ¥1,288.00",
            ),
            Column(
                translate("Listings", "Compare-at"),
                lambda r: self.span([r.compare_min, r.compare_max]),
                key=lambda r: r.compare_max,
                numeric=True,
                sample="¥1,288.00",
            ),
            Column(
                translate("Listings", "Cost"),
                lambda r: self.span([r.cost_min, r.cost_max]),
                key=lambda r: r.cost_min,
                numeric=True,
                sample="¥1,288.00 – ¥1,288.00",
            ),
            Column(
                translate("Listings", "Margin"),
                lambda r: percent_text(r.margin_bp),
                key=lambda r: r.margin_bp,
                numeric=True,
                sample="100.0%",
                colour=lambda r: self.margin_colour(r.margin_bp),
                header_tip=translate(
                    "Listings", "The thinnest variant margin after cost and the main channel's fees"
                ),
            ),
            Column(
                translate("Listings", "Stock"),
                lambda r: stock_text(r.stock, r.stock_estimated),
                key=lambda r: r.stock,
                numeric=True,
                sample="≈12,345",
                colour=lambda r: RED if r.stock <= 0 and r.status == "active" else None,
                tooltip=lambda r: stock_tip(r.stock_estimated),
            ),
            Column(
                translate("Listings", "Days of cover"),
                lambda r: cover_text(r.days_of_cover),
                key=lambda r: r.days_of_cover,
                numeric=True,
                sample="1,234 d",
                colour=lambda r: AMBER if r.low_stock else None,
                header_tip=translate(
                    "Listings", "Stock ÷ average daily units sold over the last 28 days"
                ),
            ),
            Column(
                translate("Listings", "Problems"),
                lambda r: str(r.problems) if r.problems else "",
                key=lambda r: r.problems,
                numeric=True,
                sample="Problems",
                colour=lambda r: RED if r.problems else None,
                tooltip=lambda r: self.problem_tip(r.id, None),
            ),
        ]

    def variant_columns(self) -> list[Column]:
        return [
            Column(translate("Listings", "SKU"), lambda v: v.sku, sample="DR-0105-OAT-XL"),
            Column(translate("Listings", "Options"), lambda v: v.options, sample="Oatmeal / XL"),
            Column(
                translate("Listings", "Price"),
                lambda v: self.money(v.price),
                key=lambda v: v.price,
                numeric=True,
                sample="¥1,288.00",
            ),
            Column(
                translate("Listings", "Compare-at"),
                lambda v: self.money(v.compare_at_price),
                key=lambda v: v.compare_at_price,
                numeric=True,
                sample="¥1,288.00",
                colour=lambda v: (
                    RED
                    if v.compare_at_price is not None and v.compare_at_price <= v.price
                    else None
                ),
            ),
            Column(
                translate("Listings", "Cost"),
                lambda v: self.money(v.cost),
                key=lambda v: v.cost,
                numeric=True,
                sample="¥1,288.00",
            ),
            Column(
                translate("Listings", "Margin"),
                lambda v: percent_text(v.margin_bp),
                key=lambda v: v.margin_bp,
                numeric=True,
                sample="100.0%",
                colour=lambda v: self.margin_colour(v.margin_bp),
            ),
            Column(
                translate("Listings", "Stock"),
                lambda v: stock_text(v.stock, v.stock_estimated),
                key=lambda v: v.stock,
                numeric=True,
                sample="≈12,345",
                colour=lambda v: RED if v.stock <= 0 else None,
                tooltip=lambda v: stock_tip(v.stock_estimated),
            ),
            Column(
                translate("Listings", "Days of cover"),
                lambda v: cover_text(v.days_of_cover),
                key=lambda v: v.days_of_cover,
                numeric=True,
                sample="1,234 d",
                colour=lambda v: AMBER if v.low_stock else None,
            ),
            Column(
                translate("Listings", "Reorder at"),
                lambda v: "" if v.reorder_point is None else f"{v.reorder_point:,}",
                key=lambda v: v.reorder_point,
                numeric=True,
                sample="Reorder at",
                header_tip=translate(
                    "Listings",
                    "Low stock at or under this count; empty: judged "
                    "from days of cover against the lead time",
                ),
            ),
            Column(
                translate("Listings", "Sold (28 d)"),
                lambda v: f"{v.sold:,}",
                key=lambda v: v.sold,
                numeric=True,
                sample="Sold (28 d)",
            ),
            Column(
                translate("Listings", "Problems"),
                lambda v: str(len(self.problems(v.product_id, v.sku)) or ""),
                key=lambda v: len(self.problems(v.product_id, v.sku)),
                numeric=True,
                sample="Problems",
                colour=lambda v: RED,
                tooltip=lambda v: self.problem_tip(v.product_id, v.sku),
            ),
        ]


class VariantsModel(RowTableModel):
    """Variants of one product; money, stock and reorder cells are editable.

    Editing emits ``edit_requested(variant, field, text)``; the tab validates and
    writes it, then reloads, so the model never writes anything itself."""

    edit_requested = Signal(object, str, str)

    def __init__(self, columns, currency: Callable[[], str], parent=None) -> None:
        super().__init__(columns, parent)
        self.currency = currency

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            row: VariantRow | None = self.row_at(index.row())
            name = EDITABLE.get(index.column())
            if row is None or name is None:
                return None
            value = getattr(row, name)
            if value is None:
                return ""
            if name in ("stock", "reorder_point"):
                return str(value)
            return plain_amount(value, exponent(self.currency()))
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        row = self.row_at(index.row())
        if row is None:
            return False
        self.edit_requested.emit(row, EDITABLE[index.column()], str(value))
        return False  # the reload after the write shows the new value
