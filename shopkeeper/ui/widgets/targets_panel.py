"""Weekly sales targets on the KPI tab: this week's progress, a button to set the
target, and the chart of weeks against their targets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services import money, targets
from shopkeeper.ui.charts import ChartView
from shopkeeper.ui.tab_context import TabContext


class TargetsPanel(QWidget):
    def __init__(
        self,
        ctx: TabContext,
        today: Callable[[], dt.date],
        chart: ChartView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        self.summary = QLabel()
        self.bar = QProgressBar(maximum=1000, textVisible=False)
        self.bar.setMaximumWidth(260)
        self.set_button = QPushButton(self.tr("Set this week's target…"))
        self.set_button.clicked.connect(self.ask_target)
        row = QHBoxLayout()
        for widget in (self.summary, self.bar):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.set_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(chart, 1)

    def show_progress(self) -> None:
        week = targets.progress(self.ctx.shop.db, self.today())
        currency = self.ctx.shop.currency
        sales = money.format_money(week.sales, currency)
        if week.target is None:
            self.summary.setText(
                self.tr("This week: {sales} sold; no target set.").format(sales=sales)
            )
            self.bar.setValue(0)
            return
        share = min(1.0, float(week.share))
        self.bar.setValue(int(share * 1000))
        text = self.tr("This week: {sales} of {target} ({share:.0%}); {pace}.").format(
            sales=sales,
            target=money.format_money(week.target, currency),
            share=float(week.share),
            pace=self.tr("on track") if week.on_track else self.tr("behind the pace"),
        )
        self.summary.setText(text)

    @Slot()
    def ask_target(self) -> None:
        currency = self.ctx.shop.currency
        exp = money.exponent(currency)
        week = targets.progress(self.ctx.shop.db, self.today())
        current = (week.target or 0) / 10**exp
        amount, ok = QInputDialog.getDouble(
            self,
            self.tr("Weekly sales target"),
            self.tr("Sales after discounts to reach in the week of {monday} ({currency}):").format(
                monday=week.first.isoformat(), currency=currency
            ),
            current,
            0,
            1e12,
            exp,
        )
        if not ok:
            return
        minor = int(Decimal(str(amount)).scaleb(exp).to_integral_value())
        change = targets.set_weekly_target(self.ctx.shop.db, self.today(), minor)
        self.ctx.push_change(change, self.tr("Set weekly sales target"))
