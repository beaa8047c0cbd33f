"""The Inbox ticket list's columns: the subject takes the spare width, the rest fit."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TICKETS_NOW as NOW
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView

from shopkeeper.services import tickets
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.inbox import InboxTab
from shopkeeper.ui.tabs.inbox_layout import SUBJECT_COLUMN

pytestmark = pytest.mark.usefixtures("tickets_now")

NAMES = ["Nathan Nguyen", "王小明", "Sophia García", "Li"]


@pytest.fixture
def filled(shop):
    for n in range(40):
        tickets.create_ticket(
            shop.db,
            f"Exchange request for the linen shirt in size M, order {n}",
            body="Can I swap it?",
            kind="exchange",
            priority="urgent" if n % 7 == 0 else "normal",
            created_at=NOW - dt.timedelta(hours=20 + n),
        )
        shop.db.execute(
            "INSERT INTO customers(name, created_at) VALUES (?, '2024-01-01')", [NAMES[n % 4]]
        )
        shop.db.execute(
            "UPDATE tickets SET customer_id = last_insert_rowid() WHERE id = ?", [n + 1]
        )
    shop.db.conn.commit()
    return shop


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
