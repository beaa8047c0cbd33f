"""The Listings tab: every product with its variants, margins, stock cover and problems;
instant search, filters, in-place variant edits, the editor, bulk edits and pricing.

The catalogue is loaded once in a worker (then the checker's problems, in a second
job); typing filters those rows in memory, with the text matched by the shop's
trigram index, so each key costs milliseconds even at 20k products.

The tab is put together from mixins: ``listings_layout`` builds the action row, the
products table and the detail pane; ``listings_filters`` holds the filter bar and
filtering; ``widgets/listing_actions`` the edits. This module loads the catalogue and
the checker's problems, and follows the selection.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Slot
from PySide6.QtWidgets import QSplitter, QVBoxLayout

from shopkeeper.services import listing_checker, listings
from shopkeeper.services.listing_checker import Problem
from shopkeeper.ui.models import listings_model as cols
from shopkeeper.ui.models.listings_model import ListingsModels, VariantsModel
from shopkeeper.ui.models.row_table_model import ROW_ROLE, RowTableModel
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.base import ShopTab
from shopkeeper.ui.tabs.listings_filters import ListingsFilters
from shopkeeper.ui.tabs.listings_layout import ListingsLayout
from shopkeeper.ui.widgets.data_table import DataTable
from shopkeeper.ui.widgets.listing_actions import ListingActions
from shopkeeper.ui.widgets.listing_thumbs import ThumbnailCache

VIEWS = ("all", "active", "draft", "archived")
FIRST_SCREEN = 80  # rows shown at once when the tab opens, more than a tall window holds


def problem_text(problem: Problem) -> str:
    """A problem's message in the UI language."""
    template = QCoreApplication.translate("Problem", problem.template)
    values = dict(problem.args)
    for name in ("field_label", "unit"):  # marked texts themselves
        if name in values:
            values[name] = QCoreApplication.translate("Problem", values[name])
    if "reason" in values:  # the Inbox's reason label
        values["reason"] = QCoreApplication.translate("TicketReason", values["reason"])
    from shopkeeper.ui.labels import channel_label

    text = template.format(channel=channel_label(problem.channel or ""), **values)
    return f"[{channel_label(problem.channel)}] {text}" if problem.channel else text


