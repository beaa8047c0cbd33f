"""What a table shows instead of nothing: a headline and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.headline = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        self.hint = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        for label in (self.headline, self.hint):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(2)

    def set_message(self, headline: str, hint: str = "") -> None:
        self.headline.setText(headline)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))


class TableOrEmpty(QStackedWidget):
    """A table, or the empty state in its place when the table has no rows."""

    def __init__(self, table: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.table, self.empty = table, EmptyState()
        self.addWidget(table)
        self.addWidget(self.empty)

    def show_table(self) -> None:
        self.setCurrentWidget(self.table)

    def show_empty(self, headline: str, hint: str = "") -> None:
        self.empty.set_message(headline, hint)
        self.setCurrentWidget(self.empty)

    @property
    def showing_empty(self) -> bool:
        return self.currentWidget() is self.empty
