"""Step 4: the first 200 rows as the import reads them, problems marked in red."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from shopkeeper.services.exchange import PREVIEW_ROWS, preview_sheet, render_reason
from shopkeeper.services.money import format_money
from shopkeeper.ui.theme import tone

from .labels import field_label, translate
from .page import ImportPage

COLUMN_WIDTH_MAX = 260
PROBLEM_COLUMN = 0


class PreviewPage(ImportPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Preview"))
        self.summary = QLabel(wordWrap=True)
        self.only_problems = QCheckBox(self.tr("Only rows with a problem"))
        self.only_problems.toggled.connect(self._filter)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setToolTip(self.tr("Row number in the file"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_problems)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.rows = []

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        state = self.state
        kind_fields, self.rows = preview_sheet(
            state.table,
            state.kind,
            state.mapping,
            exponent=state.exponent,
            date_order=state.date_order,
            value_map=state.value_map,
        )
        self.setSubTitle(
            self.tr(
                "How Shopkeeper reads the first rows of {name}. Nothing has been imported yet."
            ).format(name=state.path.name)
        )
        self._fill(kind_fields)
        bad = sum(1 for row in self.rows if row.errors)
        total = len(state.table.rows)
        text = (
            self.tr("The first {shown:,} of {total:,} rows.").format(
                shown=len(self.rows), total=total
            )
            if total > PREVIEW_ROWS
            else self.tr("All {total:,} rows.").format(total=total)
        )
        if bad:
            text += " " + self.tr(
                "<b>{bad:,} have a problem</b> (the red cells; point at one to see why)."
            ).format(bad=bad)
        else:
            text += " " + self.tr("No problems in these cells.")
        text += " " + self.tr("The next step checks the whole file against your shop.")
        self.summary.setText(text)
        self.only_problems.setEnabled(bool(bad))
        self.only_problems.setChecked(False)
        self._filter()

    def _fill(self, kind_fields) -> None:
        headers = [self.tr("Problem")] + [field_label(f) for f in kind_fields]
        table = self.table
        table.clearContents()
        table.setColumnCount(len(headers))
        table.setRowCount(len(self.rows))
        table.setHorizontalHeaderLabels(headers)
        table.setVerticalHeaderLabels([str(row.row_number) for row in self.rows])
        currency = self.wizard().shop.currency
        for r, row in enumerate(self.rows):
            reasons = "; ".join(self._reason(error) for _c, error in row.errors)
            item = QTableWidgetItem(reasons)
            if reasons:
                item.setForeground(QBrush(QColor(tone("danger"))))
                item.setToolTip(reasons)
            table.setItem(r, PROBLEM_COLUMN, item)
            for c, (f, cell) in enumerate(zip(kind_fields, row.cells, strict=True), start=1):
                item = QTableWidgetItem(cell.text)
                if cell.error is not None:
                    item.setBackground(QBrush(QColor(tone("bad_cell"))))
                    item.setForeground(QBrush(QColor(tone("bad_cell_text"))))
                    item.setToolTip(self._reason(cell.error))
                elif f.type == "money" and isinstance(cell.value, int):
                    item.setToolTip(
                        self.tr("Read as {value}").format(value=format_money(cell.value, currency))
                    )
                elif f.type in ("date", "datetime") and cell.value:
                    item.setToolTip(self.tr("Read as {value}").format(value=cell.value))
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        widest = COLUMN_WIDTH_MAX if any(row.errors for row in self.rows) else 70
        for c in range(table.columnCount()):
            table.setColumnWidth(
                c, min(table.columnWidth(c), widest if c == PROBLEM_COLUMN else COLUMN_WIDTH_MAX)
            )
        table.scrollToTop()
        table.setCurrentItem(None)

    def _filter(self) -> None:
        only = self.only_problems.isChecked()
        for r, row in enumerate(self.rows):
            self.table.setRowHidden(r, only and not row.errors)

    @staticmethod
    def _reason(error) -> str:
        return render_reason(error, translate)

    def bad_cells(self) -> list[tuple[int, int, str]]:
        """(row, column, tooltip) of every red cell, for tests and screenshots."""
        found = []
        for r in range(self.table.rowCount()):
            for c in range(PROBLEM_COLUMN + 1, self.table.columnCount()):
                item = self.table.item(r, c)
                if item is not None and item.background().color() == QColor(tone("bad_cell")):
                    found.append((r, c, item.toolTip()))
        return found
