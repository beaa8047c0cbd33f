"""The Inbox tab's widgets: the ticket list's columns and the list pane (search, count,
the Manage menu), and the ticket pane (its fields, actions, thread, reply box and side
panel). Mixed into ``InboxTab``, which keeps the loading and selection.

Texts use the literal "InboxTab" translation context: a mixin's ``self.tr`` would
not match what pyside6-lupdate records for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services import (
    ticket_due,
    tickets,
)
from shopkeeper.services.tickets_query import TicketRow
from shopkeeper.ui.models.row_table_model import Column
from shopkeeper.ui.ticket_labels import (
    due_label,
    kind_label,
    minutes_between,
    priority_label,
    reason_label,
    span_label,
    status_label,
)
from shopkeeper.ui.widgets.data_table import DataTable
from shopkeeper.ui.widgets.empty_state import TableOrEmpty
from shopkeeper.ui.widgets.filter_bar import FilterBar
from shopkeeper.ui.widgets.flow_layout import FittingComboBox, FlowLayout
from shopkeeper.ui.widgets.reply_box import ReplyBox
from shopkeeper.ui.widgets.ticket_thread import ThreadView

# The list's columns, and what each sorts by (tickets_query.SORT_KEYS).
SORT_BY_COLUMN = ("unread", "subject", "customer", "created_at", "due_at", "priority")
SUBJECT_COLUMN, CUSTOMER_COLUMN, AGE_COLUMN, DUE_COLUMN, PRIORITY_COLUMN = 1, 2, 3, 4, 5
# What a narrow list leaves out first (at the 960 px window): the thread pane shows the
# selected ticket's customer and priority, and its messages' times; Due stays, red when
# overdue.
NARROW_DROPS = (PRIORITY_COLUMN, CUSTOMER_COLUMN, AGE_COLUMN)
_PRIORITY_ORDER = {p: n for n, p in enumerate(tickets.PRIORITIES)}
OVERDUE = "#b42318"


translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them


class InboxLayout:
    """The tab's widgets, built once (uses InboxTab's ctx, now and handlers)."""

    def _columns(self) -> list[Column]:
        return [
            Column(
                "●",
                lambda r: "●" if r.unread else "",
                key=lambda r: not r.unread,
                colour=lambda r: "#2563eb" if r.unread else None,
                tooltip=lambda r: translate("InboxTab", "Unread") if r.unread else None,
                sample="●",
                header_tip=translate("InboxTab", "Unread"),
            ),
            Column(
                translate("InboxTab", "Subject"),
                lambda r: r.subject or translate("InboxTab", "(no subject)"),
                # Also what a narrow list leaves out (NARROW_DROPS).
                tooltip=lambda r: " · ".join(
                    x
                    for x in (
                        r.customer,
                        kind_label(r.kind),
                        status_label(r.status),
                        priority_label(r.priority),
                    )
                    if x
                ),
                sample="x" * 24,
            ),
            Column(translate("InboxTab", "Customer"), lambda r: r.customer, sample="x" * 12),
            Column(
                translate("InboxTab", "Age"),
                lambda r: span_label(minutes_between(r.created_at, self.now)),
                key=lambda r: r.created_at,
                numeric=True,
                sample="99 d",
            ),
            Column(
                translate("InboxTab", "Due"),
                lambda r: due_label(r.due_at, self.now),
                key=lambda r: r.due_at,
                colour=self._due_colour,
                sample="overdue 99 h",
            ),
            Column(
                translate("InboxTab", "Priority"),
                lambda r: priority_label(r.priority),
                key=lambda r: -_PRIORITY_ORDER.get(r.priority, 0),
                colour=lambda r: OVERDUE if r.priority == "urgent" else None,
                sample="Normal",
            ),
        ]

    def _due_colour(self, row: TicketRow) -> str | None:
        if row.due_at and row.due_at < ticket_due.iso(self.now):
            return OVERDUE
        return None

    def _build_list(self) -> QWidget:
        pane = QWidget()
        pane.setMinimumWidth(265)  # at 960 px: the subject's first words and the customer
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 0, 0)
        self.bar = FilterBar(translate("InboxTab", "Search subjects and messages…"))
        self.bar.search.setMinimumWidth(180)
        self.bar.changed.connect(lambda: self._load(counts=False))
        self.search_box = self.bar.search
        manage = QToolButton(text=translate("InboxTab", "Manage"))
        manage.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(manage)
        menu.addAction(translate("InboxTab", "New ticket…"), self.new_ticket)
        menu.addSeparator()
        menu.addAction(translate("InboxTab", "Canned replies…"), self.manage_canned)
        menu.addAction(
            translate("InboxTab", "Service hours and response targets…"), self.manage_hours
        )
        manage.setMenu(menu)
        self.manage_button = manage
        self.bar.row.addWidget(manage)
        # The count gets a line of its own under the search: beside it, at the 960 px
        # minimum window, the search box ran over "300 tickets".
        self.bar.row.removeWidget(self.bar.info)
        self.bar.layout().addWidget(self.bar.info)
        box.addWidget(self.bar)
        self.table = DataTable("inbox")
        self.table.setModel(self.model)
        # The subject keeps room for its first words (~14 letters) before a column steps aside.
        floor = self.table.fontMetrics().horizontalAdvance("x" * 14)
        self.table.fit_to_contents(SUBJECT_COLUMN, drop=NARROW_DROPS, floor=floor)
        # The unread dot needs less than DataTable's 40 px floor; the subject gets the rest.
        self.table.horizontalHeader().setMinimumSectionSize(24)
        self.table.horizontalHeader().setSortIndicator(AGE_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.list_area = TableOrEmpty(self.table)
        box.addWidget(self.list_area, 1)
        return pane

    def _combo(self, items: list[tuple[str, str]], field: str) -> QComboBox:
        # As wide as the value shown: the fields then share two rows in a narrow pane.
        combo = FittingComboBox()
        for value, text in items:
            combo.addItem(text, value)
        combo.activated.connect(lambda _i, c=combo, f=field: self._edit_field(f, c.currentData()))
        return combo

    def _build_ticket(self) -> QWidget:
        pane = QWidget()
        # With the list's 265 px this fits the 960 px window: four actions a row, the
        # rest wrapping to the next.
        pane.setMinimumWidth(290)
        box = QVBoxLayout(pane)
        box.setContentsMargins(4, 0, 4, 0)
        self.subject = QLabel(
            wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse
        )
        box.addWidget(self.subject)
        # The fields and the actions wrap onto another row in a narrow pane rather than
        # cut their text short.
        fields = FlowLayout()
        self.status_box = self._combo([(s, status_label(s)) for s in tickets.STATUSES], "status")
        self.priority_box = self._combo(
            [(p, priority_label(p)) for p in tickets.PRIORITIES], "priority"
        )
        self.kind_box = self._combo([(k, kind_label(k)) for k in tickets.KINDS], "kind")
        self.reason_box = self._combo(
            [("", translate("InboxTab", "No reason"))]
            + [(r, reason_label(r)) for r in tickets.REASONS],
            "reason",
        )
        self.tags = QLineEdit(placeholderText=translate("InboxTab", "Tags, separated by commas"))
        self.tags.setMinimumWidth(
            self.tags.fontMetrics().horizontalAdvance(self.tags.placeholderText()) + 16
        )
        self.tags.editingFinished.connect(lambda: self._edit_field("tags", self.tags.text()))
        for widget in (self.status_box, self.priority_box, self.kind_box, self.reason_box):
            fields.addWidget(widget)
        fields.addWidget(self.tags)  # it expands: the rest of its row
        box.addLayout(fields)
        actions = FlowLayout()
        self.buttons: dict[str, QToolButton] = {}
        for name, text, slot in (
            (
                "resolve",
                translate("InboxTab", "Resolve"),
                lambda: self._edit_field("status", "resolved"),
            ),
            ("close", translate("InboxTab", "Close…"), self.close_ticket),
            ("snooze", translate("InboxTab", "Snooze…"), self.snooze),
            ("merge", translate("InboxTab", "Merge…"), self.merge),
        ):
            button = QToolButton(text=text)
            button.clicked.connect(slot)
            self.buttons[name] = button
            actions.addWidget(button)
        link = QToolButton(text=translate("InboxTab", "Link"))
        link.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(link)
        menu.addAction(translate("InboxTab", "Order…"), self.link_order)
        menu.addAction(translate("InboxTab", "Listing (SKU)…"), self.link_sku)
        link.setMenu(menu)
        self.buttons["link"] = link
        actions.addWidget(link)
        box.addLayout(actions)
        self.thread = ThreadView()
        box.addWidget(self.thread, 2)
        self.reply = ReplyBox()
        self.reply.insert_requested.connect(self.insert_canned)
        self.reply.copy_requested.connect(self.copy_reply)
        self.reply.note_requested.connect(self.add_note)
        self.reply.customer_requested.connect(self.log_customer_message)
        # A short window shares its height between the thread and the reply, the thread first.
        box.addWidget(self.reply, 1)
        return pane
