"""The Inbox at the smallest window and a common one, in English and Chinese: the ticket
count and the search box do not overlap, and every control of the thread pane shows its
text whole, wrapping onto another row rather than cutting "Resolve" to "Re…ve"."""

import pytest
from conftest import TICKETS_NOW as NOW
from inbox_helpers import open_inbox_in_window
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from shopkeeper.services import tickets
from shopkeeper.ui.tabs.inbox import InboxTab

pytestmark = pytest.mark.usefixtures("tickets_now")

# The main window's smallest size and a common one.
SIZES = [(960, 600), (1280, 800)]


@pytest.fixture
def waiting_ticket(shop):
    """The widest values the fields show: waiting on the customer, colour differs."""
    ticket_id, _ = tickets.create_ticket(
        shop.db, "有机棉连衣裙 颜色和图片不一样", body="颜色偏深", kind="exchange", created_at=NOW
    )
    tickets.update_tickets(shop.db, [ticket_id], reason="color_differs", tags="gift, VIP")
    shop.db.execute("UPDATE tickets SET status = 'waiting' WHERE id = ?", [ticket_id])
    shop.db.conn.commit()
    return shop


def open_inbox(qtbot, window, shop, size) -> InboxTab:
    return open_inbox_in_window(qtbot, window, shop, size, expected=1)


def place(widget: QWidget, tab: QWidget) -> QRect:
    return QRect(widget.mapTo(tab, widget.rect().topLeft()), widget.size())


def text_of(widget: QWidget) -> str:
    return widget.currentText() if isinstance(widget, QComboBox) else widget.text()


def thread_controls(tab: InboxTab) -> list[QWidget]:
    reply = tab.reply
    return [
        tab.status_box,
        tab.priority_box,
        tab.kind_box,
        tab.reason_box,
        tab.tags,
        *tab.buttons.values(),
        tab.thread,
        reply.editor,
        reply.canned,
        reply.incoming,
        reply.note,
        reply.then,
        reply.copy,
    ]


@pytest.mark.parametrize("code", ["en", "zh_CN"])
@pytest.mark.parametrize("size", SIZES)
def test_the_ticket_count_is_not_under_the_search_box(
    qtbot, window, waiting_ticket, ui_language, code, size
):
    """ "1 tickets" and the search box sit apart, and the count is not cut."""
    ui_language(code)
    tab = open_inbox(qtbot, window, waiting_ticket, size)
    count, search = tab.bar.info, tab.bar.search
    assert count.isVisible() and count.text()
    assert not place(count, tab).intersects(place(search, tab))
    assert count.width() >= count.fontMetrics().horizontalAdvance(count.text())


@pytest.mark.parametrize("code", ["en", "zh_CN"])
@pytest.mark.parametrize("size", SIZES)
def test_every_thread_control_shows_its_text_whole(
    qtbot, window, waiting_ticket, ui_language, code, size
):
    """Each button and box of the thread pane is as wide as its text (plus its margins,
    arrow or menu indicator) asks, inside the pane, and no two of them overlap."""
    ui_language(code)
    tab = open_inbox(qtbot, window, waiting_ticket, size)
    pane = tab.thread.parentWidget()
    controls = thread_controls(tab)
    for widget in controls:
        assert widget.isVisible(), text_of_any(widget) or "thread"
        if isinstance(widget, (QAbstractButton, QComboBox)):
            margins = 8  # at least a few pixels either side of the text
            text_width = widget.fontMetrics().horizontalAdvance(text_of(widget))
            assert widget.width() >= widget.sizeHint().width(), text_of(widget)
            assert text_width <= widget.width() - margins, text_of(widget)
        elif isinstance(widget, QLineEdit):
            placeholder = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
            assert placeholder <= widget.width(), widget.placeholderText()
        assert pane.rect().contains(
            QRect(widget.mapTo(pane, widget.rect().topLeft()), widget.size())
        )
    places = [place(w, tab) for w in controls]
    for n, here in enumerate(places):
        for m in range(n + 1, len(places)):
            assert not here.intersects(places[m]), (
                text_of_any(controls[n]),
                text_of_any(controls[m]),
            )


def text_of_any(widget: QWidget) -> str:
    return text_of(widget) if isinstance(widget, (QAbstractButton, QComboBox, QLineEdit)) else ""
