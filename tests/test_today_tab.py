"""The Today tab lists what needs doing and opens each line where it can be fixed."""

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from shopkeeper.store import settings
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.today import TodayTab

NOW = dt.datetime(2026, 3, 4, 12, 0)


@pytest.fixture
def opened():
    return []


@pytest.fixture
def tab(qtbot, shop, runner, errors, opened):
    db = shop.db
    with db.conn:
        db.execute(
            "INSERT INTO orders(id, order_no, channel, placed_at, status) "
            "VALUES (7, 'TB-7', 'taobao', '2026-03-02T09:00:00', 'paid')"
        )
        db.execute(
            "INSERT INTO tickets(id, subject, status, created_at, due_at) "
            "VALUES (3, '尺码问题', 'open', '2026-03-04T08:00:00', '2026-03-04T10:00:00')"
        )
    settings.put(db, settings.SHIP_WITHIN_HOURS, "*=24")
    ctx = TabContext(
        shop, runner, QUndoStack(), errors, open_in_tab=lambda key, item: opened.append((key, item))
    )
    tab = TodayTab(ctx, now=lambda: NOW)
    ctx.notify_changed = tab.shop_changed  # what the window does for every tab
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.sections["ship"].list.item(0).text() != "Loading…")
    return tab


def test_late_orders_and_due_tickets_are_listed(tab):
    assert tab.sections["ship"].title() == "Orders to ship today or late (1)"
    assert "TB-7" in tab.sections["ship"].list.item(0).text()
    assert "尺码问题" in tab.sections["tickets"].list.item(0).text()


def test_clicking_a_line_opens_it_in_its_tab(tab, qtbot, opened):
    for key, expected in (("ship", ("orders", 7)), ("tickets", ("inbox", 3))):
        lst = tab.sections[key].list
        lst.itemActivated.emit(lst.item(0))
        assert opened[-1] == expected


def test_empty_sections_say_so(tab):
    assert tab.sections["promotions"].list.item(0).text() == (
        "No promotion starts or ends this week."
    )
    lst = tab.sections["promotions"].list
    lst.itemActivated.emit(lst.item(0))  # an empty line opens nothing


def test_this_week_without_a_target_says_so(tab):
    assert "no target set" in tab.week_text.text()


def test_ship_within_hours_change_the_list_and_undo(tab, qtbot, shop):
    """Giving every channel 72 hours takes order TB-7 (placed 2 March 09:00) off the list;
    undo puts it back."""
    tab.set_ship_within("*=72")
    qtbot.waitUntil(lambda: tab.sections["ship"].title() == "Orders to ship today or late (0)")
    tab.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.sections["ship"].title() == "Orders to ship today or late (1)")


def test_a_campaign_task_shows_in_the_chosen_language(qtbot, qapp):
    """Task titles are stored in English and shown through the CampaignTask translations."""
    from PySide6.QtCore import QCoreApplication

    from shopkeeper.services.today import Item
    from shopkeeper.ui.i18n import install_translators
    from shopkeeper.ui.tabs.today import TodayTab

    item = Item("promotions", 3, "Prepare the coupons", "2026-10-01", task=True, of="双11")
    app = QCoreApplication.instance()
    try:
        install_translators(app, "zh_CN")
        line = TodayTab._line(None, item)
    finally:
        install_translators(app, "en")
    assert "Prepare the coupons" not in line and "双11" in line and "2026-10-01" in line
