"""The Inbox tab: folders, the ticket list, the thread, replies with canned replies, edits."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TICKETS_NOW as NOW
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack

from shopkeeper.services import canned_replies, tickets
from shopkeeper.ui.dialogs.canned_reply_picker import CannedReplyPicker
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.inbox import InboxTab

pytestmark = pytest.mark.usefixtures("tickets_now")


@pytest.fixture
def inbox(qtbot, shop, runner, errors):
    """An Inbox over a shop with one order, one ticket about it and canned replies."""
    db = shop.db
    db.execute("INSERT INTO customers(id, name, created_at) VALUES (1, '王小明', '2024-01-01')")
    db.execute(
        "INSERT INTO orders(id, order_no, customer_id, placed_at, status, tracking_no) "
        "VALUES (1, 'A-1', 1, '2026-11-28', 'shipped', 'SF1234567890')"
    )
    db.conn.commit()
    tickets.create_ticket(
        db,
        "快递到哪了",
        body="订单A-1还没到",
        kind="complaint",
        customer_id=1,
        order_id=1,
        channel="taobao",
        created_at=NOW - dt.timedelta(hours=1),
    )
    tickets.create_ticket(
        db, "Size question", body="M or L?", kind="pre_sale", created_at=NOW - dt.timedelta(hours=2)
    )
    canned_replies.save(
        db,
        "物流单号",
        "{customer_name}您好，订单{order_no}已发出，单号{tracking_no}。",
        category="物流",
        language="zh",
    )
    canned_replies.save(db, "Typo", "Hi {custmer_name}", category="Test")
    stack = QUndoStack()
    tab = InboxTab(TabContext(shop, runner, stack, errors))
    tab.ctx.notify_changed = tab.shop_changed
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    tab.activateWindow()
    qtbot.waitActive(tab)  # shortcuts reach an active window only
    qtbot.waitUntil(lambda: tab.model.total() == 2)
    return tab


def rows_of(tab):
    return [tab.model.row_at(n) for n in range(tab.model.total())]


def pick_canned(qtbot, monkeypatch, tab, search: str) -> None:
    """Press Ctrl+K in the reply box, type into the picker's search, press Enter."""

    def run_picker(picker):
        picker.search.setText(search)  # QTest types ASCII only; this is what typing does
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # Enter accepts the highlighted one
        return picker.result()

    monkeypatch.setattr(CannedReplyPicker, "exec", run_picker)
    tab.reply.editor.setFocus()
    qtbot.keyClick(tab.reply.editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)


def test_open_folder_lists_tickets_newest_first_with_unread_and_due(inbox):
    """Both new tickets are in Open, newest first, with unread marks and due times."""
    rows = rows_of(inbox)
    assert [r.subject for r in rows] == ["快递到哪了", "Size question"]
    # The first ticket opens by itself, which marks it read; the second stays unread.
    assert [inbox.model.index(r, 0).data() for r in (0, 1)] == ["", "●"]
    # Asked at 08:00, before the 09:00 opening: a pre-sale question (2 service hours)
    # is due at 11:00; the complaint asked at 09:00 (4 hours) at 13:00.
    assert [inbox.model.index(r, 4).data() for r in (0, 1)] == ["in 3 h", "in 1 h"]


