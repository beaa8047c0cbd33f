"""The tabs of the main window, in order (Ctrl+1 … follow it). One line per tab."""

from __future__ import annotations

from shopkeeper.ui.tabs.base import ShopTab
from shopkeeper.ui.tabs.inbox import InboxTab
from shopkeeper.ui.tabs.kpis import KpisTab
from shopkeeper.ui.tabs.listings import ListingsTab
from shopkeeper.ui.tabs.orders import OrdersTab
from shopkeeper.ui.tabs.promotions import PromotionsTab
from shopkeeper.ui.tabs.today import TodayTab

TAB_CLASSES: list[type[ShopTab]] = [
    TodayTab,
    ListingsTab,
    PromotionsTab,
    InboxTab,
    OrdersTab,
    KpisTab,
]
