"""The Inbox ticket list at the smallest window and a common one, in the main window:
at 960×600 the columns that matter less step aside instead of the list scrolling
sideways (the subject and the due time stay, an overdue one red); at 1280×800 every
column shows. The header's menu shows or hides a column for good."""

from __future__ import annotations

import pytest
from conftest import TICKETS_NOW as NOW
from inbox_helpers import add_named_tickets, open_inbox_in_window, settle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from shopkeeper.services import ticket_due
from shopkeeper.services.shop import open_shop
from shopkeeper.ui.models.row_table_model import ROW_ROLE
from shopkeeper.ui.tabs.inbox import InboxTab
from shopkeeper.ui.tabs.inbox_layout import (
    AGE_COLUMN,
    CUSTOMER_COLUMN,
    DUE_COLUMN,
    PRIORITY_COLUMN,
    SUBJECT_COLUMN,
)

pytestmark = pytest.mark.usefixtures("tickets_now")


@pytest.fixture
def filled(shop):
    """Thirty tickets from named customers, some urgent, the older ones overdue."""
    return add_named_tickets(shop, 30, lambda n: 1 + 3 * n)


def open_inbox(qtbot, window, shop, size) -> InboxTab:
    return open_inbox_in_window(qtbot, window, shop, size, expected=30)


def reopen(qtbot, window, shop_path, size) -> InboxTab:
    """The shop closed and opened again: the Inbox built anew, from what it remembered."""
    window.set_shop(None)
    return open_inbox(qtbot, window, open_shop(shop_path), size)


def shown(tab: InboxTab) -> list[int]:
    header = tab.table.horizontalHeader()
    return [c for c in range(header.count()) if not header.isSectionHidden(c)]


def on_screen(tab: InboxTab, column: int) -> bool:
    """The whole column is inside the list, without scrolling."""
    table, header = tab.table, tab.table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return (
        not header.isSectionHidden(column)
        and left >= 0
        and left + header.sectionSize(column) <= table.viewport().width()
    )


def fits(tab: InboxTab) -> bool:
    """No sideways scrolling: every shown column is inside the list."""
    table = tab.table
    return table.horizontalScrollBar().maximum() == 0 and all(on_screen(tab, c) for c in shown(tab))


def overdue_row(tab: InboxTab) -> int:
    """The first ticket past its due time among the rows on screen."""
    stamp = ticket_due.iso(NOW)
    return next(
        row
        for row in range(tab.table.rowAt(tab.table.viewport().height() - 1))
        if tab.model.index(row, 0).data(ROW_ROLE).due_at < stamp
    )


@pytest.mark.parametrize("code", ["en", "zh_CN"])
def test_at_960_the_list_needs_no_sideways_scrolling(qtbot, window, filled, ui_language, code):
    """At the 960×600 minimum the subject and the due time show whole, an overdue ticket's
    due time in red, and nothing is hidden past the list's right edge."""
    ui_language(code)
    tab = open_inbox(qtbot, window, filled, (960, 600))
    assert fits(tab)
    assert on_screen(tab, SUBJECT_COLUMN) and on_screen(tab, DUE_COLUMN)
    header = tab.table.horizontalHeader()
    assert header.sectionSize(SUBJECT_COLUMN) >= 90  # the subject's first words
    assert header.sectionSize(DUE_COLUMN) >= tab.table.sizeHintForColumn(DUE_COLUMN)
    red = tab.model.index(overdue_row(tab), DUE_COLUMN).data(Qt.ItemDataRole.ForegroundRole)
    assert QColor(red).red() > 150 and QColor(red).green() < 80


@pytest.mark.parametrize("code", ["en", "zh_CN"])
def test_at_1280_every_column_shows(qtbot, window, filled, ui_language, code):
    """At 1280×800 all six columns show, each whole, still without sideways scrolling."""
    ui_language(code)
    tab = open_inbox(qtbot, window, filled, (1280, 800))
    assert shown(tab) == list(range(6))
    assert fits(tab)


def test_columns_come_back_when_the_window_widens(qtbot, window, filled):
    """Widening the window brings the left-out columns back; narrowing leaves them out
    again; a sort picked in between is kept."""
    tab = open_inbox(qtbot, window, filled, (960, 600))
    narrow = shown(tab)
    assert PRIORITY_COLUMN not in narrow
    window.resize(1280, 800)
    settle()
    assert shown(tab) == list(range(6))
    header = tab.table.horizontalHeader()
    due = QPoint(header.sectionViewportPosition(DUE_COLUMN) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=due)
    assert tab.sort[0] == "due_at"
    window.resize(960, 600)
    settle()
    assert shown(tab) == narrow and fits(tab)
    assert tab.sort[0] == "due_at"
    assert header.sortIndicatorSection() == DUE_COLUMN


def test_the_header_menu_shows_or_hides_a_column_for_good(qtbot, window, filled, shop_path):
    """Ticking the customer at 960 keeps it there; unticking the age hides it at 1280 too;
    both are remembered the next time, and "Reset columns" fits the width again."""
    tab = open_inbox(qtbot, window, filled, (960, 600))
    actions = {a.text(): a for a in tab.table.narrow.column_menu().actions()}
    assert not actions["Customer"].isChecked()
    assert not actions["Subject"].isEnabled()  # the subject always shows
    actions["Customer"].trigger()
    actions["Age"].setChecked(True)
    actions["Age"].trigger()  # off again
    settle()
    assert CUSTOMER_COLUMN in shown(tab) and AGE_COLUMN not in shown(tab)
    again = reopen(qtbot, window, shop_path, (1280, 800))
    assert CUSTOMER_COLUMN in shown(again) and AGE_COLUMN not in shown(again)
    menu = again.table.narrow.column_menu()
    next(a for a in menu.actions() if a.text() == "Reset columns").trigger()
    settle()
    assert shown(again) == list(range(6))


def test_a_layout_saved_narrow_does_not_hide_columns_when_wide(qtbot, window, filled, shop_path):
    """The header's remembered state, saved while the list was narrow, keeps its column
    order but does not keep the left-out columns hidden in a wide window."""
    tab = open_inbox(qtbot, window, filled, (960, 600))
    header = tab.table.horizontalHeader()
    header.moveSection(header.visualIndex(DUE_COLUMN), 2)
    tab.table.save_columns()
    again = reopen(qtbot, window, shop_path, (1280, 800))
    assert shown(again) == list(range(6))
    assert again.table.horizontalHeader().visualIndex(DUE_COLUMN) == 2
