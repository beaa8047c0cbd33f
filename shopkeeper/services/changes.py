"""What a write changed: the rows before and after, over any number of tables.

Every write in ``services`` returns a ``Change``. The window's undo command only
wraps it (``ui/undo.py``), the change log stores it, and the tabs refresh on its
``tables``. A service writes like this::

    from shopkeeper.services.changes import recording

    def set_stock(db, variant_id, stock) -> Change:
        with recording(db, "Set stock") as rec:
            rec.update("variants", variant_id, {"stock": stock})
        return rec.change

``rec.update_many``, ``rec.insert`` and ``rec.delete_many`` cover bulk edits, new
rows and deletions; the whole block is one transaction and one undo step.
"""

from __future__ import annotations

from shopkeeper.store.change_log import Change, Recorder, RowChange, history, load, recording
from shopkeeper.store.change_log import redo as _redo
from shopkeeper.store.change_log import undo as _undo

ALL_TABLES = frozenset({"*"})  # "anything may have changed": a restore, a new shop

__all__ = [
    "ALL_TABLES",
    "Change",
    "Recorder",
    "RowChange",
    "history",
    "load",
    "recording",
    "redo",
    "touches",
    "undo",
]


def undo(db, change: Change) -> Change:
    """Put back every row ``change`` wrote; one transaction."""
    return _undo(db, change)


def redo(db, change: Change) -> Change:
    """Write ``change`` again after it was undone; one transaction."""
    return _redo(db, change)


def touches(changed: frozenset[str], tables: frozenset[str]) -> bool:
    """Whether a change to ``changed`` concerns something that shows ``tables``."""
    return changed is ALL_TABLES or "*" in changed or bool(changed & tables)
