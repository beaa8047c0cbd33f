"""Shown when no shop is open: clear ways forward, never an empty window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePanel(QWidget):
    new_clicked = Signal()
    open_clicked = Signal()
    demo_clicked = Signal()
    recent_clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        title = QLabel(self.tr("No shop is open"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        hint = QLabel(self.tr(
            "Create a new shop file, or open one you already have. "
            "Each shop is a single file you can back up or move."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for text, signal in ((self.tr("New shop…"), self.new_clicked),
                             (self.tr("Open shop…"), self.open_clicked),
                             (self.tr("Try a demo shop"), self.demo_clicked)):
            button = QPushButton(text)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addStretch()
        self.recent_title = QLabel(self.tr("Recently opened"))
        self.recent_title.setStyleSheet("font-weight: 600; margin-top: 18px;")
        self.recent_box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addStretch()
        for widget in (title, hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.recent_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.recent_title)
        layout.addLayout(self.recent_box)
        layout.addStretch()
        self.set_recent([])

    def set_recent(self, shops: list[str]) -> None:
        """One link-like button per recent shop: its name, and the folder it lives in."""
        while self.recent_box.count():
            self.recent_box.takeAt(0).widget().deleteLater()
        for text in shops[:5]:
            path = Path(text)
            button = QPushButton(f"{path.name}   —   {path.parent}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("color: palette(link); text-align: center;")
            button.clicked.connect(lambda _c=False, t=text: self.recent_clicked.emit(t))
            self.recent_box.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.recent_title.setVisible(bool(shops))
