"""Today's listing problems: the last check's count shows at once, the check runs again
only when what it reads changed."""

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from shopkeeper.services import today
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.today import TodayTab

NOW = dt.datetime(2026, 3, 4, 12, 0)
STAMP = "2026-01-01T00:00:00"


@pytest.fixture
def db(shop):
    db = shop.db
    with db.conn:
        db.execute(
            "INSERT INTO products(id, handle, title, created_at, updated_at) "
            "VALUES (1, 'mug', '马克杯', ?, ?)",
            [STAMP, STAMP],
        )
        db.execute("INSERT INTO variants(id, product_id, sku, price) VALUES (1, 1, 'MUG', 100)")
    return db


def test_a_check_keeps_its_count_for_the_next_opening(db):
    """Before any check there is nothing kept; after one, the same count and its time."""
    assert today.cached_listing_problems(db) is None
    checked = today.check_listing_problems(db, NOW)
    assert checked.section.count == 1  # the mug has no image, no barcode …
    kept = today.cached_listing_problems(db)
    assert kept.checked_at == "2026-03-04T12:00:00"
    assert kept.section.count == checked.section.count
    assert kept.section.items == checked.section.items


@pytest.fixture
def checks(monkeypatch):
    ran = []
    real = today.check_listing_problems

    def counted(db, now):
        ran.append(now)
        return real(db, now)

    monkeypatch.setattr(today, "check_listing_problems", counted)
    return ran


def make_tab(qtbot, shop, runner, errors):
    ctx = TabContext(shop, runner, QUndoStack(), errors)
    tab = TodayTab(ctx, now=lambda: NOW)
    ctx.notify_changed = tab.shop_changed
    qtbot.addWidget(tab)
    return tab


def problems_text(tab):
    box = tab.sections["listing_problems"]
    return [box.list.item(n).text() for n in range(box.list.count())]


def test_the_last_count_shows_while_the_listings_are_checked_again(
    qtbot, shop, db, runner, errors, checks, monkeypatch
):
    """Opening the tab shows the kept count, marked as being checked again."""
    today.check_listing_problems(db, NOW - dt.timedelta(hours=3))
    tab = make_tab(qtbot, shop, runner, errors)
    shown = []
    real = tab._show_problems
    monkeypatch.setattr(
        tab,
        "_show_problems",
        lambda c, checking: (shown.append(checking), real(c, checking=checking)),
    )
    tab.show()
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown == [True, False]
    assert tab.sections["listing_problems"].title() == "Listing problems (1)"
    assert problems_text(tab)[-1] == "Checked 2026-03-04 12:00"


def test_the_check_runs_again_only_after_a_listing_change(qtbot, shop, db, runner, errors, checks):
    """An order change reloads Today without checking 20,000 listings again; a variant
    change checks them."""
    tab = make_tab(qtbot, shop, runner, errors)
    tab.show()
    qtbot.waitUntil(lambda: len(checks) == 1)
    tab.ctx.notify_changed(frozenset({"orders"}))
    assert len(checks) == 1
    assert problems_text(tab)[-1] == "Checked 2026-03-04 12:00"
    tab.ctx.notify_changed(frozenset({"variants"}))
    assert len(checks) == 2


def test_a_read_only_shop_is_checked_without_keeping_the_count(db, shop_path):
    """A shop opened read-only still gets its count; nothing is written to it."""
    from shopkeeper.store.db import connect_read_only

    reader = connect_read_only(shop_path)
    try:
        checked = today.check_listing_problems(reader, NOW)
    finally:
        reader.conn.close()
    assert checked.section.count == 1
    assert today.cached_listing_problems(db) is None