class ListingsTab(ListingActions, ListingsLayout, ListingsFilters, ShopTab):
    key = "listings"
    icon_name = "listings"
    tables = frozenset(
        {
            "products",
            "variants",
            "product_images",
            "channel_titles",
            "channel_prices",
            "channel_settings",
            "settings",
            "orders",
            "order_items",
            "tickets",
            "competitor_prices",
        }
    )

    def __init__(self, ctx: TabContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Listings"))
        self.catalogue = listings.Catalogue([])
        self.problems: dict[int, list[Problem]] = {}
        self.checked = False  # the checker's answer for the rows shown has arrived
        self.pending_item: object = None  # what another tab asked to show
        self.floor = 1000
        self.generation = 0  # answers of a load that a newer load replaced are dropped
        self.thumbs = ThumbnailCache(ctx.shop.path)
        self.builders = ListingsModels(
            lambda: self.ctx.shop.currency, lambda: self.floor, self._icon, self._problem_texts
        )
        self.model = RowTableModel(self.builders.product_columns(), self)
        self.variants = VariantsModel(
            self.builders.variant_columns(), lambda: self.ctx.shop.currency, self
        )
        self.variants.edit_requested.connect(self.edit_variant_cell)

        self._build_filters()

        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addLayout(self._build_actions())
        splitter = QSplitter(Qt.Orientation.Vertical, childrenCollapsible=False)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._update_actions()

    # -- loading --------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        self.generation += 1
        generation, shop = self.generation, self.ctx.shop

        def load(_progress) -> tuple[listings.Catalogue, int]:
            with shop.read_connection() as db:
                return listings.load_catalogue(db), listings.margin_floor_bp(db)

        def first_page(_progress) -> tuple[listings.Catalogue, int]:
            with shop.read_connection() as db:
                return listings.load_catalogue(db, first=FIRST_SCREEN), listings.margin_floor_bp(db)

        if not self.catalogue.rows:  # opening: the newest listings at once, then the rest
            self.ctx.runner.run(
                first_page,
                title=self.tr("Loading listings…"),
                parent=self,
                dialog=False,
                on_done=lambda result: self._first_page(generation, result),
            )
        self.ctx.runner.run(
            load,
            title=self.tr("Loading listings…"),
            parent=self,
            dialog=False,
            on_done=lambda result: self._loaded(generation, result),
        )

    def shop_closed(self) -> bool:
        """Whether the window has closed the shop (this tab is on its way out): answers
        and timers that arrive now are dropped instead of reading a closed database."""
        try:
            self.ctx.shop.db.execute("SELECT 1")
        except Exception:  # noqa: BLE001 - sqlite3.ProgrammingError: closed
            return True
        return False

    def _first_page(self, generation: int, result) -> None:
        if generation != self.generation or self.shop_closed() or self.catalogue.rows:
            return  # replaced, closed, or everything already arrived
        self.catalogue, self.floor = result
        self.apply_filter()
        if self.catalogue.rows:
            self.summary.setText(
                self.tr("The {shown} newest listings; loading the rest…").format(
                    shown=f"{len(self.catalogue.rows):,}"
                )
            )

    def _loaded(self, generation: int, result) -> None:
        if generation != self.generation or self.shop_closed():
            return
        self.catalogue, self.floor = result
        self.catalogue.rows = listings.with_problems(
            self.catalogue.rows, {pid: len(p) for pid, p in self.problems.items()}
        )
        self._fill_choices()
        self.apply_filter()
        self._show_pending()
        # After the rows are painted: the checker is pure Python and would hold the GIL.
        QTimer.singleShot(250, self, lambda: self._check(generation))

    def _check(self, generation: int) -> None:
        if generation != self.generation or self.shop_closed():
            return
        shop = self.ctx.shop

        def check(_progress) -> list[Problem]:
            with shop.read_connection() as db:
                return listing_checker.check_shop(db)

        self.ctx.runner.run(
            check,
            title=self.tr("Checking listings…"),
            parent=self,
            dialog=False,
            on_done=lambda found: self._checked(generation, found),
        )

    def _checked(self, generation: int, found: list[Problem]) -> None:
        if generation != self.generation or self.shop_closed():
            return
        by_product: dict[int, list[Problem]] = defaultdict(list)
        for problem in found:
            by_product[problem.product_id].append(problem)
        self.problems = dict(by_product)
        self.checked = True
        self.catalogue.rows = listings.with_problems(
            self.catalogue.rows, {pid: len(p) for pid, p in self.problems.items()}
        )
        self.apply_filter()
        self._show_problem_count(len(found))

    def _show_problem_count(self, count: int) -> None:
        """Until Today shows it, the tab's own title carries the problem count."""
        title = (
            self.tr("Listings")
            if not count
            else self.tr("Listings ({count})").format(count=f"{count:,}")
        )
        self.setWindowTitle(title)  # the window puts it on the tab
        self.setToolTip(
            self.tr("{count} listing problems found by the checker").format(count=f"{count:,}")
            if count
            else ""
        )

    # -- selection ---------------------------------------------------------------------
    def _reselect(self, ids: list[int]) -> None:
        """Keep the seller's selection across a reload, where the rows are still shown."""
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = True
        for pid in ids:
            row = self.model.row_of(pid)
            if row is None:
                continue
            index = self.model.index(row, cols.TITLE)
            if first:
                selection.setCurrentIndex(index, flags)
                first = False
            else:
                selection.select(index, flags)
        self._selection_changed()

    def selected_rows(self) -> list[listings.ProductRow]:
        return [self.model.index(r, 0).data(ROW_ROLE) for r in self.table.selected_rows()]

    def selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows() if row is not None]

    def current_row(self) -> listings.ProductRow | None:
        index = self.table.currentIndex()
        rows = self.selected_rows()
        if index.isValid() and index.row() in self.table.selected_rows():
            return index.data(ROW_ROLE)
        return rows[0] if rows else None

    @Slot()
    def _selection_changed(self, *_args) -> None:
        row = self.current_row() if not self.shop_closed() else None
        self.variants.set_rows(listings.load_variants(self.ctx.shop.db, row.id) if row else [])
        self.problem_list.clear()
        for problem in self.problems.get(row.id, []) if row else []:
            prefix = f"{problem.sku}: " if problem.sku else ""
            self.problem_list.addItem(prefix + problem_text(problem))
        count = len(self.problems.get(row.id, [])) if row else 0
        self.detail.setTabText(
            1, self.tr("Problems ({count})").format(count=count) if count else self.tr("Problems")
        )
        self._update_actions()

    def set_editable(self, editable: bool) -> None:
        """A read-only shop's listings can be searched and exported, not changed."""
        for action in (self.new_action, self.settings_action):
            action.setEnabled(editable)
        self.templates_button.setEnabled(editable)
        never = DataTable.EditTrigger.NoEditTriggers
        if not editable:  # in-place price and stock edits
            self.table.setEditTriggers(never)
            self.variant_table.setEditTriggers(never)
        self._update_actions()

    def _update_actions(self) -> None:
        # Nothing selected counts as nothing to edit on a read-only shop.
        count = 0 if self.read_only else len(self.table.selected_rows())
        for action in (self.edit_action, self.duplicate_action, self.pricing_action):
            action.setEnabled(count == 1)
        for action in (self.bulk_action, self.delete_action):
            action.setEnabled(count >= 1)

    def _icon(self, row: listings.ProductRow):
        return self.thumbs.icon(row.thumbnail)

    def _problem_texts(self, product_id: int, sku: str | None) -> list[str]:
        return [
            problem_text(p)
            for p in self.problems.get(product_id, [])
            if sku is None or p.sku == sku
        ]

    def open_item(self, item: object) -> None:
        """Show a listing by product id, or by SKU with that variant selected (Today's
        links); a tab still loading shows it once its rows are there."""
        self.pending_item = item
        if self.catalogue.rows and self.catalogue.complete:
            self._show_pending()

    def _show_pending(self) -> None:
        item, self.pending_item = self.pending_item, None
        if item is None:
            return
        pid = listings.product_of_sku(self.ctx.shop.db, item) if isinstance(item, str) else item
        self.bar.search.clear()
        self.bar.views.button(0).setChecked(True)
        for box in (self.category, self.tag):
            box.setCurrentIndex(0)
        for check in (self.low_stock, self.has_problems):
            check.setChecked(False)
        self.apply_filter()
        row = self.model.row_of(pid) if pid is not None else None
        if row is None:
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        if isinstance(item, str):
            variant = next((n for n, v in enumerate(self.variants.rows()) if v.sku == item), None)
            if variant is not None:
                self.detail.setCurrentIndex(0)
                self.variant_table.selectRow(variant)
