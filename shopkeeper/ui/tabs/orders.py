"""The Orders tab: the seller's daily views of imported orders, and one order in full."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QDate, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services import orders
from shopkeeper.ui.models import orders_table_model as cols
from shopkeeper.ui.models.orders_table_model import ID_ROLE, OrdersTableModel
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.base import ShopTab
from shopkeeper.ui.widgets.order_detail_view import OrderDetailView

ROW_LIMIT = 5_000  # newest rows shown; keeps a 400k-order shop as quick as a small one
CUSTOM = "custom"


class OrdersTab(ShopTab):
    key = "orders"
    icon_name = "orders"
    tables = frozenset({"orders", "order_items", "customers", "refunds", "tickets"})

    def __init__(self, ctx: TabContext, *, row_limit: int = ROW_LIMIT,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(ctx)
        self.db, self.row_limit, self.today = ctx.shop.db, row_limit, today
        self.detail: orders.OrderDetail | None = None
        self._quiet = False  # set while the tab itself moves the date edits
        self._generation = 0  # bumped per search; older answers are ignored
        self.setWindowTitle(self.tr("Orders"))
        self.model = OrdersTableModel(ctx.shop.currency, self)
        self.view_labels = {
            "all": self.tr("All ({count})"), "unpaid": self.tr("Unpaid ({count})"),
            "unshipped": self.tr("Unshipped ({count})"),
            "completed": self.tr("Completed ({count})"),
            "refunded": self.tr("Refunded ({count})"),
            "cancelled": self.tr("Cancelled ({count})"),
        }
        self.debounce = QTimer(self, singleShot=True, interval=200)
        self.debounce.timeout.connect(self._filters_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filter_row())
        layout.addLayout(self._build_view_row())
        splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 420])
        layout.addWidget(splitter, 1)
        self.search_box = self.search

    # -- building -------------------------------------------------------------
    def _build_filter_row(self) -> QHBoxLayout:
        self.search = QLineEdit(placeholderText=self.tr("Search order, customer, SKU…"),
                                clearButtonEnabled=True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self.debounce.start)
        self.search.returnPressed.connect(self._filters_changed)
        self.period = QComboBox()
        for key, text in (("all_time", self.tr("All time")),
                          ("last_7_days", self.tr("Last 7 days")),
                          ("last_30_days", self.tr("Last 30 days")),
                          ("this_year", self.tr("This year")),
                          (CUSTOM, self.tr("Custom range"))):
            self.period.addItem(text, key)
        self.period.currentIndexChanged.connect(self._filters_changed)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._dates_edited)
        self.channel = QComboBox()
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.channel.currentIndexChanged.connect(self._filters_changed)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addSpacing(12)
        for widget in (QLabel(self.tr("Placed:")), self.period, self.date_from, QLabel("–"),
                       self.date_to):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Channel:")))
        row.addWidget(self.channel)
        return row

    def _build_view_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(0)  # touching buttons read as one segmented control
        self.views = QButtonGroup(self)
        self.view_buttons: dict[str, QToolButton] = {}
        for number, view in enumerate(orders.VIEWS):
            button = QToolButton(checkable=True, checked=view == "all")
            button.setText(self.view_labels[view].format(count=0))
            self.views.addButton(button, number)
            self.view_buttons[view] = button
            row.addWidget(button)
        self.views.idClicked.connect(self._filters_changed)
        row.addStretch(1)
        self.limit_label = QLabel()
        self.limit_label.setStyleSheet("color: palette(placeholder-text);")
        row.addWidget(self.limit_label)
        return row

    def _build_table(self) -> QStackedWidget:
        table = self.table = QTableView(sortingEnabled=True, alternatingRowColors=True,
                                        wordWrap=False, showGrid=False)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        width = table.fontMetrics().horizontalAdvance
        # Sized to typical content (plus room for the sort arrow); Customer takes the rest.
        for column, sample in ((cols.ORDER, "TB2505204078"), (cols.PLACED, "2025-05-20 21:00"),
                               (cols.CHANNEL, "Shopify"), (cols.STATUS, "Completed"),
                               (cols.ITEMS, "Items"), (cols.TOTAL, "¥1,234.00"),
                               (cols.REFUNDED, "Refunded")):
            header.resizeSection(column, width(sample) + 20)
        header.setSectionResizeMode(cols.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        table.sortByColumn(cols.PLACED, Qt.SortOrder.DescendingOrder)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        self.context_menu = QMenu(self)
        self.empty_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty_label.setMargin(24)
        self.table_area = QStackedWidget()
        self.table_area.addWidget(table)
        self.table_area.addWidget(self.empty_label)
        return self.table_area

    def _build_detail(self) -> QWidget:
        pane = QWidget()
        pane.setMinimumWidth(360)
        box = QVBoxLayout(pane)
        box.setContentsMargins(8, 0, 0, 0)
        self.title = QLabel(textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        box.addWidget(self.title)
        self.status_actions: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        for status, text in (("paid", self.tr("Mark paid")), ("shipped", self.tr("Mark shipped")),
                             ("completed", self.tr("Mark completed")),
                             ("cancelled", self.tr("Cancel order"))):
            action = QAction(text, self)
            action.triggered.connect(lambda _=False, s=status: self.change_status(s))
            self.status_actions[status] = action
            self.context_menu.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.detail_view = OrderDetailView(self.ctx.shop.currency)
        box.addWidget(self.detail_view, 1)
        self._show_detail(None)
        return pane

    # -- filters --------------------------------------------------------------
    def current_filter(self) -> orders.OrderFilter:
        preset = self.period.currentData()
        if preset == CUSTOM:
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        else:
            start, end = orders.preset_range(preset, self.today())
        return orders.OrderFilter(text=self.search.text().strip(),
                                  view=orders.VIEWS[max(0, self.views.checkedId())],
                                  date_from=start, date_to=end,
                                  channel=self.channel.currentData() or "")

    def _show_period(self) -> None:
        """Put a preset's dates in the date edits; "All time" shows the span of the orders."""
        preset = self.period.currentData()
        if preset == CUSTOM:
            return
        start, end = orders.preset_range(preset, self.today())
        if start is None:
            first, last = orders.date_span(self.db)
            start, end = first or self.today(), max(last or self.today(), self.today())
        self._quiet = True
        try:
            self.date_from.setDate(QDate(start))
            self.date_to.setDate(QDate(end))
        finally:
            self._quiet = False

    @Slot()
    def _dates_edited(self) -> None:
        if self._quiet:
            return
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.period.findData(CUSTOM))
        self.period.blockSignals(False)
        self.debounce.start()

    def _fill_channels(self) -> None:
        wanted = [""] + orders.channels(self.db)
        if [self.channel.itemData(i) for i in range(self.channel.count())] == wanted:
            return
        chosen = self.channel.currentData() or ""
        self.channel.blockSignals(True)
        self.channel.clear()
        self.channel.addItem(self.tr("All channels"), "")
        for name in wanted[1:]:
            self.channel.addItem(self.model.channel_label(name), name)
        self.channel.setCurrentIndex(max(0, self.channel.findData(chosen)))
        self.channel.blockSignals(False)

    # -- public ---------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Query again (after a change, say), keeping the selected order if still shown,
        else the cursor's row, so a queue can be worked down."""
        self._fill_channels()  # scans an index, so not on every keystroke
        self._reload(keep_position=True)

    @Slot()
    def _filters_changed(self) -> None:
        self._reload(keep_position=False)

    def _reload(self, keep_position: bool) -> None:
        # After a status change the cursor stays on its row, so a queue can be worked down.
        self.debounce.stop()
        self._show_period()
        flt = self.current_filter()
        selected, position = (self.detail.id if self.detail else None), self.table.currentIndex()
        self._generation += 1
        generation, shop, limit = self._generation, self.ctx.shop, self.row_limit

        def search(progress) -> orders.OrdersPage:
            # A search over a 400k-order shop takes most of a second: it runs on a
            # connection of its own in a worker, so typing never freezes the window.
            with shop.read_connection() as db:
                return orders.search(db, flt, limit)

        def show(page: orders.OrdersPage) -> None:
            if generation == self._generation:  # drop answers to searches typed over
                self._show_page(page, flt, selected, position.row() if keep_position else -1)

        self.ctx.runner.run(search, title=self.tr("Searching orders…"), parent=self,
                            dialog=False, on_done=show)

    def _show_page(self, page: orders.OrdersPage, flt: orders.OrderFilter,
                   selected: int | None, fallback_row: int) -> None:
        self.model.currency = self.ctx.shop.currency
        self.detail_view.currency = self.ctx.shop.currency
        self.model.set_rows(page.rows)
        self._fit_order_column(max((r.order_no for r in page.rows), key=len, default=""))
        for view, button in self.view_buttons.items():
            button.setText(self.view_labels[view].format(count=f"{page.counts[view]:,}"))
        total = page.counts[flt.view]
        self.limit_label.setText(
            self.tr("Showing the newest {shown} of {total} orders — narrow the search to see "
                    "more").format(shown=f"{self.row_limit:,}", total=f"{total:,}")
            if total > self.row_limit else "")
        self._show_empty_state(page.shop_has_orders)
        self._reselect(selected, fallback_row)

    def _fit_order_column(self, longest: str) -> None:
        # Order numbers are copied and compared whole (Taobao's run to 19 digits), so the
        # column grows to fit them; measuring one sample is cheap, unlike ResizeToContents.
        needed = min(self.table.fontMetrics().horizontalAdvance(longest) + 16, 240)
        header = self.table.horizontalHeader()
        if header.sectionSize(cols.ORDER) < needed:
            header.resizeSection(cols.ORDER, needed)

    def _show_empty_state(self, shop_has_orders: bool) -> None:
        if self.model.rowCount():
            self.table_area.setCurrentWidget(self.table)
            return
        if shop_has_orders:
            self.empty_label.setText(self.tr("No orders match this search and these filters."))
        else:
            self.empty_label.setText(self.tr(
                "No orders yet. Import them with File > Import… (Ctrl+I) or drop a spreadsheet "
                "on the window."))
        self.table_area.setCurrentWidget(self.empty_label)

    def _reselect(self, order_id: int | None, fallback_row: int) -> None:
        row = self.model.row_of(order_id)
        if row is None:
            row = min(fallback_row, self.model.rowCount() - 1)
        if row >= 0:
            self.table.selectRow(row)
        self._show_detail(self.model.index(row, 0).data(ID_ROLE) if row >= 0 else None)

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
        for status, action in self.status_actions.items():
            action.setEnabled(d is not None and orders.can_change_status(d.status, status))
        if d is None:
            nothing = self.tr("No order selected")
            self.title.setText(f"<b>{escape(nothing)}</b>")
            self.detail_view.setHtml(escape(self.tr(
                "Select an order to see its lines, customer, refunds and tickets.")))
            return
        self.title.setText(
            f"<span style='font-size:large; font-weight:600'>{escape(d.order_no)}</span>"
            f"&nbsp;&nbsp;{escape(self.model.status_label(d.status))} · "
            f"{escape(self.model.channel_label(d.channel))} · "
            f"{escape(d.placed_at[:16].replace('T', ' '))}")
        self.detail_view.show_order(d)

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
        if d is None or not orders.can_change_status(d.status, status):
            return
        texts = {"paid": self.tr("Mark order {order} paid"),
                 "shipped": self.tr("Mark order {order} shipped"),
                 "completed": self.tr("Mark order {order} completed"),
                 "cancelled": self.tr("Cancel order {order}")}
        try:
            change = orders.set_status(self.db, d.id, status, texts[status].format(order=d.order_no))
        except Exception as exc:  # noqa: BLE001 - e.g. the shop file went away
            self.ctx.errors(exc)
            return
        self.ctx.push_change(change)
