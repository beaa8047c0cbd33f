"""The main window: menus, one tab per job, and the open shop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopMissing
from shopkeeper.services.changes import ALL_TABLES
from shopkeeper.services.shop import Shop
from shopkeeper.ui import icons, menus, tabs
from shopkeeper.ui.app_settings import AppSettings
from shopkeeper.ui.background import BackgroundRunner
from shopkeeper.ui.error_handler import ErrorHandler
from shopkeeper.ui.shop_actions import ShopActions
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.widgets.read_only_banner import ReadOnlyBanner
from shopkeeper.ui.widgets.welcome import WelcomePanel


class MainWindow(QMainWindow):
    # Carries the names of the tables a write changed (ALL_TABLES after a restore or a
    # new shop); each tab decides whether that touches what it shows.
    shop_changed = Signal(object)

    def __init__(
        self, settings: AppSettings, runner: BackgroundRunner, errors: ErrorHandler
    ) -> None:
        super().__init__()
        self.settings, self.runner, self.errors = settings, runner, errors
        errors.parent = self
        self.shop: Shop | None = None
        self.undo_stack = QUndoStack(self)
        self.setAcceptDrops(True)
        # Below about 960×600 the tabs' filter rows overlap and buttons lose their words.
        self.setMinimumSize(960, 600)

        self.tabs = QTabWidget(documentMode=True)
        self.welcome = WelcomePanel(settings)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.tabs)
        # The read-only banner sits above the pages, hidden unless the shop is read-only.
        self.read_only_banner = ReadOnlyBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.shop_label = QLabel()
        self.shop_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.shop_label, 1)

        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._shop_file_changed)

        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n - 1))
        self.actions = ShopActions(self)
        self.menu_actions = menus.build(self)
        self.read_only_banner.save_copy_clicked.connect(self.actions.save_copy_dialog)
        self.welcome.new_clicked.connect(self.actions.new_shop)
        self.welcome.open_clicked.connect(self.actions.open_shop_dialog)
        self.welcome.demo_clicked.connect(self.actions.open_demo_shop)
        self.welcome.recent_clicked.connect(lambda path: self.actions.open_path(Path(path)))
        self.welcome.recent_forgotten.connect(lambda _path: menus.refresh_recent(self))
        self._show_shop()
        self._restore_geometry()

    # -- shop lifecycle -------------------------------------------------------
    def set_shop(self, shop: Shop | None) -> None:
        """Close the current shop (if any) and show ``shop``."""
        self._close_tabs()
        if self.shop is not None:
            if self.watcher.files():
                self.watcher.removePaths(self.watcher.files())
            self.shop.close()
        self.shop = shop
        self.undo_stack.clear()
        if shop is not None:
            self.settings.remember_shop(shop.path)
            self.watcher.addPath(str(shop.path))
            context = TabContext(
                shop,
                self.runner,
                self.undo_stack,
                self.errors,
                notify_changed=self.notify_changed,
                open_in_tab=self.open_in_tab,
            )
            for tab_class in tabs.TAB_CLASSES:
                tab = tab_class(context)
                self.shop_changed.connect(tab.shop_changed)
                # A tab retitles itself ("Listings (74)") with setWindowTitle.
                tab.windowTitleChanged.connect(
                    lambda text, t=tab: self.tabs.setTabText(self.tabs.indexOf(t), text)
                )
                self.tabs.addTab(tab, icons.icon(tab.icon_name), tab.windowTitle())
            for index in range(self.tabs.count()):
                # Ctrl+1, Ctrl+2 … switch tabs; the tab's tooltip tells which key.
                self.tabs.setTabToolTip(index, f"Ctrl+{index + 1}")
        self._show_shop()
        menus.refresh_recent(self)

    def notify_changed(self, tables) -> None:
        """Tell every tab that a write changed these tables (or ALL_TABLES)."""
        self.shop_changed.emit(ALL_TABLES if tables is ALL_TABLES else frozenset(tables))

    def show_undo_history(self) -> None:
        """Every undoable step of this session; clicking one undoes or redoes up to it."""
        from shopkeeper.ui.dialogs.undo_history_dialog import UndoHistoryDialog

        UndoHistoryDialog(self.undo_stack, self).exec()

    def open_in_tab(self, key: str, item: object = None) -> None:
        """Switch to the tab called ``key`` and show ``item`` there (Today's links)."""
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if tab.key == key:
                self.tabs.setCurrentIndex(index)
                if item is not None:
                    tab.open_item(item)
                return

    def _close_tabs(self) -> None:
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()

    def _show_shop(self) -> None:
        self.read_only_banner.show_for(self.shop)
        if self.shop is None:
            self.setWindowTitle("Shopkeeper")
            self.shop_label.setText(self.tr("No shop open"))
            self.welcome.set_recent(self.settings.get(AppSettings.RECENT_SHOPS))
            self.pages.setCurrentWidget(self.welcome)
        else:
            name = self.shop.name
            self.setWindowTitle(f"{name} — Shopkeeper")
            self.shop_label.setText(
                self.tr("Shop: {name}  ·  File: {path}").format(name=name, path=self.shop.path)
            )
            self.pages.setCurrentWidget(self.tabs)
        for action in self.menu_actions.needs_shop:
            action.setEnabled(self.shop is not None)
        writable = self.shop is not None and not getattr(self.shop, "read_only", False)
        for action in self.menu_actions.needs_writable:
            action.setEnabled(writable)

    def show_shop_details(self) -> None:
        """After the shop's settings change: its name in the title, its currency in the tabs."""
        self._show_shop()
        self.notify_changed(ALL_TABLES)

    @Slot(str)
    def _shop_file_changed(self, path: str) -> None:
        if self.shop is not None and not Path(path).exists():
            self.actions.shop_file_missing(ShopMissing(path=path))

    def current_tab(self) -> QWidget | None:
        return self.tabs.currentWidget() if self.shop else None

    def focus_search(self) -> None:
        focus = getattr(self.current_tab(), "focus_search", None)
        if focus:
            focus()

    # -- window state ---------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.get(AppSettings.GEOMETRY)
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1200, 780)
        state = self.settings.get(AppSettings.WINDOW_STATE)
        if state:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.runner.busy and not self.actions.confirm_quit_while_busy():
            event.ignore()
            return
        self.settings.set(AppSettings.GEOMETRY, self.saveGeometry())
        self.settings.set(AppSettings.WINDOW_STATE, self.saveState())
        self.set_shop(None)
        event.accept()

    # -- drag and drop: a spreadsheet dropped on the window starts an import ---
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        writable = self.shop and not getattr(self.shop, "read_only", False)
        if writable and self.actions.droppable_file(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        file = self.actions.droppable_file(event.mimeData())
        if file:
            event.acceptProposedAction()
            self.actions.start_import(file)
