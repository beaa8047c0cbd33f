"""The KPIs tab: headline cards and charts of the shop's numbers over any range.

Loading (in a worker) refreshes the daily rollups and reads the ``KpiCache``; after
that, changing the range, granularity, comparison or channel recomputes the cards and
the pre-aggregated charts from memory (milliseconds). While the cache loads (about a
second on a large shop, more when many days' rollups are stale) a quicker worker
computes the cards of the range on show straight from the shop, so they come first.
Product, cohort, RFM, inventory and promotion charts query the shop in a worker when
their page is shown.
"""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QFileDialog, QMenu, QTabWidget, QToolButton, QVBoxLayout

from shopkeeper.services import (
    kpi_analysis,
    kpi_cache,
    kpi_category,
    kpi_charts,
    kpi_rollup,
    targets,
)
from shopkeeper.services.kpi_cache import KpiCache
from shopkeeper.services.orders import shop_now
from shopkeeper.ui import kpi_plots as plots
from shopkeeper.ui import kpi_plots_more as more
from shopkeeper.ui.charts import ChartView
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.base import ShopTab
from shopkeeper.ui.widgets.ab_tests_panel import AbTestsPanel
from shopkeeper.ui.widgets.kpi_cards import KpiCards
from shopkeeper.ui.widgets.kpi_controls import KpiControls
from shopkeeper.ui.widgets.targets_panel import TargetsPanel

# Margins of the charts with a time axis and a right-hand axis (left, bottom, right, top).
TIME_AXES = (0.08, 0.12, 0.92, 0.96)


def _import_charts(_progress) -> None:
    """The charts' modules, imported in a worker rather than on the GUI thread when the
    first chart is drawn (most of a second the first time)."""
    import matplotlib.backends.backend_qtagg  # noqa: F401
    import matplotlib.dates  # noqa: F401
    import matplotlib.figure  # noqa: F401
    import matplotlib.ticker  # noqa: F401


