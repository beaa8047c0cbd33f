"""Small Inbox dialogs: snooze until, close with a satisfaction score, merge into, pick one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from shopkeeper.services.tickets import SCALES


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SnoozeDialog(QDialog):
    """Until when: later today, tomorrow morning, next week, or a chosen date and time."""

    def __init__(self, now: dt.datetime, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze"))
        tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(9, 0))
        monday = dt.datetime.combine(
            now.date() + dt.timedelta(days=7 - now.weekday()), dt.time(9, 0)
        )
        self.presets = {
            self.tr("In 3 hours"): now + dt.timedelta(hours=3),
            self.tr("Tomorrow 09:00"): tomorrow,
            self.tr("Next Monday 09:00"): monday,
        }
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Hide the ticket until:")))
        for number, text in enumerate(self.presets):
            button = QRadioButton(text, checked=number == 1)
            self.group.addButton(button, number)
            layout.addWidget(button)
        custom = QRadioButton(self.tr("Choose…"))
        self.group.addButton(custom, len(self.presets))
        layout.addWidget(custom)
        self.when = QDateTimeEdit(QDateTime(tomorrow), calendarPopup=True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.dateTimeChanged.connect(lambda _v: custom.setChecked(True))
        layout.addWidget(self.when)
        layout.addWidget(_buttons(self, self.tr("Snooze")))

    def until(self) -> dt.datetime:
        chosen = self.group.checkedId()
        presets = list(self.presets.values())
        if 0 <= chosen < len(presets):
            return presets[chosen]
        return self.when.dateTime().toPython().replace(second=0, microsecond=0)


class CloseDialog(QDialog):
    """Close a ticket, with the customer's satisfaction score if they gave one."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close ticket"))
        self.scale = QComboBox()
        self.scale.addItem(self.tr("No score"), "")
        self.scale.addItem(self.tr("CSAT (1–5)"), "csat")
        self.scale.addItem(self.tr("NPS (0–10)"), "nps")
        self.score = QSpinBox()
        self.score.setEnabled(False)
        self.scale.currentIndexChanged.connect(self._scale_changed)
        form = QFormLayout(self)
        form.addRow(self.tr("Satisfaction:"), self.scale)
        form.addRow(self.tr("Score:"), self.score)
        form.addRow(_buttons(self, self.tr("Close ticket")))

    def _scale_changed(self) -> None:
        scale = self.scale.currentData()
        self.score.setEnabled(bool(scale))
        if scale:
            low, high = SCALES[scale]
            self.score.setRange(low, high)
            self.score.setValue(high)

    def result_score(self) -> tuple[int | None, str]:
        scale = self.scale.currentData()
        return (self.score.value(), scale) if scale else (None, "csat")


class PickDialog(QDialog):
    """Choose one of a few items (a ticket to merge into, a duplicate customer)."""

    def __init__(
        self, title: str, prompt: str, items: list[tuple[object, str]], ok_text: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(460, 320)
        self.list = QListWidget()
        for value, text in items:
            item = QListWidgetItem(text)
            item.setData(256, value)
            self.list.addItem(item)
        if items:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt, wordWrap=True))
        layout.addWidget(self.list, 1)
        layout.addWidget(_buttons(self, ok_text))

    def value(self):
        item = self.list.currentItem()
        return item.data(256) if item else None


class NewTicketDialog(QDialog):
    """A ticket opened by hand: what the customer asked, on which channel, about what."""

    def __init__(self, channels: list[str], parent=None) -> None:
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        from shopkeeper.services.tickets import KINDS, PRIORITIES
        from shopkeeper.ui.labels import channel_label
        from shopkeeper.ui.ticket_labels import kind_label, priority_label

        super().__init__(parent)
        self.setWindowTitle(self.tr("New ticket"))
        self.setMinimumWidth(480)
        self.subject = QLineEdit()
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.priority = QComboBox()
        for priority in PRIORITIES:
            self.priority.addItem(priority_label(priority), priority)
        self.priority.setCurrentIndex(self.priority.findData("normal"))
        self.channel = QComboBox(editable=True)
        self.channel.addItem("", "")
        for channel in channels:
            self.channel.addItem(channel_label(channel), channel)
        self.customer = QLineEdit(placeholderText=self.tr("Buyer name, platform id or email"))
        self.order_no = QLineEdit(placeholderText=self.tr("Optional"))
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("What the customer wrote"))
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color: #b42318;")
        form = QFormLayout(self)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Priority:"), self.priority)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Customer:"), self.customer)
        form.addRow(self.tr("Order number:"), self.order_no)
        form.addRow(self.tr("Message:"), self.body)
        form.addRow(self.problem)
        form.addRow(_buttons(self, self.tr("Create")))

    def channel_value(self) -> str:
        index = self.channel.currentIndex()
        text = self.channel.currentText()
        if index >= 0 and self.channel.itemText(index) == text:
            return self.channel.itemData(index) or ""
        return text.strip()
