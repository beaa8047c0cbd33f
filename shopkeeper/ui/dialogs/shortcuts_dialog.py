"""Help > Keyboard shortcuts: generated from the real actions, so it never goes stale."""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


def plain_text(menu_text: str) -> str:
    """A menu text without its accelerator: "&Quit" -> "Quit", "退出(&Q)" -> "退出"."""
    return re.sub(r"\(&\w\)|&", "", menu_text)


def shortcut_rows(actions) -> list[tuple[str, str]]:
    """(action text, keys) for each action that has a shortcut, in menu order.

    The dialog and the README's shortcut table are both made from this, so the two
    always agree with the keys the app really uses (Redo is the platform's own key).
    """
    return [
        (plain_text(a.text()), a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        for a in actions
        if not a.shortcut().isEmpty()
    ]


def markdown_table(rows: list[tuple[str, str]]) -> str:
    lines = ["| action | keys |", "|---|---|"]
    lines += [f"| {text} | {keys} |" for text, keys in rows]
    return "\n".join(lines)


class ShortcutsDialog(QDialog):
    def __init__(self, actions, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(460, 480)
        rows = shortcut_rows(actions)
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, (text, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(text))
            table.setItem(row, 1, QTableWidgetItem(keys))
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
