"""The pricing helper for one variant: a cost-plus suggestion from a target margin and
a competition-based one from competitors' prices (median, cheapest or a chosen
position), each with the margin it leaves after the channel's fees, live; the
competitor prices themselves, and a strip showing where our price sits among them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services import channels as channel_fees
from shopkeeper.services import listings, listings_channels, listings_edit, pricing
from shopkeeper.services.money import exponent, format_money, plain_amount
from shopkeeper.ui.i18n import user_message
from shopkeeper.ui.labels import channel_label
from shopkeeper.ui.models.listings_model import percent_text

OURS, THEIRS = QColor("#1e88e5"), QColor("#9e9e9e")


class PriceStrip(QWidget):
    """Competitor prices as grey dots on a line, ours as a blue one."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(44)
        self.ours: int | None = None
        self.theirs: list[int] = []

    def set_prices(self, ours: int | None, theirs: list[int]) -> None:
        self.ours, self.theirs = ours, theirs
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        values = self.theirs + ([self.ours] if self.ours is not None else [])
        if not values:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        low, high = min(values), max(values)
        span = max(high - low, 1)
        left, right, y = 12.0, self.width() - 12.0, self.height() / 2

        def x(value: int) -> float:
            return left + (right - left) * (value - low) / span

        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(THEIRS)
        for value in self.theirs:
            painter.drawEllipse(QPointF(x(value), y), 5, 5)
        if self.ours is not None:
            painter.setBrush(OURS)
            painter.drawEllipse(QRectF(x(self.ours) - 7, y - 7, 14, 14))
        painter.end()


