"""The tab contract: load on first show, refresh on a change to what a tab shows, stale
while hidden; and undo/redo of a service Change over many rows and tables."""

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget

from shopkeeper.services import changes
from shopkeeper.services.changes import ALL_TABLES, recording
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.base import ShopTab


class CountingTab(ShopTab):
    """A fake second tab that shows promotions and counts its loads."""

    key = "fake"
    icon_name = "check"
    tables = frozenset({"promotions"})

    def __init__(self, ctx):
        super().__init__(ctx)
        self.setWindowTitle("Fake")
        self.loads = 0

    def refresh(self):
        self.loads += 1


@pytest.fixture
def ctx(shop, runner, errors):
    return TabContext(shop, runner, QUndoStack(), errors)


@pytest.fixture
def two_tabs(qtbot, ctx):
    """A QTabWidget with the fake tab hidden behind a visible one."""
    widget = QTabWidget()
    front, back = CountingTab(ctx), CountingTab(ctx)
    widget.addTab(front, "front")
    widget.addTab(back, "back")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, front, back


def test_a_tab_queries_nothing_until_it_is_first_shown(two_tabs):
    widget, front, back = two_tabs
    assert (front.loads, back.loads) == (1, 0)
    widget.setCurrentWidget(back)
    assert back.loads == 1


def test_a_visible_tab_refreshes_on_a_change_to_its_tables(two_tabs):
    _widget, front, _back = two_tabs
    front.shop_changed(frozenset({"promotions", "promotion_targets"}))
    assert front.loads == 2


def test_a_change_to_other_tables_leaves_the_tab_alone(two_tabs):
    _widget, front, _back = two_tabs
    front.shop_changed(frozenset({"orders"}))
    assert front.loads == 1
    assert not front.stale


def test_a_hidden_tab_is_marked_stale_and_loads_when_shown(two_tabs):
    widget, _front, back = two_tabs
    widget.setCurrentWidget(back)
    widget.setCurrentIndex(0)
    back.shop_changed(frozenset({"promotions"}))
    back.shop_changed(frozenset({"promotions"}))
    assert back.loads == 1 and back.stale
    widget.setCurrentWidget(back)
    assert back.loads == 2 and not back.stale


def test_a_restore_refreshes_every_tab(two_tabs):
    _widget, front, _back = two_tabs
    front.shop_changed(ALL_TABLES)
    assert front.loads == 2


def test_opening_a_shop_loads_only_the_visible_tab(qtbot, window, shop_path, monkeypatch):
    from shopkeeper.services.shop import open_shop
    from shopkeeper.ui import tabs

    monkeypatch.setattr(tabs, "TAB_CLASSES", [*tabs.TAB_CLASSES, CountingTab])
    window.show()
    window.set_shop(open_shop(shop_path))
    fake = window.tabs.widget(window.tabs.count() - 1)
    assert fake.loads == 0
    window.open_in_tab("fake")
    assert fake.loads == 1


def test_a_pushed_change_refreshes_the_tab_that_shows_its_table(
    qtbot, window, shop_path, monkeypatch
):
    """The window's one change signal reaches every tab; undo announces it too."""
    from shopkeeper.services.shop import open_shop
    from shopkeeper.ui import tabs

    monkeypatch.setattr(tabs, "TAB_CLASSES", [CountingTab, *tabs.TAB_CLASSES])
    window.show()
    window.set_shop(open_shop(shop_path))
    fake = window.tabs.widget(0)
    db = window.shop.db
    with recording(db, "Add a promotion") as rec:
        rec.insert(
            "promotions",
            {
                "name": "618",
                "kind": "percent_off",
                "value": 1000,
                "starts_at": "2026-06-01",
                "ends_at": "2026-06-18",
            },
        )
    fake.ctx.push_change(rec.change)
    assert fake.loads == 2
    window.undo_stack.undo()
    assert fake.loads == 3
    assert db.execute("SELECT count(*) FROM promotions").fetchone()[0] == 0


def _dump(db):
    return {
        table: db.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid').fetchall()
        for table in ("customers", "orders", "promotions", "traffic_daily")
    }


