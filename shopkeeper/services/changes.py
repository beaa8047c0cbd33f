"""What a write changed: the rows before and after, over any number of tables.

Every write in ``services`` returns a ``Change``. The window's undo command only
wraps it, the change log stores it, and the tabs refresh on its ``tables``.
"""

from __future__ import annotations

ALL_TABLES = frozenset({"*"})  # "anything may have changed": a restore, a new shop
