"""The Today tab's sections (one list each) and the grid that lays them out.

A group box is at least as wide as its title, so four English titles side by side
("Promotions starting or ending in 7 days (0)") need more than the smallest window's
960 px: the grid puts three, two or one to a row when four do not fit, and the tab
scrolls down, never sideways. Lines wrap rather than lose their middle.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services import today
from shopkeeper.ui import theme

ITEM_ROLE = Qt.ItemDataRole.UserRole
MOST_COLUMNS = 4


class _WrappedLines(QStyledItemDelegate):
    """Qt sizes a wrapped line by the list's font, but a Chinese line is drawn in a
    taller fallback font: without the extra room its second line does not fit and the
    first is elided instead of wrapped."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height() // 3)


class Section(QGroupBox):
    """One list of things to do, each line opening its tab."""

    def __init__(self, title: str, empty: str, open_item: Callable, parent=None) -> None:
        super().__init__(parent)
        self.title_text, self.empty, self.open_item = title, empty, open_item
        self.summary_only = False  # one line that sums up the section (listing problems)
        self.list = QListWidget()
        self.list.setMinimumHeight(120)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A long line wraps, and re-wraps as the window is resized: an elided order
        # number or date ("Amazon 111-00…y 12-02") could not be read.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setItemDelegate(_WrappedLines(self.list))
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.show_loading()

    def show_loading(self) -> None:
        self.setTitle(self.title_text)
        self.list.clear()
        self.list.addItem(QListWidgetItem(self.tr("Loading…")))

    def show_section(self, section: today.Section, text: Callable[[today.Item], str]) -> None:
        self.setTitle(f"{self.title_text} ({section.count:,})")
        self.list.clear()
        if not section.items:
            item = QListWidgetItem(self.empty)
            item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            return
        for entry in section.items:
            line = text(entry)
            item = QListWidgetItem(line)
            item.setData(ITEM_ROLE, entry)
            item.setToolTip(
                self.tr("{line}\nClick to open it where it can be fixed.").format(line=line)
            )
            if entry.urgent:
                item.setForeground(_brush(theme.tone("danger")))
            self.list.addItem(item)
        if section.count > len(section.items) and not self.summary_only:
            self.list.addItem(
                QListWidgetItem(
                    self.tr("… and {n} more").format(n=f"{section.count - len(section.items):,}")
                )
            )

    @Slot(QListWidgetItem)
    def _activated(self, item: QListWidgetItem) -> None:
        entry = item.data(ITEM_ROLE)
        if entry is not None:
            self.open_item(entry)


def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


class SectionGrid(QWidget):
    """The sections in as many columns (at most four) as the scroll area has room for."""

    def __init__(self, sections: list[Section], scroll: QScrollArea, parent=None) -> None:
        super().__init__(parent)
        self.sections, self.scroll = sections, scroll
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self._place(MOST_COLUMNS)
        scroll.installEventFilter(self)

    def _needed(self, columns: int) -> int:
        widths = [0] * columns
        for n, section in enumerate(self.sections):
            widths[n % columns] = max(widths[n % columns], section.minimumSizeHint().width())
        return sum(widths) + self.grid.horizontalSpacing() * (columns - 1)

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        for section in self.sections:
            self.grid.removeWidget(section)
        for n, section in enumerate(self.sections):
            self.grid.addWidget(section, n // columns, n % columns)
        for column in range(MOST_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.columns = columns

    def fit(self, room: int | None = None) -> None:
        """Re-lay the sections for ``room`` pixels (default: the scroll area's width
        less its frame, a vertical scroll bar and the page's margins)."""
        if room is None:
            scroll = self.scroll
            room = scroll.width() - 2 * scroll.frameWidth()
            room -= scroll.verticalScrollBar().sizeHint().width()
            page = scroll.widget().layout()
            if page is not None:
                margins = page.contentsMargins()
                room -= margins.left() + margins.right()
        columns = next((c for c in range(MOST_COLUMNS, 1, -1) if self._needed(c) <= room), 1)
        self._place(columns)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.scroll and event.type() == QEvent.Type.Resize:
            self.fit()
        return False
