"""Step 4: the first 200 rows as the import reads them, problems marked in red."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from shopkeeper.services.exchange import kinds
from shopkeeper.services.exchange.cells import ParseOptions, render_reason
from shopkeeper.services.exchange.fields import fields
from shopkeeper.services.money import format_money

from .labels import field_label, translate
from .page import ImportPage
from .preview import PREVIEW_ROWS, preview_rows

BAD_CELL = QColor("#ffd6d6")
COLUMN_WIDTH_MAX = 260


class PreviewPage(ImportPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Preview"))
        self.summary = QLabel(wordWrap=True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.rows = []

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        state = self.state
        handler = kinds.handler(state.kind)
        kind_fields = [f for f in fields(state.kind) if f.id in state.mapping]
        required = {f.id for f in kind_fields if f.required} - handler.GROUP_REQUIRED
        options = ParseOptions(exponent=state.exponent, date_order=state.date_order)
        self.rows = preview_rows(state.table, kind_fields, state.mapping, options, required)
        self.setSubTitle(self.tr("How Shopkeeper reads the first rows of {name}. Nothing has "
                                 "been imported yet.").format(name=state.path.name))
        self._fill(kind_fields)
        bad = sum(1 for row in self.rows if row.errors)
        total = len(state.table.rows)
        text = self.tr("Showing the first {shown:,} of {total:,} rows.").format(
            shown=len(self.rows), total=total) if total > PREVIEW_ROWS else self.tr(
            "Showing all {total:,} rows.").format(total=total)
        if bad:
            text += " " + self.tr("<b>{bad:,} of them have a problem</b>: the red cells. Point at "
                                  "a red cell to see why.").format(bad=bad)
        else:
            text += " " + self.tr("No problems in these rows.")
        self.summary.setText(text)

    def _fill(self, kind_fields) -> None:
        headers = [field_label(f) for f in kind_fields] + [self.tr("Problem")]
        table = self.table
        table.clearContents()
        table.setColumnCount(len(headers))
        table.setRowCount(len(self.rows))
        table.setHorizontalHeaderLabels(headers)
        table.setVerticalHeaderLabels([str(row.row_number) for row in self.rows])
        problem_col = len(kind_fields)
        currency = self.wizard().shop.currency
        for r, row in enumerate(self.rows):
            for c, (f, cell) in enumerate(zip(kind_fields, row.cells, strict=True)):
                item = QTableWidgetItem(cell.text)
                if cell.error is not None:
                    item.setBackground(QBrush(BAD_CELL))
                    item.setForeground(QBrush(QColor("#000000")))
                    item.setToolTip(self._reason(cell.error))
                elif f.type == "money" and isinstance(cell.value, int):
                    item.setToolTip(self.tr("Read as {value}").format(
                        value=format_money(cell.value, currency)))
                elif f.type in ("date", "datetime") and cell.value:
                    item.setToolTip(self.tr("Read as {value}").format(value=cell.value))
                table.setItem(r, c, item)
            reasons = "; ".join(self._reason(error) for _c, error in row.errors)
            item = QTableWidgetItem(reasons)
            if reasons:
                item.setForeground(QBrush(QColor("#8a1f11")))
                item.setToolTip(reasons)
            table.setItem(r, problem_col, item)
        table.resizeColumnsToContents()
        for c in range(problem_col):
            if table.columnWidth(c) > COLUMN_WIDTH_MAX:
                table.setColumnWidth(c, COLUMN_WIDTH_MAX)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.scrollToTop()

    @staticmethod
    def _reason(error) -> str:
        return render_reason(error, translate)

    def bad_cells(self) -> list[tuple[int, int, str]]:
        """(row, column, tooltip) of every red cell, for tests and screenshots."""
        found = []
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount() - 1):
                item = self.table.item(r, c)
                if item is not None and item.background().color() == BAD_CELL:
                    found.append((r, c, item.toolTip()))
        return found
