"""The Orders tab: the seller's daily views of imported orders, and one order in full."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QPoint, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
)

from shopkeeper.services import orders
from shopkeeper.ui.labels import channel_label, order_status_label
from shopkeeper.ui.models import orders_table_model as cols
from shopkeeper.ui.models.orders_table_model import ID_ROLE, OrdersTableModel
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.base import ShopTab
from shopkeeper.ui.widgets.data_table import DataTable
from shopkeeper.ui.widgets.empty_state import TableOrEmpty
from shopkeeper.ui.widgets.filter_bar import FilterBar
from shopkeeper.ui.widgets.latest_only import LatestOnly
from shopkeeper.ui.widgets.order_detail_view import OrderDetailView


class OrdersTab(ShopTab):
    key = "orders"
    icon_name = "orders"
    tables = frozenset({"orders", "order_items", "customers", "refunds", "tickets"})

    def __init__(self, ctx: TabContext, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(ctx)
        self.db = ctx.shop.db
        self.detail: orders.OrderDetail | None = None
        self.sort = ("placed_at", True)
        self.span: tuple = (None, None)  # the first and last order's days, from a refresh
        self.setWindowTitle(self.tr("Orders"))
        self.searches = LatestOnly(ctx.runner, self, self.tr("Searching orders…"))
        self.counting = LatestOnly(ctx.runner, self, self.tr("Counting orders…"))
        self.model = OrdersTableModel(ctx.shop.currency, self._load_rows, self)
        self.model.sort_requested.connect(self._sort_requested)

        self.bar = FilterBar(
            self.tr("Search order, customer, SKU…"),
            period_presets=("all_time", "last_7_days", "last_30_days", "this_year"),
            channels=True,
            today=today,
            views={
                "all": self.tr("All ({count})"),
                "unpaid": self.tr("Unpaid ({count})"),
                "unshipped": self.tr("Unshipped ({count})"),
                "shipped": self.tr("Shipped ({count})"),
                "completed": self.tr("Completed ({count})"),
                "refunded": self.tr("Refunded ({count})"),
                "cancelled": self.tr("Cancelled ({count})"),
            },
        )
        self.bar.views.button(self.bar.views.checkedId()).setToolTip(self.tr("Every order"))
        self.bar.view_buttons["completed"].setToolTip(
            self.tr("Shipped or completed: the seller's part is done")
        )
        self.bar.view_buttons["shipped"].setToolTip(self.tr("Shipped and still in transit"))
        self.bar.changed.connect(self._filters_changed)
        self.search_box = self.bar.search
        # Older names, kept for tests and for the filter bar's parts.
        self.search, self.period, self.channel = self.bar.search, self.bar.period, self.bar.channel
        self.date_from, self.date_to = self.bar.date_from, self.bar.date_to
        self.view_buttons = self.bar.view_buttons

        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 380])
        layout.addWidget(splitter, 1)

    # -- building -------------------------------------------------------------
    def _build_table(self) -> TableOrEmpty:
        table = self.table = DataTable("orders", multi_select=False)
        table.setModel(self.model)
        table.stretch(cols.CUSTOMER)
        table.horizontalHeader().setSortIndicator(cols.PLACED, Qt.SortOrder.DescendingOrder)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        self.context_menu = QMenu(self)
        self.table_area = TableOrEmpty(table)
        return self.table_area

    def _build_detail(self):
        from PySide6.QtWidgets import QWidget

        pane = QWidget()
        pane.setMinimumWidth(340)
        box = QVBoxLayout(pane)
        box.setContentsMargins(8, 0, 0, 0)
        self.title = QLabel(textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        box.addWidget(self.title)
        self.status_actions: dict[str, QAction] = {}
        # Two rows of two: four buttons in one row cut "Mark completed" at 1280 px.
        buttons = QGridLayout()
        buttons.setColumnStretch(2, 1)
        for number, (status, text) in enumerate(
            (
                ("paid", self.tr("Mark paid")),
                ("shipped", self.tr("Mark shipped")),
                ("completed", self.tr("Mark completed")),
                ("cancelled", self.tr("Cancel order")),
            )
        ):
            action = QAction(text, self)
            action.triggered.connect(lambda _=False, s=status: self.change_status(s))
            self.status_actions[status] = action
            self.context_menu.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, number // 2, number % 2)
        box.addLayout(buttons)
        self.detail_view = OrderDetailView(self.ctx.shop.currency)
        # A line's SKU opens the listing, a ticket opens it in the Inbox.
        self.detail_view.anchorClicked.connect(self._link_clicked)
        box.addWidget(self.detail_view, 1)
        self._show_detail(None)
        return pane

    # -- loading --------------------------------------------------------------
    def current_filter(self) -> orders.OrderFilter:
        start, end = self.bar.date_range()
        return orders.OrderFilter(
            text=self.bar.text(),
            view=self.bar.view() or "all",
            date_from=start,
            date_to=end,
            channel=self.bar.channel_value(),
        )

    def _load_rows(self, ids: list) -> dict:
        # A screenful of rows by primary key: a millisecond or two on the GUI connection.
        try:
            return orders.rows_by_id(self.db, ids)
        except Exception as exc:  # noqa: BLE001 - e.g. the shop file went away
            self.ctx.errors(exc)
            return {}

    @Slot()
    def refresh(self) -> None:
        """Query again (after a change, say), keeping the selected order if still shown,
        else the cursor's row, so a queue can be worked down."""
        self._reload(keep_position=True, choices=True)

    @Slot()
    def _filters_changed(self) -> None:
        self._reload(keep_position=False)

    @Slot(int, Qt.SortOrder)
    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        wanted = (cols.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != self.sort:
            self.sort = wanted
            if not self.stale:  # a tab not loaded yet sorts on its first load
                self._reload(keep_position=False)

    def _reload(self, keep_position: bool, choices: bool = False) -> None:
        self.bar.debounce.stop()  # a search typed and then run by Enter runs once
        flt, shop, (sort, descending) = self.current_filter(), self.ctx.shop, self.sort
        selected = self.detail.id if self.detail else None
        row = self.table.currentIndex().row() if keep_position else -1

        def search(progress) -> orders.OrdersPage:
            # Over a 400k-order shop this takes a noticeable moment: it runs on a
            # connection of its own in a worker, so typing never freezes the window.
            with shop.read_connection() as db:
                return orders.search(db, flt, sort, descending, counts=False)

        def summary(progress) -> orders.ViewSummary:
            # The view counts (and the channel list) come from a second worker, so the
            # rows show as soon as they are read.
            with shop.read_connection() as db:
                return orders.view_summary(db, flt, choices=choices)

        self.searches.run(search, lambda page: self._show_page(page, selected, row))
        self.counting.run(summary, self._show_summary)

    def _show_summary(self, summary: orders.ViewSummary) -> None:
        self.bar.set_counts(summary.counts)
        if summary.channels or summary.span != (None, None):  # only a refresh asks
            self.bar.set_channels(list(summary.channels))
            self.span = summary.span
            self.bar.show_period(self.span)  # "All time" shows the orders' first and last days

    def _show_page(self, page: orders.OrdersPage, selected: int | None, fallback_row: int) -> None:
        self.model.currency = self.detail_view.currency = self.ctx.shop.currency
        self.bar.show_period(self.span)
        self.model.set_ids(page.ids, page.first_rows)
        self._fit_order_column(
            max((r.order_no for r in page.first_rows.values()), key=len, default="")
        )
        self.bar.info.setText(self.tr("{count} orders").format(count=f"{len(page.ids):,}"))
        if page.ids:
            self.table_area.show_table()
        elif page.shop_has_orders:
            self.table_area.show_empty(
                self.tr("No orders match this search and these filters."),
                self.tr("Clear the search or pick another view."),
            )
        else:
            self.table_area.show_empty(
                self.tr("No orders yet."),
                self.tr(
                    "Import them with File > Import… (Ctrl+I) or drop a spreadsheet on the window."
                ),
            )
        self._reselect(selected, fallback_row)

    def _fit_order_column(self, longest: str) -> None:
        # Order numbers are copied and compared whole (Taobao's run to 19 digits), so the
        # column grows to fit them; measuring one sample is cheap, unlike ResizeToContents.
        needed = min(self.table.fontMetrics().horizontalAdvance(longest) + 16, 240)
        header = self.table.horizontalHeader()
        if header.sectionSize(cols.ORDER) < needed:
            header.resizeSection(cols.ORDER, needed)

    def _reselect(self, order_id: int | None, fallback_row: int) -> None:
        row = self.model.row_of(order_id)
        if row is None:
            row = min(fallback_row, self.model.rowCount() - 1)
        if row >= 0:
            self.table.selectRow(row)
        self._show_detail(self.model.index(row, 0).data(ID_ROLE) if row >= 0 else None)

    def open_item(self, item: object) -> None:
        """Show one order (by id), clearing filters that would hide it."""
        self.bar.search.setText("")
        self.bar.view_buttons["all"].setChecked(True)
        if self.bar.period is not None:
            self.bar.set_preset("all_time")
        self._reload(keep_position=False)
        row = self.model.row_of(item)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- the selected order ---------------------------------------------------
    @Slot()
    def _row_changed(self) -> None:
        self._show_detail(self.table.currentIndex().data(ID_ROLE))

    def _show_detail(self, order_id: int | None) -> None:
        try:
            self.detail = orders.order_detail(self.db, order_id) if order_id is not None else None
        except KeyError:  # deleted since the list was read (an undone import, say)
            self.detail = None
        d = self.detail
        self._enable_status_actions()
        if d is None:
            nothing = self.tr("No order selected")
            self.title.setText(f"<b>{escape(nothing)}</b>")
            self.detail_view.setHtml(
                escape(self.tr("Select an order to see its lines, customer, refunds and tickets."))
            )
            return
        status = d.status
        if d.refunded and status not in ("refunded", "cancelled"):
            status = "refunded" if d.refunded >= d.total else "partly_refunded"
        self.title.setText(
            f"<span style='font-size:large; font-weight:600'>{escape(d.order_no)}</span>"
            f"&nbsp;&nbsp;{escape(order_status_label(status))} · "
            f"{escape(channel_label(d.channel))} · "
            f"{escape(d.placed_at[:16].replace('T', ' '))}"
        )
        self.detail_view.show_order(d)

    def _enable_status_actions(self) -> None:
        d = self.detail
        for status, action in self.status_actions.items():
            action.setEnabled(
                not self.read_only and d is not None and orders.can_change_status(d.status, status)
            )

    def set_editable(self, editable: bool) -> None:
        """A read-only shop shows its orders but offers no status change."""
        self._enable_status_actions()

    def _link_clicked(self, url) -> None:
        target = self.detail_view.link_target(url.toString())
        if target:
            self.ctx.open_in_tab(*target)

    # -- status changes -------------------------------------------------------
    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        self.context_menu.exec(self.table.viewport().mapToGlobal(pos))

    def change_status(self, status: str) -> None:
        """Move the selected order to ``status`` as one undoable step."""
        d = self.detail
        if self.read_only or d is None or not orders.can_change_status(d.status, status):
            return
        texts = {
            "paid": self.tr("Mark order {order} paid"),
            "shipped": self.tr("Mark order {order} shipped"),
            "completed": self.tr("Mark order {order} completed"),
            "cancelled": self.tr("Cancel order {order}"),
        }
        try:
            change = orders.set_status(
                self.db, d.id, status, texts[status].format(order=d.order_no)
            )
        except Exception as exc:  # noqa: BLE001 - e.g. the shop file went away
            self.ctx.errors(exc)
            return
        self.ctx.push_change(change)
