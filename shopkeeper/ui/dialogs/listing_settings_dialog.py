"""Listing settings: each channel's fees (percentage and fixed per order) and title
limit, the channels the checker checks, the margin floor, the supplier lead time,
and the banned-word list (the built-in words, the seller's additions and allowed
phrases). Saved as one undoable change."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from shopkeeper.services import listing_checker, listings_settings
from shopkeeper.services.channels import CHANNELS, DEFAULT_LIMITS, ChannelFees
from shopkeeper.services.listings_settings import ChannelSetup, ListingSettings
from shopkeeper.services.money import exponent, plain_amount
from shopkeeper.services.pricing import PriceError, parse_amount
from shopkeeper.ui.i18n import user_message
from shopkeeper.ui.labels import channel_label


class ListingSettingsDialog(QDialog):
    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.ctx = tab.ctx
        self.db = self.ctx.shop.db
        self.exponent = exponent(self.ctx.shop.currency)
        current = listings_settings.load(self.db)
        self.setWindowTitle(self.tr("Listing settings"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(self._channels_box(current))
        form = QFormLayout()
        self.floor = QDoubleSpinBox(decimals=1, minimum=-100, maximum=99, suffix=" %")
        self.floor.setValue(current.margin_floor_bp / 100)
        self.lead = QSpinBox(minimum=0, maximum=365, suffix=self.tr(" days"))
        self.lead.setValue(current.lead_time_days)
        form.addRow(self.tr("Lowest margin a listing may have"), self.floor)
        form.addRow(self.tr("Supplier lead time (low stock without a reorder point)"), self.lead)
        layout.addLayout(form)
        layout.addWidget(self._words_box(current))
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #c62828;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _channels_box(self, current: ListingSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Channels"))
        grid = QGridLayout(box)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(5, 1)  # the room left goes after the columns
        for column, text in enumerate(
            (
                self.tr("Channel"),
                self.tr("Check listings"),
                self.tr("Fee %"),
                self.tr("Fixed fee per order"),
                self.tr("Title limit"),
            )
        ):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.rows = {}
        for row, channel in enumerate(CHANNELS, start=1):
            setup = current.channels[channel]
            check = QCheckBox()
            check.setChecked(channel in current.check_channels)
            percent = QDoubleSpinBox(decimals=2, minimum=0, maximum=100, suffix=" %")
            percent.setValue(setup.fees.percent_bp / 100)
            fixed = QLineEdit(plain_amount(setup.fees.fixed, self.exponent))
            fixed.setAlignment(Qt.AlignmentFlag.AlignRight)
            fixed.setMaximumWidth(150)
            limit = QSpinBox(minimum=0, maximum=10000)
            platform = DEFAULT_LIMITS[channel]
            unit = self.tr("bytes") if platform.counts_bytes else self.tr("chars")
            limit.setSpecialValueText(
                self.tr("platform's ({n} {unit})").format(n=platform.title, unit=unit)
            )
            limit.setValue(setup.title_limit or 0)
            for column, widget in enumerate(
                (QLabel(channel_label(channel)), check, percent, fixed, limit)
            ):
                grid.addWidget(widget, row, column)
            self.rows[channel] = (check, percent, fixed, limit)
        return box

    def _words_box(self, current: ListingSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Banned words (Advertising Law)"))
        layout = QVBoxLayout(box)
        built_in = QLabel(
            self.tr("Built in: {words}").format(words="  ".join(listing_checker.BANNED_WORDS))
        )
        built_in.setWordWrap(True)
        built_in.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(built_in)
        row = QHBoxLayout()
        self.added = QPlainTextEdit("\n".join(current.banned_added))
        self.added.setPlaceholderText(self.tr("Also ban (one a line)"))
        self.allowed = QPlainTextEdit("\n".join(current.banned_allowed))
        self.allowed.setPlaceholderText(self.tr("Allow these phrases (one a line), e.g. 第一次"))
        for edit in (self.added, self.allowed):
            edit.setMaximumHeight(90)
            row.addWidget(edit)
        layout.addLayout(row)
        return box

    def values(self) -> ListingSettings:
        channels, check = {}, []
        for channel, (ticked, percent, fixed, limit) in self.rows.items():
            try:
                fixed_minor = parse_amount(fixed.text() or "0", self.exponent)
            except PriceError as exc:
                raise ValueError(f"{channel_label(channel)}: {user_message(exc)}") from None
            channels[channel] = ChannelSetup(
                ChannelFees(round(percent.value() * 100), fixed_minor), limit.value() or None
            )
            if ticked.isChecked():
                check.append(channel)
        return ListingSettings(
            channels=channels,
            check_channels=check,
            margin_floor_bp=round(self.floor.value() * 100),
            lead_time_days=self.lead.value(),
            banned_added=[w.strip() for w in self.added.toPlainText().splitlines() if w.strip()],
            banned_allowed=[
                w.strip() for w in self.allowed.toPlainText().splitlines() if w.strip()
            ],
        )

    @Slot()
    def save(self) -> None:
        try:
            change = listings_settings.save(self.db, self.values())
        except ValueError as exc:
            self.error.setText(self.tr("Not saved: {problem}").format(problem=user_message(exc)))
            return
        self.ctx.push_change(change, self.tr("Listing settings"))
        self.accept()
