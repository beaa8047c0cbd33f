"""What every tab receives in its constructor, so a test can build one tab alone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QUndoStack

from shopkeeper.services.changes import Change
from shopkeeper.services.shop import Shop
from shopkeeper.ui.background import BackgroundRunner
from shopkeeper.ui.error_handler import ErrorHandler
from shopkeeper.ui.undo import ChangeCommand


def _nobody(_tables: frozenset) -> None:
    pass


@dataclass
class TabContext:
    shop: Shop
    runner: BackgroundRunner
    undo_stack: QUndoStack
    errors: ErrorHandler
    # The window's change signal; a tab built alone in a test gets a silent one.
    notify_changed: Callable[[frozenset], None] = field(default=_nobody)
    # Opens another tab at a given item (Today's links); set by the window.
    open_in_tab: Callable[[str, object], None] = field(default=lambda _tab, _item: None)

    def push_change(self, change: Change, text: str | None = None) -> None:
        """Put a change a service has written on the undo stack and announce it."""
        if change:
            self.undo_stack.push(ChangeCommand(self.shop.db, change, self.notify_changed, text))