def test_answering_a_ticket_with_a_canned_reply(qtbot, monkeypatch, inbox, shop):
    """Ctrl+K inserts the canned reply with the ticket's variables filled in; Ctrl+Enter
    copies it to the clipboard, records it in the thread and sets the ticket waiting.
    Undo takes it back."""
    inbox.table.selectRow(0)
    assert inbox.current["subject"] == "快递到哪了"
    pick_canned(qtbot, monkeypatch, inbox, "物流")
    expected = "王小明您好，订单A-1已发出，单号SF1234567890。"
    assert inbox.reply.text() == expected
    assert not inbox.reply.warning.isVisible()
    qtbot.keyClick(inbox.reply.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == expected
    assert shop.db.execute(
        "SELECT author, body FROM ticket_messages WHERE ticket_id = 1 ORDER BY id DESC LIMIT 1"
    ).fetchone() == ("seller", expected)
    assert shop.db.execute("SELECT status FROM tickets WHERE id = 1").fetchone() == ("waiting",)
    assert inbox.reply.text() == ""
    inbox.ctx.undo_stack.undo()
    assert shop.db.execute("SELECT status FROM tickets WHERE id = 1").fetchone() == ("new",)


def test_unknown_variable_is_shown_before_copying_and_blocks_it(qtbot, monkeypatch, inbox, shop):
    """A canned reply with a misspelt variable shows the problem and is not copied."""
    QGuiApplication.clipboard().setText("before")
    inbox.table.selectRow(0)
    pick_canned(qtbot, monkeypatch, inbox, "Typo")
    assert inbox.reply.warning.isVisible()
    assert "{custmer_name}" in inbox.reply.warning.text()
    inbox.copy_reply()
    assert QGuiApplication.clipboard().text() == "before"
    assert shop.db.execute("SELECT count(*) FROM ticket_messages").fetchone() == (2,)


def test_empty_reply_gets_a_clear_message(inbox, shop):
    inbox.table.selectRow(0)
    inbox.copy_reply()
    assert "empty" in inbox.reply.warning.text()
    assert shop.db.execute("SELECT count(*) FROM ticket_messages").fetchone() == (2,)


def test_changing_priority_is_undoable(qtbot, inbox, shop):
    """Picking a priority writes it at once; Edit > Undo puts the old one back."""
    inbox.table.selectRow(0)
    index = inbox.priority_box.findData("urgent")
    inbox.priority_box.setCurrentIndex(index)
    inbox.priority_box.activated.emit(index)
    assert shop.db.execute("SELECT priority FROM tickets WHERE id = 1").fetchone() == ("urgent",)
    inbox.ctx.undo_stack.undo()
    assert shop.db.execute("SELECT priority FROM tickets WHERE id = 1").fetchone() == ("normal",)


def test_search_finds_a_ticket_by_its_message(qtbot, inbox):
    """Typing words from a message narrows the list to that ticket."""
    inbox.bar.search.setText("还没到")
    qtbot.waitUntil(lambda: inbox.model.total() == 1)
    assert rows_of(inbox)[0].subject == "快递到哪了"


def test_kind_folder_and_side_panel(qtbot, inbox):
    """The Pre-sale folder holds the size question; the complaint shows its order."""
    inbox.folders.select("kind:pre_sale")
    qtbot.waitUntil(lambda: [r.subject for r in rows_of(inbox)] == ["Size question"])
    inbox.folders.select("open")
    qtbot.waitUntil(lambda: inbox.model.total() == 2)
    inbox.table.selectRow(0)
    html = inbox.side.toPlainText()
    assert "A-1" in html and "SF1234567890" in html and "王小明" in html


def test_model_passes_the_qt_model_tests(qtmodeltester, inbox):
    qtmodeltester.check(inbox.model)


def test_sorting_by_priority_puts_urgent_first(qtbot, inbox, shop):
    """Clicking the Priority header orders the list from urgent to low."""
    shop.db.execute("UPDATE tickets SET priority = 'urgent' WHERE subject = 'Size question'")
    inbox.refresh()
    inbox.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: rows_of(inbox)[0].subject == "Size question")
    inbox.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # Age: youngest first
    qtbot.waitUntil(lambda: rows_of(inbox)[0].subject == "快递到哪了")


