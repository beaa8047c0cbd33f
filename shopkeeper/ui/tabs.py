"""The tabs of the main window, in order. Each takes a TabContext."""

from __future__ import annotations

TAB_CLASSES: list[type] = []
