"""The KPI tab's controls: range (presets or custom), granularity, comparison,
channel and category. ``changed`` fires once per change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from shopkeeper.services import periods
from shopkeeper.ui.labels import channel_label, period_label

PRESETS = (
    "last_7_days",
    "last_30_days",
    "last_90_days",
    "this_month",
    "last_month",
    "this_year",
    "custom",
)


def previous_period(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The same number of days just before; a whole calendar month compares with the
    month before."""
    following = last + dt.timedelta(days=1)
    if first.day == 1 and following.day == 1:
        start = (first - dt.timedelta(days=1)).replace(day=1)
        return start, first - dt.timedelta(days=1)
    length = (last - first).days + 1
    return first - dt.timedelta(days=length), first - dt.timedelta(days=1)


def year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


class KpiControls(QWidget):
    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.period = QComboBox()
        for key in PRESETS:
            self.period.addItem(period_label(key), key)
        self.period.setCurrentIndex(1)
        self.first, self.last = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.granularity = QComboBox()
        for key, text in (
            ("day", self.tr("By day")),
            ("week", self.tr("By week")),
            ("month", self.tr("By month")),
        ):
            self.granularity.addItem(text, key)
        self.compare = QComboBox()
        for key, text in (
            ("previous", self.tr("vs previous period")),
            ("year", self.tr("vs same period last year")),
            ("none", self.tr("no comparison")),
        ):
            self.compare.addItem(text, key)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), None)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        self.category.setToolTip(
            self.tr(
                "Narrows the sales cards and the product charts to one category; traffic, "
                "advertising and service are not recorded by category"
            )
        )
        for widget in (
            QLabel(self.tr("Range:")),
            self.period,
            self.first,
            QLabel("–"),
            self.last,
            self.granularity,
            self.compare,
            self.channel,
            self.category,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        self._show_preset()
        self.period.currentIndexChanged.connect(self._preset_picked)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self._dates_edited)
        for box in (self.granularity, self.compare, self.channel, self.category):
            box.currentIndexChanged.connect(self.changed)

    # -- values ----------------------------------------------------------------------
    def range(self) -> tuple[dt.date, dt.date]:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        return (first, last) if first <= last else (last, first)

    def compare_range(self) -> tuple[dt.date, dt.date] | None:
        first, last = self.range()
        mode = self.compare.currentData()
        if mode == "previous":
            return previous_period(first, last)
        if mode == "year":
            return year_before(first), year_before(last)
        return None

    def granularity_value(self) -> str:
        return self.granularity.currentData()

    def channel_value(self) -> str | None:
        return self.channel.currentData()

    def category_value(self) -> str | None:
        return self.category.currentData()

    def set_choices(self, channels: list[str], categories: list[str]) -> None:
        """Offer the shop's channels and categories, keeping what is chosen."""
        for box, values, label in (
            (self.channel, channels, channel_label),
            (self.category, categories, str),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value in values:
                box.addItem(label(value) or "—", value)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    def set_preset(self, key: str) -> None:
        self.period.setCurrentIndex(self.period.findData(key))

    # -- reactions -------------------------------------------------------------------
    def _show_preset(self) -> None:
        key = self.period.currentData()
        if key == "custom":
            return
        first, last = periods.preset_range(key, self.today())
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)
        self._auto_granularity(first, last)

    def _auto_granularity(self, first: dt.date, last: dt.date) -> None:
        """Days for up to two months, weeks up to about seven, months beyond: a chart of
        a thousand daily bars says less and draws slowly. The seller can still change it."""
        days = (last - first).days
        granularity = "day" if days <= 62 else "week" if days <= 200 else "month"
        self.granularity.blockSignals(True)
        self.granularity.setCurrentIndex(self.granularity.findData(granularity))
        self.granularity.blockSignals(False)

    @Slot()
    def _preset_picked(self) -> None:
        self._show_preset()
        self.changed.emit()

    @Slot()
    def _dates_edited(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.period.findData("custom"))
        self.period.blockSignals(False)
        self._auto_granularity(*self.range())
        self.changed.emit()
