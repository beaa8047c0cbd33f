"""Orders tab: search, views, the detail pane and undoable status changes."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from shopkeeper.services.orders import OrderRow
from shopkeeper.ui.models import orders_table_model as cols
from shopkeeper.ui.models.orders_table_model import SORT_ROLE, OrdersTableModel
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.orders import OrdersTab

# id, order_no, channel, customer, placed_at, status, total
ORDERS = [
    (1, "TB1001", "taobao", 1, "2025-03-01T09:00:00", "unpaid", 11800),
    (2, "TB1002", "taobao", 1, "2025-03-02T10:00:00", "paid", 900),
    (3, "SH1003", "shopify", 2, "2025-03-03T11:00:00", "shipped", 10000),
    (4, "SH1004", "shopify", 2, "2025-03-09T12:00:00", "paid", 2400),
]


@pytest.fixture
def filled_shop(shop):
    with shop.db.conn as conn:
        conn.executemany(
            "INSERT INTO customers(id, name, email, created_at) VALUES (?, ?, ?, '2025-01-01')",
            [(1, "王小明", "wang@163.com"), (2, "Emily Carter", "emily@example.com")],
        )
        conn.executemany(
            "INSERT INTO orders(id, order_no, channel, customer_id, placed_at, status, subtotal,"
            " total) VALUES (?, ?, ?, ?, ?, ?, ?7, ?7)",
            ORDERS,
        )
        conn.executemany(
            "INSERT INTO order_items(order_id, sku, title, quantity, unit_price)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (1, "CUP-01", "手工陶瓷马克杯", 2, 5900),
                (2, "BOWL-03", "粗陶饭碗", 1, 900),
                (3, "MUG-BLU", "Ceramic mug", 1, 10000),
                (4, "MUG-BLU", "Ceramic mug", 1, 2400),
            ],
        )
    return shop


def make_tab(qtbot, shop, runner, errors, **options):
    options.setdefault("today", lambda: date(2025, 3, 10))
    ctx = TabContext(shop, runner, QUndoStack(), errors)
    tab = OrdersTab(ctx, **options)
    ctx.notify_changed = tab.shop_changed  # what the window does for every tab
    qtbot.addWidget(tab)
    tab.show()
    return tab


@pytest.fixture
def tab(qtbot, filled_shop, runner, errors):
    return make_tab(qtbot, filled_shop, runner, errors)


def shown(tab, column=cols.ORDER):
    model = tab.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select(tab, order_no):
    tab.table.selectRow(shown(tab).index(order_no))


def test_shows_every_order_newest_first(tab):
    assert tab.windowTitle() == "Orders"
    assert shown(tab) == ["SH1004", "SH1003", "TB1002", "TB1001"]
    assert tab.view_buttons["all"].text() == "All (4)"
    assert tab.view_buttons["unshipped"].text() == "Unshipped (2)"


def test_typing_in_the_search_box_filters_the_rows(qtbot, tab):
    """The search runs shortly after typing stops."""
    qtbot.keyClicks(tab.search, "bowl-03")
    qtbot.waitUntil(lambda: shown(tab) == ["TB1002"])
    tab.search.clear()
    qtbot.waitUntil(lambda: len(shown(tab)) == 4)


def test_search_finds_chinese_text(qtbot, tab):
    """Chinese arrives through the input method as whole text (QTest types Latin-1 only)."""
    tab.search.setText("陶瓷")
    qtbot.waitUntil(lambda: shown(tab) == ["TB1001"])


def test_enter_searches_at_once(qtbot, tab):
    qtbot.keyClicks(tab.search, "emily")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert shown(tab) == ["SH1004", "SH1003"]


def test_clicking_a_view_button_shows_only_that_view(qtbot, tab):
    qtbot.mouseClick(tab.view_buttons["unshipped"], Qt.MouseButton.LeftButton)
    assert shown(tab) == ["SH1004", "TB1002"]
    assert set(shown(tab, cols.STATUS)) == {"Paid"}


def test_channel_and_date_preset_filter(tab):
    tab.channel.setCurrentIndex(tab.channel.findData("shopify"))
    assert shown(tab) == ["SH1004", "SH1003"]
    tab.period.setCurrentIndex(tab.period.findData("last_7_days"))
    assert shown(tab) == ["SH1004"]
    assert tab.date_from.date().toPython() == date(2025, 3, 4)


def test_editing_a_date_switches_to_a_custom_range(qtbot, tab):
    tab.date_from.setDate(date(2025, 3, 2))
    tab.date_to.setDate(date(2025, 3, 3))
    assert tab.period.currentData() == "custom"
    qtbot.waitUntil(lambda: shown(tab) == ["SH1003", "TB1002"])


def test_selecting_a_row_fills_the_detail_pane(tab):
    select(tab, "TB1001")
    text = tab.detail_view.toPlainText()
    for expected in ("手工陶瓷马克杯", "CUP-01", "¥118.00", "王小明", "wang@163.com"):
        assert expected in text
    assert "TB1001" in tab.title.text()


def test_status_buttons_follow_the_order(tab):
    select(tab, "TB1001")
    enabled = {s for s, action in tab.status_actions.items() if action.isEnabled()}
    assert enabled == {"paid", "shipped", "cancelled"}


def test_marking_shipped_changes_the_row_and_undo_puts_it_back(tab, filled_shop):
    select(tab, "TB1002")
    tab.status_actions["shipped"].trigger()
    row = shown(tab).index("TB1002")
    assert tab.model.index(row, cols.STATUS).data() == "Shipped"
    assert tab.view_buttons["unshipped"].text() == "Unshipped (1)"
    assert tab.ctx.undo_stack.undoText() == "Mark order TB1002 shipped"

    tab.ctx.undo_stack.undo()
    assert tab.model.index(row, cols.STATUS).data() == "Paid"
    status, shipped_at = filled_shop.db.execute(
        "SELECT status, shipped_at FROM orders WHERE id = 2"
    ).fetchone()
    assert (status, shipped_at) == ("paid", None)
    assert tab.detail.order_no == "TB1002"


def test_an_order_leaving_the_view_moves_the_cursor_down_the_queue(qtbot, tab):
    """Working the Unshipped view: after shipping one, the next one is selected."""
    qtbot.mouseClick(tab.view_buttons["unshipped"], Qt.MouseButton.LeftButton)
    select(tab, "SH1004")
    tab.status_actions["shipped"].trigger()
    assert shown(tab) == ["TB1002"]
    assert tab.detail.order_no == "TB1002"


def test_sorting_by_total_is_numeric(tab):
    tab.table.sortByColumn(cols.TOTAL, Qt.SortOrder.AscendingOrder)
    assert shown(tab, cols.TOTAL) == ["¥9.00", "¥24.00", "¥100.00", "¥118.00"]


def test_model_passes_the_model_tester(qtmodeltester, tab):
    qtmodeltester.check(tab.model)


def test_model_alone_formats_money_and_asks_the_tab_to_sort(qtbot, qapp):
    """Total shows the shop currency and sorts by the integer; sorting is the database's."""
    rows = {
        1: OrderRow(1, "A", "etsy", "2025-03-02T10:00:00", "paid", "Ann", 1, 1000, 0),
        2: OrderRow(2, "B", "etsy", "2025-03-01T10:00:00", "paid", "Bo", 1, 99900, 0),
        3: OrderRow(3, "C", "etsy", "2025-03-01T09:00:00", "shipped", "Cy", 1, 1000, 50),
    }
    model = OrdersTableModel("USD", lambda ids: {i: rows[i] for i in ids})
    model.set_ids([1, 2, 3])
    assert model.index(1, cols.TOTAL).data() == "$999.00"
    assert model.index(1, cols.TOTAL).data(SORT_ROLE) == 99900
    assert model.index(2, cols.REFUNDED).data() == "$0.50"
    assert model.index(2, cols.STATUS).data() == "Partly refunded"
    assert model.index(0, cols.REFUNDED).data() == ""
    with qtbot.waitSignal(model.sort_requested) as asked:
        model.sort(cols.TOTAL, Qt.SortOrder.DescendingOrder)
    assert asked.args == [cols.TOTAL, Qt.SortOrder.DescendingOrder]


