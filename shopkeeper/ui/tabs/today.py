"""The Today tab: what needs the seller now, each line opening the place to fix it.

Each section shows as soon as its worker answers: the quick ones (orders to ship,
tickets, promotions, this week and yesterday, and the listing problems found by the
last check) at once, stock a moment later. The listing checker reads every listing
(seconds on a large shop), so it runs last and replaces the last check's counts; it
runs again only after a change to what it reads (or on a new day).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services import money, today
from shopkeeper.services.changes import touches
from shopkeeper.services.orders import shop_now
from shopkeeper.ui import theme
from shopkeeper.ui.labels import channel_label
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.base import ShopTab
from shopkeeper.ui.tabs.today_sections import Section, SectionGrid


class TodayTab(ShopTab):
    key = "today"
    icon_name = "today"
    tables = (
        frozenset(
            {
                "orders",
                "order_items",
                "tickets",
                "variants",
                "products",
                "promotions",
                "campaign_tasks",
                "sales_targets",
                "settings",
            }
        )
        | today.LISTING_INPUTS
    )  # the listing problems' count

    def __init__(self, ctx: TabContext, *, now: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Today"))
        self.now = now or (lambda: shop_now(ctx.shop.db).replace(microsecond=0))
        self.generation = 0
        # The last listing check this session, and whether what it read changed since.
        self.problems: today.CheckedProblems | None = None
        self.problems_stale = True
        self.checking = False
        self.week_text = QLabel()
        self.week_bar = QProgressBar(maximum=1000, textVisible=False)
        self.week_bar.setMaximumWidth(240)
        self.days_text = QLabel()
        ship_hours = self.ship_hours = QPushButton(self.tr("Ship-within hours…"))
        ship_hours.setToolTip(self.tr("How many hours each channel gives you to ship an order"))
        ship_hours.clicked.connect(self.edit_ship_within)
        numbers = QPushButton(self.tr("Open KPIs"))
        numbers.clicked.connect(lambda: self.ctx.open_in_tab("kpis", "last_7_days"))
        # This week above yesterday, not beside it: side by side they made the smallest
        # window (960 px) scroll sideways, and wrapping labels split them even at 1280 px.
        week = QHBoxLayout()
        week.addWidget(self.week_text)
        week.addWidget(self.week_bar)
        week.addStretch(1)
        figures = QVBoxLayout()
        figures.addLayout(week)
        figures.addWidget(self.days_text)
        top = QHBoxLayout()
        top.addLayout(figures, 1)
        top.addWidget(ship_hours)
        top.addWidget(numbers)
        specs = [
            ("ship", self.tr("Orders to ship today or late"), self.tr("Nothing to ship yet.")),
            ("tickets", self.tr("Tickets due or overdue"), self.tr("No ticket is due today.")),
            ("waking", self.tr("Snoozed tickets waking today"), self.tr("None wake today.")),
            ("low_stock", self.tr("Out of stock or at reorder point"), self.tr("Stock is fine.")),
            ("soon_out", self.tr("Selling out within the lead time"), self.tr("Nothing soon.")),
            (
                "promotions",
                self.tr("Promotions starting or ending in 7 days"),
                self.tr("No promotion starts or ends this week."),
            ),
            ("tasks", self.tr("Campaign tasks due"), self.tr("No campaign task is due.")),
            ("listing_problems", self.tr("Listing problems"), self.tr("No listing problems.")),
        ]
        self.sections = {key: Section(title, empty, self._open) for key, title, empty in specs}
        self.sections["listing_problems"].summary_only = True
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        scroll = QScrollArea(widgetResizable=True)
        self.grid = SectionGrid(list(self.sections.values()), scroll)
        layout.addWidget(self.grid, 1)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- loading -----------------------------------------------------------------------
    def shop_changed(self, tables: frozenset[str]) -> None:
        if touches(tables, today.LISTING_INPUTS):
            self.problems_stale = True
        super().shop_changed(tables)

    def refresh(self) -> None:
        self.generation += 1
        generation, now = self.generation, self.now()
        for section in self.sections.values():
            section.show_loading()
        known = self.problems
        shop, runner = self.ctx.shop, self.ctx.runner

        def quick(_progress):
            with shop.read_connection() as db:
                due, waking = today.tickets_due(db, now)
                promos, tasks = today.promotions_ahead(db, now.date())
                found = {
                    "ship": today.orders_to_ship(db, now),
                    "tickets": due,
                    "waking": waking,
                    "promotions": promos,
                    "tasks": tasks,
                }
                last_check = known if known is not None else today.cached_listing_problems(db)
                return found, today.sales(db, now.date()), last_check

        def stock(_progress):
            with shop.read_connection() as db:
                low, soon = today.stock(db, now.date())
                return {"low_stock": low, "soon_out": soon}

        def quick_done(answer) -> None:
            found, sales, last_check = answer
            last_check = self.problems or last_check  # a check may have ended meanwhile
            if self._show(generation, found, sales) and last_check is not None:
                checking = self.checking or self.problems_stale or self.problems is None
                self._show_problems(last_check, checking=checking)

        new_day = known is not None and known.checked_at[:10] != now.date().isoformat()
        if new_day:
            self.problems_stale = True

        def stock_done(found) -> None:
            self._show(generation, found)
            # The checker starts once stock is shown: it holds the interpreter for
            # seconds, which would slow the other sections down.
            if (self.problems_stale or self.problems is None) and not self.checking:
                self._start_check()

        runner.run(
            quick, title=self.tr("Loading Today…"), parent=self, dialog=False, on_done=quick_done
        )
        runner.run(
            stock, title=self.tr("Checking stock…"), parent=self, dialog=False, on_done=stock_done
        )

    def _start_check(self) -> None:
        """Check every listing in a worker; a running check is never started twice."""
        shop, now = self.ctx.shop, self.now()
        self.checking, self.problems_stale = True, False

        def check(_progress):
            with shop.read_connection() as db:
                return today.check_listing_problems(db, now)

        self.ctx.runner.run(
            check,
            title=self.tr("Checking listings…"),
            parent=self,
            dialog=False,
            on_done=self._checked,
            on_error=self._check_failed,
        )

    def _show(self, generation: int, sections: dict, sales=None) -> bool:
        if generation != self.generation:
            return False
        for key, section in sections.items():
            self.sections[key].show_section(section, self._line)
        self.grid.fit()  # a count in a title can make a column wider
        if sales is not None:
            self._show_sales(sales)
        return True

    def _checked(self, checked: today.CheckedProblems) -> None:
        self.checking, self.problems = False, checked
        if self.problems_stale and self.isVisible():  # listings changed while it ran
            self._start_check()
        self._show_problems(checked, checking=self.checking)

    def _check_failed(self, exc: BaseException) -> None:
        self.checking, self.problems_stale = False, True  # try again next time
        self.ctx.errors(exc)

    def _show_problems(self, checked: today.CheckedProblems, *, checking: bool) -> None:
        box = self.sections["listing_problems"]
        box.show_section(checked.section, self._line)
        self.grid.fit()
        when = checked.checked_at[:16].replace("T", " ")
        if checking:
            note = self.tr("Counted {when}; checking again…").format(when=when)
        else:
            note = self.tr("Checked {when}").format(when=when)
        item = QListWidgetItem(note)
        item.setForeground(self.palette().placeholderText())
        box.list.addItem(item)

    def _line(self, item: today.Item) -> str:
        # The title is "<channel id> <order no>": the channel in the seller's language.
        channel, _, number = item.title.partition(" ")
        # One line per item: an imported subject's line breaks would split it in two.
        item = dataclasses.replace(item, title=" ".join(item.title.split()))
        when = item.detail[:16].replace("T", " ")
        if item.tab == "orders":
            order = f"{channel_label(channel)} {number}" if channel else number
            return self.tr("{order} · ship by {time}").format(order=order, time=when[5:])
        if item.tab == "inbox" and not item.title:  # a review with a score and no title
            item = dataclasses.replace(item, title=self.tr("(no subject)"))
        if item.tab == "listings" and item.target is None:
            return self.tr("{problems} problems in {listings} listings").format(
                problems=item.title, listings=item.detail
            )
        if item.tab == "listings":
            stock, _, days = item.detail.partition("/")
            if days:
                return self.tr("{title} · {stock} left, about {days} days").format(
                    title=item.title, stock=stock, days=days
                )
            return self.tr("{title} · {stock} left").format(title=item.title, stock=stock)
        if item.task:
            title = QCoreApplication.translate("CampaignTask", item.title)
            return f"{title} · {item.of} · {when}"
        return f"{item.title} · {when}"

    def _show_sales(self, sales: today.SalesCompare) -> None:
        currency = self.ctx.shop.currency
        week = sales.week
        done = money.format_money(week.sales, currency)
        # An empty bar beside "no target set" looks like a box to type into: hidden.
        self.week_bar.setVisible(week.target is not None)
        if week.target is None:
            self.week_text.setText(
                self.tr("This week: {sales}; no target set (KPIs > Weekly targets)").format(
                    sales=done
                )
            )
            self.week_bar.setValue(0)
        else:
            self.week_bar.setValue(int(min(1.0, float(week.share)) * 1000))
            self.week_text.setText(
                self.tr("This week: {sales} of {target} ({share:.0%})").format(
                    sales=done,
                    target=money.format_money(week.target, currency),
                    share=float(week.share),
                )
            )
            self.week_text.setStyleSheet(
                f"color: {theme.tone('success' if week.on_track else 'warning')};"
            )
        (orders_y, sales_y), (orders_b, sales_b) = sales.yesterday, sales.day_before
        self.days_text.setText(
            self.tr(
                "Yesterday: {orders} orders, {sales} (the day before: {orders_b}, {sales_b})"
            ).format(
                orders=orders_y,
                sales=money.format_money(sales_y, currency),
                orders_b=orders_b,
                sales_b=money.format_money(sales_b, currency),
            )
        )

    @Slot()
    def edit_ship_within(self) -> None:
        """Edit the per-channel "ship within N hours" setting; one undoable step."""
        current = today.format_ship_within(today.ship_within(self.ctx.shop.db))
        text, ok = QInputDialog.getText(
            self,
            self.tr("Ship within"),
            self.tr(
                "Hours each channel allows to ship, e.g. taobao=48, jd=24, *=72 "
                "(* is every other channel):"
            ),
            text=current,
        )
        if ok:
            self.set_ship_within(text)

    def set_editable(self, editable: bool) -> None:
        """A read-only shop keeps its ship-within hours."""
        self.ship_hours.setEnabled(editable)

    def set_ship_within(self, text: str) -> None:
        if self.read_only:
            return
        hours = today.parse_ship_within(text)
        self.ctx.push_change(
            today.set_ship_within(self.ctx.shop.db, hours), self.tr("Set ship-within hours")
        )

    def _open(self, item: today.Item) -> None:
        self.ctx.open_in_tab(item.tab, item.target)
