"""Where the seller writes an answer: canned replies, variables checked before copying.

The app sends nothing. "Copy reply" fills the variables, refuses an empty reply or
one with variables it cannot fill (shown below the text as you type), copies the
finished text to the clipboard for pasting into the platform's chat, and records it
in the thread. "Add note" records an internal note that the customer never sees.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services import canned_replies
from shopkeeper.services.canned_replies import Filled
from shopkeeper.ui.ticket_labels import status_label
from shopkeeper.ui.widgets.flow_layout import FlowLayout

INSERT_SHORTCUT = QKeySequence("Ctrl+K")
COPY_SHORTCUT = QKeySequence("Ctrl+Return")
NOTE_SHORTCUT = QKeySequence("Ctrl+Shift+Return")


class _Editor(QPlainTextEdit):
    """Asks for three lines (its minimum), so a short window shares its height between
    the thread and the reply instead of giving the empty editor 150 px first."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), self.minimumHeight())


class ReplyBox(QWidget):
    """Signals: ``insert_requested`` (open the canned replies), ``copy_requested``
    (the reply is ready to copy and record), ``note_requested``."""

    insert_requested = Signal()
    copy_requested = Signal()
    note_requested = Signal()
    customer_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.values: dict[str, str | None] = {}
        self.editor = _Editor()
        self.editor.setPlaceholderText(
            self.tr(
                "Write a reply, or press Ctrl+K for a canned reply. "
                "Ctrl+Enter copies it for the platform's chat."
            )
        )
        self.editor.setMaximumHeight(150)
        self.editor.setMinimumHeight(3 * self.editor.fontMetrics().lineSpacing() + 12)
        self.editor.textChanged.connect(self.check)
        self.warning = QLabel(wordWrap=True)
        self.warning.setStyleSheet("color: #b42318;")
        self.warning.hide()
        self.canned = QPushButton(self.tr("Canned reply…"))
        self.canned.setToolTip(self.tr("Insert a canned reply (Ctrl+K)"))
        self.canned.clicked.connect(self.insert_requested)
        self.then = QComboBox()
        self.then.setToolTip(self.tr("The ticket's state after your reply"))
        for status in ("waiting", "open", "resolved"):
            self.then.addItem(self.tr("then: {state}").format(state=status_label(status)), status)
        self.note = QPushButton(self.tr("Add note"))
        self.note.setToolTip(
            self.tr("An internal note; the customer never sees it (Ctrl+Shift+Enter)")
        )
        self.note.clicked.connect(self.note_requested)
        self.incoming = QPushButton(self.tr("Customer wrote"))
        self.incoming.setToolTip(
            self.tr(
                "Keep the text as the customer's message (pasted from "
                "the platform's chat) instead of a reply"
            )
        )
        self.incoming.clicked.connect(self.customer_requested)
        self.copy = QPushButton(self.tr("Copy reply"))
        self.copy.setDefault(True)
        self.copy.setToolTip(
            self.tr(
                "Copy the finished reply to paste into the platform's "
                "chat, and keep it in the thread (Ctrl+Enter)"
            )
        )
        self.copy.clicked.connect(self.copy_requested)
        for sequence, signal in (
            (INSERT_SHORTCUT, self.insert_requested),
            (COPY_SHORTCUT, self.copy_requested),
            (NOTE_SHORTCUT, self.note_requested),
        ):
            action = QAction(self)
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(signal)
            self.addAction(action)
        # Short rows that wrap keep the pane narrow enough for the ticket list beside it,
        # with every button's text whole.
        tools = FlowLayout()
        tools.addWidget(self.canned)
        tools.addWidget(self.incoming)
        tools.addWidget(self.note)
        send = FlowLayout(right=True)
        send.addWidget(self.then)
        send.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.warning)
        layout.addLayout(tools)
        layout.addLayout(send)

    def set_values(self, values: dict[str, str | None]) -> None:
        """What the variables mean for the ticket now shown."""
        self.values = values
        self.check()

    def insert(self, body: str) -> None:
        """Put a canned reply's text at the cursor, its variables filled where possible."""
        self.editor.insertPlainText(self.fill(body).text)
        self.editor.setFocus()

    def fill(self, body: str) -> Filled:
        try:
            return canned_replies.fill(body, self.values)
        except canned_replies.ReplyRejected:
            return Filled(body, (), ())

    def text(self) -> str:
        return self.editor.toPlainText()

    def clear(self) -> None:
        self.editor.clear()

    def check(self) -> Filled | None:
        """Show what stops the reply from being copied: unknown or unfillable variables."""
        try:
            filled = canned_replies.fill(self.text(), self.values)
        except canned_replies.ReplyRejected:
            self._warn(self.tr("A brace has no partner: write variables as {order_no}."))
            return None
        problems = []
        if filled.unknown:
            problems.append(
                self.tr("Unknown variable: {names}").format(
                    names=", ".join("{" + n + "}" for n in filled.unknown)
                )
            )
        if filled.missing:
            problems.append(
                self.tr("Nothing to fill in for: {names}").format(
                    names=", ".join("{" + n + "}" for n in filled.missing)
                )
            )
        self._warn(" · ".join(problems))
        return filled

    def _warn(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))
