"""The Promotions tab: the campaign calendar.

Month and week views with promotions as coloured bars (drag to move, drag an end
to change dates, double-click to edit), festivals, holidays and the shop's own
events on their days, days with an item below its price floor (▼n) and conflicts
(⚠); an agenda list of the same days with the campaign tasks and content plan.
Every edit is a service write whose Change goes on the undo stack.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
)

from shopkeeper.errors import UserError
from shopkeeper.services import promotions_calendar, promotions_edit, shop_settings
from shopkeeper.services.promotions import KINDS, Promotion
from shopkeeper.ui.i18n import user_message
from shopkeeper.ui.labels import channel_label
from shopkeeper.ui.promotion_labels import colour_for, kind_label, status_label
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.base import ShopTab
from shopkeeper.ui.widgets.calendar_view import BarItem, CalendarView, DayInfo
from shopkeeper.ui.widgets.promotion_actions import TabActions
from shopkeeper.ui.widgets.promotion_panels import AgendaList, DetailsPanel

MONTH, WEEK, AGENDA = "month", "week", "agenda"


def ui_language() -> str:
    return "zh_CN" if QLocale().name().startswith("zh") else "en"


class PromotionsTab(ShopTab):
    key = "promotions"
    icon_name = "promotions"
    tables = frozenset(
        {
            "promotions",
            "promotion_targets",
            "promotion_tiers",
            "promotion_combinations",
            "campaign_tasks",
            "content_plan",
            "calendar_events",
            "variants",
            "settings",
            "channel_settings",
            "channel_prices",
        }
    )

    def __init__(self, ctx: TabContext, today: dt.date | None = None) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Promotions"))
        self._fixed_today = today  # tests pin the day
        self.today = today or dt.date.today()
        self.anchor = self.today
        self.mode = MONTH
        self.data: promotions_calendar.CalendarData | None = None
        self.generation = 0  # which refresh a background answer belongs to
        self.calendar = CalendarView()
        self.calendar.moved.connect(self.move_promotion)
        self.calendar.edit_requested.connect(self.edit_promotion)
        self.calendar.clicked.connect(lambda pid: self.details.show_promotion(pid))
        self.calendar.new_requested.connect(self.new_promotion)
        self.calendar.context_requested.connect(self._context)
        self.agenda = AgendaList(self)
        self.details = DetailsPanel(self)
        self.actions = TabActions(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.calendar)
        self.stack.addWidget(self.agenda)
        splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())
        layout.addWidget(splitter, 1)
        for keys, slot in (
            ("PgUp", lambda: self.step(-1)),
            ("PgDown", lambda: self.step(1)),
            ("Home", self.go_today),
        ):
            QShortcut(QKeySequence(keys), self, slot)

    def _build_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, tip, slot in (
            ("◀", self.tr("Previous (Page Up)"), lambda: self.step(-1)),
            (self.tr("Today"), self.tr("Today (Home)"), self.go_today),
            ("▶", self.tr("Next (Page Down)"), lambda: self.step(1)),
        ):
            button = QToolButton(text=text, toolTip=tip)
            button.clicked.connect(slot)
            row.addWidget(button)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: 600; margin: 0 10px;")
        row.addWidget(self.title)
        self.modes = QButtonGroup(self)
        for number, (mode, text) in enumerate(
            ((MONTH, self.tr("Month")), (WEEK, self.tr("Week")), (AGENDA, self.tr("Agenda")))
        ):
            button = QToolButton(text=text, checkable=True, checked=mode == MONTH)
            self.modes.addButton(button, number)
            row.addWidget(button)
        self.modes.idClicked.connect(lambda n: self.set_mode((MONTH, WEEK, AGENDA)[n]))
        row.addSpacing(12)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), None)
        self.channel.currentIndexChanged.connect(self._show)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All types"), None)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(self._show)
        self.search_box = QLineEdit(
            placeholderText=self.tr("Find a promotion"), clearButtonEnabled=True
        )
        self.search_box.textChanged.connect(self._show)
        for widget in (self.channel, self.kind, self.search_box):
            row.addWidget(widget)
        row.addStretch()
        for button in self.actions.buttons():
            row.addWidget(button)
        return row

    # -- range and loading --------------------------------------------------------
    def visible_range(self) -> tuple[dt.date, dt.date]:
        if self.mode == WEEK:
            return promotions_calendar.week_of(self.anchor)
        if self.mode == AGENDA:
            first = self.anchor.replace(day=1)
            after = (first + dt.timedelta(days=32)).replace(day=1)
            return first, after - dt.timedelta(days=1)
        return promotions_calendar.month_grid(self.anchor)

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.anchor += dt.timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = dt.date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.today
        self.refresh()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.modes.button((MONTH, WEEK, AGENDA).index(mode)).setChecked(True)
        self.stack.setCurrentWidget(self.agenda if mode == AGENDA else self.calendar)
        self.refresh()

    def refresh(self) -> None:
        if self._fixed_today is None:  # the shop's today (its time zone), also after midnight
            zone = shop_settings.shop_zone(self.ctx.shop.db)
            self.today = dt.datetime.now(zone).date()
        first, last = self.visible_range()
        locale = QLocale()
        if self.mode == WEEK:
            self.title.setText(
                self.tr("Week of {day}").format(
                    day=locale.toString(first, QLocale.FormatType.LongFormat)
                )
            )
        else:
            # A Qt date format the translation reorders: "十二月 2026" reads wrong in Chinese.
            month_format = self.tr("MMMM yyyy", "the month view's title, a Qt date format")
            self.title.setText(locale.toString(self.anchor.replace(day=1), month_format))
        lang, shop = ui_language(), self.ctx.shop
        now = dt.datetime.combine(self.today, dt.datetime.now().time())

        self.generation += 1
        generation = self.generation

        def work(_progress):
            with shop.read_connection() as db:
                return promotions_calendar.load(db, first, last, now=now, floor=False, marks=False)

        def loaded(data) -> None:
            if generation != self.generation:
                return  # the seller moved on to another month meanwhile
            self._loaded(data)
            self._add_marks(data, lang, generation)

        self.ctx.runner.run(
            work, title=self.tr("Loading promotions"), parent=self, dialog=False, on_done=loaded
        )

    def _add_marks(self, data, lang: str, generation: int) -> None:
        """Festivals, holidays and events, after the bars (their first load imports the
        holidays package); then the floor check (one at a time: both are Python-bound,
        so side by side each would take as long as the two)."""
        shop = self.ctx.shop

        def work(_progress):
            with shop.read_connection() as db:
                country = shop_settings.country(db)
                return promotions_calendar.day_marks(
                    db, data.first, data.last, country=country, lang=lang
                )

        def done(entries) -> None:
            if generation == self.generation and self.data is not None:
                self._loaded(replace(self.data, entries=entries))
                self._check_floor(data, generation)

        def failed(exc: BaseException) -> None:
            self.ctx.errors(exc)
            if generation == self.generation:
                self._check_floor(data, generation)

        self.ctx.runner.run(
            work,
            title=self.tr("Loading festivals"),
            parent=self,
            dialog=False,
            on_done=done,
            on_error=failed,
        )

    def _check_floor(self, data, generation: int) -> None:
        """Below-floor days and conflicts, after the bars are shown (the slow part)."""
        shop = self.ctx.shop

        def work(_progress):
            with shop.read_connection() as db:
                return promotions_calendar.floor_summary(db, data.first, data.last, data.promotions)

        def done(summary) -> None:
            if generation == self.generation and self.data is not None:
                self._loaded(promotions_calendar.with_floor(self.data, summary))

        self.ctx.runner.run(
            work, title=self.tr("Checking price floors"), parent=self, dialog=False, on_done=done
        )

    def _loaded(self, data: promotions_calendar.CalendarData) -> None:
        self.data = data
        channels = sorted({p.channel for p in data.promotions if p.channel})
        current = self.channel.currentData()
        self.channel.blockSignals(True)
        while self.channel.count() > 1:
            self.channel.removeItem(1)
        for channel in channels:
            self.channel.addItem(channel_label(channel), channel)
        self.channel.setCurrentIndex(max(0, self.channel.findData(current)))
        self.channel.blockSignals(False)
        self._show()

    # -- showing ------------------------------------------------------------------
    def shown_promotions(self) -> list[Promotion]:
        if self.data is None:
            return []
        channel, kind = self.channel.currentData(), self.kind.currentData()
        text = self.search_box.text().strip().casefold()
        return [
            p
            for p in self.data.promotions
            if (channel is None or p.channel in (channel, ""))
            and (kind is None or p.kind == kind)
            and (not text or text in p.name.casefold())
        ]

    def _show(self) -> None:
        if self.data is None:
            return
        data = self.data
        bars = [self._bar(p) for p in self.shown_promotions()]
        days: dict[dt.date, DayInfo] = {}
        for entry in data.entries:
            info = days.setdefault(entry.date, DayInfo())
            info.marks.append((entry.name, entry.kind))
        for day, count in data.below_floor_days.items():
            days.setdefault(day, DayInfo()).below_floor = count
        for info in days.values():
            lines = [name for name, _kind in info.marks]
            if info.below_floor:
                lines.append(
                    self.tr("{n} items below their price floor").format(n=info.below_floor)
                )
            info.tooltip = "\n".join(lines)
        first, last = self.visible_range()
        weeks = 1 if self.mode == WEEK else 6
        self.calendar.set_range(first, weeks, None if self.mode == WEEK else self.anchor.month)
        self.calendar.set_data(bars, days, self.today)
        self.calendar.update()
        self.agenda.show_data(data, self.shown_promotions())
        self.details.show_promotion(self.details.current)

    def _bar(self, p: Promotion) -> BarItem:
        data = self.data
        state = data.statuses.get(p.id, "")
        below = data.below_floor.get(p.id, 0)
        clash = data.conflicts.get(p.id, set())
        everywhere = self.tr("All channels")
        lines = [
            p.name,
            f"{p.starts_at[:16].replace('T', ' ')} – {p.ends_at[:16].replace('T', ' ')}",
            f"{kind_label(p.kind)} · {status_label(state)} · "
            f"{channel_label(p.channel) if p.channel else everywhere}",
        ]
        if below:
            lines.append(self.tr("{n} variant-days below the price floor").format(n=below))
        if clash:
            names = [q.name for q in data.promotions if q.id in clash][:3]
            lines.append(
                self.tr("Overlaps without combining: {names}").format(names=", ".join(names))
            )
        return BarItem(
            p.id,
            p.name,
            p.first_day,
            p.last_day,
            colour_for(p.channel),
            faded=state in ("draft", "ended", "cancelled"),
            dashed=state == "draft",
            warning=bool(below),
            conflict=bool(clash),
            tooltip="\n".join(lines),
        )

    def promotion(self, promotion_id: int) -> Promotion | None:
        if self.data is None:
            return None
        return next((p for p in self.data.promotions if p.id == promotion_id), None)

    # -- editing ------------------------------------------------------------------
    def set_editable(self, editable: bool) -> None:
        """A read-only shop's calendar can be browsed and exported, not changed."""
        self.actions.set_editable(editable)

    def move_promotion(self, promotion_id: int, first: dt.date, last: dt.date) -> None:
        if self.read_only:  # the dragged bar goes back where it was
            self._show()
            return
        try:
            change = promotions_edit.move(self.ctx.shop.db, promotion_id, first, last)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot move the promotion"), user_message(exc))
            return
        self.ctx.push_change(change, self.tr("Move promotion"))

    def edit_promotion(self, promotion_id: int) -> None:
        from shopkeeper.services.promotions import get

        self.details.show_promotion(promotion_id)
        self.actions.open_editor(get(self.ctx.shop.db, promotion_id))

    def new_promotion(self, day: dt.date | None = None) -> None:
        day = day or max(self.today, self.visible_range()[0])
        self.actions.open_editor(
            Promotion(
                name="",
                kind="percent_off",
                starts_at=day.isoformat() + "T00:00:00",
                ends_at=day.isoformat() + "T23:59:59",
            )
        )

    def _context(self, promotion_id: int, where) -> None:
        if promotion_id:
            self.details.show_promotion(promotion_id)
            self.actions.context_menu(promotion_id, where)

    def open_item(self, item: object) -> None:
        """Show a promotion (its id) that another tab links to."""
        from shopkeeper.services.promotions import get

        try:
            p = get(self.ctx.shop.db, int(item))
        except (UserError, ValueError, TypeError):
            return
        self.anchor = p.first_day
        self.details.show_promotion(p.id)
        self.refresh()
