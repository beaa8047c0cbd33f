"""The Promotions tab's side parts: the agenda list and the details panel.

They talk to the tab (``tab``) for its shop context and data; every write goes
through a service and ``ctx.push_change`` so it is one undo step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services import (
    money,
    promotions_plan,
    promotions_results,
)
from shopkeeper.services.promotions import get
from shopkeeper.ui.labels import channel_label
from shopkeeper.ui.models.row_table_model import ID_ROLE, Column, RowTableModel
from shopkeeper.ui.promotion_labels import (
    content_status_label,
    entry_kind_label,
    kind_label,
    status_label,
)
from shopkeeper.ui.widgets.data_table import DataTable

translate = QCoreApplication.translate  # literal contexts, so that lupdate finds them


@dataclass(frozen=True)
class AgendaRow:
    id: str
    day: dt.date
    kind: str  # festival, holiday, event, promotion, task, content
    title: str
    detail: str
    ref: int = 0  # promotion, task or content id


class AgendaList(QWidget):
    def __init__(self, tab) -> None:
        super().__init__()
        self.tab = tab
        self.model = RowTableModel(
            [
                Column(self.tr("Date"), lambda r: r.day.isoformat(), sample="2026-06-18"),
                Column(self.tr("What"), lambda r: entry_kind_label(r.kind), sample="Promotion"),
                Column(self.tr("Title"), lambda r: r.title, sample="双11 狂欢节 满300减50"),
                Column(self.tr("Details"), lambda r: r.detail, sample="x" * 30),
            ],
            self,
        )
        self.table = DataTable("promotions-agenda")
        self.table.setModel(self.model)
        self.table.stretch(2)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.clicked.connect(self._select)
        self.table.doubleClicked.connect(self._open)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def show_data(self, data, promotions) -> None:
        rows = [
            AgendaRow(
                f"{e.key}-{e.date}",
                e.date,
                e.kind,
                e.name,
                "" if e.start == e.end else f"{e.start} – {e.end}",
                int(e.key.split(":")[1]) if e.key.startswith("event:") else 0,
            )
            for e in data.entries
            if data.first <= e.date <= data.last
        ]
        for p in promotions:
            if data.first <= p.first_day <= data.last:
                detail = f"→ {p.last_day} · {status_label(data.statuses.get(p.id, ''))}"
                rows.append(AgendaRow(f"p{p.id}", p.first_day, "promotion", p.name, detail, p.id))
        for t in data.tasks:
            day = t.due_on or data.first
            overdue = day < self.tab.today
            detail = t.promotion + (" · " + self.tr("overdue") if overdue else "")
            title = QCoreApplication.translate("CampaignTask", t.title)
            rows.append(AgendaRow(f"t{t.id}", day, "task", title, detail, t.id))
        for c in data.contents:
            detail = f"{c.channel} · {content_status_label(c.status)}"
            rows.append(
                AgendaRow(
                    f"c{c.id}",
                    dt.date.fromisoformat(c.planned_at[:10]),
                    "content",
                    c.title,
                    detail,
                    c.id,
                )
            )
        self.model.set_rows(sorted(rows, key=lambda r: (r.day, r.kind, r.title)))

    def _row(self, index):
        return next((r for r in self.model.rows() if r.id == index.data(ID_ROLE)), None)

    def _select(self, index) -> None:
        row = self._row(index)
        if row is not None and row.kind == "promotion":
            self.tab.details.show_promotion(row.ref)

    def _open(self, index) -> None:
        row = self._row(index)
        if row is None:
            return
        if row.kind == "promotion":
            self.tab.edit_promotion(row.ref)
        elif row.kind == "task":
            self.tab.actions.tick_task(row.ref)

    def _menu(self, pos) -> None:
        row = self._row(self.table.indexAt(pos))
        if row is None:
            return
        actions = self.tab.actions
        menu = QMenu(self)
        if row.kind == "task":
            menu.addAction(self.tr("Mark done"), lambda: actions.tick_task(row.ref))
        elif row.kind == "content":
            for status in promotions_plan.CONTENT_STATUSES:
                menu.addAction(
                    content_status_label(status),
                    lambda s=status: actions.content_status(row.ref, s),
                )
            menu.addSeparator()
            menu.addAction(self.tr("Delete"), lambda: actions.delete_content(row.ref))
        elif row.kind == "event" and row.ref:
            menu.addAction(self.tr("Delete this event"), lambda: actions.delete_event(row.ref))
        elif row.kind == "promotion":
            actions.context_menu(row.ref, self.table.viewport().mapToGlobal(pos))
            return
        if not menu.isEmpty():
            menu.exec(self.table.viewport().mapToGlobal(pos))


class DetailsPanel(QWidget):
    """The chosen promotion: what it is, its problems, and its results once it ended."""

    def __init__(self, tab) -> None:
        super().__init__()
        self.tab = tab
        self.current: int | None = None
        self.text = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results = QPushButton(self.tr("Show results"))
        self.results.clicked.connect(self.show_results)
        self.stock = QPushButton(self.tr("Check stock cover"))
        self.stock.setToolTip(
            self.tr(
                "Which SKUs may run out: stock against what they sold over the same days a year ago"
            )
        )
        self.stock.clicked.connect(self.check_stock)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.results)
        layout.addWidget(self.stock)
        layout.addStretch()
        self.setMinimumWidth(220)
        self.show_promotion(None)

    def show_promotion(self, promotion_id: int | None) -> None:
        self.current = promotion_id
        p = self.tab.promotion(promotion_id) if promotion_id else None
        if p is None:
            self.text.setText(
                self.tr(
                    "<p style='color:palette(placeholder-text)'>Click a "
                    "promotion to see it here; double-click to edit it, "
                    "drag it to move it.</p>"
                )
            )
            self.results.hide()
            self.stock.hide()
            return
        data = self.tab.data
        cur = self.tab.ctx.shop.currency
        state = data.statuses.get(p.id, "")
        everywhere = self.tr("All channels")
        lines = [
            f"<h3>{escape(p.name)}</h3>",
            f"<p>{escape(kind_label(p.kind))} · {escape(status_label(state))}<br>"
            f"{p.starts_at[:16].replace('T', ' ')} – {p.ends_at[:16].replace('T', ' ')}<br>"
            f"{escape(channel_label(p.channel) if p.channel else everywhere)}"
            "</p>",
        ]
        if p.budget:
            budget = self.tr("Budget: {amount}").format(amount=money.format_money(p.budget, cur))
            lines.append(f"<p>{escape(budget)}</p>")
        below = data.below_floor.get(p.id)
        if below:
            ex = data.examples[p.id]
            lines.append(
                "<p style='color:#b42318'>"
                + escape(
                    self.tr(
                        "{n} variant-days below the price floor, e.g. {sku}: {lowest} < {floor}"
                    ).format(
                        n=below,
                        sku=ex.sku,
                        lowest=money.format_money(ex.lowest_price, cur),
                        floor=money.format_money(ex.floor, cur),
                    )
                )
                + "</p>"
            )
        clash = data.conflicts.get(p.id)
        if clash:
            names = ", ".join(q.name for q in data.promotions if q.id in clash)
            lines.append(
                "<p style='color:#b45309'>"
                + escape(self.tr("Overlaps without combining: {names}").format(names=names))
                + "</p>"
            )
        if p.notes:
            lines.append(f"<p>{escape(p.notes)}</p>")
        self.text.setText("".join(lines))
        self.results.setVisible(state == "ended")
        self.stock.setVisible(state in ("draft", "scheduled", "running"))

    def check_stock(self) -> None:
        from shopkeeper.services import promotions_stock

        p = get(self.tab.ctx.shop.db, self.current)
        shop, today = self.tab.ctx.shop, self.tab.today

        def work(_progress):
            with shop.read_connection() as db:
                return promotions_stock.short_stock(db, p, today)

        def done(short) -> None:
            if not short:
                text = self.tr("Every SKU of {name} has stock for the expected demand.").format(
                    name=p.name
                )
            else:
                lines = [
                    self.tr("{sku}: {stock} in stock, about {expected} expected").format(
                        sku=s.sku, stock=s.stock, expected=s.expected
                    )
                    for s in short[:12]
                ]
                more = len(short) - len(lines)
                text = self.tr("{n} SKUs may run out during {name}:").format(
                    n=len(short), name=p.name
                )
                text += "\n\n" + "\n".join(lines)
                if more > 0:
                    text += "\n" + self.tr("… and {n} more").format(n=more)
            QMessageBox.information(self, self.tr("Stock cover"), text)

        self.tab.ctx.runner.run(
            work, title=self.tr("Checking stock cover"), parent=self, on_done=done
        )

    def show_results(self) -> None:
        p = get(self.tab.ctx.shop.db, self.current)
        r = promotions_results.results(self.tab.ctx.shop.db, p)
        cur = self.tab.ctx.shop.currency

        def pct(value) -> str:
            return "—" if value is None else f"{value * 100:.1f}%"

        text = self.tr(
            "Sales {sales} ({orders} orders, {units} units)\nDiscount given {discount}\n"
            "Gross profit {profit}\nLift against the {days} days before: {lift}\nROI: {roi}"
        ).format(
            sales=money.format_money(r.during.sales, cur),
            orders=r.during.orders,
            units=r.during.units,
            discount=money.format_money(r.during.discount, cur),
            profit=money.format_money(r.during.gross_profit, cur),
            days=(p.last_day - p.first_day).days + 1,
            lift=pct(r.lift),
            roi=pct(r.roi),
        )
        QMessageBox.information(self, self.tr("Results of {name}").format(name=p.name), text)
