"""The editor's variants page: up to three options made into a grid of variants, each
with its own SKU, prices, cost, stock, barcode, weight and reorder point.

Cells are checked as they are typed: a bad number turns the cell red with the reason
in its tooltip, and the editor will not save while one is red."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services import listings_edit
from shopkeeper.services.listings_edit import VariantDraft
from shopkeeper.services.money import plain_amount
from shopkeeper.services.pricing import PriceError
from shopkeeper.ui.i18n import user_message

SKU, OPT1, OPT2, OPT3, PRICE, COMPARE, COST, STOCK, BARCODE, WEIGHT, REORDER = range(11)
FIELD_OF = {
    SKU: "sku",
    PRICE: "price",
    COMPARE: "compare_at_price",
    COST: "cost",
    STOCK: "stock",
    BARCODE: "barcode",
    WEIGHT: "weight",
    REORDER: "reorder_point",
}
COLUMN_OF = {v: k for k, v in FIELD_OF.items()}
BAD = QColor("#f8d0d0")
ID_ROLE = Qt.ItemDataRole.UserRole


class VariantsGrid(QWidget):
    changed = Signal()

    def __init__(self, exponent: int, parent=None) -> None:
        super().__init__(parent)
        self.exponent = exponent
        self.cell_errors: dict[tuple[int, int], str] = {}
        self.stock_notes: dict[int, str] = {}  # variant id -> its count's estimate
        layout = QVBoxLayout(self)
        options = QGridLayout()
        self.option_names, self.option_values = [], []
        for n in range(listings_edit.MAX_OPTIONS):
            name = QLineEdit(placeholderText=self.tr("Option {n}, e.g. Size").format(n=n + 1))
            values = QLineEdit(placeholderText=self.tr("Values, separated by commas: S, M, L"))
            name.textChanged.connect(self._show_option_columns)
            options.addWidget(name, n, 0)
            options.addWidget(values, n, 1)
            self.option_names.append(name)
            self.option_values.append(values)
        options.setColumnStretch(1, 1)
        layout.addLayout(options)
        buttons = QHBoxLayout()
        self.make_button = QPushButton(self.tr("Make variants from options"))
        self.make_button.clicked.connect(self.make_variants)
        self.add_button = QPushButton(self.tr("Add variant"))
        self.add_button.clicked.connect(lambda: self.add_row(VariantDraft()))
        self.remove_button = QPushButton(self.tr("Remove variant"))
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.make_button, self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, 11)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Option 1"),
                self.tr("Option 2"),
                self.tr("Option 3"),
                self.tr("Price"),
                self.tr("Compare-at"),
                self.tr("Cost"),
                self.tr("Stock"),
                self.tr("Barcode"),
                self.tr("Weight (g)"),
                self.tr("Reorder at"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table, 1)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #c62828;")
        layout.addWidget(self.message)

    # -- filling ---------------------------------------------------------------------
    def load(self, names: tuple[str, ...], variants: list[VariantDraft]) -> None:
        for edit, name in zip(self.option_names, names, strict=False):
            edit.setText(name)
        for n, edit in enumerate(self.option_values):
            seen = []
            for v in variants:
                if v.values[n] and v.values[n] not in seen:
                    seen.append(v.values[n])
            edit.setText(", ".join(seen))
        self.table.setRowCount(0)
        for v in variants:
            self.add_row(v)
        self._show_option_columns()
        self.table.resizeColumnsToContents()

    def _money(self, value: int | None) -> str:
        return "" if value is None else plain_amount(value, self.exponent)

    def add_row(self, v: VariantDraft) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = [
            v.sku,
            *v.values,
            self._money(v.price),
            self._money(v.compare_at_price),
            self._money(v.cost),
            str(v.stock),
            v.barcode,
            "" if v.weight_grams is None else str(v.weight_grams),
            "" if v.reorder_point is None else str(v.reorder_point),
        ]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column >= PRICE and column != BARCODE:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self.table.item(row, SKU).setData(ID_ROLE, v.id)
        self.table.blockSignals(False)
        self.changed.emit()

    def show_stock_counts(self, counts: dict[int, tuple[str, int]]) -> None:
        """Explain on each stock cell whose count orders have lowered since it was set
        ({variant id: (counted at, units since)}) the estimate the Listings table shows."""
        for row in range(self.table.rowCount()):
            found = counts.get(self.table.item(row, SKU).data(ID_ROLE))
            item = self.table.item(row, STOCK)
            if found is None or item is None:
                continue
            when, units = found
            estimate = int(item.text()) - units if item.text().lstrip("-").isdigit() else None
            self.stock_notes[self.table.item(row, SKU).data(ID_ROLE)] = self.tr(
                "Counted {when}. {units} ordered since: about {estimate} left (the Listings "
                "table shows ≈{estimate}). Type the count you have now to make it exact."
            ).format(when=when.replace("T", " ")[:16], units=units, estimate=estimate)
            self._paint(row, STOCK)

    @Slot()
    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.cell_errors.clear()
        self._recheck_all()
        self.changed.emit()

    def names(self) -> tuple[str, str, str]:
        return tuple(e.text().strip() for e in self.option_names)

    @Slot()
    def _show_option_columns(self) -> None:
        for n, edit in enumerate(self.option_names):
            named = bool(edit.text().strip())
            self.table.setColumnHidden(OPT1 + n, not named)
            header = self.table.horizontalHeaderItem(OPT1 + n)
            header.setText(edit.text().strip() or self.tr("Option {n}").format(n=n + 1))

    @Slot()
    def make_variants(self) -> None:
        """One variant per combination of the options' values; rows already there for a
        combination keep their SKU, prices and stock."""
        values = [
            [x.strip() for x in e.text().replace("，", ",").split(",")] for e in self.option_values
        ]
        try:
            combos = listings_edit.option_grid(self.names(), values)
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        current, _errors = self.variants(strict=False)
        by_values = {v.values: v for v in current}
        template = current[0] if current else VariantDraft()
        base = (template.sku.split("-")[0] if template.sku else "SKU").upper()
        rows = []
        for combo in combos:
            if combo in by_values:
                rows.append(by_values[combo])
                continue
            suffix = "-".join(v.upper().replace(" ", "") for v in combo if v)
            rows.append(
                VariantDraft(
                    sku=f"{base}-{suffix}" if suffix else base,
                    values=combo,
                    price=template.price,
                    compare_at_price=template.compare_at_price,
                    cost=template.cost,
                )
            )
        self.table.setRowCount(0)
        for v in rows:
            self.add_row(v)
        self._recheck_all()

    # -- reading and checking ---------------------------------------------------------
    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _parse(self, row: int, column: int):
        text = self._text(row, column)
        labels = {
            PRICE: self.tr("Price"),
            COMPARE: self.tr("Compare-at price"),
            COST: self.tr("Cost"),
            STOCK: self.tr("Stock"),
            WEIGHT: self.tr("Weight"),
            REORDER: self.tr("Reorder point"),
        }
        if column in (PRICE, COMPARE, COST):
            return listings_edit.parse_money(
                text, self.exponent, label=labels[column], optional=column != PRICE
            )
        if column in (STOCK, WEIGHT, REORDER):
            return listings_edit.parse_count(text, label=labels[column], optional=column != STOCK)
        return text

    @Slot(QTableWidgetItem)
    def _item_changed(self, item: QTableWidgetItem) -> None:
        self._check_cell(item.row(), item.column())
        self.changed.emit()

    def _check_cell(self, row: int, column: int) -> None:
        try:
            self._parse(row, column)
        except PriceError as exc:
            self.cell_errors[(row, column)] = user_message(exc)
        else:
            self.cell_errors.pop((row, column), None)
        self._paint(row, column)
        self._show_message()

    def _recheck_all(self) -> None:
        self.cell_errors.clear()
        for row in range(self.table.rowCount()):
            for column in (PRICE, COMPARE, COST, STOCK, WEIGHT, REORDER):
                self._check_cell(row, column)

    def _paint(self, row: int, column: int, message: str | None = None) -> None:
        item = self.table.item(row, column)
        if item is None:
            return
        message = message or self.cell_errors.get((row, column))
        sku = self.table.item(row, SKU)
        note = self.stock_notes.get(sku.data(ID_ROLE)) if column == STOCK and sku else None
        self.table.blockSignals(True)
        item.setBackground(QBrush(BAD) if message else QBrush())
        item.setToolTip(message or note or "")
        self.table.blockSignals(False)

    def _show_message(self) -> None:
        first = next(iter(sorted(self.cell_errors.items())), None)
        if first is None:
            self.message.clear()
            return
        (row, _column), text = first
        sku = self._text(row, SKU) or self.tr("row {n}").format(n=row + 1)
        self.message.setText(f"{sku}: {text}")

    def mark(self, errors: list[tuple[int | None, str, str]]) -> None:
        """Show errors the service found: (row, field id, message)."""
        for row, fld, message in errors:
            column = COLUMN_OF.get(fld)
            if row is not None and column is not None:
                self.cell_errors[(row, column)] = message
                self._paint(row, column, message)
        self._show_message()

    def variants(self, *, strict: bool = True) -> tuple[list[VariantDraft], list[str]]:
        """The grid as drafts, and the problems of cells that do not parse."""
        drafts, problems = [], []
        for row in range(self.table.rowCount()):
            values = []
            for column in (PRICE, COMPARE, COST, STOCK, WEIGHT, REORDER):
                try:
                    values.append(self._parse(row, column))
                except PriceError as exc:
                    problems.append(user_message(exc))
                    values.append(None if column != PRICE else 0)
            price, compare, cost, stock, weight, reorder = values
            drafts.append(
                VariantDraft(
                    id=self.table.item(row, SKU).data(ID_ROLE),
                    sku=self._text(row, SKU),
                    values=tuple(self._text(row, c) for c in (OPT1, OPT2, OPT3)),
                    price=price or 0,
                    compare_at_price=compare,
                    cost=cost,
                    stock=stock or 0,
                    barcode=self._text(row, BARCODE),
                    weight_grams=weight,
                    reorder_point=reorder,
                )
            )
        if strict and problems:
            self._recheck_all()
        return drafts, problems
