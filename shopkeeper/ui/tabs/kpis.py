"""The KPIs tab: headline cards and charts of the shop's numbers over any range.

Loading (in a worker) refreshes the daily rollups and reads the ``KpiCache``; after
that, changing the range, granularity, comparison or channel recomputes the cards and
the pre-aggregated charts from memory (milliseconds). While the cache loads (about a
second on a large shop, more when many days' rollups are stale) a quicker worker
computes the cards of the range on show straight from the shop, so they come first.
Product, cohort, RFM, inventory and promotion charts query the shop in a worker when
their page is shown.

The chart pages (which there are, and how each is drawn) are in ``kpis_pages``; this
module loads the numbers, keeps the cards current and writes the reports.
"""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QVBoxLayout

from shopkeeper.services import kpi_cache, kpi_category, kpi_rollup
from shopkeeper.services.kpi_cache import KpiCache
from shopkeeper.services.orders import shop_now
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.base import ShopTab
from shopkeeper.ui.tabs.kpis_pages import KpiChartPages
from shopkeeper.ui.widgets.kpi_cards import KpiCards
from shopkeeper.ui.widgets.kpi_controls import KpiControls


def _import_charts(_progress) -> None:
    """The charts' modules, imported in a worker rather than on the GUI thread when the
    first chart is drawn (most of a second the first time)."""
    import matplotlib.backends.backend_qtagg  # noqa: F401
    import matplotlib.dates  # noqa: F401
    import matplotlib.figure  # noqa: F401
    import matplotlib.ticker  # noqa: F401


