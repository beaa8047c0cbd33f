"""Pick a canned reply by typing: search over titles, texts and categories, by language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
)

from shopkeeper.services import canned_replies
from shopkeeper.services.canned_replies import CannedReply


class CannedReplyPicker(QDialog):
    """Type to filter; Up/Down to move; Enter inserts the highlighted reply."""

    def __init__(self, replies: list[CannedReply], language: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert a canned reply"))
        self.resize(640, 420)
        self.replies = replies
        self.chosen: CannedReply | None = None
        self.search = QLineEdit(placeholderText=self.tr("Search canned replies…"))
        self.search.setClearButtonEnabled(True)
        self.language = QComboBox()
        for code, text in (
            ("", self.tr("All languages")),
            ("en", self.tr("English")),
            ("zh", self.tr("Chinese")),
        ):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.list = QListWidget()
        self.preview = QPlainTextEdit(readOnly=True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Insert"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.language)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setSizes([260, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.empty = QLabel(self.tr("No canned reply matches."))
        self.empty.hide()
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._fill)
        self.search.returnPressed.connect(self.accept)
        self.language.currentIndexChanged.connect(self._fill)
        self.list.currentItemChanged.connect(self._preview)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.search.installEventFilter(self)
        self._fill()

    def _fill(self) -> None:
        needle = self.search.text().strip().lower()
        language = self.language.currentData()
        self.list.clear()
        for reply in self.replies:
            if language and reply.language not in ("", language):
                continue
            haystack = f"{reply.title}\n{reply.body}\n{reply.category}".lower()
            if needle and needle not in haystack:
                continue
            label = f"{reply.category} · {reply.title}" if reply.category else reply.title
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, reply.id)
            self.list.addItem(item)
        if not self.replies:  # a new shop: say where replies come from
            self.empty.setText(
                self.tr(
                    "No canned replies yet. Write your first ones with Manage > "
                    "Canned replies… at the top of the Inbox."
                )
            )
        self.empty.setVisible(self.list.count() == 0)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.preview.clear()

    def _current(self) -> CannedReply | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.replies if r.id == wanted), None)

    def _preview(self, *_args) -> None:
        reply = self._current()
        self.preview.setPlainText(reply.body if reply else "")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # Up and Down in the search box move through the list, as in a command palette.
        from PySide6.QtCore import QEvent

        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = min(max(0, self.list.currentRow() + step), self.list.count() - 1)
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        self.chosen = self._current()
        if self.chosen is not None:
            super().accept()


def load_replies(db) -> list[CannedReply]:
    return canned_replies.all_replies(db)
