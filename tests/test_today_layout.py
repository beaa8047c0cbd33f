"""The Today tab fits the window: no sideways scrolling, long lines wrap whole."""

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QScrollArea

from shopkeeper.store import settings
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.today import TodayTab

NOW = dt.datetime(2026, 3, 4, 12, 0)
# The main window's smallest size less its menu, tab and status bars.
SMALLEST = (960, 530)
LONG_ORDER = "261129000204301597"  # a Taobao order number: 18 digits


def open_today(qtbot, shop, runner, errors, size):
    db = shop.db
    with db.conn:
        for n in range(6):
            db.execute(
                "INSERT INTO orders(order_no, channel, placed_at, status) "
                "VALUES (?, 'taobao', '2026-03-02T09:00:00', 'paid')",
                [f"{LONG_ORDER}{n}"],
            )
        db.execute(
            "INSERT INTO tickets(subject, status, created_at, due_at) "
            "VALUES (?, 'open', '2026-03-04T08:00', '2026-03-04T10:00')",
            ["有机棉连衣裙 男 秋冬 能送礼盒包装吗"],
        )
    settings.put(db, settings.SHIP_WITHIN_HOURS, "*=24")
    tab = TodayTab(TabContext(shop, runner, QUndoStack(), errors), now=lambda: NOW)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    qtbot.waitUntil(lambda: tab.sections["ship"].list.item(0).text() != "Loading…")
    return tab


def sideways(tab) -> int:
    QCoreApplication.sendPostedEvents()  # the pending re-layouts, then the scroll range
    QCoreApplication.processEvents()
    return tab.findChild(QScrollArea).horizontalScrollBar().maximum()


def rows_of_sections(tab) -> int:
    return len({section.y() for section in tab.sections.values()})


@pytest.mark.parametrize("code", ["en", "zh_CN"])
def test_smallest_window_needs_no_sideways_scrolling(
    qtbot, shop, runner, errors, ui_language, code
):
    """At 960×600, in English and Chinese, the tab fits its width (English titles are
    too wide for four sections a row, so they go three a row and the tab scrolls down)."""
    ui_language(code)
    tab = open_today(qtbot, shop, runner, errors, SMALLEST)
    assert sideways(tab) == 0
    assert rows_of_sections(tab) == (3 if code == "en" else 2)


def test_a_wide_window_keeps_four_sections_a_row(qtbot, shop, runner, errors):
    """At 1280×800 the eight sections stay in two rows of four."""
    tab = open_today(qtbot, shop, runner, errors, (1280, 730))
    assert sideways(tab) == 0
    assert rows_of_sections(tab) == 2


def test_a_long_line_wraps_whole_instead_of_losing_its_middle(qtbot, shop, runner, errors):
    """An 18-digit order number and its ship-by time are shown whole, on two lines."""
    tab = open_today(qtbot, shop, runner, errors, SMALLEST)
    lst = tab.sections["ship"].list
    item = lst.item(0)
    assert LONG_ORDER in item.text() and "ship by 03-03 09:00" in item.text()
    assert lst.visualItemRect(item).height() >= 2 * lst.fontMetrics().height()
