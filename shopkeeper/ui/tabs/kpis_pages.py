"""The KPIs tab's chart pages: which pages there are, and how each one is drawn.

The sales, channels, tickets and weekly-targets pages are drawn from the ``KpiCache``
in memory; products, categories, refunds, funnel, cohorts, RFM, inventory and
promotion results query the shop in a worker when their page is shown
(``_in_worker``). A page is drawn again only when the range, granularity,
comparison, channel or category it was drawn for has changed (``drawn``).

Texts use the literal "KpisTab" translation context: a mixin's ``self.tr`` would
not match what pyside6-lupdate records for them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QTabWidget

from shopkeeper.services import kpi_analysis, kpi_charts, targets
from shopkeeper.ui import kpi_plots as plots
from shopkeeper.ui import kpi_plots_more as more
from shopkeeper.ui.charts import ChartView
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.widgets.ab_tests_panel import AbTestsPanel
from shopkeeper.ui.widgets.targets_panel import TargetsPanel

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them

# Margins of the charts with a time axis and a right-hand axis (left, bottom, right, top).
TIME_AXES = (0.08, 0.12, 0.92, 0.96)


class KpiChartPages:
    """The chart pages, mixed into ``KpisTab`` (uses its ctx, cache, extras, today,
    generation, drawn and ``state()``)."""

    def _build_pages(self, ctx: TabContext) -> None:
        """``self.charts``: one ``ChartView`` page per chart (``self.views``), the
        weekly targets inside their panel, and the A/B tests panel last."""
        self.charts = QTabWidget(self)
        self.views: dict[str, ChartView] = {}
        titles = {
            "sales": translate("KpisTab", "Sales and orders"),
            "channels": translate("KpisTab", "Channels"),
            "targets": translate("KpisTab", "Weekly targets"),
            "products": translate("KpisTab", "Top products (ABC)"),
            "categories": translate("KpisTab", "Categories"),
            "refunds": translate("KpisTab", "Refund reasons"),
            "funnel": translate("KpisTab", "Funnel"),
            "cohorts": translate("KpisTab", "Cohorts"),
            "rfm": translate("KpisTab", "RFM segments"),
            "inventory": translate("KpisTab", "Inventory"),
            "promotions": translate("KpisTab", "Promotion results"),
            "tickets": translate("KpisTab", "Tickets"),
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
        self.charts.addTab(self.ab_panel, translate("KpisTab", "A/B tests"))
        self.charts.currentChanged.connect(self._draw_current)

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

    # -- charts drawn from the cache ---------------------------------------------------
    def _empty(self, view: ChartView, first: dt.date) -> bool:
        if self.cache.first_day is None or first > self.today():
            view.show_message(translate("KpisTab", "No orders in this range."))
            return True
        return False

    def _chart_sales(self, view, first, last, granularity, compare, channel, _category):
        rows = self.cache.day_rows(first, last)
        series = kpi_charts.series(rows, first, last, granularity, channel)
        if not any(series.orders):
            view.show_message(translate("KpisTab", "No orders in this range."))
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
        lang = "zh_CN" if translate("KpisTab", "KPIs") != "KPIs" else "en"
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
            view.show_message(translate("KpisTab", "No orders in this range."))
            return
        view.draw(plots.plot_channels(split, self.cache.currency))

    def _chart_tickets(self, view, first, last, granularity, _compare, channel, _category):
        starts = kpi_charts.buckets(first, last, granularity)
        opened = []
        for n, start in enumerate(starts):
            end = starts[n + 1] - dt.timedelta(days=1) if n + 1 < len(starts) else last
            opened.append(self.cache.service(start, end, channel).opened)
        if not any(opened):
            view.show_message(translate("KpisTab", "No tickets in this range."))
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
        view.show_message(translate("KpisTab", "Computing…"))

        def done(result) -> None:
            if generation != self.generation or self.state() != state:
                return
            if not result or (isinstance(result, list) and not any(result)):
                view.show_message(translate("KpisTab", "Nothing to show for this range."))
                return
            view.draw(plot(result))

        def cancelled() -> None:
            view.show_message(
                translate("KpisTab", "Cancelled. Choose the page again to compute it.")
            )
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
