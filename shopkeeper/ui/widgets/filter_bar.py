"""The filter bar above a tab's table: search, period, channel, views with counts.

Every part but the search box is optional. ``changed`` fires when the filters
change: at once for a click, 200 ms after typing stops for the search box.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services import periods
from shopkeeper.ui.labels import channel_label, period_label

CUSTOM = "custom"


class FilterBar(QWidget):
    changed = Signal()

    def __init__(
        self,
        placeholder: str,
        *,
        period_presets: tuple[str, ...] = (),
        channels: bool = False,
        views: dict[str, str] | None = None,
        today: Callable[[], date] = date.today,
        parent=None,
    ) -> None:
        """``views`` maps a view id to its button text with a ``{count}`` placeholder."""
        super().__init__(parent)
        self.today = today
        self._quiet = False  # set while the bar itself moves the date edits
        self.debounce = QTimer(self, singleShot=True, interval=200)
        self.debounce.timeout.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.row = QHBoxLayout()
        layout.addLayout(self.row)
        self.search = QLineEdit(placeholderText=placeholder, clearButtonEnabled=True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self.debounce.start)
        self.search.returnPressed.connect(self._now)
        self.row.addWidget(self.search, 1)
        self.period = self.date_from = self.date_to = self.channel = None
        if period_presets:
            self._build_period(period_presets)
        if channels:
            self.channel = QComboBox()
            self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.channel.addItem(self.tr("All channels"), "")
            self.channel.currentIndexChanged.connect(self._now)
            self.add_filter(self.tr("Channel:"), self.channel)
        self.views = QButtonGroup(self)
        self.view_buttons: dict[str, QToolButton] = {}
        self._view_texts = dict(views or {})
        self.info = QLabel()
        self.info.setStyleSheet("color: palette(placeholder-text);")
        if views:
            view_row = QHBoxLayout()
            view_row.setSpacing(0)  # touching buttons read as one segmented control
            for number, (view, text) in enumerate(views.items()):
                button = QToolButton(checkable=True, checked=number == 0)
                button.setText(text.format(count=0))
                self.views.addButton(button, number)
                self.view_buttons[view] = button
                view_row.addWidget(button)
            self.views.idClicked.connect(self._now)
            view_row.addStretch(1)
            view_row.addWidget(self.info)
            layout.addLayout(view_row)
        else:
            self.row.addWidget(self.info)

    def _build_period(self, presets: tuple[str, ...]) -> None:
        self.period = QComboBox()
        for key in (*presets, CUSTOM):
            self.period.addItem(period_label(key), key)
        self.period.currentIndexChanged.connect(self._period_picked)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._dates_edited)
        self.row.addSpacing(12)
        for widget in (
            QLabel(self.tr("Placed:")),
            self.period,
            self.date_from,
            QLabel("–"),
            self.date_to,
        ):
            self.row.addWidget(widget)
        self.show_period()

    def add_filter(self, label: str | None, widget: QWidget) -> None:
        """Put another filter (a status box, a tick box) on the bar; connect its own
        signal to ``changed``."""
        self.row.addSpacing(12)
        if label:
            self.row.addWidget(QLabel(label))
        self.row.addWidget(widget)

    # -- values --------------------------------------------------------------------
    def text(self) -> str:
        return self.search.text().strip()

    def view(self) -> str:
        views = list(self.view_buttons)
        return views[max(0, self.views.checkedId())] if views else ""

    def channel_value(self) -> str:
        return (self.channel.currentData() or "") if self.channel else ""

    def date_range(self) -> tuple[date | None, date | None]:
        """The chosen inclusive days; (None, None) for all time or no period picker."""
        if self.period is None:
            return None, None
        preset = self.period.currentData()
        if preset == CUSTOM:
            return self.date_from.date().toPython(), self.date_to.date().toPython()
        return periods.preset_range(preset, self.today())

    def set_preset(self, preset: str) -> None:
        self.period.setCurrentIndex(self.period.findData(preset))

    # -- what the tab fills in --------------------------------------------------------
    def set_channels(self, names: list[str]) -> None:
        """Offer these channels, keeping the chosen one when it is still there."""
        wanted = ["", *names]
        if [self.channel.itemData(i) for i in range(self.channel.count())] == wanted:
            return
        chosen = self.channel.currentData() or ""
        self.channel.blockSignals(True)
        self.channel.clear()
        self.channel.addItem(self.tr("All channels"), "")
        for name in names:
            self.channel.addItem(channel_label(name), name)
        self.channel.setCurrentIndex(max(0, self.channel.findData(chosen)))
        self.channel.blockSignals(False)

    def set_counts(self, counts: dict[str, int]) -> None:
        for view, button in self.view_buttons.items():
            button.setText(self._view_texts[view].format(count=f"{counts.get(view, 0):,}"))

    def show_period(self, span: tuple[date | None, date | None] = (None, None)) -> None:
        """Put the preset's days in the date edits; all time shows ``span`` (the data's)."""
        if self.period is None or self.period.currentData() == CUSTOM:
            return
        start, end = self.date_range()
        if start is None:
            start = span[0] or self.today()
            end = max(span[1] or self.today(), self.today())
        self._quiet = True
        try:
            self.date_from.setDate(QDate(start))
            self.date_to.setDate(QDate(end))
        finally:
            self._quiet = False

    # -- signals -------------------------------------------------------------------
    @Slot()
    def _now(self) -> None:
        self.debounce.stop()
        self.changed.emit()

    @Slot()
    def _period_picked(self) -> None:
        self.show_period()
        self._now()

    @Slot()
    def _dates_edited(self) -> None:
        if self._quiet:
            return
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.period.findData(CUSTOM))
        self.period.blockSignals(False)
        self.debounce.start()
