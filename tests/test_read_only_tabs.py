"""A shop opened read-only: every tab shows its data but offers no edit that would fail."""

import shutil

import pytest
from PySide6.QtGui import QUndoStack

from shopkeeper.services.demo import generate_demo
from shopkeeper.services.shop import open_shop, open_shop_read_only
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.inbox import InboxTab
from shopkeeper.ui.tabs.kpis import KpisTab
from shopkeeper.ui.tabs.listings import ListingsTab
from shopkeeper.ui.tabs.orders import OrdersTab
from shopkeeper.ui.tabs.promotions import PromotionsTab
from shopkeeper.ui.tabs.today import TodayTab


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One small demo shop, made once: read-only tests only read it."""
    path = tmp_path_factory.mktemp("demo") / "demo.shop.db"
    shop = open_shop(path, backups_root=path.parent / "backups")
    generate_demo(shop.db, scale="small")
    shop.close()
    return path


@pytest.fixture(params=["read_only", "writable"])
def demo_shop(request, demo_file, tmp_path):
    if request.param == "read_only":
        opened = open_shop_read_only(demo_file, backups_root=tmp_path / "backups")
    else:
        copy = tmp_path / "copy.shop.db"
        shutil.copy(demo_file, copy)
        opened = open_shop(copy, backups_root=tmp_path / "backups")
    yield opened
    opened.close()


def show(qtbot, tab_class, shop, runner, errors):
    tab = tab_class(TabContext(shop, runner, QUndoStack(), errors))
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def select_first_row(qtbot, tab):
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    tab.table.selectRow(0)


def orders_writers(qtbot, tab):
    select_first_row(qtbot, tab)
    assert tab.detail is not None
    return list(tab.status_actions.values())


def inbox_writers(qtbot, tab):
    tab.folders.select("all")
    select_first_row(qtbot, tab)
    assert tab.current is not None
    return [tab.manage_button, tab.status_box, tab.tags, tab.reply, tab.buttons["resolve"]]


def promotions_writers(qtbot, tab):
    return list(tab.actions.writers)


def today_writers(qtbot, tab):
    return [tab.ship_hours]


def kpis_writers(qtbot, tab):
    return [tab.targets_panel.set_button, tab.ab_panel.add_button]


def listings_writers(qtbot, tab):
    select_first_row(qtbot, tab)
    return [tab.new_action, tab.settings_action, tab.templates_button, tab.bulk_action]


WRITERS = {
    ListingsTab: listings_writers,
    OrdersTab: orders_writers,
    InboxTab: inbox_writers,
    PromotionsTab: promotions_writers,
    TodayTab: today_writers,
    KpisTab: kpis_writers,
}


@pytest.mark.parametrize("tab_class", list(WRITERS), ids=lambda c: c.__name__)
def test_read_only_shop_disables_the_tabs_writing_actions(
    qtbot, demo_shop, runner, errors, tab_class
):
    """On a read-only shop a tab's edit buttons are greyed out; on a writable one they work."""
    tab = show(qtbot, tab_class, demo_shop, runner, errors)
    writers = WRITERS[tab_class](qtbot, tab)
    assert writers
    enabled = [w.isEnabled() for w in writers]
    assert tab.read_only is demo_shop.read_only
    if demo_shop.read_only:
        assert not any(enabled)
    else:
        assert any(enabled)
    assert not errors.shown


def test_read_only_orders_status_change_writes_nothing(qtbot, demo_file, runner, errors, tmp_path):
    """Asking a read-only shop's order to change status (a menu key, a script) does nothing."""
    shop = open_shop_read_only(demo_file, backups_root=tmp_path / "backups")
    try:
        tab = show(qtbot, OrdersTab, shop, runner, errors)
        select_first_row(qtbot, tab)
        before = tab.detail.status
        for status in tab.status_actions:
            tab.change_status(status)
        assert (
            shop.db.execute("SELECT status FROM orders WHERE id = ?", [tab.detail.id]).fetchone()[0]
            == before
        )
        assert not errors.shown
    finally:
        shop.close()


def test_read_only_promotion_drag_moves_nothing(qtbot, demo_file, runner, errors, tmp_path):
    """Dragging a promotion's bar on a read-only shop leaves its dates as they were."""
    import datetime as dt

    shop = open_shop_read_only(demo_file, backups_root=tmp_path / "backups")
    try:
        tab = show(qtbot, PromotionsTab, shop, runner, errors)
        row = shop.db.execute("SELECT id, starts_at, ends_at FROM promotions LIMIT 1").fetchone()
        tab.move_promotion(row[0], dt.date(2030, 1, 1), dt.date(2030, 1, 2))
        after = shop.db.execute(
            "SELECT starts_at, ends_at FROM promotions WHERE id = ?", [row[0]]
        ).fetchone()
        assert tuple(after) == (row[1], row[2])
        assert not errors.shown
    finally:
        shop.close()


def test_read_only_shop_greys_out_import_restore_and_settings(window, demo_file, tmp_path):
    """File > Import…, Restore… and Shop settings… would write: off on a read-only shop,
    while Export… and Back up now still work."""
    enabled = {}
    for read_only in (True, False):
        if read_only:
            shop = open_shop_read_only(demo_file, backups_root=tmp_path / "backups")
        else:
            copy = tmp_path / "writable.shop.db"
            shutil.copy(demo_file, copy)
            shop = open_shop(copy, backups_root=tmp_path / "backups")
        window.set_shop(shop)
        enabled[read_only] = {
            a.text().replace("&", ""): a.isEnabled() for a in window.menu_actions.all
        }
        window.set_shop(None)
    for name in ("Import…", "Restore…", "Shop settings…"):
        assert enabled[False][name] and not enabled[True][name], name
    for name in ("Export…", "Back up now"):
        assert enabled[True][name], name
