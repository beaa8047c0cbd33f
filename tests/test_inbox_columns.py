"""The Inbox ticket list's columns: the subject takes the spare width, the rest fit."""

from __future__ import annotations

import pytest
from inbox_helpers import add_named_tickets
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView

from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.inbox import InboxTab
from shopkeeper.ui.tabs.inbox_layout import SUBJECT_COLUMN

pytestmark = pytest.mark.usefixtures("tickets_now")


@pytest.fixture
def filled(shop):
    return add_named_tickets(shop, 40, lambda n: 20 + n)


def open_inbox(qtbot, shop, runner, errors, width, height):
    tab = InboxTab(TabContext(shop, runner, QUndoStack(), errors))
    qtbot.addWidget(tab)
    tab.resize(width, height)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.total() == 40)
    tab.folders.select("all")
    qtbot.waitUntil(lambda: tab.table.horizontalHeader().sectionSize(SUBJECT_COLUMN) > 40)
    return tab


def widths(tab) -> list[int]:
    header = tab.table.horizontalHeader()
    return [header.sectionSize(c) for c in range(header.count())]


def test_subject_takes_the_spare_width_at_1280(qtbot, filled, runner, errors):
    """At 1280 px the subject is the widest column, every other column shows its longest
    cell whole ("overdue 1 d", "Nathan Nguyen"), and the list needs no sideways scrolling."""
    tab = open_inbox(qtbot, filled, runner, errors, 1280, 800)
    table, sizes = tab.table, widths(tab)
    assert sizes[SUBJECT_COLUMN] == max(sizes) and sizes[SUBJECT_COLUMN] >= 100
    for column, size in enumerate(sizes):
        if column != SUBJECT_COLUMN:
            assert size >= table.sizeHintForColumn(column), column
    assert table.horizontalScrollBar().maximum() == 0


def test_a_remembered_narrow_subject_does_not_come_back(qtbot, filled, runner, errors):
    """Column widths saved by an older version (subject squeezed to 40 px) are not restored:
    the subject stretches again; the columns' order is still remembered."""
    first = open_inbox(qtbot, filled, runner, errors, 1280, 800)
    header = first.table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.resizeSection(SUBJECT_COLUMN, 40)
    header.moveSection(5, 2)  # priority before the customer
    first.table.save_columns()
    again = open_inbox(qtbot, filled, runner, errors, 1280, 800)
    assert widths(again)[SUBJECT_COLUMN] >= 100
    assert again.table.horizontalHeader().visualIndex(5) == 2


def test_the_list_is_usable_at_the_smallest_window(qtbot, filled, runner, errors):
    """At 960×600, the main window's minimum, the subject still shows its first words."""
    tab = open_inbox(qtbot, filled, runner, errors, 960, 600)
    assert widths(tab)[SUBJECT_COLUMN] >= 80