class KpisTab(KpiChartPages, ShopTab):
    key = "kpis"
    icon_name = "kpis"
    tables = frozenset(
        {
            "orders",
            "order_items",
            "refunds",
            "traffic_daily",
            "ad_spend",
            "tickets",
            "promotions",
            "sales_targets",
            "ab_tests",
            "products",
            "variants",
            "channel_settings",
            "settings",
        }
    )

    def __init__(self, ctx: TabContext, *, today: Callable[[], dt.date] | None = None) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("KPIs"))
        self.today = today or (lambda: shop_now(ctx.shop.db).date())
        self.cache: KpiCache | None = None
        self.extras: dict = {"promotions": [], "categories": []}
        self.generation = 0  # answers from jobs started before the last change are dropped
        self.drawn: dict[str, tuple] = {}  # chart key -> the state it was drawn for
        self.controls = KpiControls(self.today, self)
        self.controls.changed.connect(self.redraw)
        self.cards = KpiCards(self)
        self._build_pages(ctx)
        export = QToolButton(text=self.tr("Export report"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addAction(self.tr("Weekly report…"), lambda: self.export_report("weekly"))
        menu.addAction(self.tr("Monthly report…"), lambda: self.export_report("monthly"))
        export.setMenu(menu)
        export.setToolTip(
            self.tr("The week or month holding the range's last day, as .xlsx or PDF")
        )
        self.controls.layout().addWidget(export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addWidget(self.cards)
        # In a small window the charts give up height first, so the cards stay readable.
        self.charts.setMinimumHeight(160)
        layout.addWidget(self.charts, 1)

    def set_editable(self, editable: bool) -> None:
        """A read-only shop's numbers can be read and exported, not its targets or tests."""
        self.targets_panel.set_button.setEnabled(editable)
        self.ab_panel.set_editable(editable)

    # -- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.generation += 1
        generation = self.generation
        for view in self.views.values():
            view.show_message(self.tr("Loading the shop's numbers…"))

        def load() -> None:
            self.ctx.runner.run(
                self._load,
                title=self.tr("Loading KPIs…"),
                parent=self,
                dialog=False,
                on_done=lambda found: self._loaded(generation, found),
            )
            if "matplotlib.backends.backend_qtagg" not in sys.modules:
                # Side by side with the load, which waits on SQLite most of the time.
                self.ctx.runner.run(
                    _import_charts, title=self.tr("Loading KPIs…"), parent=self, dialog=False
                )

        if self.cache is not None or not self._headline(generation, then=load):
            load()
        self.ab_panel.refresh()

    def _headline(self, generation: int, then: Callable[[], None]) -> bool:
        """The cards of the range on show, computed in SQL from the daily rollups, then
        ``then()`` (the cache's load: it would slow these down). The first time only:
        later loads keep the old cache on show. False when there is nothing to compute."""
        state = self.state()
        first, last, _g, compare, channel, category = state
        if category is not None:
            return False  # a category's cards are computed from the cache's load anyway

        def work(_progress):
            with self.ctx.shop.read_connection() as db:
                with db.conn:  # one snapshot, even while the rollups are being refreshed
                    db.execute("BEGIN")
                    now = kpi_cache.headline(db, first, last, channel)
                    before = kpi_cache.headline(db, *compare, channel) if compare else None
            return now, before

        def done(found) -> None:
            if generation != self.generation:
                return  # a later refresh has its own
            if self.cache is None and self.state() == state:
                self.cards.show_kpis(*found)
            then()

        def failed(_exc) -> None:
            if generation == self.generation:
                then()  # the load meets the same problem and reports it once

        self.ctx.runner.run(
            work,
            title=self.tr("Computing the KPIs…"),
            parent=self,
            dialog=False,
            on_done=done,
            on_error=failed,
        )
        return True

    def _load(self, _progress) -> tuple[KpiCache, dict]:
        with self.ctx.shop.read_connection() as db:
            try:
                kpi_rollup.refresh(db)  # the rollups are a cache of orders: no undo step
            except sqlite3.OperationalError:
                pass  # a read-only or busy shop: dirty days are computed on the fly instead
            cache = KpiCache.load(db)
            promotions = db.execute(
                "SELECT name, substr(starts_at, 1, 10), substr(ends_at, 1, 10) FROM promotions"
            ).fetchall()
            categories = [
                r[0]
                for r in db.execute(
                    "SELECT DISTINCT category FROM products WHERE category != '' ORDER BY 1"
                )
            ]
        return cache, {"promotions": promotions, "categories": categories}

    def _loaded(self, generation: int, found) -> None:
        if generation != self.generation:
            return
        self.cache, self.extras = found
        # The cache is hundreds of thousands of long-lived objects: leave them out of the
        # garbage collector's full passes, which otherwise stall redraws by ~100 ms.
        gc.freeze()
        self.controls.set_choices(self.cache.channels, self.extras["categories"])
        self.redraw()

    # -- drawing -----------------------------------------------------------------------
    def state(self) -> tuple:
        first, last = self.controls.range()
        return (
            first,
            last,
            self.controls.granularity_value(),
            self.controls.compare_range(),
            self.controls.channel_value(),
            self.controls.category_value(),
        )

    @Slot()
    def redraw(self) -> None:
        """Cards and the chart on show, for the chosen range (fast: from the cache)."""
        if self.cache is None:
            return
        self.drawn.clear()
        first, last, _g, compare, channel, category = self.state()
        if category is None:
            now = self.cache.kpis(first, last, channel)
            before = self.cache.kpis(*compare, channel) if compare else None
            self.cards.show_kpis(now, before)
        else:
            self._category_cards(first, last, compare, channel, category)
        self._draw_current()

    def _category_cards(self, first, last, compare, channel, category) -> None:
        """A category's cards read its order lines, so they are computed in a worker."""
        generation, state = self.generation, self.state()

        def work(_progress):
            with self.ctx.shop.read_connection() as db:
                now = kpi_category.compute(db, first, last, channel, category)
                before = kpi_category.compute(db, *compare, channel, category) if compare else None
            return now, before

        def done(found) -> None:
            if generation == self.generation and self.state() == state:
                self.cards.show_kpis(*found)

        self.ctx.runner.run(
            work,
            title=self.tr("Computing the category's KPIs…"),
            parent=self,
            dialog=False,
            on_done=done,
        )

    # -- reports -------------------------------------------------------------------------
    def export_report(self, period: str) -> None:
        """Write the weekly or monthly report of the range's last day (in a worker)."""
        from shopkeeper.services import reports

        day = self.controls.range()[1]
        first, _last = reports.period_bounds(period, day)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export report"),
            f"{period}-{first.isoformat()}.xlsx",
            self.tr("Excel workbook (*.xlsx);;PDF (*.pdf)"),
        )
        if path:
            self.write_report(period, day, path)

    def write_report(self, period: str, day: dt.date, path: str) -> None:
        from shopkeeper.services import reports

        def work(_progress):
            with self.ctx.shop.read_connection() as db:
                data = reports.collect(db, period, day, QCoreApplication.translate)
            return reports.write(data, path)

        self.ctx.runner.run(work, title=self.tr("Writing the report…"), parent=self)

    def open_item(self, item: object) -> None:
        """Today links here with a period preset ("this_week" shows the last 7 days)."""
        if isinstance(item, str):
            self.controls.set_preset("last_7_days" if item == "this_week" else item)
