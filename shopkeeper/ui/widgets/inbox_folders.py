"""The Inbox's left pane: folders by state, by kind and by tag, each with its count."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from shopkeeper.services.tickets import KINDS
from shopkeeper.services.tickets_query import STATE_FOLDERS
from shopkeeper.ui.ticket_labels import folder_label, kind_label

FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1


class InboxFolders(QTreeWidget):
    """Emits ``folder_changed(folder_id)``: a state ("open"), "kind:<kind>" or "tag:<tag>"."""

    folder_changed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setMinimumWidth(180)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.states = self._section(self.tr("Folders"))
        for folder in STATE_FOLDERS:
            self._add(self.states, folder, folder_label(folder))
        self.kinds = self._section(self.tr("Kinds"))
        for kind in KINDS:
            self._add(self.kinds, f"kind:{kind}", kind_label(kind))
        self.tags = self._section(self.tr("Tags"))
        self.expandAll()
        self.setCurrentItem(self.items["open"])
        self.currentItemChanged.connect(self._changed)

    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _add(self, parent: QTreeWidgetItem, folder: str, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, FOLDER_ROLE, folder)
        item.setData(0, Qt.ItemDataRole.UserRole, text)
        self.items[folder] = item
        return item

    def current_folder(self) -> str:
        item = self.currentItem()
        folder = item.data(0, FOLDER_ROLE) if item else None
        return folder or "open"

    def select(self, folder: str) -> None:
        if folder in self.items:
            self.setCurrentItem(self.items[folder])

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show the counts, and the tags in use (keeping the selected folder)."""
        current = self.current_folder()
        self.blockSignals(True)
        for folder in [f for f in self.items if f.startswith("tag:")]:
            self.tags.removeChild(self.items.pop(folder))
        for folder in sorted((f for f in counts if f.startswith("tag:")), key=str.casefold):
            self._add(self.tags, folder, folder[4:])
        for folder, item in self.items.items():
            text = item.data(0, Qt.ItemDataRole.UserRole)
            count = counts.get(folder, 0)
            item.setText(0, f"{text}  ({count:,})" if count else text)
            # At the 960 px window "Waiting on customer  (14)" is elided: hover shows it.
            item.setToolTip(0, item.text(0))
            if folder == "overdue":
                item.setForeground(0, Qt.GlobalColor.red if count else self.palette().text())
        self.tags.setHidden(self.tags.childCount() == 0)
        self.select(current if current in self.items else "open")
        self.blockSignals(False)

    def _changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is not None and current.data(0, FOLDER_ROLE):
            self.folder_changed.emit(current.data(0, FOLDER_ROLE))
