"""Undo and redo over the shop's change log.

Every edit in the app is a QUndoCommand pushed on the window's QUndoStack. Row
edits go through ``store.change_log`` so the database keeps a record of them too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from sqlite_utils import Database

from shopkeeper.store import change_log


class RowEditCommand(QUndoCommand):
    """Sets columns of one row; undo puts the old values back."""

    def __init__(
        self,
        db: Database,
        table: str,
        row_id: int,
        values: dict,
        text: str,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.db = db
        self.on_change = on_change
        before = change_log.read_values(db, table, row_id, list(values))
        self.change = change_log.RowChange(table, row_id, before, dict(values))

    def redo(self) -> None:
        change_log.apply(self.db, self.change, undo=False)
        if self.on_change:
            self.on_change()

    def undo(self) -> None:
        change_log.apply(self.db, self.change, undo=True)
        if self.on_change:
            self.on_change()


class CallbackCommand(QUndoCommand):
    """An edit described by a pair of functions (for changes that are not one row)."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()
