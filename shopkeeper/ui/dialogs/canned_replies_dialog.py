"""Manage canned replies: add, change and delete them, each in a category and a language.

Every save and delete is one undoable step (the dialog hands the Changes to the tab).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import UserError
from shopkeeper.services import canned_replies
from shopkeeper.ui.i18n import user_message


class CannedRepliesDialog(QDialog):
    def __init__(self, db, push_change, parent=None) -> None:
        super().__init__(parent)
        self.db, self.push_change = db, push_change
        self.setWindowTitle(self.tr("Canned replies"))
        self.resize(760, 460)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._show)
        self.title = QLineEdit()
        self.category = QComboBox(editable=True)
        self.language = QComboBox()
        for code, text in (
            ("", self.tr("Any language")),
            ("en", self.tr("English")),
            ("zh", self.tr("Chinese")),
        ):
            self.language.addItem(text, code)
        self.body = QPlainTextEdit()
        variables = ", ".join("{" + v + "}" for v in canned_replies.VARIABLES)
        hint = QLabel(self.tr("Variables: {names}").format(names=variables), wordWrap=True)
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color: #b42318;")
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Text:"), self.body)
        form.addRow(hint)
        form.addRow(self.problem)
        new = QPushButton(self.tr("New"))
        new.clicked.connect(self._new)
        self.delete = QPushButton(self.tr("Delete"))
        self.delete.clicked.connect(self._delete)
        save = QPushButton(self.tr("Save"))
        save.setDefault(True)
        save.clicked.connect(self._save)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(self.delete)
        row.addStretch(1)
        row.addWidget(save)
        right = QVBoxLayout()
        right.addWidget(form_box, 1)
        right.addLayout(row)
        top = QHBoxLayout()
        top.addWidget(self.list, 2)
        top.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(close)
        self._fill()

    def _fill(self, select: int | None = None) -> None:
        self.replies = canned_replies.all_replies(self.db)
        self.category.clear()
        self.category.addItems(canned_replies.categories(self.db))
        self.list.clear()
        for reply in self.replies:
            label = f"{reply.category} · {reply.title}" if reply.category else reply.title
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, reply.id)
            self.list.addItem(item)
            if reply.id == select:
                self.list.setCurrentItem(item)
        if select is None:
            self._new()

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self, *_args) -> None:
        reply = next((r for r in self.replies if r.id == self._current_id()), None)
        self.delete.setEnabled(reply is not None)
        self.problem.clear()
        if reply is None:
            return
        self.title.setText(reply.title)
        self.category.setCurrentText(reply.category)
        self.language.setCurrentIndex(max(0, self.language.findData(reply.language)))
        self.body.setPlainText(reply.body)

    def _new(self) -> None:
        self.list.setCurrentItem(None)
        for widget in (self.title, self.body):
            widget.clear()
        self.category.setCurrentText("")
        self.delete.setEnabled(False)
        self.title.setFocus()

    def _save(self) -> None:
        try:
            reply_id, change = canned_replies.save(
                self.db,
                self.title.text(),
                self.body.toPlainText(),
                category=self.category.currentText(),
                language=self.language.currentData(),
                reply_id=self._current_id(),
            )
        except UserError as exc:
            self.problem.setText(user_message(exc))
            return
        self.push_change(
            change, self.tr("Save canned reply “{title}”").format(title=self.title.text().strip())
        )
        self._fill(select=reply_id)

    def _delete(self) -> None:
        reply_id = self._current_id()
        if reply_id is None:
            return
        change = canned_replies.delete(self.db, reply_id)
        self.push_change(change, self.tr("Delete canned reply"))
        self._fill()
