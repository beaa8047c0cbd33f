"""The Inbox tab's reply box: inserting a canned reply, copying a reply for the
platform's chat (the app itself sends nothing), and logging a note or what the
customer wrote.

Texts use the literal "InboxTab" translation context: a mixin's ``self.tr`` would
not match what pyside6-lupdate records for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QGuiApplication

from shopkeeper.services import canned_replies, tickets
from shopkeeper.ui.dialogs.canned_reply_picker import CannedReplyPicker
from shopkeeper.ui.i18n import user_message


class InboxReplies:
    """The reply box's actions, mixed into ``InboxTab`` (uses ``_write`` from
    ``InboxActions``)."""

    @Slot()
    def insert_canned(self) -> None:
        if self.current is None:
            return
        language = "zh" if self.current["channel"] in ("taobao", "jd", "tmall", "pinduoduo") else ""
        picker = CannedReplyPicker(canned_replies.all_replies(self.db), language, self)
        if picker.exec() and picker.chosen is not None:
            self.reply.insert(picker.chosen.body)

    @Slot()
    def copy_reply(self) -> None:
        if self.current is None:
            return
        filled = self.reply.check()
        try:
            text = canned_replies.check_ready(filled or canned_replies.fill("", {}))
        except canned_replies.ReplyRejected as exc:
            self.reply._warn(user_message(exc))
            return
        QGuiApplication.clipboard().setText(text)
        then = self.reply.then.currentData()
        ticket_id, subject = self.current["id"], self.current["subject"]
        if self._write(
            lambda: tickets.add_message(self.db, ticket_id, text, "seller", then_status=then),
            QCoreApplication.translate("InboxTab", "Reply to “{subject}”").format(subject=subject),
        ):
            self.reply.clear()
            self.reply._warn(
                QCoreApplication.translate("InboxTab", "Copied: paste it into the platform's chat.")
            )
            self._show_ticket(ticket_id)

    def _log_message(self, author: str, empty: str, undo: str) -> None:
        """Add the reply box's text to the ticket as ``author`` (a note, the customer's
        words); ``empty`` is the warning for no text, ``undo`` names the edit."""
        if self.current is None:
            return
        text, ticket_id = self.reply.text(), self.current["id"]
        if not text.strip():
            self.reply._warn(empty)
            return
        if self._write(
            lambda: tickets.add_message(self.db, ticket_id, text, author),
            undo.format(subject=self.current["subject"]),
        ):
            self.reply.clear()
            self._show_ticket(ticket_id)

    @Slot()
    def add_note(self) -> None:
        self._log_message(
            "note",
            QCoreApplication.translate("InboxTab", "The note is empty. Write something first."),
            QCoreApplication.translate("InboxTab", "Note on “{subject}”"),
        )

    @Slot()
    def log_customer_message(self) -> None:
        """Record what the customer wrote on the platform (the reply box's text) as theirs."""
        self._log_message(
            "customer",
            QCoreApplication.translate(
                "InboxTab", "The message is empty. Paste what the customer wrote."
            ),
            QCoreApplication.translate("InboxTab", "Customer message on “{subject}”"),
        )
