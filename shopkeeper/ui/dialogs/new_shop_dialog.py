"""File > New shop, second step: the new shop's name, currency, time zone and country.

The currency is asked here because it cannot change once the shop holds an amount.
Choosing a country suggests its currency until the seller picks one themselves.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from shopkeeper.services.countries import currency_of_country
from shopkeeper.services.money import CURRENCIES
from shopkeeper.services.shop_setup import ShopDefaults
from shopkeeper.ui.dialogs.shop_settings_dialog import COMMON_ZONES, country_choices


class NewShopDialog(QDialog):
    def __init__(self, defaults: ShopDefaults, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New shop"))
        self.setMinimumWidth(440)
        self.name = QLineEdit(defaults.name)
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(defaults.currency)
        self.currency.activated.connect(self._currency_chosen)
        self._currency_touched = False
        self.zone = QComboBox(editable=True)
        self.zones = sorted(available_timezones())
        self.zone.addItems(list(COMMON_ZONES) + [z for z in self.zones if z not in COMMON_ZONES])
        self.zone.setCurrentText(defaults.time_zone)
        self.country = QComboBox()
        self.country.addItem(self.tr("(none)"), "")
        for label, code in country_choices():  # in the UI language: "中国 (CN)"
            self.country.addItem(label, code)
        self.country.setCurrentIndex(max(0, self.country.findData(defaults.country)))
        self.country.currentIndexChanged.connect(self._country_changed)
        note = QLabel(
            self.tr(
                "Amounts are kept in this currency. It cannot be changed once the shop "
                "holds an amount."
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        form = QFormLayout(self)
        form.addRow(self.tr("Shop name"), self.name)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow("", note)
        form.addRow(self.tr("Time zone"), self.zone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create shop"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.default_name = defaults.name

    def _currency_chosen(self, _index: int) -> None:
        self._currency_touched = True

    def _country_changed(self, _index: int) -> None:
        suggested = currency_of_country(self.country.currentData() or "")
        if suggested in CURRENCIES and not self._currency_touched:
            self.currency.setCurrentText(suggested)

    def choices(self) -> ShopDefaults:
        return ShopDefaults(
            name=self.name.text().strip() or self.default_name,
            currency=self.currency.currentText(),
            time_zone=self.zone.currentText().strip(),
            country=self.country.currentData() or "",
        )

    def accept(self) -> None:
        if self.zone.currentText().strip() not in self.zones:
            self.zone.setFocus()
            self.zone.lineEdit().selectAll()
            self.setWindowTitle(self.tr("New shop — unknown time zone"))
            return
        super().accept()
