"""What the File and Help menus do with shops: open, create, back up, restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from shopkeeper import __version__, paths
from shopkeeper.errors import ShopDamaged, ShopMissing
from shopkeeper.services import demo as demo_service
from shopkeeper.services import exchange as exchange_service
from shopkeeper.services import shop as shop_service
from shopkeeper.services import shop_setup
from shopkeeper.ui.app_settings import AppSettings
from shopkeeper.ui.dialogs.new_shop_dialog import NewShopDialog
from shopkeeper.ui.dialogs.restore_dialog import RestoreDialog
from shopkeeper.ui.dialogs.shop_settings_dialog import ShopSettingsDialog
from shopkeeper.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from shopkeeper.ui.i18n import user_message

SHOP_FILTER = "Shopkeeper shop (*.shop.db *.db *.sqlite);;All files (*)"


class ShopActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    # -- opening ----------------------------------------------------------------
    def new_shop(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New shop"),
            str(paths.data_dir() / "new-shop.shop.db"),
            SHOP_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = Path(name)
        if path.exists() and path.stat().st_size > 0:
            QMessageBox.warning(
                self.window,
                self.tr("New shop"),
                self.tr(
                    "A file named {name} already exists there. Choose another name, "
                    "or use File > Open shop to open it."
                ).format(name=path.name),
            )
            return
        dialog = NewShopDialog(shop_setup.defaults_for(path), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choices = dialog.choices()
        self.window.runner.run(
            lambda progress: shop_setup.create_shop(path, choices).close(),
            title=self.tr("Creating {name}…").format(name=path.name),
            parent=self.window,
            on_done=lambda _none: self.open_path(path),
        )

    def open_shop_dialog(self) -> None:
        start = str(self.window.shop.path.parent if self.window.shop else paths.data_dir())
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open shop"), start, SHOP_FILTER)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path, *, must_exist: bool = True) -> None:
        path = path.expanduser().absolute()
        current = self.window.shop
        if current is not None and current.path == path:
            return
        self.window.runner.run(
            # A shop on a read-only disk or folder opens read-only (with a banner).
            lambda progress: shop_service.open_shop_or_read_only(
                path, must_exist=must_exist, defer_checks=True
            ),
            title=self.tr("Opening {name}…").format(name=path.name),
            parent=self.window,
            on_done=self._opened,
            on_error=lambda exc: self._open_failed(path, exc),
        )

    def open_demo_shop(self) -> None:
        """Open the demo shop in the data folder, generating it first if needed."""
        path = paths.data_dir() / "demo.shop.db"
        if path.exists():
            self.open_path(path)
            return
        self.window.runner.run(
            lambda progress: demo_service.write_demo_shop(path, progress),
            title=self.tr("Creating a demo shop…"),
            parent=self.window,
            on_done=lambda _summary: self.open_path(path),
        )

    def _opened(self, shop: shop_service.Shop) -> None:
        self.window.set_shop(shop)
        # The full integrity check and the daily backup follow while the seller works.
        self.window.statusBar().showMessage(self.tr("Checking the shop file…"))
        self.window.runner.run(
            lambda progress: shop_service.finish_checks(shop),
            title=self.tr("Checking the shop file…"),
            parent=self.window,
            dialog=False,
            on_done=lambda _backup: self.window.statusBar().clearMessage(),
            on_error=self._check_failed,
        )

    def _check_failed(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        shop = self.window.shop

        def replace(backup) -> None:
            # A damaged file cannot be trusted to copy itself first: it is closed, kept
            # beside the shop, and the backup takes its place.
            self.window.set_shop(None)
            shop_service.replace_damaged_shop(shop.path, backup)
            self.open_path(shop.path)

        if shop is None or not self._offer_backup(exc, replace):
            self.window.errors(exc)

    def _open_failed(self, path: Path, exc: BaseException) -> None:
        def replace(backup) -> None:  # the damaged file is kept beside the shop
            shop_service.replace_damaged_shop(path, backup)
            self.open_path(path)

        if not self._offer_backup(exc, replace):
            self.window.errors(exc)

    def _offer_backup(self, exc: BaseException, restore) -> bool:
        """For a damaged shop with a good backup, ask to restore it; False otherwise."""
        if not (isinstance(exc, ShopDamaged) and exc.backup and self.window.errors.interactive):
            return False
        question = self.tr("Restore the newest good backup ({name}) now?").format(
            name=Path(exc.backup).name
        )
        answer = QMessageBox.question(
            self.window, self.tr("Shop file damaged"), user_message(exc) + "\n\n" + question
        )
        if answer == QMessageBox.StandardButton.Yes:
            restore(exc.backup)
        return True

    def shop_file_missing(self, exc: ShopMissing) -> None:
        if not self.window.errors.interactive:
            self.window.errors(exc)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Shop file missing"),
            user_message(exc)
            + "\n\n"
            + self.tr("Shopkeeper still has the shop open. Save a copy now so nothing is lost."),
            parent=self.window,
        )
        save = box.addButton(self.tr("Save a copy…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is save:
            name, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Save a copy"), str(exc.values["path"]), SHOP_FILTER
            )
            if name:
                self.window.shop.save_copy_to(Path(name))
                self.window.set_shop(None)
                self.open_path(Path(name))

    # -- safety copies ------------------------------------------------------------
    def save_copy_dialog(self) -> None:
        """Save the open shop under a new name and open the copy (the read-only way out)."""
        shop = self.window.shop
        if shop is None:
            return
        start = paths.data_dir() / shop.path.name
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy"), str(start), SHOP_FILTER
        )
        if not name:
            return
        target = Path(name)
        self.window.runner.run(
            lambda progress: shop.save_copy_to(target, lambda d, t: progress(d, t)),
            title=self.tr("Saving a copy…"),
            parent=self.window,
            on_done=lambda _none: self._open_copy(target),
        )

    def _open_copy(self, target: Path) -> None:
        self.window.set_shop(None)
        self.open_path(target)

    def backup_now(self) -> None:
        shop = self.window.shop
        self.window.runner.run(
            lambda progress: shop.backup_now(progress=lambda d, t: progress(d, t)),
            title=self.tr("Backing up…"),
            parent=self.window,
            on_done=lambda file: self.window.statusBar().showMessage(
                self.tr("Backup saved: {file}").format(file=file), 8000
            ),
        )

    def restore_dialog(self) -> None:
        dialog = RestoreDialog(self.window.shop.backups(), self.window)
        if dialog.exec() and dialog.chosen_file:
            self.restore_from(dialog.chosen_file)

    def restore_from(self, file: Path) -> None:
        shop = self.window.shop

        def restored(safety: Path) -> None:
            # The restore wrote into the open shop (and checked it, in the worker), so
            # the window only forgets its undo history and shows the restored data.
            self.window.undo_stack.clear()
            self.window.show_shop_details()
            self.window.statusBar().showMessage(
                self.tr(
                    "Restored from {file}. The shop as it was before is saved as {safety}."
                ).format(file=Path(file).name, safety=Path(safety).name),
                15000,
            )

        self.window.runner.run(
            lambda progress: shop_service.restore(shop, file, lambda d, t: progress(d, t)),
            title=self.tr("Restoring…"),
            parent=self.window,
            on_done=restored,
        )

    def shop_settings(self) -> None:
        ShopSettingsDialog(
            self.window.shop.db,
            self.window.undo_stack,
            on_change=self.window.show_shop_details,
            parent=self.window,
        ).exec()

    # -- import/export hooks, filled by the exchange UI -----------------------------
    def exchange_actions(self) -> list:
        from shopkeeper.ui.exchange_actions import exchange_menu_entries

        return exchange_menu_entries(self)

    @staticmethod
    def droppable_file(mime) -> Path | None:
        for url in mime.urls() if mime.hasUrls() else []:
            path = Path(url.toLocalFile())
            if path.suffix.lower() in exchange_service.SPREADSHEET_SUFFIXES:
                return path
        return None

    def start_import(self, file: Path | None = None) -> None:
        from shopkeeper.ui.exchange_actions import start_import

        start_import(self.window, file)

    # -- View and Help ------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self.window.settings.set(AppSettings.LANGUAGE, code)
        QMessageBox.information(
            self.window,
            self.tr("Language"),
            self.tr("The language changes the next time Shopkeeper starts.")
            + "\n语言将在下次启动 Shopkeeper 时切换。",
        )

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.window.menu_actions.all, self.window).exec()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    def about_text(self) -> str:
        shop = self.window.shop
        return self.tr(
            "<h3>Shopkeeper {version}</h3><p>The offline back office for a one-person shop.</p>"
            "<p>Shop file: {path}<br>SQLite {sqlite}<br>Qt for Python {qt}<br>"
            "Data folder: {data}</p>"
        ).format(
            version=__version__,
            path=shop.path if shop else self.tr("(none)"),
            sqlite=sqlite3.sqlite_version,
            qt=pyside_version,
            data=paths.data_dir(),
        )

    def show_about(self) -> None:
        QMessageBox.about(self.window, self.tr("About Shopkeeper"), self.about_text())

    def confirm_quit_while_busy(self) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Work in progress"),
            self.tr(
                "Shopkeeper is still working. Quit anyway? The unfinished work will be cancelled "
                "and will change nothing."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            for job in list(self.window.runner.jobs):
                job.cancel()
            self.window.runner.pool.waitForDone(10_000)
            return True
        return False
