"""The Promotions tab's buttons and menus: new, join a festival, own events, content,
the .ics export, and a promotion's menu. Every write is a service Change pushed on the
undo stack.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QToolButton, QWidget

from shopkeeper.errors import UserError
from shopkeeper.services import (
    calendar,
    calendar_events,
    promotions_edit,
    promotions_ics,
    promotions_plan,
    shop_settings,
)
from shopkeeper.ui.i18n import user_message

translate = QCoreApplication.translate  # literal contexts, so that lupdate finds them


class TabActions:
    """The tab's buttons and menus: new, join a festival, events, content, .ics export."""

    def __init__(self, tab) -> None:
        self.tab = tab
        self.writers: list = []  # buttons and menu entries that write; off when read-only

    def buttons(self) -> list[QWidget]:
        new = QPushButton(translate("PromotionsTab", "New promotion"))
        new.clicked.connect(lambda: self.tab.new_promotion())
        join = QToolButton(text=translate("PromotionsTab", "Join a festival"))
        join.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.join_menu = QMenu(join)
        self.join_menu.aboutToShow.connect(self._fill_join_menu)
        join.setMenu(self.join_menu)
        more = QToolButton(text=translate("PromotionsTab", "More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        add_event = menu.addAction(translate("PromotionsTab", "Add my own event…"), self.add_event)
        plan = menu.addAction(translate("PromotionsTab", "Plan content…"), self.plan_content)
        menu.addAction(translate("PromotionsTab", "Export the calendar (.ics)…"), self.export_ics)
        more.setMenu(menu)
        self.writers = [new, join, add_event, plan]
        return [new, join, more]

    def set_editable(self, editable: bool) -> None:
        for writer in self.writers:
            writer.setEnabled(editable)

    def _push(self, call, text: str) -> bool:
        if self.tab.read_only:
            return False
        try:
            change = call()
        except UserError as exc:
            QMessageBox.warning(self.tab, text, user_message(exc))
            return False
        self.tab.ctx.push_change(change, text)
        return True

    def open_editor(self, promotion) -> None:
        if self.tab.read_only:  # a double-click on a read-only shop's bar
            return
        from shopkeeper.ui.dialogs.promotion_editor import PromotionEditor

        editor = PromotionEditor(self.tab.ctx, promotion, self.tab)
        if editor.exec() and editor.saved_change:
            self.tab.ctx.push_change(
                editor.saved_change, translate("PromotionsTab", "Save promotion")
            )

    def _fill_join_menu(self) -> None:
        self.join_menu.clear()
        today = self.tab.today
        upcoming = [
            e
            for year in (today.year, today.year + 1)
            for e in calendar.festivals(year, _lang())
            if e.start >= today
        ][:10]
        for e in upcoming:
            self.join_menu.addAction(
                f"{e.name}  ({e.start.isoformat()} – {e.end.isoformat()})",
                lambda e=e: self._push(
                    lambda: promotions_plan.join_festival(self.tab.ctx.shop.db, e.key, e.date.year),
                    translate("PromotionsTab", "Join {name}").format(name=e.name),
                ),
            )

    def context_menu(self, promotion_id: int, where) -> None:
        db = self.tab.ctx.shop.db
        menu = QMenu(self.tab)
        menu.addAction(
            translate("PromotionsTab", "Edit…"), lambda: self.tab.edit_promotion(promotion_id)
        )
        for status, text in (
            ("draft", translate("PromotionsTab", "Mark as draft")),
            ("cancelled", translate("PromotionsTab", "Cancel it")),
            ("", translate("PromotionsTab", "Follow the dates")),
        ):
            menu.addAction(
                text,
                lambda s=status, t=text: self._push(
                    lambda: promotions_edit.set_hand_status(db, promotion_id, s), t
                ),
            )
        menu.addAction(
            translate("PromotionsTab", "Add the preparation checklist"),
            lambda: self._push(
                lambda: promotions_plan.add_checklist(db, promotion_id),
                translate("PromotionsTab", "Add checklist"),
            ),
        )
        menu.addSeparator()
        menu.addAction(
            translate("PromotionsTab", "Delete"),
            lambda: self._push(
                lambda: promotions_edit.delete(db, [promotion_id]),
                translate("PromotionsTab", "Delete promotion"),
            ),
        )
        for action in menu.actions():  # each entry writes
            action.setEnabled(not self.tab.read_only)
        menu.exec(where)

    def content_status(self, content_id: int, status: str) -> None:
        self._push(
            lambda: promotions_plan.set_content_status(self.tab.ctx.shop.db, content_id, status),
            translate("PromotionsTab", "Content status"),
        )

    def delete_event(self, event_id: int) -> None:
        self._push(
            lambda: calendar_events.delete_event(self.tab.ctx.shop.db, event_id),
            translate("PromotionsTab", "Delete event"),
        )

    def tick_task(self, task_id: int) -> None:
        self._push(
            lambda: promotions_plan.set_task_done(self.tab.ctx.shop.db, task_id),
            translate("PromotionsTab", "Tick off a task"),
        )

    def delete_content(self, content_id: int) -> None:
        self._push(
            lambda: promotions_plan.delete_content(self.tab.ctx.shop.db, content_id),
            translate("PromotionsTab", "Delete content"),
        )

    def add_event(self) -> None:
        from shopkeeper.ui.dialogs.calendar_entry_dialogs import EventDialog

        dialog = EventDialog(self.tab, self.tab.today)
        if dialog.exec():
            self._push(
                lambda: dialog.save(self.tab.ctx.shop.db), translate("PromotionsTab", "Add event")
            )

    def plan_content(self) -> None:
        from shopkeeper.ui.dialogs.calendar_entry_dialogs import ContentDialog

        promos = self.tab.data.promotions if self.tab.data else []
        dialog = ContentDialog(self.tab, self.tab.today, promos)
        if dialog.exec():
            self._push(
                lambda: dialog.save(self.tab.ctx.shop.db),
                translate("PromotionsTab", "Plan content"),
            )

    def export_ics(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self.tab,
            translate("PromotionsTab", "Export the calendar"),
            f"{folder}/shop-calendar.ics",
            translate("PromotionsTab", "iCalendar (*.ics)"),
        )
        if not path:
            return
        shop, today, lang = self.tab.ctx.shop, self.tab.today, _lang()

        def work(_progress):
            with shop.read_connection() as db:
                return promotions_ics.export(
                    db,
                    path,
                    today - dt.timedelta(days=31),
                    today + dt.timedelta(days=366),
                    country=shop_settings.country(db),
                    lang=lang,
                )

        self.tab.ctx.runner.run(
            work,
            title=translate("PromotionsTab", "Exporting the calendar"),
            parent=self.tab,
            on_done=lambda p: QMessageBox.information(
                self.tab,
                translate("PromotionsTab", "Calendar exported"),
                translate("PromotionsTab", "Written: {path}").format(path=p),
            ),
        )


def _lang() -> str:
    from shopkeeper.ui.tabs.promotions import ui_language

    return ui_language()
