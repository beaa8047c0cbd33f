"""The tabs of the main window, in order. Each takes a TabContext."""

from __future__ import annotations

from shopkeeper.ui.orders_tab import OrdersTab

TAB_CLASSES: list[type] = [OrdersTab]