def _fill(db):
    with db.conn:
        db.conn.executemany(
            "INSERT INTO customers(id, name, created_at) VALUES (?, ?, '2025-01-01')",
            [(n, f"客户{n}") for n in range(1, 6)],
        )
        db.conn.executemany(
            "INSERT INTO orders(id, order_no, customer_id, placed_at, status, total)"
            " VALUES (?, ?, ?, '2025-03-01', 'paid', ?)",
            [(n, f"TB{n}", n % 5 + 1, n * 100) for n in range(1, 21)],
        )
        db.conn.execute(
            "INSERT INTO traffic_daily(day, channel, visitors) VALUES ('2025-03-01', 'taobao', 40)"
        )


def test_undo_and_redo_of_a_multi_row_multi_table_change_restore_every_row(shop):
    db = shop.db
    _fill(db)
    before = _dump(db)
    with recording(db, "A big edit") as rec:
        rec.update_many("orders", [(n, {"status": "shipped", "total": n}) for n in range(1, 21)])
        rec.insert(
            "promotions",
            {
                "name": "双11",
                "kind": "percent_off",
                "value": 2000,
                "starts_at": "2026-11-01",
                "ends_at": "2026-11-11",
            },
        )
        rec.delete_many("orders", [19, 20])
        rec.update("traffic_daily", 1, {"visitors": 41})
        rec.update("customers", 3, {"name": "王小明"})
    after = _dump(db)
    assert rec.change.tables == {"orders", "promotions", "traffic_daily", "customers"}
    changes.undo(db, rec.change)
    assert _dump(db) == before
    changes.redo(db, rec.change)
    assert _dump(db) == after


def test_a_change_is_kept_in_the_change_log_and_can_be_read_back(shop):
    db = shop.db
    _fill(db)
    with recording(db, "Mark shipped") as rec:
        rec.update_many("orders", [(1, {"status": "shipped"}), (2, {"status": "shipped"})])
    loaded = changes.load(db, rec.change.id)
    assert loaded.text == "Mark shipped" and loaded.rows == rec.change.rows
    assert changes.history(db)[0][2] == "Mark shipped"


def test_rows_left_as_they_were_are_not_recorded(shop):
    """Setting a value a row already has is no change: nothing to undo, nothing logged."""
    db = shop.db
    _fill(db)
    with recording(db, "No-op") as rec:
        rec.update("orders", 1, {"status": "paid"})
    assert not rec.change and rec.change.id is None


def test_a_failed_write_records_nothing_and_changes_nothing(shop):
    db = shop.db
    _fill(db)
    before = _dump(db)
    with pytest.raises(KeyError), recording(db, "Broken") as rec:
        rec.update("orders", 1, {"status": "shipped"})
        rec.update("orders", 999, {"status": "shipped"})
    assert _dump(db) == before
    assert changes.history(db) == []


def test_unknown_columns_are_refused(shop):
    with pytest.raises(ValueError), recording(shop.db, "Bad") as rec:
        rec.update("orders", 1, {"no_such_column": 1})


def test_undo_history_lists_the_steps_and_clicking_one_goes_back(qtbot, shop):
    from shopkeeper.ui.dialogs.undo_history_dialog import UndoHistoryDialog

    _fill(shop.db)
    stack = QUndoStack()
    ctx = TabContext(shop, None, stack, None)
    for n in (1, 2):
        with recording(shop.db, f"Mark TB{n} shipped") as rec:
            rec.update("orders", n, {"status": "shipped"})
        ctx.push_change(rec.change)
    dialog = UndoHistoryDialog(stack)
    qtbot.addWidget(dialog)
    model = dialog.view.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "The shop as it was opened",
        "Mark TB1 shipped",
        "Mark TB2 shipped",
    ]
    dialog.view.setCurrentIndex(model.index(0, 0))
    assert stack.index() == 0
    assert (
        shop.db.execute("SELECT count(*) FROM orders WHERE status = 'shipped'").fetchone()[0] == 0
    )


def test_a_tab_that_retitles_itself_updates_its_tab(qtbot, window, shop_path, monkeypatch):
    """Listings shows its problem count in the tab title this way."""
    from shopkeeper.services.shop import open_shop
    from shopkeeper.ui import tabs

    monkeypatch.setattr(tabs, "TAB_CLASSES", [CountingTab])
    window.set_shop(open_shop(shop_path))
    window.tabs.widget(0).setWindowTitle("Fake (3)")
    assert window.tabs.tabText(0) == "Fake (3)"
