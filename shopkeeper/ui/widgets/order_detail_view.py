"""The right-hand pane of the Orders tab: one order as an invoice-like page."""

from __future__ import annotations

from html import escape
from urllib.parse import quote, unquote

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from shopkeeper.services import orders
from shopkeeper.services.money import format_money
from shopkeeper.ui import theme
from shopkeeper.ui.ticket_labels import status_label as ticket_status_label


class OrderDetailView(QTextBrowser):
    def __init__(self, currency: str) -> None:
        super().__init__(openLinks=False)
        self.currency = currency
        # Text wraps to the pane; a 100%-wide table can round a pixel over and show a bar.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    @staticmethod
    def link_target(url: str) -> tuple[str, object] | None:
        """Where a link in the page leads: ("inbox", ticket id) or ("listings", SKU)."""
        kind, _, value = url.partition(":")
        if kind == "ticket" and value.isdigit():
            return "inbox", int(value)
        if kind == "sku" and value:
            return "listings", unquote(value)
        return None

    def show_order(self, d: orders.OrderDetail) -> None:
        self.setHtml(self.order_html(d))

    def order_html(self, d: orders.OrderDetail) -> str:
        money = self._money
        total_label, refunded_label = self.tr("Total"), self.tr("Refunded")
        grey = "color: palette(placeholder-text)"
        # The SKU sits under the title, and Discount only appears when a line has one,
        # so titles get the width and do not wrap in a narrow pane.
        with_discount = any(line.discount for line in d.lines)
        heads = [self.tr("Item"), self.tr("Qty"), self.tr("Price")]
        heads += [self.tr("Discount")] if with_discount else []
        heads.append(self.tr("Line total"))
        parts = [
            self._section(self.tr("Lines")),
            "<table width='100%' cellspacing='0' cellpadding='3'><tr>"
            + "".join(
                f"<th align='{'right' if i else 'left'}'>{escape(h)}</th>"
                for i, h in enumerate(heads)
            )
            + "</tr>",
        ]
        for line in d.lines:
            cells = [
                f"{escape(line.title)}<br>"
                + (f"<a href='sku:{quote(line.sku)}'>{escape(line.sku)}</a>" if line.sku else ""),
                str(line.quantity),
                money(line.unit_price),
            ]
            cells += [money(line.discount) if line.discount else ""] if with_discount else []
            cells.append(money(line.total))
            parts.append(
                "<tr>"
                + "".join(
                    f"<td align='{'right' if i else 'left'}' valign='top'>{c}</td>"
                    for i, c in enumerate(cells)
                )
                + "</tr>"
            )
        # Totals line up under the line totals, as on an invoice.
        totals = [(escape(self.tr("Subtotal")), money(d.subtotal))]
        if d.discount:
            totals.append((escape(self.tr("Discount")), money(-d.discount)))
        totals += [
            (escape(self.tr("Shipping")), money(d.shipping)),
            (f"<b>{escape(total_label)}</b>", f"<b>{money(d.total)}</b>"),
        ]
        if d.refunded:
            danger = theme.tone("danger")
            totals.append(
                (
                    f"<span style='color:{danger}'>{escape(refunded_label)}</span>",
                    f"<span style='color:{danger}'>{money(-d.refunded)}</span>",
                )
            )
        for label, amount in totals:
            parts.append(
                f"<tr><td colspan='{len(heads) - 1}' align='right'>{label}</td>"
                f"<td align='right'>{amount}</td></tr>"
            )
        parts.append("</table>")
        parts.append(self._section(self.tr("Customer")))
        c = d.customer
        if c is None:
            no_customer = self.tr("No customer on this order.")
            parts.append(f"<p style='{grey}'>{escape(no_customer)}</p>")
        else:
            facts = [escape(x) for x in (c.email, c.phone, c.country) if x]
            parts.append(
                f"<p><b>{escape(c.name or '—')}</b><br>{' · '.join(facts)}<br>"
                + escape(self.tr("Orders from this customer: {count}").format(count=c.order_count))
                + "</p>"
            )
        parts.append(self._section(self.tr("Refunds")))
        none_label = self.tr("None")
        none = f"<p style='{grey}'>{escape(none_label)}</p>"
        parts += [
            f"<p>{money(r.amount)} · {escape(r.created_at[:10])}"
            + (f" · {escape(r.reason)}" if r.reason else "")
            + "</p>"
            for r in d.refunds
        ] or [none]
        parts.append(self._section(self.tr("Tickets")))
        parts += [
            f"<p><a href='ticket:{t.id}'>#{t.id} {escape(t.subject)}</a> <span style='{grey}'>"
            f"({escape(ticket_status_label(t.status))})</span></p>"
            for t in d.tickets
        ] or [none]
        return "".join(parts)

    def _section(self, title: str) -> str:
        return f"<p style='margin-top:14px; font-weight:600'>{escape(title)}</p>"

    def _money(self, minor: int) -> str:
        return escape(format_money(minor, self.currency))