def test_clicking_a_header_sorts_every_order_in_the_database(qtbot, tab):
    tab.table.sortByColumn(cols.TOTAL, Qt.SortOrder.DescendingOrder)
    assert shown(tab) == ["TB1001", "SH1003", "SH1004", "TB1002"]
    tab.table.sortByColumn(cols.CUSTOMER, Qt.SortOrder.AscendingOrder)
    assert shown(tab, cols.CUSTOMER)[:2] == ["Emily Carter", "Emily Carter"]


def test_a_shop_without_orders_says_how_to_import(qtbot, shop, runner, errors):
    tab = make_tab(qtbot, shop, runner, errors)
    assert tab.table_area.showing_empty
    assert tab.table_area.empty.headline.text() == "No orders yet."
    assert "File > Import…" in tab.table_area.empty.hint.text()
    assert tab.detail is None


def test_no_match_says_so(qtbot, tab):
    qtbot.keyClicks(tab.search, "nothing like this")
    qtbot.waitUntil(lambda: tab.table_area.showing_empty)
    assert "No orders match" in tab.table_area.empty.headline.text()


def test_a_big_shop_shows_every_order_reading_rows_as_they_scroll_in(qtbot, shop, runner, errors):
    """No cap: 1,500 orders are all in the table, but only a screenful is read at first."""
    with shop.db.conn as conn:
        conn.executemany(
            "INSERT INTO orders(order_no, placed_at, status, total) VALUES (?, ?, 'paid', ?)",
            [(f"N{n:04}", f"2025-01-01T{n // 60 % 24:02}:{n % 60:02}:00", n) for n in range(1500)],
        )
    tab = make_tab(qtbot, shop, runner, errors)
    assert tab.model.rowCount() == 1500
    assert len(tab.model._cache) <= 200
    assert tab.bar.info.text() == "1,500 orders"
    last = tab.model.index(1499, cols.ORDER).data()
    assert last in {f"N{n:04}" for n in range(1500)}


