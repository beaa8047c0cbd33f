"""What a brand-new seller tripped over, fixed: each test names what they would notice."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda tmp: tmp / "no-such.shop.db", "There is no shop file at"),
        (lambda tmp: tmp, "is a folder, not a shop file"),
    ],
    ids=["missing file", "folder"],
)
def test_selftest_on_a_missing_shop_or_a_folder_says_so_in_one_line(tmp_path, make, says):
    """`--selftest --shop PATH` with no shop at PATH exits 1 with one line, no traceback."""
    done = subprocess.run(
        [sys.executable, "-m", "shopkeeper", "--selftest", "--shop", str(make(tmp_path))],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 1
    assert says in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_order_status_buttons_show_their_whole_text_at_1280_px(qtbot, shop, runner, errors):
    """The detail pane's Mark paid / shipped / completed / Cancel buttons are not cut off."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QToolButton

    from shopkeeper.ui.tab_context import TabContext
    from shopkeeper.ui.tabs.orders import OrdersTab

    tab = OrdersTab(TabContext(shop, runner, QUndoStack(), errors))
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    buttons = [
        b for b in tab.findChildren(QToolButton) if b.defaultAction() in tab.status_actions.values()
    ]
    assert len(buttons) == 4
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), button.text()


def test_today_shows_no_empty_progress_bar_without_a_target(qtbot, shop, runner, errors):
    """With no weekly target, Today says where to set one and shows no empty bar."""
    from PySide6.QtGui import QUndoStack

    from shopkeeper.ui.tab_context import TabContext
    from shopkeeper.ui.tabs.today import TodayTab

    tab = TodayTab(TabContext(shop, runner, QUndoStack(), errors))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: "no target set" in tab.week_text.text())
    assert "KPIs" in tab.week_text.text()
    assert not tab.week_bar.isVisible()


@pytest.mark.parametrize(
    ("title", "shown"),
    [("taobao 2611", "Taobao 2611"), (" 489522", "489522")],
    ids=["channel named", "no channel"],
)
def test_today_names_an_orders_channel_as_sellers_write_it(
    qtbot, shop, runner, errors, title, shown
):
    """Orders to ship read "Taobao 2611", not the channel's id "taobao 2611"."""
    from PySide6.QtGui import QUndoStack

    from shopkeeper.services import today
    from shopkeeper.ui.tab_context import TabContext
    from shopkeeper.ui.tabs.today import TodayTab

    tab = TodayTab(TabContext(shop, runner, QUndoStack(), errors))
    qtbot.addWidget(tab)
    line = tab._line(today.Item("orders", 1, title, "2026-12-02T10:00:00"))
    assert line == f"{shown} · ship by 12-02 10:00"


def test_no_filter_bar_widgets_overlap_at_the_minimum_window_size(window, shop_path, qtbot):
    """At the window's smallest size the Orders filter row's search box and pickers don't
    overlap (at 720×480 "Placed:" was drawn over the search box)."""
    from shopkeeper.services.shop import open_shop

    open_shop(shop_path).close()
    window.actions.open_path(shop_path)
    window.show()
    window.resize(window.minimumSize())
    orders = next(
        window.tabs.widget(i)
        for i in range(window.tabs.count())
        if window.tabs.widget(i).key == "orders"
    )
    window.tabs.setCurrentWidget(orders)
    qtbot.waitExposed(orders)
    row = orders.bar.row
    widgets = [row.itemAt(i).widget() for i in range(row.count())]
    shown = [w for w in widgets if w is not None and w.isVisible()]
    assert len(shown) >= 4
    for left, right in itertools.pairwise(shown):
        assert left.geometry().right() < right.geometry().left(), (left, right)


def test_canned_reply_picker_in_a_new_shop_says_where_replies_are_written(qtbot):
    """With no canned replies at all, the picker says how to add some, not "no match"."""
    from shopkeeper.ui.dialogs.canned_reply_picker import CannedReplyPicker

    picker = CannedReplyPicker([], "")
    qtbot.addWidget(picker)
    picker.show()
    assert not picker.empty.isHidden()
    assert "Canned replies…" in picker.empty.text()


def test_init_on_a_folder_says_it_is_a_folder(tmp_path, capsys, isolated_home):
    """`init` given a folder names the slip (a folder, not a file name) and exits 2."""
    from shopkeeper.cli import main

    assert main(["--shop", str(tmp_path), "init"]) == 2
    err = capsys.readouterr().err
    assert "is a folder" in err and "my-shop.shop.db" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(("language", "title"), [("en", "June 2026"), ("zh_CN", "2026年6月")])
def test_promotions_month_title_reads_naturally_in_each_language(
    qtbot, qapp, shop, runner, errors, language, title
):
    """The month view is titled "June 2026" in English and "2026年6月" (not "六月 2026")."""
    import datetime as dt

    from PySide6.QtGui import QUndoStack

    from shopkeeper.ui.i18n import install_translators
    from shopkeeper.ui.tab_context import TabContext
    from shopkeeper.ui.tabs.promotions import PromotionsTab

    try:
        install_translators(qapp, language)
        tab = PromotionsTab(
            TabContext(shop, runner, QUndoStack(), errors), today=dt.date(2026, 6, 3)
        )
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitUntil(lambda: tab.title.text() != "")
        assert tab.title.text() == title
    finally:
        install_translators(qapp, "en")


def test_today_shows_an_imported_subject_with_line_breaks_on_one_line(qtbot, shop, runner, errors):
    """A review title with a line break (Olist) is one line in Today, not two."""
    from PySide6.QtGui import QUndoStack

    from shopkeeper.services import today
    from shopkeeper.ui.tab_context import TabContext
    from shopkeeper.ui.tabs.today import TodayTab

    tab = TodayTab(TabContext(shop, runner, QUndoStack(), errors))
    qtbot.addWidget(tab)
    line = tab._line(today.Item("inbox", 1, "Entrega feita\r\n no prazo ", "2016-10-22T21:00:00"))
    assert line == "Entrega feita no prazo · 2016-10-22 21:00"


def test_today_names_a_ticket_without_a_subject(qtbot, shop, runner, errors):
    """A review with a score and no title reads "(no subject) · when", not " · when"."""
    from PySide6.QtGui import QUndoStack

    from shopkeeper.services import today
    from shopkeeper.ui.tab_context import TabContext
    from shopkeeper.ui.tabs.today import TodayTab

    tab = TodayTab(TabContext(shop, runner, QUndoStack(), errors))
    qtbot.addWidget(tab)
    line = tab._line(today.Item("inbox", 1, "", "2016-10-22T21:00:00"))
    assert line == "(no subject) · 2016-10-22 21:00"
