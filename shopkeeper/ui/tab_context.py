"""What every tab receives in its constructor, so a test can build one tab alone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from shopkeeper.services.shop import Shop
from shopkeeper.ui.background import BackgroundRunner
from shopkeeper.ui.error_handler import ErrorHandler


@dataclass
class TabContext:
    shop: Shop
    runner: BackgroundRunner
    undo_stack: QUndoStack
    errors: ErrorHandler
