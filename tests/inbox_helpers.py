"""Shared by the Inbox layout tests: tickets from named customers, and the Inbox opened
in the main window at a given size."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from conftest import TICKETS_NOW as NOW
from PySide6.QtCore import QCoreApplication

from shopkeeper.services import tickets

NAMES = ["Nathan Nguyen", "王小明", "Sophia García", "Li"]


def add_named_tickets(shop, count: int, hours_old: Callable[[int], int]):
    """``count`` exchange requests, every seventh urgent, ticket n ``hours_old(n)`` hours
    old, each from a customer named from NAMES (Chinese and Latin names of every width)."""
    for n in range(count):
        tickets.create_ticket(
            shop.db,
            f"Exchange request for the linen shirt in size M, order {n}",
            body="Can I swap it?",
            kind="exchange",
            priority="urgent" if n % 7 == 0 else "normal",
            created_at=NOW - dt.timedelta(hours=hours_old(n)),
        )
        shop.db.execute(
            "INSERT INTO customers(name, created_at) VALUES (?, '2024-01-01')", [NAMES[n % 4]]
        )
        shop.db.execute(
            "UPDATE tickets SET customer_id = last_insert_rowid() WHERE id = ?", [n + 1]
        )
    shop.db.conn.commit()
    return shop


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def open_inbox_in_window(qtbot, window, shop, size, expected: int):
    """The Inbox in the main window, All folder, once its ``expected`` tickets are listed
    and the first is shown. At its 960×600 minimum the tab gets what is left of the
    window even when its panes ask for more."""
    window.set_shop(shop)
    window.resize(*size)
    window.show()
    window.open_in_tab("inbox")
    tab = window.tabs.currentWidget()
    assert window.width() == size[0]
    tab.folders.select("all")
    qtbot.waitUntil(lambda: tab.model.total() == expected and tab.current is not None)
    settle()
    return tab
