"""Shown when no shop is open: clear ways forward, never an empty window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services.shop_preview import preview
from shopkeeper.ui.app_settings import AppSettings
from shopkeeper.ui.icons import app_icon, icon
from shopkeeper.ui.widgets.welcome_cards import ActionCard, RecentShopCard, card_style

MAX_CARDS = 8
CONTENT_WIDTH = 680


class WelcomePanel(QWidget):
    new_clicked = Signal()
    open_clicked = Signal()
    demo_clicked = Signal()
    recent_clicked = Signal(str)
    # A recent shop was taken off the list (the recent-files menu may want to follow).
    recent_forgotten = Signal(str)

    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self._settings = settings
        self._shops: list[str] = []
        self._cards_stale = False

        mark = QLabel()
        mark.setPixmap(app_icon().pixmap(QSize(72, 72)))
        mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Welcome to Shopkeeper"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(font.Weight.Bold)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            self.tr(
                "Create a new shop file, or open one you already have. "
                "Each shop is a single file you can back up or move."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet("color: palette(placeholder-text);")

        actions = QHBoxLayout()
        actions.setSpacing(12)
        for glyph, text, detail, signal in (
            (icon("new"), self.tr("New shop…"), self.tr("Start an empty shop file"),
             self.new_clicked),
            (icon("open"), self.tr("Open shop…"), self.tr("A shop file you already have"),
             self.open_clicked),
            (icon("demo"), self.tr("Try a demo shop"), self.tr("Look around with sample orders"),
             self.demo_clicked),
        ):  # fmt: skip
            card = ActionCard(glyph, text, detail)
            card.clicked.connect(signal)
            actions.addWidget(card)

        self.recent_title = QLabel(self.tr("Recently opened"))
        bold = self.recent_title.font()
        bold.setWeight(bold.Weight.Bold)
        self.recent_title.setFont(bold)
        self._grid = QGridLayout()
        self._grid.setSpacing(10)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)

        content = QWidget()
        content.setMaximumWidth(CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setSpacing(10)
        column.addWidget(mark)
        column.addWidget(title)
        column.addWidget(hint)
        column.addSpacing(14)
        column.addLayout(actions)
        column.addSpacing(22)
        column.addWidget(self.recent_title)
        column.addLayout(self._grid)

        page = QWidget()
        centred = QHBoxLayout(page)
        centred.addStretch(1)
        centred.addWidget(content, 100)
        centred.addStretch(1)
        outer = QVBoxLayout()
        outer.addStretch(1)
        outer.addWidget(page)
        outer.addStretch(2)
        holder = QWidget()
        holder.setLayout(outer)
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setStyleSheet(card_style())
        self.set_recent([])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # The cards' colours follow a switch between the light and the dark palette.
        if event.type() == QEvent.Type.PaletteChange and self.styleSheet() != card_style():
            self.setStyleSheet(card_style())
        super().changeEvent(event)

    @property
    def settings(self) -> AppSettings:
        # The window's settings when given; else the same settings file, opened here.
        if self._settings is None:
            self._settings = AppSettings()
        return self._settings

    def set_recent(self, shops: list[str]) -> None:
        """One card per recent shop: name, currency and when it was last opened.

        The shop files are read when the panel is shown (or its cards asked for), so a
        window that starts straight into the last shop does not read them at all.
        """
        self._shops = list(shops)
        self.recent_title.setVisible(bool(shops))
        self._cards_stale = True
        if self.isVisible():
            self._build_cards()

    @property
    def recent_box(self) -> QGridLayout:
        """The grid of recent shop cards, up to date."""
        if self._cards_stale:
            self._build_cards()
        return self._grid

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._cards_stale:
            self._build_cards()
        super().showEvent(event)

    def _build_cards(self) -> None:
        self._cards_stale = False
        shops = self._shops
        while self._grid.count():
            self._grid.takeAt(0).widget().deleteLater()
        details = self.settings.recent_details() if shops else {}
        for index, text in enumerate(shops[:MAX_CARDS]):
            known = details.get(text, {})
            glance = preview(text)
            if glance.readable and (
                known.get("name") != glance.name or known.get("currency") != glance.currency
            ):
                self.settings.note_shop(Path(text), name=glance.name, currency=glance.currency)
            card = RecentShopCard(glance, known)
            card.open_requested.connect(self.recent_clicked)
            card.forget_requested.connect(self.forget)
            self._grid.addWidget(card, index // 2, index % 2)
        # The scroll area sizes its page only on its own layout requests: without this,
        # cards added to a shown panel are squeezed below their height instead of scrolled.
        QCoreApplication.postEvent(self._scroll, QEvent(QEvent.Type.LayoutRequest))

    def forget(self, path: str) -> None:
        """Take a shop off the recent list (its file, if any, is left alone)."""
        self.settings.forget_shop(Path(path))
        self.set_recent([shop for shop in self._shops if shop != path])
        self.recent_forgotten.emit(path)
