"""The Inbox tab's edits to tickets: state, priority, kind, tags and reason, closing
(with satisfaction), snoozing, merging tickets and customers, linking orders and
listings, opening a new ticket. Each is a service write whose Change goes on the
undo stack (``_write``).

Texts use the literal "InboxTab" translation context: a mixin's ``self.tr`` would
not match what pyside6-lupdate records for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QInputDialog

from shopkeeper.errors import UserError
from shopkeeper.services import customers, tickets, tickets_query
from shopkeeper.ui.dialogs.ticket_dialogs import (
    CloseDialog,
    NewTicketDialog,
    PickDialog,
    SnoozeDialog,
)
from shopkeeper.ui.i18n import user_message
from shopkeeper.ui.ticket_labels import status_label


class InboxActions:
    """Ticket edits, mixed into ``InboxTab`` (uses its db, ctx, current and widgets)."""

    def _write(self, make_change, text: str) -> bool:
        """Run a service write and put its Change on the undo stack."""
        if self.read_only:
            return False
        try:
            change = make_change()
        except UserError as exc:
            self.ctx.errors(exc)
            return False
        except Exception as exc:  # noqa: BLE001 - e.g. the shop file went away
            self.ctx.errors(exc)
            return False
        self.ctx.push_change(change, text)
        return True

    def _edit_field(self, field: str, value: str) -> None:
        if self.current is None or self.current.get(field) == value:
            return
        ids = self.selected_ids()
        subject = self.current["subject"]
        if field == "status":
            self._write(
                lambda: tickets.set_status(self.db, ids, value),
                QCoreApplication.translate("InboxTab", "Set “{subject}” to {state}").format(
                    subject=subject, state=status_label(value)
                ),
            )
        else:
            self._write(
                lambda: tickets.update_tickets(self.db, ids, **{field: value}),
                QCoreApplication.translate("InboxTab", "Edit “{subject}”").format(subject=subject),
            )
        self._show_ticket(self.current["id"])

    @Slot()
    def close_ticket(self) -> None:
        if self.current is None:
            return
        dialog = CloseDialog(self)
        if dialog.exec():
            score, scale = dialog.result_score()
            ticket_id = self.current["id"]
            self._write(
                lambda: tickets.close(self.db, ticket_id, score=score, scale=scale),
                QCoreApplication.translate("InboxTab", "Close “{subject}”").format(
                    subject=self.current["subject"]
                ),
            )

    @Slot()
    def snooze(self) -> None:
        if self.current is None:
            return
        ids = self.selected_ids()
        dialog = SnoozeDialog(self.now, self)
        if dialog.exec():
            until = dialog.until()
            self._write(
                lambda: tickets.snooze(self.db, ids, until),
                QCoreApplication.translate("InboxTab", "Snooze {count} tickets").format(
                    count=len(ids)
                ),
            )

    @Slot()
    def merge(self) -> None:
        if self.current is None:
            return
        source = self.current
        no_subject = QCoreApplication.translate("InboxTab", "(no subject)")
        candidates = [
            (
                t.id,
                f"{t.subject or no_subject} · {t.customer} · "
                f"{t.created_at[:10]} · {status_label(t.status)}",
            )
            for t in tickets_query.list_tickets(self.db, "all")
            if t.id != source["id"]
            and (not source["customer_id"] or t.customer == self._customer_name(source))
        ][:200]
        dialog = PickDialog(
            QCoreApplication.translate("InboxTab", "Merge ticket"),
            QCoreApplication.translate("InboxTab", "Move this ticket's messages into:"),
            candidates,
            QCoreApplication.translate("InboxTab", "Merge"),
            self,
        )
        if dialog.exec() and dialog.value() is not None:
            target = dialog.value()
            self._write(
                lambda: tickets.merge(self.db, source["id"], target),
                QCoreApplication.translate("InboxTab", "Merge “{subject}”").format(
                    subject=source["subject"]
                ),
            )

    def _customer_name(self, ticket: dict) -> str:
        found = customers.get(self.db, ticket["customer_id"])
        return found.shown if found else ""

    @Slot()
    def link_order(self) -> None:
        if self.current is None:
            return
        number, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("InboxTab", "Link an order"),
            QCoreApplication.translate("InboxTab", "Order number:"),
        )
        if ok and number.strip():
            ticket_id = self.current["id"]
            self._write(
                lambda: tickets.link_numbers(self.db, ticket_id, order_no=number.strip()),
                QCoreApplication.translate("InboxTab", "Link order {order}").format(
                    order=number.strip()
                ),
            )

    @Slot()
    def link_sku(self) -> None:
        if self.current is None:
            return
        sku, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("InboxTab", "Link a listing"),
            QCoreApplication.translate("InboxTab", "SKU:"),
        )
        if ok and sku.strip():
            ticket_id = self.current["id"]
            self._write(
                lambda: tickets.link_numbers(self.db, ticket_id, sku=sku.strip()),
                QCoreApplication.translate("InboxTab", "Link SKU {sku}").format(sku=sku.strip()),
            )

    @Slot()
    def new_ticket(self) -> None:
        from shopkeeper.services import orders

        dialog = NewTicketDialog(orders.channels(self.db), self)
        while dialog.exec():
            try:
                ticket_id, change = tickets.open_ticket(
                    self.db,
                    dialog.subject.text(),
                    dialog.body.toPlainText(),
                    kind=dialog.kind.currentData(),
                    priority=dialog.priority.currentData(),
                    channel=dialog.channel_value(),
                    customer=dialog.customer.text(),
                    order_no=dialog.order_no.text(),
                )
            except UserError as exc:
                dialog.problem.setText(user_message(exc))
                continue
            self.ctx.push_change(
                change,
                QCoreApplication.translate("InboxTab", "New ticket “{subject}”").format(
                    subject=dialog.subject.text().strip()
                ),
            )
            self.open_item(ticket_id)
            return

    @Slot(str)
    def _side_link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "order":
            self.ctx.open_in_tab("orders", int(value))
        elif kind == "ticket":
            self.open_item(int(value))
        elif kind == "merge-customer" and self.current and self.current["customer_id"]:
            keep = self.current["customer_id"]
            found = customers.find_duplicates(self.db, keep)
            dialog = PickDialog(
                QCoreApplication.translate("InboxTab", "Merge customers"),
                QCoreApplication.translate(
                    "InboxTab",
                    "Merge this duplicate into the ticket's customer; their orders and "
                    "tickets move over:",
                ),
                [
                    (c.id, " · ".join(x for x in (c.shown, c.email, c.phone, c.platform_id) if x))
                    for c in found
                ],
                QCoreApplication.translate("InboxTab", "Merge"),
                self,
            )
            if dialog.exec() and dialog.value() is not None:
                duplicate = dialog.value()
                self._write(
                    lambda: customers.merge(self.db, duplicate, keep),
                    QCoreApplication.translate("InboxTab", "Merge customers"),
                )
