"""Edit > Undo history…: the session's undoable steps, newest last (Qt's QUndoView)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QUndoView, QVBoxLayout


class UndoHistoryDialog(QDialog):
    def __init__(self, stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Undo history"))
        self.resize(460, 420)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Click a step to go back to just after it. Later steps stay "
                "here until you make a new edit."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.view = QUndoView(stack)
        self.view.setEmptyLabel(self.tr("The shop as it was opened"))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
