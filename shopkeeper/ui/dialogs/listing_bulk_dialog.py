"""Bulk edit of the selected listings: price (by amount or percentage, with a price
ending), stock, status, category, tags, or find and replace in titles. The preview
shows every value before and after; Apply writes it as one undoable change (in the
background on a connection of its own, so 10k variants never freeze the window)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services import listings, listings_bulk
from shopkeeper.services.listings_bulk import BulkPlan, PriceEdit
from shopkeeper.services.money import exponent, format_money
from shopkeeper.services.pricing import PriceError, parse_amount, parse_ending, parse_percent
from shopkeeper.ui.i18n import user_message
from shopkeeper.ui.models.listings_model import status_label

PREVIEW_ROWS = 2000  # the preview lists this many; the summary counts all of them
SKIPPED = QColor("#c77700")


class BulkEditDialog(QDialog):
    def __init__(self, tab, rows) -> None:
        super().__init__(tab)
        self.tab, self.ctx, self.rows = tab, tab.ctx, rows
        self.currency = self.ctx.shop.currency
        self.exponent = exponent(self.currency)
        self.plan: BulkPlan | None = None
        variants = sum(r.variant_count for r in rows)
        self.setWindowTitle(self.tr("Bulk edit {count} listing(s)").format(count=len(rows)))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("{listings} listing(s) with {variants} variant(s) selected.").format(
                listings=f"{len(rows):,}", variants=f"{variants:,}"
            )
        )
        layout.addWidget(intro)
        self.kind = QComboBox()
        for key, text in (
            ("price", self.tr("Change the price")),
            ("stock", self.tr("Set the stock")),
            ("status", self.tr("Set the status")),
            ("category", self.tr("Set the category")),
            ("tags", self.tr("Add or remove tags")),
            ("replace", self.tr("Find and replace in titles")),
        ):
            self.kind.addItem(text, key)
        layout.addWidget(self.kind)
        self.forms = QStackedWidget()
        for build in (
            self._price_form,
            self._stock_form,
            self._status_form,
            self._category_form,
            self._tags_form,
            self._replace_form,
        ):
            self.forms.addWidget(build())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        layout.addWidget(self.forms)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("SKU / handle"), self.tr("Title"), self.tr("Before"), self.tr("After")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.summary = QLabel(wordWrap=True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- forms ---------------------------------------------------------------------
    def _form(self) -> tuple[QWidget, QFormLayout]:
        widget = QWidget()
        form = QFormLayout(widget)
        form.setContentsMargins(0, 0, 0, 0)
        return widget, form

    def _price_form(self) -> QWidget:
        widget, form = self._form()
        self.price_how = QComboBox()
        self.price_how.addItem(self.tr("by a percentage"), "percent")
        self.price_how.addItem(self.tr("by an amount"), "amount")
        self.price_how.addItem(self.tr("to a price"), "set")
        self.price_value = QLineEdit(placeholderText=self.tr("-10 lowers by 10%"))
        self.price_how.currentIndexChanged.connect(self._price_hint)
        self.ending = QComboBox(editable=True)
        self.ending.addItem(self.tr("No rounding"), "")
        for ending in (".99", ".90", "9", ".00") if self.exponent else ("9", "99", "0"):
            self.ending.addItem(ending, ending)
        self.allow_below_cost = QCheckBox(self.tr("Allow prices below cost"))
        form.addRow(self.tr("Change"), self.price_how)
        form.addRow(self.tr("Value"), self.price_value)
        form.addRow(self.tr("Round down to the ending"), self.ending)
        form.addRow("", self.allow_below_cost)
        note = QLabel(self.tr("Compare-at prices do not change."))
        note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", note)
        for signal in (
            self.price_value.textChanged,
            self.ending.currentTextChanged,
            self.allow_below_cost.toggled,
        ):
            signal.connect(self._inputs_changed)
        return widget

    def _price_hint(self) -> None:
        hints = {
            "percent": self.tr("-10 lowers by 10%"),
            "amount": self.tr("-5.00 lowers by 5.00"),
            "set": self.tr("e.g. 99.00"),
        }
        self.price_value.setPlaceholderText(hints[self.price_how.currentData()])
        self._inputs_changed()

    def _stock_form(self) -> QWidget:
        widget, form = self._form()
        self.stock = QSpinBox(maximum=10_000_000)
        self.stock.valueChanged.connect(self._inputs_changed)
        form.addRow(self.tr("Stock"), self.stock)
        return widget

    def _status_form(self) -> QWidget:
        widget, form = self._form()
        self.status = QComboBox()
        for status in ("active", "draft", "archived"):
            self.status.addItem(status_label(status), status)
        self.status.currentIndexChanged.connect(self._inputs_changed)
        form.addRow(self.tr("Status"), self.status)
        return widget

    def _category_form(self) -> QWidget:
        widget, form = self._form()
        self.category = QComboBox(editable=True)
        self.category.addItems(self.tab.catalogue.categories)
        self.category.currentTextChanged.connect(self._inputs_changed)
        form.addRow(self.tr("Category"), self.category)
        return widget

    def _tags_form(self) -> QWidget:
        widget, form = self._form()
        self.add_tags = QLineEdit(placeholderText=self.tr("Separated by commas"))
        self.remove_tags = QLineEdit(placeholderText=self.tr("Separated by commas"))
        for edit in (self.add_tags, self.remove_tags):
            edit.textChanged.connect(self._inputs_changed)
        form.addRow(self.tr("Add"), self.add_tags)
        form.addRow(self.tr("Remove"), self.remove_tags)
        return widget

    def _replace_form(self) -> QWidget:
        widget, form = self._form()
        self.find = QLineEdit()
        self.replace = QLineEdit()
        self.match_case = QCheckBox(self.tr("Match case"), checked=True)
        for signal in (self.find.textChanged, self.replace.textChanged, self.match_case.toggled):
            signal.connect(self._inputs_changed)
        form.addRow(self.tr("Find"), self.find)
        form.addRow(self.tr("Replace with"), self.replace)
        form.addRow("", self.match_case)
        return widget

    @Slot()
    def _kind_changed(self) -> None:
        self.forms.setCurrentIndex(self.kind.currentIndex())
        self._inputs_changed()

    @Slot()
    def _inputs_changed(self, *_args) -> None:
        """A changed input makes the preview stale: Apply waits for a new one."""
        self.plan = None
        self.apply_button.setEnabled(False)

    # -- planning ------------------------------------------------------------------
    def _price_edit(self) -> PriceEdit:
        text = self.price_value.text().strip()
        if not text:
            raise PriceError(self.tr("Type how much to change the price by"))
        ending_text = self.ending.currentText().strip()
        if ending_text == self.ending.itemText(0):  # "No rounding"
            ending_text = ""
        ending = parse_ending(ending_text, self.exponent) if ending_text else None
        allow = self.allow_below_cost.isChecked()
        how = self.price_how.currentData()
        if how == "percent":
            return PriceEdit(percent_bp=parse_percent(text), ending=ending, allow_below_cost=allow)
        if how == "amount":
            return PriceEdit(
                amount=parse_amount(text, self.exponent), ending=ending, allow_below_cost=allow
            )
        value = parse_amount(text, self.exponent)
        if value < 0:
            raise PriceError(self.tr("A price cannot be negative"))
        return PriceEdit(set_to=value, ending=ending, allow_below_cost=allow)

    def make_plan(self, db) -> BulkPlan:
        kind = self.kind.currentData()
        variant_ids = listings.variant_ids(db, [r.id for r in self.rows])
        product_ids = [r.id for r in self.rows]
        if kind == "price":
            return listings_bulk.plan_price(db, variant_ids, self._price_edit())
        if kind == "stock":
            return listings_bulk.plan_stock(db, variant_ids, self.stock.value())
        if kind == "status":
            return listings_bulk.plan_field(db, product_ids, "status", self.status.currentData())
        if kind == "category":
            return listings_bulk.plan_field(
                db, product_ids, "category", self.category.currentText()
            )
        if kind == "tags":

            def split(text):
                return [t.strip() for t in text.replace("，", ",").split(",") if t.strip()]

            return listings_bulk.plan_tags(
                db,
                product_ids,
                add=split(self.add_tags.text()),
                remove=split(self.remove_tags.text()),
            )
        return listings_bulk.plan_replace_title(
            db,
            product_ids,
            self.find.text(),
            self.replace.text(),
            match_case=self.match_case.isChecked(),
        )

    @Slot()
    def preview(self) -> None:
        try:
            plan = self.make_plan(self.ctx.shop.db)
        except ValueError as exc:
            self.summary.setStyleSheet("color: #c62828;")
            self.summary.setText(user_message(exc))
            self.plan = None
            self.apply_button.setEnabled(False)
            return
        self.show_plan(plan)

    def _value(self, line, value) -> str:
        if line.field == "price" and isinstance(value, int):
            return format_money(value, self.currency)
        if line.field == "status":
            return status_label(str(value))
        return "" if value is None else str(value)

    def show_plan(self, plan: BulkPlan) -> None:
        changed = plan.changed
        shown = (changed + plan.skipped)[:PREVIEW_ROWS]
        self.table.setRowCount(len(shown))
        for row, line in enumerate(shown):
            skipped = row >= len(changed)
            cells = (
                line.sku,
                line.title,
                self._value(line, line.before),
                self._value(line, line.after)
                if not skipped
                else self.tr("{value} — below cost, left unchanged").format(
                    value=self._value(line, line.after)
                ),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if skipped:
                    item.setForeground(QBrush(SKIPPED))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.summary.setStyleSheet("")
        text = self.tr("{changed} value(s) will change.").format(changed=f"{len(changed):,}")
        if plan.skipped:
            text += " " + self.tr(
                "{skipped} variant(s) would fall below cost and stay as they are."
            ).format(skipped=f"{len(plan.skipped):,}")
        if len(changed) + len(plan.skipped) > PREVIEW_ROWS:
            text += " " + self.tr("The first {n} are listed.").format(n=f"{PREVIEW_ROWS:,}")
        self.summary.setText(text)
        self.plan = plan
        self.apply_button.setEnabled(bool(changed))

    @Slot()
    def apply(self) -> None:
        plan, shop = self.plan, self.ctx.shop
        if plan is None or not plan.changed:
            return
        self.apply_button.setEnabled(False)

        def write(_progress):
            # A worker writes through a connection of its own, never the GUI's.
            with shop.read_connection() as db:
                return listings_bulk.apply_plan(db, plan)

        self.ctx.runner.run(
            write, title=self.tr("Applying the bulk edit…"), parent=self, on_done=self._applied
        )

    def _applied(self, change) -> None:
        self.ctx.push_change(
            change, self.tr("Bulk edit: {what}").format(what=self.kind.currentText())
        )
        self.accept()