class KpisTab(ShopTab):
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
        self.charts = QTabWidget(self)
        self.views: dict[str, ChartView] = {}
        titles = {
            "sales": self.tr("Sales and orders"),
            "channels": self.tr("Channels"),
            "targets": self.tr("Weekly targets"),
            "products": self.tr("Top products (ABC)"),
            "categories": self.tr("Categories"),
            "refunds": self.tr("Refund reasons"),
            "funnel": self.tr("Funnel"),
            "cohorts": self.tr("Cohorts"),
            "rfm": self.tr("RFM segments"),
            "inventory": self.tr("Inventory"),
            "promotions": self.tr("Promotion results"),
            "tickets": self.tr("Tickets"),
        }
        for key, title in titles.items():
            view = ChartView(title, self)
            self.views[key] = view
            if key == "targets":
                self.targets_panel = TargetsPanel(ctx, self.today, view, self)
                self.charts.addTab(self.targets_panel, title)
            else:
                self.charts.addTab(view, title)
        self.ab_panel = AbTestsPanel(ctx, self)
        self.charts.addTab(self.ab_panel, self.tr("A/B tests"))
        self.charts.currentChanged.connect(self._draw_current)
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

    @Slot()
    def _draw_current(self) -> None:
        if self.cache is None:
            return
        widget = self.charts.currentWidget()
        key = next(
            (
                k
                for k, v in self.views.items()
                if v is widget or (k == "targets" and widget is self.targets_panel)
            ),
            None,
        )
        if key is None or self.drawn.get(key) == self.state():
            return
        self.drawn[key] = self.state()
        getattr(self, f"_chart_{key}")(self.views[key], *self.state())

    def _empty(self, view: ChartView, first: dt.date) -> bool:
        if self.cache.first_day is None or first > self.today():
            view.show_message(self.tr("No orders in this range."))
            return True
        return False

    def _chart_sales(self, view, first, last, granularity, compare, channel, _category):
        rows = self.cache.day_rows(first, last)
        series = kpi_charts.series(rows, first, last, granularity, channel)
        if not any(series.orders):
            view.show_message(self.tr("No orders in this range."))
            return
        before = None
        if compare:
            before = kpi_charts.series(
                self.cache.day_rows(*compare), *compare, granularity, channel
            )
        marks = [
            (dt.date.fromisoformat(a), dt.date.fromisoformat(b), name, "promotion")
            for name, a, b in self.extras["promotions"]
            if a <= last.isoformat() and b >= first.isoformat()
        ]
        marks = [(max(a, first), min(b, last), n, k) for a, b, n, k in marks]
        marks += self._festivals(first, last)
        view.draw(plots.plot_sales(series, before, self.cache.currency, marks), margins=TIME_AXES)

    def _festivals(self, first: dt.date, last: dt.date) -> list[tuple]:
        try:
            from shopkeeper.services import calendar
        except ImportError:  # the calendar is not in this build
            return []
        lang = "zh_CN" if self.tr("KPIs") != "KPIs" else "en"
        try:
            entries = calendar.between(first, last, lang=lang)
        except Exception:  # noqa: BLE001 - a calendar outside its years marks nothing
            return []
        return [
            (e.date, e.date, e.name, "festival")
            for e in entries
            if first <= e.date <= last and getattr(e, "kind", "festival") == "festival"
        ]

    def _chart_channels(self, view, first, last, *_rest):
        split = kpi_charts.channel_split(self.cache.day_rows(first, last), first, last)
        if not split:
            view.show_message(self.tr("No orders in this range."))
            return
        view.draw(plots.plot_channels(split, self.cache.currency))

    def _chart_tickets(self, view, first, last, granularity, _compare, channel, _category):
        starts = kpi_charts.buckets(first, last, granularity)
        opened = []
        for n, start in enumerate(starts):
            end = starts[n + 1] - dt.timedelta(days=1) if n + 1 < len(starts) else last
            opened.append(self.cache.service(start, end, channel).opened)
        if not any(opened):
            view.show_message(self.tr("No tickets in this range."))
            return
        hours = self.cache.median_response_by(starts, last, channel)
        view.draw(more.plot_tickets(starts, opened, hours), margins=TIME_AXES)

    def _chart_targets(self, view, first, last, *_rest):
        weeks = targets.weeks(
            self.ctx.shop.db,
            first,
            last,
            rows=self.cache.day_rows(targets.week_of(first)[0], targets.week_of(last)[1]),
        )
        self.targets_panel.show_progress()
        view.draw(plots.plot_targets(weeks, self.cache.currency), margins=TIME_AXES)

    # -- charts computed in a worker ----------------------------------------------------
    def _in_worker(self, view: ChartView, key: str, compute, plot, *, dialog: bool = False):
        generation = self.generation
        state = self.state()
        view.show_message(self.tr("Computing…"))

        def done(result) -> None:
            if generation != self.generation or self.state() != state:
                return
            if not result or (isinstance(result, list) and not any(result)):
                view.show_message(self.tr("Nothing to show for this range."))
                return
            view.draw(plot(result))

        def cancelled() -> None:
            view.show_message(self.tr("Cancelled. Choose the page again to compute it."))
            self.drawn.pop(key, None)

        self.ctx.runner.run(
            compute, title=view.title, parent=self, dialog=dialog, on_done=done, on_cancel=cancelled
        )

    def _with_db(self, fn):
        def run(progress):
            with self.ctx.shop.read_connection() as db:
                return fn(db, progress)

        return run

    def _chart_products(self, view, first, last, _g, _c, channel, category):
        currency = self.cache.currency
        self._in_worker(
            view,
            "products",
            self._with_db(
                lambda db, _p: kpi_charts.product_sales(db, first, last, channel, category)
            ),
            lambda found: plots.plot_products(found, currency),
        )

    def _chart_categories(self, view, first, last, _g, _c, channel, category):
        currency = self.cache.currency
        self._in_worker(
            view,
            "categories",
            self._with_db(
                lambda db, _p: kpi_charts.category_mix(
                    kpi_charts.product_sales(db, first, last, channel, category)
                )
            ),
            lambda found: plots.plot_categories(found, currency),
        )

    def _chart_refunds(self, view, first, last, _g, _c, channel, _category):
        currency = self.cache.currency
        self._in_worker(
            view,
            "refunds",
            self._with_db(lambda db, _p: kpi_charts.refund_reasons(db, first, last, channel)),
            lambda found: plots.plot_refund_reasons(found, currency),
        )

    def _chart_funnel(self, view, first, last, _g, _c, channel, _category):
        self._in_worker(
            view,
            "funnel",
            self._with_db(lambda db, _p: kpi_charts.funnel(db, first, last, channel)),
            plots.plot_funnel,
        )

    def _chart_cohorts(self, view, _first, last, *_rest):
        """The twelve first-order months up to the range's end, whatever its length."""
        cache = self.cache
        year, month = divmod(last.year * 12 + last.month - 1 - 11, 12)
        first = dt.date(year, month + 1, 1)

        def compute(progress):
            found = kpi_analysis.cohorts(cache, first, last, progress=progress)
            return found if found.months else None

        self._in_worker(view, "cohorts", compute, more.plot_cohorts, dialog=True)

    def _chart_rfm(self, view, _first, last, _g, _c, channel, _category):
        currency = self.cache.currency
        self._in_worker(
            view,
            "rfm",
            self._with_db(lambda db, progress: kpi_analysis.rfm(db, last, channel, progress)),
            lambda found: more.plot_rfm(found, currency),
            dialog=True,
        )

    def _chart_inventory(self, view, first, last, *_rest):
        self._in_worker(
            view,
            "inventory",
            self._with_db(lambda db, _p: kpi_analysis.inventory(db, first, last)),
            more.plot_inventory,
        )

    def _chart_promotions(self, view, first, last, *_rest):
        cache, currency = self.cache, self.cache.currency
        self._in_worker(
            view,
            "promotions",
            self._with_db(lambda db, _p: kpi_analysis.promotion_results(db, cache, first, last)),
            lambda found: more.plot_promotions(found, currency),
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