def test_canned_replies_are_added_and_deleted_in_their_dialog(qtbot, inbox, shop):
    """A new canned reply is saved with its category and language; a bad one is refused
    with the reason shown; each save is one undo step."""
    from shopkeeper.ui.dialogs.canned_replies_dialog import CannedRepliesDialog

    dialog = CannedRepliesDialog(shop.db, inbox.ctx.push_change, inbox)
    qtbot.addWidget(dialog)
    dialog._new()
    dialog.title.setText("Gift wrap")
    dialog.category.setCurrentText("Pre-sale")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.body.setPlainText("Hi {customer_name}, gift wrap is free!")
    dialog._save()
    assert shop.db.execute(
        "SELECT category, language FROM canned_replies WHERE title = 'Gift wrap'"
    ).fetchone() == ("Pre-sale", "en")
    dialog._new()
    dialog.title.setText("Broken")
    dialog.body.setPlainText("Hi {customer_name")
    dialog._save()
    assert "unmatched" in dialog.problem.text()
    inbox.ctx.undo_stack.undo()
    assert shop.db.execute(
        "SELECT count(*) FROM canned_replies WHERE title = 'Gift wrap'"
    ).fetchone() == (0,)


def test_service_hours_dialog_saves_targets_that_change_due_times(qtbot, inbox, shop):
    """Saving a 1-hour complaint target makes a new complaint due an hour later."""
    from shopkeeper.ui.dialogs.service_hours_dialog import ServiceHoursDialog

    dialog = ServiceHoursDialog(shop.db, inbox.ctx.push_change, inbox)
    qtbot.addWidget(dialog)
    dialog.hours.setText("Mon-Sun 08:00-22:00")
    dialog.targets["complaint"].setValue(1)
    dialog._save()
    ticket_id, _ = tickets.create_ticket(shop.db, "x", body="y", kind="complaint")
    assert shop.db.execute("SELECT due_at FROM tickets WHERE id = ?", [ticket_id]).fetchone() == (
        "2026-12-02T11:00:00",
    )
    dialog.hours.setText("always")
    dialog._save()
    assert "Service hours must look like" in dialog.problem.text()


def test_open_item_shows_a_ticket_from_another_tab(qtbot, inbox, shop):
    """Today's link to a resolved ticket opens it, whatever folder was shown."""
    tickets.set_status(shop.db, [2], "resolved")
    inbox.refresh()
    inbox.open_item(2)
    qtbot.waitUntil(lambda: inbox.current is not None and inbox.current["id"] == 2)
    assert inbox.folders.current_folder() == "all"


def test_new_ticket_by_hand_finds_the_customer_and_keeps_an_unknown_order(
    qtbot, monkeypatch, inbox, shop
):
    """A ticket opened by hand links the named customer, keeps an order number the shop
    does not have as pending, shows up selected, and is one undo step."""
    from shopkeeper.ui.dialogs.ticket_dialogs import NewTicketDialog

    def fill(dialog):
        dialog.subject.setText("能开发票吗")
        dialog.customer.setText("王小明")
        dialog.order_no.setText("B-9")
        dialog.body.setPlainText("需要增值税发票")
        return 1

    monkeypatch.setattr(NewTicketDialog, "exec", fill)
    inbox.new_ticket()
    qtbot.waitUntil(lambda: inbox.current is not None and inbox.current["subject"] == "能开发票吗")
    assert (inbox.current["customer_id"], inbox.current["pending_order_no"]) == (1, "B-9")
    inbox.ctx.undo_stack.undo()
    assert shop.db.execute("SELECT count(*) FROM tickets").fetchone() == (2,)


def test_customer_message_logged_by_hand_reopens_a_waiting_ticket(qtbot, inbox, shop):
    """Text kept as the customer's message goes into the thread as theirs and the
    ticket leaves Waiting."""
    tickets.set_status(shop.db, [1], "waiting")
    inbox.refresh()
    inbox.open_item(1)
    qtbot.waitUntil(lambda: inbox.current is not None and inbox.current["id"] == 1)
    inbox.reply.editor.setPlainText("还没收到")
    inbox.reply.incoming.click()
    assert shop.db.execute(
        "SELECT author, body FROM ticket_messages ORDER BY id DESC LIMIT 1"
    ).fetchone() == ("customer", "还没收到")
    assert shop.db.execute("SELECT status FROM tickets WHERE id = 1").fetchone() == ("open",)
