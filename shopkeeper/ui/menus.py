"""The menu bar. Every action is declared here with its shortcut."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from shopkeeper.ui.app_settings import AppSettings
from shopkeeper.ui.icons import icon

translate = QCoreApplication.translate
# The import and export entries come from exchange_actions, known by their shortcut.
EXCHANGE_ICONS = {"Ctrl+I": "import", "Ctrl+E": "export"}


@dataclass
class MenuActions:
    needs_shop: list[QAction] = field(default_factory=list)
    # Off on a shop opened read-only too: these would write to it.
    needs_writable: list[QAction] = field(default_factory=list)
    all: list[QAction] = field(default_factory=list)
    recent_menu: QMenu | None = None
    language_group: QActionGroup | None = None


def _add(
    menu: QMenu,
    actions: MenuActions,
    text: str,
    slot,
    shortcut=None,
    *,
    needs_shop=False,
    icon_name: str | None = None,
):
    action = QAction(text, menu)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    actions.all.append(action)
    if needs_shop:
        actions.needs_shop.append(action)
    return action


def build(window) -> MenuActions:
    acts = window.actions
    actions = MenuActions()
    bar = window.menuBar()

    file_menu = bar.addMenu(translate("Menus", "&File"))
    _add(
        file_menu,
        actions,
        translate("Menus", "&New shop…"),
        acts.new_shop,
        QKeySequence.StandardKey.New,
        icon_name="new",
    )
    _add(
        file_menu,
        actions,
        translate("Menus", "&Open shop…"),
        acts.open_shop_dialog,
        QKeySequence.StandardKey.Open,
        icon_name="open",
    )
    actions.recent_menu = file_menu.addMenu(icon("recent"), translate("Menus", "Open &recent"))
    file_menu.addSeparator()
    for text, slot, key in acts.exchange_actions():
        action = _add(
            file_menu, actions, text, slot, key, needs_shop=True, icon_name=EXCHANGE_ICONS.get(key)
        )
        if key == "Ctrl+I":
            actions.needs_writable.append(action)
    file_menu.addSeparator()
    _add(
        file_menu,
        actions,
        translate("Menus", "&Back up now"),
        acts.backup_now,
        "Ctrl+B",
        needs_shop=True,
        icon_name="backup",
    )
    restore = _add(
        file_menu,
        actions,
        translate("Menus", "Res&tore…"),
        acts.restore_dialog,
        needs_shop=True,
        icon_name="restore",
    )
    settings = _add(
        file_menu,
        actions,
        translate("Menus", "Shop &settings…"),
        acts.shop_settings,
        "Ctrl+,",
        needs_shop=True,
        icon_name="settings",
    )
    actions.needs_writable += [restore, settings]
    file_menu.addSeparator()
    _add(file_menu, actions, translate("Menus", "&Quit"), window.close, "Ctrl+Q", icon_name="quit")

    edit_menu = bar.addMenu(translate("Menus", "&Edit"))
    # Qt puts the prefix before the command's own text ("Undo Mark order … shipped"),
    # so it carries no accelerator; Ctrl+Z is the way in.
    undo = window.undo_stack.createUndoAction(edit_menu, translate("Menus", "Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(edit_menu, translate("Menus", "Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    undo.setIcon(icon("undo"))
    redo.setIcon(icon("redo"))
    edit_menu.addActions([undo, redo])
    actions.all += [undo, redo]
    _add(
        edit_menu,
        actions,
        translate("Menus", "Undo &history…"),
        window.show_undo_history,
        "Ctrl+Shift+H",
        needs_shop=True,
        icon_name="history",
    )
    edit_menu.addSeparator()
    _add(
        edit_menu,
        actions,
        translate("Menus", "&Find"),
        window.focus_search,
        QKeySequence.StandardKey.Find,
        needs_shop=True,
        icon_name="find",
    )

    view_menu = bar.addMenu(translate("Menus", "&View"))
    language_menu = view_menu.addMenu(icon("language"), translate("Menus", "&Language"))
    actions.language_group = QActionGroup(window)
    current = window.settings.get(AppSettings.LANGUAGE) or window.property("language") or "en"
    for code, label in (("en", "English"), ("zh_CN", "简体中文")):
        action = QAction(label, language_menu, checkable=True, checked=(code == current))
        action.triggered.connect(lambda _c=False, code=code: acts.set_language(code))
        actions.language_group.addAction(action)
        language_menu.addAction(action)

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    help_menu_entries = (
        (translate("Menus", "&Keyboard shortcuts"), acts.show_shortcuts, "F1", "shortcuts"),
        (translate("Menus", "Open &data folder"), acts.open_data_folder, None, "folder"),
        (translate("Menus", "&About Shopkeeper"), acts.show_about, None, "about"),
    )
    for text, slot, key, icon_name in help_menu_entries:
        _add(help_menu, actions, text, slot, key, icon_name=icon_name)
    return actions


def refresh_recent(window) -> None:
    menu = window.menu_actions.recent_menu
    menu.clear()
    recent = window.settings.get(AppSettings.RECENT_SHOPS)
    for text in recent:
        action = menu.addAction(Path(text).name + "   —   " + text)
        action.triggered.connect(lambda _c=False, p=text: window.actions.open_path(Path(p)))
    menu.setEnabled(bool(recent))
