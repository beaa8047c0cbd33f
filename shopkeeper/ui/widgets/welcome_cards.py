"""The welcome panel's cards: a large action (New, Open, Demo) and a recent shop.

Each card is a QPushButton, so it takes keyboard focus and clicks like one; its own
text is the accessible summary, and the labels inside draw what a seller sees.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSize, Qt, QTime, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
)

from shopkeeper.services.shop_preview import ShopPreview
from shopkeeper.ui.icons import icon
from shopkeeper.ui.theme import tone

translate = QCoreApplication.translate


def card_style() -> str:
    """Style sheet for every card, in the colours of the palette in use."""
    return (
        f"QPushButton#card {{ background: {tone('card')}; border: 1px solid "
        f"{tone('card_border')}; border-radius: 10px; padding: 0; }}"
        f"QPushButton#card:hover {{ background: {tone('card_hover')}; "
        "border-color: palette(highlight); }"
        "QPushButton#card:focus { border: 2px solid palette(highlight); }"
        "QLabel#muted { color: palette(placeholder-text); }"
        f"QLabel#problem {{ color: {tone('danger')}; }}"
        f"QLabel#badge {{ border: 1px solid {tone('card_border')}; border-radius: 4px; "
        "padding: 0 5px; }"
    )


def opened_text(iso: str) -> str:
    """'Opened today at 14:05', 'Opened yesterday', 'Opened 3 days ago' or a date."""
    try:
        when = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return ""
    days = (datetime.now().astimezone().date() - when.date()).days
    locale = QLocale()
    if days <= 0:
        time = locale.toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
        return translate("RecentShopCard", "Opened today at {time}").format(time=time)
    if days == 1:
        return translate("RecentShopCard", "Opened yesterday")
    if days < 7:
        return translate("RecentShopCard", "Opened {days} days ago").format(days=days)
    date = locale.toString(QDate(when.year, when.month, when.day), QLocale.FormatType.ShortFormat)
    return translate("RecentShopCard", "Opened {date}").format(date=date)


def _label(text: str, name: str = "", *, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    font = label.font()
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        font.setWeight(font.Weight.Bold)
    label.setFont(font)
    return label


class IconLabel(QLabel):
    """An icon drawn again when the palette changes, so it keeps the text colour."""

    def __init__(self, glyph: QIcon, size: int) -> None:
        super().__init__()
        self.glyph, self.size_px = glyph, size
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._draw()

    def _draw(self) -> None:
        self.setPixmap(self.glyph.pixmap(QSize(self.size_px, self.size_px)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange:
            self._draw()
        super().changeEvent(event)


class Card(QPushButton):
    """A button drawn as a card; its layout, not its text, decides its size."""

    def __init__(self, summary: str) -> None:
        super().__init__(summary)
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.layout().sizeHint() if self.layout() else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.layout().minimumSize() if self.layout() else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return self.layout() is not None and self.layout().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout().totalHeightForWidth(width)

    def paintEvent(self, event) -> None:  # noqa: N802
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text, option.icon = "", QIcon()
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


class ActionCard(Card):
    """A large action: an icon, a title and one line saying what it does."""

    def __init__(self, glyph: QIcon, title: str, detail: str) -> None:
        super().__init__(title.replace("…", ""))
        self.setAccessibleDescription(detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(IconLabel(glyph, 30))
        layout.addWidget(_label(title, scale=1.15, bold=True))
        description = _label(detail, "muted")
        description.setWordWrap(True)
        layout.addWidget(description)
        layout.addStretch()


class RecentShopCard(Card):
    """A recent shop: name, currency, when it was last opened; a missing file says so."""

    open_requested = Signal(str)
    forget_requested = Signal(str)

    def __init__(self, glance: ShopPreview, known: dict[str, str]) -> None:
        path = glance.path
        name = glance.name or known.get("name") or path.name
        super().__init__(f"{path.name} — {name}")
        self.path = str(path)
        self.missing = not glance.found
        currency = glance.currency or known.get("currency", "")

        top = QHBoxLayout()
        top.setSpacing(8)
        title = _label(name, scale=1.08, bold=True)
        top.addWidget(title, 1)
        if currency:
            top.addWidget(_label(currency, "badge"))
        if self.missing:
            status = _label(
                translate("RecentShopCard", "File not found: moved or deleted?"), "problem"
            )
            self.setToolTip(translate("RecentShopCard", "No file at {path}").format(path=path))
        else:
            when = opened_text(known.get("opened", ""))
            status = _label(" · ".join(part for part in (when, path.name) if part), "muted")
            self.setToolTip(str(path))
        text = QVBoxLayout()
        text.setSpacing(3)
        text.addLayout(top)
        text.addWidget(status)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 12, 12, 12)
        row.setSpacing(12)
        row.addWidget(IconLabel(icon("missing") if self.missing else icon("shop"), 26))
        row.addLayout(text, 1)
        if self.missing:
            forget = QToolButton()
            forget.setIcon(icon("forget"))
            forget.setText(translate("RecentShopCard", "Forget"))
            forget.setToolTip(translate("RecentShopCard", "Take this shop off the list"))
            forget.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            forget.setAutoRaise(True)
            forget.clicked.connect(lambda: self.forget_requested.emit(self.path))
            row.addWidget(forget, 0, Qt.AlignmentFlag.AlignVCenter)
            self.forget_button = forget
        self.clicked.connect(self._open)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def _open(self) -> None:
        # A missing shop is never "opened": that would create an empty shop in its place.
        if not self.missing:
            self.open_requested.emit(self.path)

    def _menu(self, position) -> None:
        menu = QMenu(self)
        if not self.missing:
            menu.addAction(icon("open"), translate("RecentShopCard", "Open"), self._open)
        menu.addAction(
            icon("forget"),
            translate("RecentShopCard", "Remove from this list"),
            lambda: self.forget_requested.emit(self.path),
        )
        menu.exec(self.mapToGlobal(position))
