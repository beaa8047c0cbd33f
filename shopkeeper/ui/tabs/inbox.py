"""The Inbox tab: folders | tickets | the conversation, with the customer beside it.

Every edit (reply, note, state, priority, kind, tags, reason, snooze, merge, links,
satisfaction) is a service write whose Change goes on the undo stack: the edits are
in ``inbox_actions``, the reply box's actions in ``inbox_replies``. Replies are
copied to the clipboard for the platform's chat: the app itself sends nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QSplitter,
    QVBoxLayout,
)

from shopkeeper.services import (
    canned_replies,
    customers,
    money,
    ticket_due,
    tickets,
    tickets_context,
    tickets_query,
)
from shopkeeper.services.tickets_query import TicketRow
from shopkeeper.ui.dialogs.canned_replies_dialog import CannedRepliesDialog
from shopkeeper.ui.dialogs.service_hours_dialog import ServiceHoursDialog
from shopkeeper.ui.labels import channel_label
from shopkeeper.ui.models.row_table_model import ID_ROLE, ROW_ROLE, LazyRowsModel
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.base import ShopTab
from shopkeeper.ui.tabs.inbox_actions import InboxActions
from shopkeeper.ui.tabs.inbox_layout import (  # the columns are named where they are built
    AGE_COLUMN,
    SORT_BY_COLUMN,
    InboxLayout,
)
from shopkeeper.ui.tabs.inbox_replies import InboxReplies
from shopkeeper.ui.ticket_labels import (
    kind_label,
)
from shopkeeper.ui.widgets.inbox_folders import InboxFolders
from shopkeeper.ui.widgets.latest_only import LatestOnly
from shopkeeper.ui.widgets.ticket_thread import TicketSidePanel


class TicketsTableModel(LazyRowsModel):
    """Ticket ids in list order; the rows on screen are read as they are shown."""

    def replace_row(self, row: TicketRow) -> None:
        """Show a changed row in place (marked read, say) without reloading the list."""
        self._cache[row.id] = row
        number = self.row_of(row.id)
        if number is not None:
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))


class InboxTab(InboxLayout, InboxActions, InboxReplies, ShopTab):
    key = "inbox"
    icon_name = "inbox"
    tables = frozenset({"tickets", "ticket_messages", "customers", "orders", "canned_replies"})

    def __init__(self, ctx: TabContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Inbox"))
        self.db = ctx.shop.db
        self.now = dt.datetime.now()
        self.current: dict | None = None
        self.loading = False
        self.counts: dict[str, int] = {}
        self.loads = LatestOnly(ctx.runner, self, self.tr("Loading tickets…"))
        self.folders = InboxFolders()
        self.folders.folder_changed.connect(lambda _f: self.refresh())
        self.sort = ("created_at", True)
        self.model = TicketsTableModel(self._columns(), self._load_rows, self)
        self.model.sort_requested.connect(self._sort_requested)
        splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        splitter.addWidget(self.folders)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_ticket())
        self.side = TicketSidePanel(ctx.shop.currency)
        self.side.setMinimumWidth(185)
        self.side.link_clicked.connect(self._side_link)
        splitter.addWidget(self.side)
        splitter.setSizes([190, 560, 410, 250])
        # At 1280 px this leaves the thread ~340 px, its actions on one row; the list takes
        # most of a wider (or narrower) window: subjects need the room more than the
        # thread, which wraps.
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_ticket(None)

    # -- loading ----------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        self._load(counts=True)

    def _load(self, counts: bool) -> None:
        """List the folder (narrowed by the search) in a worker; the folder counts too,
        unless only the search changed (counts do not depend on it)."""
        folder, text, shop = self.folders.current_folder(), self.bar.text(), self.ctx.shop
        sort, descending = self.sort
        selected = self.current["id"] if self.current else None
        self.bar.debounce.stop()

        def load(_progress):
            with shop.read_connection() as db:
                now = ticket_due.rules(db).now()
                stamp = ticket_due.iso(now)
                ids = tickets_query.ticket_ids(db, folder, text, stamp, sort, descending)
                return (
                    now,
                    tickets_query.folder_counts(db, stamp) if counts else None,
                    ids,
                    tickets_query.rows_by_id(db, ids[: TicketsTableModel.BLOCK]),
                )

        self.loading = True  # only the newest answer is shown when searches overlap
        self.loads.run(load, lambda result: self._show_list(*result, selected))

    def _show_list(self, now, counts, ids, first_rows, selected) -> None:
        self.loading = False
        self.now = now
        if counts is not None:
            self.counts = counts
            self.folders.set_counts(counts)
        counts = self.counts
        self.model.set_ids(ids, first_rows)
        self.bar.info.setText(self.tr("{count} tickets").format(count=f"{len(ids):,}"))
        if ids:
            self.list_area.show_table()
        elif counts.get("all"):
            self.list_area.show_empty(
                self.tr("No tickets here."), self.tr("Pick another folder or clear the search.")
            )
        else:
            self.list_area.show_empty(
                self.tr("No tickets yet."),
                self.tr("Import chats, reviews or emails with File > Import… (Ctrl+I)."),
            )
        row = self.model.row_of(selected) if selected is not None else None
        if row is None and ids:
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self._show_ticket(None)

    def _load_rows(self, ids: list) -> dict:
        # A screenful of rows by id: a millisecond or two on the GUI connection.
        try:
            return tickets_query.rows_by_id(self.db, ids)
        except Exception as exc:  # noqa: BLE001 - e.g. the shop file went away
            self.ctx.errors(exc)
            return {}

    @Slot(int, Qt.SortOrder)
    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if column == AGE_COLUMN:  # the youngest first is the newest first
            descending = not descending
        wanted = (SORT_BY_COLUMN[column], descending)
        if wanted != self.sort:
            self.sort = wanted
            if not self.stale:  # a tab not loaded yet sorts on its first load
                self._load(counts=False)

    def open_item(self, item: object) -> None:
        """Show one ticket (by id) from another tab, clearing what would hide it."""
        self.bar.search.setText("")
        self.current = {"id": item}
        self.folders.select("all")
        self.refresh()

    # -- the selected ticket ----------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        ids = [self.model.index(r, 0).data(ID_ROLE) for r in sorted(rows)]
        return ids or ([self.current["id"]] if self.current else [])

    @Slot()
    def _row_changed(self) -> None:
        self._show_ticket(self.table.currentIndex().data(ID_ROLE))

    def _show_ticket(self, ticket_id: int | None) -> None:
        ticket = tickets_query.ticket(self.db, ticket_id) if ticket_id is not None else None
        self.current = ticket
        for widget in (
            self.status_box,
            self.priority_box,
            self.kind_box,
            self.reason_box,
            self.tags,
            self.reply,
            *self.buttons.values(),
        ):
            widget.setEnabled(ticket is not None and not self.read_only)
        if ticket is None:
            nothing = self.tr("No ticket selected")
            self.subject.setText(f"<b>{nothing}</b>")
            self.thread.show_thread([])
            self.side.show_context(None)
            return
        title = ticket["subject"] or self.tr("(no subject)")
        extra = [kind_label(ticket["kind"]), channel_label(ticket["channel"])]
        if ticket["ticket_no"]:
            extra.append(ticket["ticket_no"])
        if ticket["snoozed_until"] and ticket["snoozed_until"] > ticket_due.iso(self.now):
            extra.append(
                self.tr("snoozed until {time}").format(
                    time=ticket["snoozed_until"][:16].replace("T", " ")
                )
            )
        if ticket["rating"] is not None:
            extra.append(f"{ticket['rating_scale'].upper()} {ticket['rating']}")
        from html import escape

        self.subject.setText(
            f"<span style='font-size:large; font-weight:600'>{escape(title)}</span><br>"
            f"<span style='color:gray'>{escape(' · '.join(x for x in extra if x))}</span>"
        )
        for combo, field in (
            (self.status_box, "status"),
            (self.priority_box, "priority"),
            (self.kind_box, "kind"),
            (self.reason_box, "reason"),
        ):
            combo.setCurrentIndex(max(0, combo.findData(ticket[field])))
        self.tags.setText(ticket["tags"])
        self.thread.show_thread(tickets_query.thread(self.db, ticket["id"]))
        context = tickets_context.context(self.db, ticket["id"])
        duplicates = (
            customers.find_duplicates(self.db, ticket["customer_id"])
            if ticket["customer_id"]
            else []
        )
        self.side.currency = self.ctx.shop.currency
        self.side.show_context(context, len(duplicates))
        self.reply.set_values(
            canned_replies.ticket_values(
                self.db, ticket["id"], money.exponent(self.ctx.shop.currency)
            )
        )
        if ticket["unread"] and not getattr(self.ctx.shop, "read_only", False):
            self._mark_read(ticket["id"])

    def _mark_read(self, ticket_id: int) -> None:
        # Reading is not an edit to undo: the row is updated in place, nothing reloads.
        try:
            tickets.mark_read(self.db, ticket_id)
        except Exception as exc:  # noqa: BLE001 - e.g. a read-only shop
            self.ctx.errors(exc)
            return
        row = self.model.row_of(ticket_id)
        if row is not None:
            old = self.model.index(row, 0).data(ROW_ROLE)
            self.model.replace_row(old._replace(unread=False))

    def set_editable(self, editable: bool) -> None:
        """A read-only shop's tickets can be read, not changed, replied to or managed."""
        self.manage_button.setEnabled(editable)
        for widget in (
            self.status_box,
            self.priority_box,
            self.kind_box,
            self.reason_box,
            self.tags,
            self.reply,
            *self.buttons.values(),
        ):
            widget.setEnabled(editable and self.current is not None)

    @Slot()
    def manage_canned(self) -> None:
        CannedRepliesDialog(self.db, self.ctx.push_change, self).exec()

    @Slot()
    def manage_hours(self) -> None:
        ServiceHoursDialog(self.db, self.ctx.push_change, self).exec()
