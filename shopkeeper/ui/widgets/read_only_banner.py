"""A strip above the tabs saying the open shop is read-only, with the way out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from shopkeeper.ui.icons import icon
from shopkeeper.ui.theme import tone


class ReadOnlyBanner(QFrame):
    """Hidden unless the shop was opened read-only (a read-only disk or folder)."""

    save_copy_clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("readOnlyBanner")
        # A calm amber strip: a state to know about, not an error.
        self.setStyleSheet(
            f"#readOnlyBanner {{ background: {tone('notice_background')}; "
            f"border-bottom: 1px solid {tone('notice_border')}; }}"
            f"#readOnlyBanner QLabel {{ color: {tone('notice_text')}; }}"
        )
        mark = QLabel()
        mark.setPixmap(icon("warning").pixmap(18, 18))
        self.text = QLabel(
            self.tr(
                "This shop is read-only: its file or folder cannot be written. You can look "
                "and export, but changes cannot be saved. Save a copy somewhere you can write "
                "to, and work on the copy."
            )
        )
        self.text.setWordWrap(True)
        button = QPushButton(self.tr("Save a copy…"))
        button.clicked.connect(self.save_copy_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(mark)
        row.addWidget(self.text, 1)
        row.addWidget(button)
        self.hide()

    def show_for(self, shop) -> None:
        self.setVisible(bool(shop is not None and getattr(shop, "read_only", False)))
