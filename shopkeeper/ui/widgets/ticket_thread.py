"""A ticket's conversation, and the side panel with its customer, order, listing and history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser

from shopkeeper.services.money import format_money
from shopkeeper.services.tickets_context import TicketContext
from shopkeeper.services.tickets_query import Message
from shopkeeper.ui.labels import order_status_label
from shopkeeper.ui.ticket_labels import author_label, status_label

_BUBBLE = {
    "customer": "background:palette(base); border-left:3px solid #3b82f6;",
    "seller": "background:palette(alternate-base); border-left:3px solid #10b981;",
    "note": "background:#fff7d6; color:#4a3b00; border-left:3px solid #e0a800;",
}


def _when(text: str) -> str:
    return escape(text[:16].replace("T", " "))


def _heading(text: str) -> str:
    return f"<h4>{escape(text)}</h4>"


def _aside(text: str) -> str:
    """What is missing or still to come, in italics."""
    return f"<i>{escape(text)}</i>"


class ThreadView(QTextBrowser):
    """Messages in and out and internal notes, oldest first, each with its time."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.messages: list[Message] = []

    def show_thread(self, messages: list[Message]) -> None:
        self.messages = messages
        if not messages:
            empty = self.tr("No messages yet.")
            self.setHtml(f"<p><i>{escape(empty)}</i></p>")
            return
        parts = []
        for m in messages:
            style = _BUBBLE.get(m.author, "")
            body = escape(m.body).replace("\n", "<br>")
            parts.append(
                f"<table width='100%' cellpadding='6' style='margin-bottom:6px; {style}'><tr><td>"
                f"<b>{escape(author_label(m.author))}</b>"
                f"&nbsp;&nbsp;<span style='color:gray'>{_when(m.sent_at)}</span><br>{body}"
                "</td></tr></table>"
            )
        self.setHtml("".join(parts))
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())  # the newest message is what needs an answer


class TicketSidePanel(QTextBrowser):
    """Who is asking, about which order and listing, and everything they asked before.

    Links: ``ticket:<id>`` opens another of the customer's tickets, ``order:<id>`` the
    order in the Orders tab, ``merge-customer`` offers to merge a duplicate."""

    link_clicked = Signal(str)

    def __init__(self, currency: str, parent=None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.setOpenLinks(False)
        self.anchorClicked.connect(lambda url: self.link_clicked.emit(url.toString()))

    def _money(self, amount: int | None) -> str:
        return "" if amount is None else escape(format_money(amount, self.currency))

    def show_context(self, ctx: TicketContext | None, duplicates: int = 0) -> None:
        if ctx is None:
            self.setHtml("")
            return
        h = []
        h.append(_heading(self.tr("Customer")))
        if ctx.customer:
            c = ctx.customer
            details = [c.shown] + [
                x for x in (c.email, c.phone, c.platform_id) if x and x != c.shown
            ]
            h.append("<br>".join(escape(x) for x in details))
            if duplicates:
                text = self.tr("{n} possible duplicates: merge…").format(n=duplicates)
                h.append(f"<br><a href='merge-customer'>{escape(text)}</a>")
        else:
            h.append(_aside(self.tr("Not linked to a customer")))
        h.append(_heading(self.tr("Order")))
        if ctx.order:
            o = ctx.order
            h.append(
                f"<a href='order:{o.id}'>{escape(o.order_no)}</a> · "
                f"{escape(order_status_label(o.status))} · {self._money(o.total)}<br>"
                f"{_when(o.placed_at)}"
            )
            if o.tracking_no:
                tracking = self.tr("Tracking")
                h.append(f"<br>{escape(tracking)}: {escape(o.tracking_no)}")
            for sku, title, quantity in o.lines[:8]:
                h.append(f"<br>{quantity} × {escape(title or sku)}")
        elif ctx.pending_order_no:
            text = self.tr("{order} (not imported yet)").format(order=ctx.pending_order_no)
            h.append(_aside(text))
        else:
            h.append(_aside(self.tr("No order")))
        h.append(_heading(self.tr("Listing")))
        if ctx.listing:
            item = ctx.listing
            h.append(escape(item.title))
            if item.sku:
                h.append(f"<br>{escape(item.sku)} · {self._money(item.price)}")
                stock = self.tr("Stock: {n}").format(n=item.stock)
                h.append(f" · {escape(stock)}")
        elif ctx.pending_sku:
            text = self.tr("{sku} (not imported yet)").format(sku=ctx.pending_sku)
            h.append(_aside(text))
        else:
            h.append(_aside(self.tr("No listing")))
        if ctx.history:
            h.append(_heading(self.tr("History")) + "<table cellspacing='0' cellpadding='2'>")
            for entry in ctx.history[:40]:
                if entry.kind == "ticket":
                    link = f"ticket:{entry.id}"
                    title = entry.title or self.tr("(no subject)")
                    state, amount = status_label(entry.status), ""
                else:
                    link, title = f"order:{entry.id}", entry.title
                    state, amount = order_status_label(entry.status), self._money(entry.amount)
                h.append(
                    f"<tr><td style='color:gray'>{_when(entry.at)[:10]}</td>"
                    f"<td><a href='{link}'>{escape(title[:28])}</a></td></tr>"
                    f"<tr><td></td><td style='color:gray'>{amount} {escape(state)}</td></tr>"
                )
            h.append("</table>")
        self.setHtml("".join(h))
