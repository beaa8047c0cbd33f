"""The editor's channels page: a title of its own per channel (with the channel's length
count: Taobao counts GBK bytes) and, per variant, a price of its own per channel.
Empty means "use the main one"; exports fall back to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services import listings_channels, listings_edit
from shopkeeper.services.channels import CHANNELS, title_length
from shopkeeper.services.money import plain_amount
from shopkeeper.services.pricing import PriceError
from shopkeeper.ui.i18n import user_message
from shopkeeper.ui.labels import channel_label

BAD = QColor("#f8d0d0")


class ChannelsPage(QWidget):
    changed = Signal()

    def __init__(self, db, draft, rules, exponent: int, parent=None) -> None:
        super().__init__(parent)
        self.rules, self.exponent = rules, exponent
        self.errors: list[str] = []
        titles = listings_channels.channel_titles(db, draft.id) if draft.id else {}
        prices = listings_channels.channel_prices(db, draft.id) if draft.id else {}
        layout = QVBoxLayout(self)
        title_box = QGroupBox(self.tr("Title per channel (empty: the main title)"))
        form = QFormLayout(title_box)
        self.title_edits: dict[str, QLineEdit] = {}
        self.length_labels: dict[str, QLabel] = {}
        for channel in CHANNELS:
            edit = QLineEdit(titles.get(channel, ""))
            edit.setPlaceholderText(draft.title)
            edit.textChanged.connect(self._title_changed)
            count = QLabel()
            count.setMinimumWidth(110)
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(count)
            form.addRow(channel_label(channel), row)
            self.title_edits[channel], self.length_labels[channel] = edit, count
        layout.addWidget(title_box)
        used = {ch for _vid, ch in prices}
        self.price_channels = [c for c in CHANNELS if c in rules.channels or c in used]
        price_box = QGroupBox(self.tr("Price per channel (empty: the main price)"))
        box = QVBoxLayout(price_box)
        self.prices = QTableWidget(len(draft.variants), len(self.price_channels) + 1)
        self.prices.setHorizontalHeaderLabels(
            [self.tr("SKU")] + [channel_label(c) for c in self.price_channels]
        )
        self.prices.verticalHeader().hide()
        for row, v in enumerate(draft.variants):
            sku = QTableWidgetItem(v.sku)
            sku.setData(Qt.ItemDataRole.UserRole, v.id)
            sku.setFlags(sku.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.prices.setItem(row, 0, sku)
            for col, channel in enumerate(self.price_channels, start=1):
                price = prices.get((v.id, channel)) if v.id else None
                text = "" if price is None else plain_amount(price, exponent)
                self.prices.setItem(row, col, QTableWidgetItem(text))
        self.prices.itemChanged.connect(lambda _item: self._prices_changed())
        box.addWidget(self.prices)
        hint = QLabel(self.tr("New variants get their own channel prices after the first save."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        box.addWidget(hint)
        layout.addWidget(price_box, 1)
        self._title_changed()

    def _title_changed(self) -> None:
        for channel, edit in self.title_edits.items():
            text = edit.text() or edit.placeholderText()
            self.length_labels[channel].setText(self._length(channel, text))
        self.changed.emit()

    def _length(self, channel: str, text: str) -> str:
        limits = self.rules.limit(channel)
        length = title_length(text, limits.counts_bytes)
        unit = self.tr("bytes") if limits.counts_bytes else self.tr("chars")
        if limits.title is None:
            return f"{length} {unit}"
        over = length > limits.title
        colour = "#c62828" if over else "palette(placeholder-text)"
        label = self.length_labels[channel]
        label.setStyleSheet(f"color: {colour};")
        return f"{length}/{limits.title} {unit}"

    def length_summary(self, main_title: str) -> str:
        """ "Taobao 52/60 bytes · eBay 26/80 chars" for the checked channels."""
        parts = []
        for channel in self.rules.channels:
            limits = self.rules.limit(channel)
            if limits.title is None:
                continue
            text = self.title_edits[channel].text() or main_title
            unit = self.tr("bytes") if limits.counts_bytes else self.tr("chars")
            parts.append(
                f"{channel_label(channel)} "
                f"{title_length(text, limits.counts_bytes)}/{limits.title} {unit}"
            )
        for edit in self.title_edits.values():
            edit.setPlaceholderText(main_title)
        self._title_changed_quietly()
        return " · ".join(parts)

    def _title_changed_quietly(self) -> None:
        for channel, edit in self.title_edits.items():
            self.length_labels[channel].setText(
                self._length(channel, edit.text() or edit.placeholderText())
            )

    def _prices_changed(self) -> None:
        self.changed.emit()  # the editor re-reads (and marks) the cells when it checks

    def overrides(self, sku_of: dict[int, str]) -> tuple[dict[str, str], dict]:
        """{channel: title} and {(sku, channel): price or None} with the SKUs the variants
        have now (``sku_of``: variant id -> SKU); marks bad cells red."""
        titles = {c: e.text().strip() for c, e in self.title_edits.items()}
        prices: dict[tuple[str, str], int | None] = {}
        self.errors = []
        self.prices.blockSignals(True)
        for row in range(self.prices.rowCount()):
            sku = sku_of.get(self.prices.item(row, 0).data(Qt.ItemDataRole.UserRole))
            if sku is None:
                continue  # the variant was removed in the grid
            for col, channel in enumerate(self.price_channels, start=1):
                item = self.prices.item(row, col)
                try:
                    value = listings_edit.parse_money(
                        item.text(), self.exponent, label=self.tr("Price"), optional=True
                    )
                except PriceError as exc:
                    self.errors.append(f"{sku} ({channel_label(channel)}): {user_message(exc)}")
                    item.setBackground(QBrush(BAD))
                    item.setToolTip(user_message(exc))
                    continue
                item.setBackground(QBrush())
                item.setToolTip("")
                prices[(sku, channel)] = value
        self.prices.blockSignals(False)
        return titles, prices
