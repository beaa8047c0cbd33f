"""Asks how a file writes its dates, when they read validly more than one way."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout

from shopkeeper.services.exchange import AmbiguousDateOrder, CellError, parse_datetime


class DateOrderChooser(QGroupBox):
    """One radio button per order the values allow, each showing what the example becomes."""

    chosen = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("How are the dates written?"), parent)
        self.names = {
            "dmy": self.tr("Day first (day/month/year)"),
            "mdy": self.tr("Month first (month/day/year)"),
            "ymd": self.tr("Year first (year/month/day)"),
        }
        self.question = QLabel(wordWrap=True)
        self.group = QButtonGroup(self)
        self.group.idClicked.connect(self._clicked)
        self.buttons: dict[str, QRadioButton] = {}
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.question)
        self.setStyleSheet(
            "QGroupBox { font-weight: bold; } QLabel, QRadioButton { font-weight: normal; }"
        )

    def ask(self, exc: AmbiguousDateOrder, current: str | None = None) -> None:
        self.question.setText(
            self.tr(
                "The dates in column “{column}” can be read in more than one way, for example "
                "“{example}”. Shopkeeper does not guess: choose how this file writes them."
            ).format(column=exc.values.get("column", ""), example=exc.example)
        )
        for button in self.buttons.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons.clear()
        for number, order in enumerate(exc.orders):
            button = QRadioButton(self._option_text(order, exc.example))
            self.group.addButton(button, number)
            self._layout.addWidget(button)
            self.buttons[order] = button
        if current in self.buttons:
            self.buttons[current].setChecked(True)

    def _option_text(self, order: str, example: object) -> str:
        name = self.names.get(order, order)
        try:
            value = parse_datetime(example, order=order)
        except CellError:
            return name
        day = value.date() if isinstance(value, datetime) else value
        shown = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        return self.tr("{name}: {example} is {date}").format(name=name, example=example, date=shown)

    def order(self) -> str | None:
        for order, button in self.buttons.items():
            if button.isChecked():
                return order
        return None

    def choose(self, order: str) -> None:
        """Pick ``order`` as a click would."""
        self.buttons[order].click()

    def _clicked(self, number: int) -> None:
        self.chosen.emit(list(self.buttons)[number])
