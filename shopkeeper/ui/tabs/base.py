"""The tab contract: what every tab of the main window is and does.

A tab is a ``ShopTab`` subclass in its own file in ``ui/tabs/``, listed once in
``ui/tabs/__init__.py``. It declares:

- ``key`` (stable id, e.g. "orders", used by Today's links and saved settings),
  ``icon_name`` (``ui/icons.py``) and ``tables`` (the shop tables it shows);
- its title with ``setWindowTitle(self.tr(...))`` in the constructor;
- ``refresh()``: (re)load what it shows, in the background (``self.ctx.runner``);
- ``set_editable(editable)`` when it writes: turn its writing actions off on a shop
  opened read-only (``self.read_only``), so nothing offers an edit that would fail.

The constructor only builds widgets and never queries the shop: a tab loads the
first time it is shown, and after a change to one of its tables it reloads at once
if visible, or is marked stale and reloads when next shown. So opening a shop
queries only the visible tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from shopkeeper.services.changes import touches
from shopkeeper.ui.tab_context import TabContext


class ShopTab(QWidget):
    key: str = ""
    icon_name: str = ""
    tables: frozenset[str] = frozenset()

    def __init__(self, ctx: TabContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.stale = True  # nothing loaded yet
        self.search_box: QLineEdit | None = None  # what Edit > Find focuses

    # -- what a tab implements -------------------------------------------------
    def refresh(self) -> None:
        """Load (again) what the tab shows; long queries go to ``self.ctx.runner``."""
        raise NotImplementedError

    def open_item(self, item: object) -> None:
        """Show one item (an order id, a SKU …) that another tab links to."""

    def set_editable(self, editable: bool) -> None:
        """Enable or disable every action that writes to the shop.

        Called before the tab first shows and whenever it is shown again, with
        ``not self.read_only``. A tab that enables actions per selection also checks
        ``self.read_only`` there, so a new selection does not turn them back on.
        """

    @property
    def read_only(self) -> bool:
        """True when the shop is opened read-only (a read-only disk, ``--selftest``)."""
        return bool(getattr(self.ctx.shop, "read_only", False))

    # -- what the window calls -------------------------------------------------
    def focus_search(self) -> None:
        if self.search_box is not None:
            self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_box.selectAll()

    def shop_changed(self, tables: frozenset[str]) -> None:
        """A write changed ``tables``: reload now if visible, else when next shown."""
        if not touches(tables, self.tables):
            return
        if self.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.set_editable(not self.read_only)
        if self.stale:
            self.stale = False
            self.refresh()