class PricingDialog(QDialog):
    def __init__(self, tab, row) -> None:
        super().__init__(tab)
        self.tab, self.ctx, self.row = tab, tab.ctx, row
        self.db = self.ctx.shop.db
        self.currency = self.ctx.shop.currency
        self.exponent = exponent(self.currency)
        self.setWindowTitle(self.tr("Pricing helper: {title}").format(title=row.title))
        self.resize(720, 620)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.variant = QComboBox()
        self.variant_rows = listings.load_variants(self.db, row.id)
        for v in self.variant_rows:
            self.variant.addItem(f"{v.sku}  {v.options}".strip(), v.id)
        self.channel = QComboBox()
        for channel in channel_fees.CHANNELS:
            self.channel.addItem(channel_label(channel), channel)
        main = self.tab.catalogue.main_channel
        self.channel.setCurrentIndex(max(0, self.channel.findData(main)))
        self.facts = QLabel()
        top.addRow(self.tr("Variant"), self.variant)
        top.addRow(self.tr("Channel (its fees count)"), self.channel)
        top.addRow("", self.facts)
        layout.addLayout(top)
        layout.addWidget(self._cost_plus_box())
        layout.addWidget(self._competition_box(), 1)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #c62828;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for signal in (self.variant.currentIndexChanged, self.channel.currentIndexChanged):
            signal.connect(self.update_all)
        self.update_all()

    # -- building ------------------------------------------------------------------
    def _cost_plus_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cost-plus"))
        form = QFormLayout(box)
        self.target = QDoubleSpinBox(
            decimals=1, minimum=0, maximum=95, singleStep=1, suffix=" %", value=40
        )
        self.target.valueChanged.connect(self.update_suggestions)
        self.cost_plus = QLabel()
        self.use_cost_plus = QPushButton(self.tr("Use this price"))
        self.use_cost_plus.clicked.connect(lambda: self.use_price(self.cost_plus_price))
        line = QHBoxLayout()
        line.addWidget(self.cost_plus, 1)
        line.addWidget(self.use_cost_plus)
        form.addRow(self.tr("Target margin"), self.target)
        form.addRow(self.tr("Suggested"), line)
        self.ending = QComboBox(editable=True)
        self.ending.addItem(self.tr("No rounding"), "")
        for ending in (".99", ".90", "9") if self.exponent else ("9", "99"):
            self.ending.addItem(ending, ending)
        self.ending.currentTextChanged.connect(self.update_suggestions)
        form.addRow(self.tr("Price ending"), self.ending)
        return box

    def _competition_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Competition-based"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.rule = QComboBox()
        self.rule.addItem(self.tr("Median"), "median")
        self.rule.addItem(self.tr("Cheapest"), "minimum")
        self.rule.addItem(self.tr("Position"), "position")
        self.position = QSpinBox(minimum=1, maximum=100)
        self.undercut = QLineEdit("0")
        for signal in (
            self.rule.currentIndexChanged,
            self.position.valueChanged,
            self.undercut.textChanged,
        ):
            signal.connect(self.update_suggestions)
        rule_row = QHBoxLayout()
        rule_row.addWidget(self.rule)
        rule_row.addWidget(self.position)
        rule_row.addWidget(QLabel(self.tr("less")))
        rule_row.addWidget(self.undercut)
        form.addRow(self.tr("Price at"), rule_row)
        self.competition = QLabel()
        self.use_competition = QPushButton(self.tr("Use this price"))
        self.use_competition.clicked.connect(lambda: self.use_price(self.competition_price))
        line = QHBoxLayout()
        line.addWidget(self.competition, 1)
        line.addWidget(self.use_competition)
        form.addRow(self.tr("Suggested"), line)
        layout.addLayout(form)
        self.strip = PriceStrip()
        layout.addWidget(self.strip)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Competitor"), self.tr("Price"), self.tr("Seen"), self.tr("Link")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        add = QHBoxLayout()
        self.new_competitor = QLineEdit(placeholderText=self.tr("Competitor"))
        self.new_price = QLineEdit(placeholderText=self.tr("Price"))
        self.new_link = QLineEdit(placeholderText=self.tr("Link (optional)"))
        self.add_button = QPushButton(self.tr("Add price"))
        self.add_button.clicked.connect(self.add_competitor_price)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected competitor price"))
        self.remove_button.clicked.connect(self.remove_competitor_price)
        for widget in (
            self.new_competitor,
            self.new_price,
            self.new_link,
            self.add_button,
            self.remove_button,
        ):
            add.addWidget(widget)
        layout.addLayout(add)
        return box

    # -- state ---------------------------------------------------------------------
    def current_variant(self):
        vid = self.variant.currentData()
        return next((v for v in self.variant_rows if v.id == vid), None)

    def fees(self):
        return channel_fees.get_fees(self.db, self.channel.currentData())

    def money(self, value: int | None) -> str:
        return "" if value is None else format_money(value, self.currency)

    def _margin(self, price: int) -> str:
        v = self.current_variant()
        bp = pricing.margin_bp(price, v.cost if v else None, self.fees())
        if bp is None:
            return self.tr("margin unknown (no cost)")
        return self.tr("margin {margin}").format(margin=percent_text(bp))

    def _ending(self):
        text = self.ending.currentText().strip()
        if not text or text == self.ending.itemText(0):  # "No rounding"
            return None
        return pricing.parse_ending(text, self.exponent)

    @Slot()
    def update_all(self) -> None:
        v = self.current_variant()
        fees = self.fees()
        self.facts.setText(
            self.tr("Now {price} · cost {cost} · fee {fee}% + {fixed} per order · {margin}").format(
                price=self.money(v.price),
                cost=self.money(v.cost) or "—",
                fee=percent_text(fees.percent_bp).rstrip("%"),
                fixed=self.money(fees.fixed),
                margin=self._margin(v.price),
            )
            if v
            else ""
        )
        self.competitors = [
            p
            for p in listings_channels.latest_by_competitor(
                listings_channels.competitor_prices(self.db, self.row.id)
            )
            if v is not None and p.sku == v.sku
        ]
        self.table.setRowCount(len(self.competitors))
        for row, p in enumerate(self.competitors):
            for column, text in enumerate(
                (p.competitor, self.money(p.price), p.observed_at[:10], p.url)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.update_suggestions()

    @Slot()
    def update_suggestions(self, *_args) -> None:
        v = self.current_variant()
        self.message.clear()
        self.cost_plus_price = self.competition_price = None
        try:
            ending = self._ending()
        except pricing.PriceError as exc:
            self.message.setText(user_message(exc))
            ending = None
        if v is not None and v.cost is not None:
            try:
                price = pricing.cost_plus(v.cost, round(self.target.value() * 100), self.fees())
                if ending:
                    price = ending.round_down(price)
                self.cost_plus_price = price
                self.cost_plus.setText(f"{self.money(price)} · {self._margin(price)}")
            except pricing.PriceError as exc:
                self.cost_plus.setText(user_message(exc))
        else:
            self.cost_plus.setText(self.tr("Needs the variant's cost"))
        theirs = [p.price for p in self.competitors]
        self.position.setEnabled(self.rule.currentData() == "position")
        try:
            undercut = pricing.parse_amount(self.undercut.text() or "0", self.exponent)
            price = pricing.competition_based(
                theirs, self.rule.currentData(), self.position.value(), undercut
            )
            if ending:
                price = ending.round_down(price)
            self.competition_price = price
            cheaper_than = sum(1 for p in theirs if p > price)
            self.competition.setText(
                self.tr("{price} · {margin} · cheaper than {n} of {total}").format(
                    price=self.money(price),
                    margin=self._margin(price),
                    n=cheaper_than,
                    total=len(theirs),
                )
            )
        except pricing.PriceError as exc:
            self.competition.setText(user_message(exc))
        self.use_cost_plus.setEnabled(self.cost_plus_price is not None)
        self.use_competition.setEnabled(self.competition_price is not None)
        self.strip.set_prices(v.price if v else None, theirs)

    # -- writes --------------------------------------------------------------------
    def use_price(self, price: int | None) -> None:
        v = self.current_variant()
        if v is None or price is None:
            return
        change = listings_edit.set_variant_field(
            self.db, v.id, "price", plain_amount(price, self.exponent), self.exponent
        )
        self.ctx.push_change(change, self.tr("Price of {sku}").format(sku=v.sku))
        self.accept()

    @Slot()
    def remove_competitor_price(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.competitors):
            return
        price = self.competitors[row]
        change = listings_channels.delete_competitor_price(self.db, price.id)
        self.ctx.push_change(
            change,
            self.tr("Remove {competitor}'s price for {sku}").format(
                competitor=price.competitor, sku=price.sku
            ),
        )
        self.update_all()

    @Slot()
    def add_competitor_price(self) -> None:
        v = self.current_variant()
        if v is None:
            return
        try:
            price = pricing.parse_amount(self.new_price.text(), self.exponent)
            change = listings_channels.add_competitor_price(
                self.db, v.sku, self.new_competitor.text(), price, self.new_link.text()
            )
        except ValueError as exc:
            self.message.setText(user_message(exc))
            return
        self.ctx.push_change(change, self.tr("Competitor price for {sku}").format(sku=v.sku))
        for edit in (self.new_competitor, self.new_price, self.new_link):
            edit.clear()
        self.update_all()
