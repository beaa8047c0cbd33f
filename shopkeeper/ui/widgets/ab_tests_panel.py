"""The A/B test log on the KPI tab: a table of tests, the verdict of the selected one
in plain words, and Add / Edit / Delete (each one undoable step)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import UserError
from shopkeeper.services import ab_tests
from shopkeeper.ui.tab_context import TabContext

translate = QCoreApplication.translate


def subject_label(subject: str) -> str:
    return {
        "title": translate("AbTestsPanel", "Title"),
        "image": translate("AbTestsPanel", "Main image"),
        "price": translate("AbTestsPanel", "Price"),
    }.get(subject, subject)


def verdict_text(verdict: ab_tests.Verdict) -> str:
    return translate("AbTest", verdict.template).format(**verdict.values)


class AbTestDialog(QDialog):
    def __init__(self, test: dict | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A/B test"))
        test = test or {}
        self.name = QLineEdit(test.get("name", ""))
        self.subject = QComboBox()
        for key in ab_tests.SUBJECTS:
            self.subject.addItem(subject_label(key), key)
        self.subject.setCurrentIndex(max(0, self.subject.findData(test.get("subject", "title"))))
        self.version_a = QLineEdit(test.get("version_a", ""))
        self.version_b = QLineEdit(test.get("version_b", ""))
        self.numbers = {}
        for key in ("visitors_a", "orders_a", "visitors_b", "orders_b"):
            box = QSpinBox(maximum=1_000_000_000, groupSeparatorShown=True)
            box.setValue(test.get(key, 0))
            self.numbers[key] = box
        self.started = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        start = test.get("started_on") or dt.date.today().isoformat()
        self.started.setDate(QDate.fromString(start, "yyyy-MM-dd"))
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("What is tested:"), self.subject)
        form.addRow(self.tr("Version A:"), self.version_a)
        form.addRow(self.tr("Version B:"), self.version_b)
        form.addRow(self.tr("Visitors to A:"), self.numbers["visitors_a"])
        form.addRow(self.tr("Orders from A:"), self.numbers["orders_a"])
        form.addRow(self.tr("Visitors to B:"), self.numbers["visitors_b"])
        form.addRow(self.tr("Orders from B:"), self.numbers["orders_b"])
        form.addRow(self.tr("Started on:"), self.started)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: palette(bright-text);")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "subject": self.subject.currentData(),
            "version_a": self.version_a.text(),
            "version_b": self.version_b.text(),
            **{k: box.value() for k, box in self.numbers.items()},
            "started_on": self.started.date().toString("yyyy-MM-dd"),
        }


class AbTestsPanel(QWidget):
    COLUMNS = 6

    def __init__(self, ctx: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = True  # False on a read-only shop: the log can be read only
        self.tests: list[dict] = []
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Tested"),
                self.tr("A: orders / visitors"),
                self.tr("B: orders / visitors"),
                self.tr("Started"),
                self.tr("Verdict"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(self.edit)
        self.verdict = QLabel(self.tr("Select a test to read what its numbers say."))
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        add = self.add_button = QPushButton(self.tr("Add test…"))
        add.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (add, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.verdict)
        self._selected()

    def refresh(self) -> None:
        self.tests = ab_tests.all_tests(self.ctx.shop.db)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.tests))
        for row, test in enumerate(self.tests):
            cells = [
                test["name"],
                subject_label(test["subject"]),
                f"{test['orders_a']:,} / {test['visitors_a']:,}",
                f"{test['orders_b']:,} / {test['visitors_b']:,}",
                test["started_on"],
                verdict_text(test["verdict"]),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, test["id"])
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        self._selected()

    def _current(self) -> dict | None:
        items = self.table.selectedItems()
        if not items:
            return None
        test_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((t for t in self.tests if t["id"] == test_id), None)

    @Slot()
    def _selected(self) -> None:
        test = self._current()
        self.edit_button.setEnabled(self.editable and test is not None)
        self.delete_button.setEnabled(self.editable and test is not None)
        if test is not None:
            self.verdict.setText(verdict_text(test["verdict"]))

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.add_button.setEnabled(editable)
        self._selected()

    def _ask(self, test: dict | None, save) -> None:
        if not self.editable:  # a double-click on a read-only shop
            return
        dialog = AbTestDialog(test, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                change = save(dialog.values())
            except UserError as exc:
                dialog.error.setText(translate("UserError", exc.template).format(**exc.values))
                continue
            self.ctx.push_change(change)
            self.refresh()
            return

    @Slot()
    def add(self) -> None:
        self._ask(None, lambda values: ab_tests.add(self.ctx.shop.db, **values))

    @Slot()
    def edit(self) -> None:
        test = self._current()
        if test is not None:
            self._ask(test, lambda values: ab_tests.update(self.ctx.shop.db, test["id"], **values))

    @Slot()
    def delete(self) -> None:
        test = self._current()
        if test is not None and self.editable:
            self.ctx.push_change(ab_tests.delete(self.ctx.shop.db, test["id"]))
            self.refresh()
