"""Undo and redo: the window's QUndoStack holds one command per service Change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from sqlite_utils import Database

from shopkeeper.services import changes
from shopkeeper.services.changes import Change


class ChangeCommand(QUndoCommand):
    """Wraps a Change that a service has already written.

    QUndoStack.push calls redo() at once; the first call only announces the change,
    later ones write it again. ``notify`` gets the changed tables after every step."""

    def __init__(
        self,
        db: Database,
        change: Change,
        notify: Callable[[frozenset], None],
        text: str | None = None,
    ) -> None:
        super().__init__(text or change.text)
        self.db, self.change, self.notify = db, change, notify
        self._written = True

    def redo(self) -> None:
        if not self._written:
            changes.redo(self.db, self.change)
        self._written = False
        self.notify(self.change.tables)

    def undo(self) -> None:
        changes.undo(self.db, self.change)
        self.notify(self.change.tables)


class CallbackCommand(QUndoCommand):
    """An edit described by a pair of functions (for changes that are not rows)."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()
