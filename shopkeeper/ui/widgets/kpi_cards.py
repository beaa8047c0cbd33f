"""Headline KPI cards: the value, the change against the comparison period, and the
KPI's written definition on hover (from ``kpi_definitions.DEFINITIONS``)."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services import money
from shopkeeper.services.kpi import Kpis
from shopkeeper.services.kpi_definitions import BY_KEY
from shopkeeper.ui import theme

translate = QCoreApplication.translate

# (group title, KPI keys), in the order.
GROUPS = (
    (QT_TRANSLATE_NOOP("KpiCards", "Sales"), ("gross_sales", "net_sales", "orders", "units")),
    (QT_TRANSLATE_NOOP("KpiCards", "Order value"), ("aov", "sales_per_buyer")),
    (QT_TRANSLATE_NOOP("KpiCards", "Traffic"), ("conversion_rate", "visitors", "page_views")),
    (
        QT_TRANSLATE_NOOP("KpiCards", "Customers"),
        ("repeat_purchase_rate", "returning_customer_rate"),
    ),
    (
        QT_TRANSLATE_NOOP("KpiCards", "Refunds and profit"),
        ("refund_rate", "refund_rate_by_count", "gross_profit", "gross_margin"),
    ),
    (QT_TRANSLATE_NOOP("KpiCards", "Advertising"), ("ad_spend", "roas", "cpa")),
    (
        QT_TRANSLATE_NOOP("KpiCards", "Service"),
        ("tickets_opened", "median_first_response", "satisfaction", "nps"),
    ),
)
# Traffic, advertising and service are recorded for the shop, not per category.
NOT_BY_CATEGORY = {
    "conversion_rate",
    "visitors",
    "page_views",
    "ad_spend",
    "roas",
    "cpa",
    "tickets_opened",
    "median_first_response",
    "satisfaction",
    "nps",
}
# A rise in these is bad news, so it is shown in the danger colour.
LOWER_IS_BETTER = {"refund_rate", "refund_rate_by_count", "cpa", "median_first_response"}


def format_value(key: str, value, currency: str) -> str:
    unit = BY_KEY[key].unit
    if value is None:
        return "—"
    if unit == "money":
        return money.format_money(value, currency)
    if unit == "rate":
        return f"{float(value) * 100:.1f}%"
    if unit == "score":
        return f"{float(value) * 100:+.0f}"
    if unit == "ratio":
        return f"{float(value):.2f}"
    if unit == "seconds":
        hours = value / 3600
        return f"{hours:.1f} h" if hours >= 1 else f"{value // 60} min"
    return f"{value:,}"


def change_text(key: str, now, before) -> tuple[str, int]:
    """("+12.3%" or "+1.2 pt", direction −1/0/1) against the comparison value."""
    if now is None or before is None:
        return "", 0
    unit = BY_KEY[key].unit
    if unit in ("rate", "score"):
        points = float(Fraction(now) - Fraction(before)) * 100
        if not _sign(points):
            return translate("KpiCards", "no change"), 0
        return translate("KpiCards", "{points:+.1f} pt").format(points=points), _sign(points)
    if before == 0:
        return ("", 0) if now == 0 else (translate("KpiCards", "new"), 1)
    change = float(Fraction(now - before, abs(before))) * 100
    if not _sign(change):
        return translate("KpiCards", "no change"), 0
    return f"{change:+.1f}%", _sign(change)


def _sign(x: float) -> int:
    return (x > 0.05) - (x < -0.05)


class FitLabel(QLabel):
    """A value that shrinks its font to fit the card (¥1,234,567.89 in a 130 px card)
    instead of being cut off; the full text is also its tooltip."""

    LARGEST, SMALLEST = 16, 9

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        # Shrinking, not widening the grid, is how a long value fits.
        hint = super().minimumSizeHint()
        hint.setWidth(40)
        return hint

    def _fit(self) -> None:
        font = self.font()
        size = self.LARGEST
        while size > self.SMALLEST:
            font.setPixelSize(size)
            if QFontMetrics(font).horizontalAdvance(self.text()) <= self.width() - 2:
                break
            size -= 1
        font.setPixelSize(size)
        if font != self.font():
            self.setFont(font)


class KpiCard(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        definition = BY_KEY[key]
        self.setObjectName("kpiCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        self.title = QLabel(translate("Kpi", definition.label))
        self.title.setStyleSheet("color: palette(placeholder-text);")
        self.title.setWordWrap(True)  # "Returning-customer rate" is cut in a 1280 px window
        self.value = FitLabel("—")
        bold = self.value.font()
        bold.setWeight(QFont.Weight.DemiBold)
        bold.setPixelSize(FitLabel.LARGEST)
        self.value.setFont(bold)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change = QLabel("")
        self._colour = ""
        for label in (self.title, self.value, self.change):
            layout.addWidget(label)
        self.setToolTip(
            f"<b>{translate('Kpi', definition.label)}</b><br>{translate('Kpi', definition.text)}"
        )

    def show_values(self, now, before, currency: str, note: str = "") -> None:
        self.value.setText(note or format_value(self.key, now, currency))
        text, direction = change_text(self.key, now, before)
        good = direction * (-1 if self.key in LOWER_IS_BETTER else 1)
        colour = theme.tone("success" if good > 0 else "danger" if good < 0 else "neutral")
        if colour != self._colour:  # restyling a label is costly; 24 cards redraw at once
            self._colour = colour
            self.change.setStyleSheet(f"color: {colour};")
        self.change.setText(text or " ")


class KpiCards(QWidget):
    """All cards, grouped, in a compact grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.cards: dict[str, KpiCard] = {}
        row = col = 0
        for title, keys in GROUPS:
            if col + len(keys) > 9:
                row, col = row + 2, 0
            heading = QLabel(translate("KpiCards", title))
            heading.setStyleSheet("font-weight: 600;")
            grid.addWidget(heading, row, col, 1, len(keys))
            for key in keys:
                card = KpiCard(key, self)
                self.cards[key] = card
                grid.addWidget(card, row + 1, col)
                col += 1
        self.setStyleSheet(
            f"QFrame#kpiCard {{ background: {theme.tone('card')}; "
            f"border: 1px solid {theme.tone('card_border')}; border-radius: 6px; }}"
        )

    def show_kpis(self, now: Kpis, before: Kpis | None) -> None:
        for key, card in self.cards.items():
            value = now.value(key)
            note = ""
            if now.scope == "category" and key in NOT_BY_CATEGORY:
                card.show_values(None, None, now.currency, translate("KpiCards", "not by category"))
                continue
            if key == "conversion_rate" and value is None and not now.traffic_days:
                note = translate("KpiCards", "no traffic data")
            if key == "gross_profit" and now.lines_without_cost:
                card.setToolTip(
                    card.toolTip().split("<br><i>")[0]
                    + "<br><i>"
                    + translate(
                        "KpiCards", "{n} order lines have no cost: profit reads high."
                    ).format(n=f"{now.lines_without_cost:,}")
                    + "</i>"
                )
            card.show_values(value, before.value(key) if before else None, now.currency, note)
