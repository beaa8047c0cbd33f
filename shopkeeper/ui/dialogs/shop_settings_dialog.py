"""File > Shop settings: name, currency, time zone and how many backups to keep.

Saving is one undoable step on the window's undo stack.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox

from shopkeeper.services.money import CURRENCIES
from shopkeeper.services.shop_setup import holds_amounts
from shopkeeper.store import settings
from shopkeeper.ui.undo import CallbackCommand

COMMON_ZONES = (
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Asia/Tokyo",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Australia/Sydney",
    "UTC",
)


class ShopSettingsDialog(QDialog):
    def __init__(self, db, undo_stack, *, on_change=None, parent=None) -> None:
        super().__init__(parent)
        self.db, self.undo_stack, self.on_change = db, undo_stack, on_change
        self.setWindowTitle(self.tr("Shop settings"))
        self.setMinimumWidth(420)
        values = settings.all_values(db)
        self.name = QLineEdit(values[settings.SHOP_NAME.key])
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(values[settings.CURRENCY.key])
        if holds_amounts(db):  # changing it would silently re-denominate every amount
            self.currency.setEnabled(False)
            self.currency.setToolTip(
                self.tr("The currency cannot change once the shop holds an amount.")
            )
        self.zone = QComboBox(editable=True)
        zones = sorted(available_timezones())
        self.zone.addItems(list(COMMON_ZONES) + [z for z in zones if z not in COMMON_ZONES])
        self.zone.setCurrentText(values[settings.TIME_ZONE.key])
        self.keep_daily = QSpinBox(minimum=1, maximum=365)
        self.keep_daily.setValue(int(values[settings.BACKUP_KEEP_DAILY.key]))
        self.keep_ops = QSpinBox(minimum=1, maximum=200)
        self.keep_ops.setValue(int(values[settings.BACKUP_KEEP_OPERATIONS.key]))
        form = QFormLayout(self)
        form.addRow(self.tr("Shop name"), self.name)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.tr("Daily backups to keep"), self.keep_daily)
        form.addRow(self.tr("Backups before operations to keep"), self.keep_ops)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.zones = set(zones)

    def new_values(self) -> dict[str, str]:
        return {
            settings.SHOP_NAME.key: self.name.text().strip() or settings.SHOP_NAME.default,
            settings.CURRENCY.key: self.currency.currentText(),
            settings.TIME_ZONE.key: self.zone.currentText(),
            settings.BACKUP_KEEP_DAILY.key: str(self.keep_daily.value()),
            settings.BACKUP_KEEP_OPERATIONS.key: str(self.keep_ops.value()),
        }

    def accept(self) -> None:
        if self.zone.currentText() not in self.zones:
            self.zone.setFocus()
            self.zone.lineEdit().selectAll()
            self.setWindowTitle(self.tr("Shop settings — unknown time zone"))
            return
        before = settings.all_values(self.db)
        after = self.new_values()
        if after != before:
            self.undo_stack.push(
                CallbackCommand(
                    self.tr("Change shop settings"),
                    lambda: self._write(after),
                    lambda: self._write(before),
                )
            )
        super().accept()

    def _write(self, values: dict[str, str]) -> None:
        by_key = {s.key: s for s in settings.ALL}
        for key, value in values.items():
            settings.put(self.db, by_key[key], value)
        if self.on_change:
            self.on_change()
