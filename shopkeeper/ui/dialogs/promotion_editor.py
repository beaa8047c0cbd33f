"""The promotion editor: every type sellers run, its target, what it combines with.

Before saving it shows what is wrong (an end before the start, tiers that do not
increase …) and the days it would put an item below its price floor or clash with
a promotion it does not combine with. Saving is one undoable Change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from html import escape

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import UserError
from shopkeeper.services import money, promotions_calendar, promotions_edit
from shopkeeper.services import promotions_text as text
from shopkeeper.services.promotions import KINDS, Promotion, load_all
from shopkeeper.ui.i18n import user_message
from shopkeeper.ui.labels import channel_label
from shopkeeper.ui.promotion_labels import kind_label

CHANNELS = ("", "taobao", "tmall", "jd", "pinduoduo", "shopify", "etsy", "ebay", "amazon")


class PromotionEditor(QDialog):
    def __init__(self, ctx, promotion: Promotion, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.db, self.original = ctx, ctx.shop.db, promotion
        self.exp = money.exponent(ctx.shop.currency)
        self.saved_change = None
        self.generation = 0  # which check a background answer belongs to
        self.warnings: list[str] | None = None
        title = self.tr("New promotion") if promotion.id is None else self.tr("Edit promotion")
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self._build()
        self._fill(promotion)
        self.timer = QTimer(self, singleShot=True, interval=400)
        self.timer.timeout.connect(self.check_now)
        for signal in self._edits():
            signal.connect(self.timer.start)
        self.check_now()

    # -- building ---------------------------------------------------------------
    def _money(self) -> QLineEdit:
        edit = QLineEdit(placeholderText=money.symbol(self.ctx.shop.currency) + " 0")
        edit.setMaximumWidth(140)
        return edit

    def _build(self) -> None:
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(
                channel_label(channel) if channel else self.tr("All channels"), channel
            )
        self.starts = QDateTimeEdit(calendarPopup=True, displayFormat="yyyy-MM-dd HH:mm")
        self.ends = QDateTimeEdit(calendarPopup=True, displayFormat="yyyy-MM-dd HH:mm")
        self.status = QComboBox()
        self.status.addItem(self.tr("Follows the dates"), "")
        self.status.addItem(self.tr("Draft"), "draft")
        self.status.addItem(self.tr("Cancelled"), "cancelled")
        self.value = QLineEdit()
        self.value.setMaximumWidth(140)
        self.value_label = QLabel()
        self.threshold = self._money()
        self.tiers = QLineEdit(placeholderText=self.tr("e.g. 200:20; 300:35"))
        self.code = QLineEdit()
        self.quantity = QSpinBox(maximum=10_000_000, specialValueText=self.tr("no limit"))
        self.per_buyer = QSpinBox(maximum=1000, specialValueText=self.tr("no limit"))
        self.buy = QSpinBox(maximum=100)
        self.get = QSpinBox(maximum=100)
        self.targets = QLineEdit(placeholderText=self.tr("empty: the whole shop"))
        self.targets.setToolTip(self.tr("listing:HANDLE; sku:SKU; category:NAME; tag:NAME"))
        self.targets.setCompleter(TargetCompleter(text.target_suggestions(self.db), self.targets))
        self.combos = QListWidget()
        self.combos.setMaximumHeight(90)
        self.budget, self.cost = self._money(), self._money()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.problems = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.problems.setMinimumHeight(48)
        self.problems.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Type"), self.kind)
        self.form.addRow(self.tr("Channel"), self.channel)
        dates = QHBoxLayout()
        dates.addWidget(self.starts)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.ends)
        dates.addStretch()
        self.form.addRow(self.tr("Runs"), dates)
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.value_label, self.value)
        rows = (
            (self.tr("Threshold"), self.threshold),
            (self.tr("Tiers (spend:save)"), self.tiers),
            (self.tr("Coupon code"), self.code),
            (self.tr("Quantity limit"), self.quantity),
            (self.tr("Limit per buyer"), self.per_buyer),
            (self.tr("Buy"), self.buy),
            (self.tr("Get free"), self.get),
        )
        for label, widget in rows:
            self.form.addRow(label, widget)
        self.form.addRow(self.tr("Target"), self.targets)
        self.form.addRow(self.tr("Combines with"), self.combos)
        money_row = QHBoxLayout()
        money_row.addWidget(self.budget)
        money_row.addWidget(QLabel(self.tr("Campaign cost")))
        money_row.addWidget(self.cost)
        money_row.addStretch()
        self.form.addRow(self.tr("Budget"), money_row)
        self.form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _edits(self):
        yield from (
            self.name.textChanged,
            self.kind.currentIndexChanged,
            self.channel.currentIndexChanged,
            self.starts.dateTimeChanged,
            self.ends.dateTimeChanged,
            self.status.currentIndexChanged,
            self.value.textChanged,
            self.threshold.textChanged,
            self.tiers.textChanged,
            self.buy.valueChanged,
            self.get.valueChanged,
            self.targets.textChanged,
            self.combos.itemChanged,
        )

    def _show_row(self, widget: QWidget, shown: bool) -> None:
        self.form.setRowVisible(widget, shown)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        labels = {
            "percent_off": self.tr("Percent off"),
            "amount_off": self.tr("Amount off"),
            "fixed_price": self.tr("Special price"),
            "flash_sale": self.tr("Flash price"),
            "coupon": self.tr("Face value"),
            "bundle": self.tr("Bundle price"),
        }
        self.value_label.setText(labels.get(kind, ""))
        self._show_row(self.value, kind in labels)
        self._show_row(self.threshold, kind in ("coupon", "free_shipping"))
        self._show_row(self.tiers, kind in ("threshold", "threshold_percent"))
        self.tiers.setPlaceholderText(
            self.tr("e.g. 200:10%; 500:15%")
            if kind == "threshold_percent"
            else self.tr("e.g. 200:20; 300:35")
        )
        self._show_row(self.code, kind == "coupon")
        self._show_row(self.quantity, kind in ("coupon", "flash_sale"))
        self._show_row(self.per_buyer, kind in ("coupon", "flash_sale"))
        self._show_row(self.buy, kind in ("buy_x_get_y", "bundle"))
        self._show_row(self.get, kind == "buy_x_get_y")
        self.adjustSize()

    # -- values -----------------------------------------------------------------
    def _fill(self, p: Promotion) -> None:
        self.name.setText(p.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(p.kind)))
        index = self.channel.findData(p.channel)
        if index < 0:
            self.channel.addItem(p.channel, p.channel)
            index = self.channel.count() - 1
        self.channel.setCurrentIndex(index)
        self.starts.setDateTime(QDateTime.fromString(p.starts_at[:19], "yyyy-MM-ddTHH:mm:ss"))
        self.ends.setDateTime(QDateTime.fromString(p.ends_at[:19], "yyyy-MM-ddTHH:mm:ss"))
        self.status.setCurrentIndex(max(0, self.status.findData(p.hand_status)))
        percent = p.kind in ("percent_off",)
        shown = (
            money.plain_amount(p.value, 2) + "%"
            if percent
            else money.plain_amount(p.value, self.exp)
        )
        self.value.setText(shown if p.value else "")
        self.threshold.setText(money.plain_amount(p.threshold, self.exp) if p.threshold else "")
        unit = (
            (lambda v: money.plain_amount(v, 2) + "%")
            if p.kind == "threshold_percent"
            else (lambda v: money.plain_amount(v, self.exp))
        )
        self.tiers.setText(
            "; ".join(
                f"{money.plain_amount(t, self.exp)}:{unit(v)}" for t, v in p.all_tiers() if t or v
            )
        )
        self.code.setText(p.coupon_code)
        self.quantity.setValue(p.quantity_limit or 0)
        self.per_buyer.setValue(p.per_buyer_limit or 0)
        self.buy.setValue(p.buy_quantity)
        self.get.setValue(p.get_quantity)
        self.targets.setText(text.targets_text(self.db, p.targets))
        self.budget.setText(money.plain_amount(p.budget, self.exp) if p.budget else "")
        self.cost.setText(money.plain_amount(p.cost, self.exp) if p.cost else "")
        self.notes.setPlainText(p.notes)
        self._fill_combos(p)
        self._kind_changed()

    def _fill_combos(self, p: Promotion) -> None:
        self.combos.clear()
        for other in load_all(
            self.db, p.first_day - dt.timedelta(days=31), p.last_day + dt.timedelta(days=31)
        ):
            if other.id == p.id:
                continue
            item = QListWidgetItem(f"{other.name}  ({other.starts_at[:10]} – {other.ends_at[:10]})")
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = other.id in p.combines_with
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.combos.addItem(item)

    def _amount(self, edit: QLineEdit) -> int:
        return text.amount(edit.text(), self.exp)

    def promotion(self) -> Promotion:
        """What the form says; a UserError when a field cannot be read."""
        kind = self.kind.currentData()
        value = 0
        if self.value.text().strip():
            value = (
                text.percent(self.value.text())
                if kind == "percent_off"
                else self._amount(self.value)
            )
        combos = frozenset(
            self.combos.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.combos.count())
            if self.combos.item(i).checkState() == Qt.CheckState.Checked
        )
        return replace(
            self.original,
            name=self.name.text().strip(),
            kind=kind,
            channel=self.channel.currentData() or "",
            starts_at=self.starts.dateTime().toString("yyyy-MM-ddTHH:mm:ss"),
            ends_at=self.ends.dateTime().toString("yyyy-MM-ddTHH:mm:ss"),
            hand_status=self.status.currentData(),
            value=value,
            threshold=self._amount(self.threshold),
            tiers=text.tiers(self.tiers.text(), kind, self.exp)
            if kind in ("threshold", "threshold_percent")
            else (),
            coupon_code=self.code.text().strip(),
            quantity_limit=self.quantity.value() or None,
            per_buyer_limit=self.per_buyer.value() or None,
            buy_quantity=self.buy.value(),
            get_quantity=self.get.value(),
            targets=text.targets(self.db, self.targets.text()),
            combines_with=combos,
            budget=self._amount(self.budget),
            cost=self._amount(self.cost),
            notes=self.notes.toPlainText(),
        )

    # -- checking ---------------------------------------------------------------
    def check_now(self) -> list[str]:
        """Show what is wrong at once, then (in the background) the floor check and the
        conflicts. Returns what is known: ["error"], or the warnings when the check ran
        to the end already (a synchronous runner)."""
        try:
            draft = self.promotion()
            promotions_edit.check(self.db, draft)
        except UserError as exc:
            self._show_problems([_message(exc)], error=True)
            return ["error"]
        self.generation += 1
        generation, shop = self.generation, self.ctx.shop
        self.warnings = None

        def work(_progress):
            with shop.read_connection() as db:
                return promotions_calendar.draft_problems(db, draft)

        def done(found) -> None:
            if generation == self.generation:
                self.warnings = self.floor_warnings(found)
                self._show_problems(self.warnings, error=False)

        self.ctx.runner.run(
            work, title=self.tr("Checking price floors"), parent=self, dialog=False, on_done=done
        )
        return self.warnings if self.warnings is not None else []

    def floor_warnings(self, found: promotions_calendar.DraftProblems) -> list[str]:
        warnings = []
        if found.below:
            days = sum((b.last - b.first).days + 1 for b in found.below)
            worst = min(found.below, key=lambda b: b.lowest_price - b.floor)
            cur = self.ctx.shop.currency
            warnings.append(
                self.tr(
                    "{days} variant-days below the price floor, e.g. {sku} on {date}: lowest price "
                    "{lowest}, floor {floor} (cost {cost})."
                ).format(
                    days=days,
                    sku=worst.sku,
                    date=worst.first.isoformat(),
                    lowest=money.format_money(worst.lowest_price, cur),
                    floor=money.format_money(worst.floor, cur),
                    cost=money.format_money(worst.cost, cur),
                )
            )
        if found.clashes:
            warnings.append(
                self.tr(
                    "Overlaps without combining: {names}. Tick them under “Combines with” if "
                    "buyers may use both."
                ).format(names=", ".join(found.clashes[:3]))
            )
        return warnings

    def _show_problems(self, lines: list[str], *, error: bool) -> None:
        colour = "#b42318" if error else "#b45309"
        if not lines:
            fine = self.tr("No problems found.")
            self.problems.setText(f"<span style='color:#1f7a4d'>{escape(fine)}</span>")
            return
        items = "".join(f"<li>{escape(line)}</li>" for line in lines)
        self.problems.setText(f"<ul style='color:{colour}; margin:0'>{items}</ul>")

    def accept(self) -> None:
        try:
            draft = self.promotion()
            promotions_edit.check(self.db, draft)
        except UserError as exc:
            self._show_problems([_message(exc)], error=True)
            return
        # Saving waits for the floor check: the seller must see what it finds.
        problems = self.floor_warnings(promotions_calendar.draft_problems(self.db, draft))
        self._show_problems(problems, error=False)
        if problems:
            answer = QMessageBox.question(
                self,
                self.tr("Save anyway?"),
                self.tr("This promotion has problems:\n\n{problems}\n\nSave it anyway?").format(
                    problems="\n".join(problems)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.saved_change = promotions_edit.save(self.db, self.promotion())
        except UserError as exc:
            self._show_problems([_message(exc)], error=True)
            return
        super().accept()


def _message(exc: Exception) -> str:
    return user_message(exc)


class TargetCompleter(QCompleter):
    """Completes the part after the last ";" (targets are a list: "tag:gift; sku:…")."""

    def __init__(self, suggestions: list[str], parent) -> None:
        super().__init__(suggestions, parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [path.rsplit(";", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt's name
        done = self.widget().text().rsplit(";", 1)[0] if ";" in self.widget().text() else ""
        return (done + "; " if done else "") + index.data()