def test_shipped_view_holds_only_orders_in_transit(qtbot, tab):
    """Completed counts shipped orders too; Shipped tells the ones still on the way."""
    assert tab.view_buttons["shipped"].text() == "Shipped (1)"
    assert tab.view_buttons["completed"].text() == "Completed (1)"
    qtbot.mouseClick(tab.view_buttons["shipped"], Qt.MouseButton.LeftButton)
    assert shown(tab) == ["SH1003"]


def test_a_partly_refunded_order_says_so_with_the_amount(qtbot, tab, filled_shop):
    with filled_shop.db.conn as conn:
        conn.execute(
            "INSERT INTO refunds(order_id, amount, created_at) VALUES (3, 2500, '2025-03-05')"
        )
    tab.refresh()
    row = shown(tab).index("SH1003")
    assert tab.model.index(row, cols.STATUS).data() == "Partly refunded"
    tip = tab.model.index(row, cols.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Partly refunded: ¥25.00 of ¥100.00"
    select(tab, "SH1003")
    assert "Partly refunded" in tab.title.text()


def test_focus_search_focuses_the_search_box(qtbot, tab):
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.focus_search()
    qtbot.waitUntil(tab.search.hasFocus)


def test_search_runs_off_the_gui_thread_and_keeps_only_the_latest_answer(
    qtbot, filled_shop, errors
):
    """With a real worker pool, typing fast shows the answer to the last search only."""
    from shopkeeper.ui.background import BackgroundRunner

    runner = BackgroundRunner(errors, synchronous=False, quiet=True)
    tab = make_tab(qtbot, filled_shop, runner, errors)
    qtbot.waitUntil(lambda: len(shown(tab)) == 4, timeout=5000)
    tab.search.setText("TB")
    tab._filters_changed()
    tab.search.setText("SH1004")
    tab._filters_changed()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert shown(tab) == ["SH1004"]
    runner.pool.waitForDone(5000)


def test_a_linked_ticket_and_a_line_sku_open_where_they_can_be_handled(qtbot, tab, filled_shop):
    """The detail pane's links go to the Inbox (ticket) and to Listings (SKU)."""
    from PySide6.QtCore import QUrl

    with filled_shop.db.conn as conn:
        conn.execute(
            "INSERT INTO tickets(id, subject, order_id, created_at, status)"
            " VALUES (7, 'Where is my mug?', 1, '2025-03-02', 'waiting')"
        )
    opened = []
    tab.ctx.open_in_tab = lambda key, item: opened.append((key, item))
    select(tab, "TB1001")
    assert "Waiting on customer" in tab.detail_view.toPlainText()
    tab.detail_view.anchorClicked.emit(QUrl("ticket:7"))
    tab.detail_view.anchorClicked.emit(QUrl("sku:CUP-01"))
    assert opened == [("inbox", 7), ("listings", "CUP-01")]


def test_orders_imported_in_the_window_are_indexed_for_search(qtbot, window, shop_path):
    """After an import, a worker brings the orders search index up to date."""
    from shopkeeper.services import order_search
    from shopkeeper.services.shop import open_shop
    from shopkeeper.ui.exchange_actions import _imported

    window.set_shop(open_shop(shop_path))
    db = window.shop.db
    with db.conn:
        db.execute(
            "INSERT INTO orders(order_no, placed_at, status) VALUES ('N1', '2025-01-01', 'paid')"
        )
    assert order_search.pending(db) == 1
    _imported(window, {"new": 1, "changed": 0, "tables": frozenset({"orders", "order_items"})})
    assert order_search.pending(db) == 0
