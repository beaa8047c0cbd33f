"""Small dialogs of the Promotions tab: the seller's own event, a content plan entry."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
)

from shopkeeper.services import calendar_events, promotions_plan
from shopkeeper.ui.promotion_labels import content_status_label


def _buttons(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


class EventDialog(QDialog):
    """A recurring event of the shop's own: an anniversary, a members' day."""

    def __init__(self, parent, day: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add my own event"))
        self.name = QLineEdit(placeholderText=self.tr("e.g. Shop anniversary"))
        self.first = QDateEdit(QDate(day), calendarPopup=True)
        self.last = QDateEdit(QDate(day), calendarPopup=True)
        self.repeat = QComboBox()
        for value, text in (
            ("yearly", self.tr("Every year")),
            ("monthly", self.tr("Every month")),
            ("none", self.tr("Once")),
        ):
            self.repeat.addItem(text, value)
        self.notes = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow(self.tr("Repeats"), self.repeat)
        form.addRow(self.tr("Notes"), self.notes)
        _buttons(self, form)

    def save(self, db):
        return calendar_events.add_event(
            db,
            self.name.text(),
            self.first.date().toPython(),
            self.last.date().toPython(),
            self.repeat.currentData(),
            self.notes.text(),
        )


class ContentDialog(QDialog):
    """A social post, article or live stream on the calendar."""

    def __init__(self, parent, day: dt.date, promotions) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan content"))
        self.title = QLineEdit(placeholderText=self.tr("e.g. 618 种草笔记"))
        self.channel = QComboBox(editable=True)
        self.channel.addItems(promotions_plan.CONTENT_CHANNELS)
        self.format = QComboBox()
        for value, text in (
            ("post", self.tr("Post")),
            ("article", self.tr("Article")),
            ("live", self.tr("Live stream")),
            ("video", self.tr("Video")),
        ):
            self.format.addItem(text, value)
        self.status = QComboBox()
        for value in promotions_plan.CONTENT_STATUSES:
            self.status.addItem(content_status_label(value), value)
        self.when = QDateTimeEdit(QDateTime(QDate(day), QTime(20, 0)), calendarPopup=True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promotion = QComboBox()
        self.promotion.addItem(self.tr("No promotion"), None)
        for p in promotions:
            self.promotion.addItem(p.name, p.id)
        self.link = QLineEdit(placeholderText="https://")
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Supports"), self.promotion)
        form.addRow(self.tr("Link"), self.link)
        _buttons(self, form)

    def save(self, db):
        return promotions_plan.save_content(
            db,
            self.title.text(),
            self.channel.currentText(),
            self.when.dateTime().toString("yyyy-MM-ddTHH:mm:ss"),
            fmt=self.format.currentData(),
            status=self.status.currentData(),
            promotion_id=self.promotion.currentData(),
            link=self.link.text(),
        )
