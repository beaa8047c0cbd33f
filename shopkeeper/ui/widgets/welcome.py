"""Shown when no shop is open: two clear ways forward, never an empty window."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePanel(QWidget):
    new_clicked = Signal()
    open_clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        title = QLabel(self.tr("No shop is open"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        hint = QLabel(self.tr(
            "Create a new shop file, or open one you already have. "
            "Each shop is a single file you can back up or move."))
        hint.setWordWrap(True)
        new_button = QPushButton(self.tr("New shop…"))
        open_button = QPushButton(self.tr("Open shop…"))
        new_button.clicked.connect(self.new_clicked)
        open_button.clicked.connect(self.open_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(new_button)
        buttons.addWidget(open_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        for widget in (title, hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch()
        self.setMaximumWidth(10_000)
