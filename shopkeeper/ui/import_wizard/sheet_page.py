"""Step 2: which sheet holds the data, and how its dates are written when that is unclear."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from shopkeeper.services.exchange import read_sheet

from .date_order import DateOrderChooser
from .page import ImportPage


class SheetPage(ImportPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose the sheet"))
        self.sheet_label = QLabel(
            self.tr("This workbook has several sheets. Which one holds the data to import?"),
            wordWrap=True,
        )
        self.sheets = QListWidget()
        self.sheets.setMaximumHeight(220)
        self.dates = DateOrderChooser()
        self.dates.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet_label)
        layout.addWidget(self.sheets)
        layout.addSpacing(8)
        layout.addWidget(self.dates)
        layout.addStretch(1)
        layout.addWidget(self.problem)
        self.sheets.currentRowChanged.connect(self._sheet_changed)
        self.dates.chosen.connect(self._date_chosen)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        state = self.state
        several = len(state.sheets) > 1
        self.setTitle(self.tr("Choose the sheet") if several else self.tr("Check the dates"))
        self.setSubTitle(
            self.tr("{name} has {count} sheets.").format(
                name=state.path.name, count=len(state.sheets)
            )
            if several
            else self.tr("{name} writes its dates in a way that needs your answer.").format(
                name=state.path.name
            )
        )
        self.sheet_label.setVisible(several)
        self.sheets.setVisible(several)
        self.sheets.blockSignals(True)
        self.sheets.clear()
        for name in state.sheets:
            self.sheets.addItem(QListWidgetItem(name))
        chosen = state.sheets.index(state.sheet) if state.sheet in state.sheets else 0
        self.sheets.setCurrentRow(chosen)
        self.sheets.blockSignals(False)
        self.clear_problem()
        self._show_date_question()

    def cleanupPage(self) -> None:  # noqa: N802
        self.clear_problem()

    def selected_sheet(self) -> str | None:
        item = self.sheets.currentItem()
        return item.text() if item else None

    def _sheet_changed(self) -> None:
        self.clear_problem()
        self._show_date_question()
        self.completeChanged.emit()

    def _current_data(self):
        state = self.state
        data = state.data
        if data is not None and data.key == state.sheet_key(self.selected_sheet()):
            return data
        return None

    def _show_date_question(self) -> None:
        data = self._current_data()
        if data is not None and data.date_question is not None:
            self.dates.ask(data.date_question, self.state.date_order)
            self.dates.show()
        else:
            self.dates.hide()

    def _date_chosen(self, order: str) -> None:
        self.state.date_order = order
        self.clear_problem()

    def isComplete(self) -> bool:  # noqa: N802
        return self.selected_sheet() is not None

    def validatePage(self) -> bool:  # noqa: N802
        if self.busy():
            return False
        state = self.state
        sheet = self.selected_sheet()
        data = self._current_data()
        if data is not None:
            state.sheet = sheet
            if data.date_question is not None and self.dates.order() is None:
                self.show_problem(self.tr("Choose how the dates are written, then continue."))
                return False
            state.date_order = self.dates.order() if data.date_question else state.date_order
            return True
        self.clear_problem()
        key = state.sheet_key(sheet)
        request = state.request(sheet=sheet)
        return self.wizard().advance_after(
            lambda progress: read_sheet(request, key, progress),
            title=self.tr("Reading sheet “{sheet}”…").format(sheet=sheet),
            on_loaded=lambda data: self._loaded(sheet, data),
            on_error=self.show_problem,
        )

    def _loaded(self, sheet: str, data) -> bool:
        state = self.state
        state.sheet, state.data, state.date_order = sheet, data, None
        if data.date_question is not None:
            self._show_date_question()
            return False  # ask first; Next goes on once an order is chosen
        return True
