"""File > Shop settings: name, currency, time zone, country and how many backups to keep.

Saving is one undoable step on the window's undo stack.
"""

from __future__ import annotations

from functools import cmp_to_key
from zoneinfo import available_timezones

from PySide6.QtCore import QCollator, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
)

from shopkeeper.errors import UserError
from shopkeeper.services import shop_settings
from shopkeeper.services.countries import country_label, country_names
from shopkeeper.services.money import CURRENCIES
from shopkeeper.services.shop_settings import (
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_OPERATIONS,
    COUNTRY,
    CURRENCY,
    SHOP_NAME,
    TIME_ZONE,
)
from shopkeeper.services.shop_setup import holds_amounts, system_country
from shopkeeper.ui.i18n import user_message
from shopkeeper.ui.undo import ChangeCommand

SHOWN = (SHOP_NAME, CURRENCY, TIME_ZONE, COUNTRY, BACKUP_KEEP_DAILY, BACKUP_KEEP_OPERATIONS)

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


def country_choices() -> list[tuple[str, str]]:
    """(label, code) of every country, named in the UI language and sorted the way that
    language sorts: the collator puts Chinese names in pinyin order, not Unicode order."""
    locale = QLocale()  # the UI language (i18n.install_translators sets the default)
    collator = QCollator(locale)
    labels = [(f"{name} ({code})", code) for code, name in country_names(locale.name()).items()]
    return sorted(labels, key=cmp_to_key(lambda a, b: collator.compare(a[0], b[0])))


class ShopSettingsDialog(QDialog):
    def __init__(self, db, undo_stack, *, on_change=None, parent=None) -> None:
        super().__init__(parent)
        self.db, self.undo_stack, self.on_change = db, undo_stack, on_change
        self.setWindowTitle(self.tr("Shop settings"))
        self.setMinimumWidth(420)
        values = shop_settings.values(db, SHOWN)
        self.name = QLineEdit(values[SHOP_NAME.key])
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(values[CURRENCY.key])
        if holds_amounts(db):  # changing it would silently re-denominate every amount
            self.currency.setEnabled(False)
            self.currency.setToolTip(
                self.tr("The currency cannot change once the shop holds an amount.")
            )
        self.zone = QComboBox(editable=True)
        zones = sorted(available_timezones())
        self.zone.addItems(list(COMMON_ZONES) + [z for z in zones if z not in COMMON_ZONES])
        self.zone.setCurrentText(values[TIME_ZONE.key])
        self.country = self._country_box(values[COUNTRY.key])
        self.keep_daily = QSpinBox(minimum=1, maximum=365)
        self.keep_daily.setValue(int(values[BACKUP_KEEP_DAILY.key]))
        self.keep_ops = QSpinBox(minimum=1, maximum=200)
        self.keep_ops.setValue(int(values[BACKUP_KEEP_OPERATIONS.key]))
        form = QFormLayout(self)
        form.addRow(self.tr("Shop name"), self.name)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.tr("Country (public holidays)"), self.country)
        form.addRow(self.tr("Daily backups to keep"), self.keep_daily)
        form.addRow(self.tr("Backups before operations to keep"), self.keep_ops)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.zones = set(zones)

    def _country_box(self, current: str) -> QComboBox:
        """Countries by name; the first entry follows the computer's locale."""
        box = QComboBox()
        found = system_country()
        box.addItem(
            self.tr("As the computer's locale ({country})").format(
                country=country_label(found, QLocale().name()) if found else self.tr("none")
            ),
            "",
        )
        for label, code in country_choices():
            box.addItem(label, code)
        box.setCurrentIndex(max(0, box.findData(current.upper())))
        return box

    def new_values(self) -> dict[str, str]:
        return {
            SHOP_NAME.key: self.name.text().strip() or SHOP_NAME.default,
            CURRENCY.key: self.currency.currentText(),
            TIME_ZONE.key: self.zone.currentText(),
            COUNTRY.key: self.country.currentData(),
            BACKUP_KEEP_DAILY.key: str(self.keep_daily.value()),
            BACKUP_KEEP_OPERATIONS.key: str(self.keep_ops.value()),
        }

    def accept(self) -> None:
        if self.zone.currentText() not in self.zones:
            self.zone.setFocus()
            self.zone.lineEdit().selectAll()
            self.setWindowTitle(self.tr("Shop settings — unknown time zone"))
            return
        before = shop_settings.values(self.db, SHOWN)
        edited = {k: v for k, v in self.new_values().items() if before[k] != v}
        if edited:
            try:
                change = shop_settings.put(self.db, edited)
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Shop settings"), user_message(exc))
                return
            # The undo command outlives the dialog, so it keeps the callback, not the dialog.
            on_change = self.on_change or (lambda: None)
            self.undo_stack.push(
                ChangeCommand(
                    self.db, change, lambda _tables: on_change(), self.tr("Change shop settings")
                )
            )
        super().accept()
