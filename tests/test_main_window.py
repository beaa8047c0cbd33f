"""The main window: opening shops through the menus, status bar, settings, undo."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from shopkeeper.services.shop import open_shop
from shopkeeper.store import settings
from shopkeeper.ui.dialogs.new_shop_dialog import NewShopDialog


def _action(window, text):
    matches = [a for a in window.menu_actions.all if a.text().replace("&", "") == text]
    assert matches, f"no menu action {text!r}"
    return matches[0]


def _make_shop(path: Path, name: str) -> Path:
    shop = open_shop(path)
    settings.put(shop.db, settings.SHOP_NAME, name)
    shop.close()
    return path


def test_open_shop_through_menu_sets_title_and_status(window, tmp_path, monkeypatch):
    """File > Open shop… opens the chosen file; the title and status bar name the shop."""
    path = _make_shop(tmp_path / "tea.shop.db", "Tea House 茶舍")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _action(window, "Open shop…").trigger()
    assert window.shop is not None and window.shop.path == path
    assert window.windowTitle() == "Tea House 茶舍 — Shopkeeper"
    assert "Tea House 茶舍" in window.shop_label.text()
    assert str(path) in window.shop_label.text()


def test_new_shop_through_menu_creates_the_file(window, qtbot, tmp_path, monkeypatch):
    """File > New shop… creates a new shop file and opens it."""
    path = tmp_path / "fresh.shop.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(NewShopDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    _action(window, "New shop…").trigger()
    qtbot.waitUntil(lambda: window.shop is not None)
    assert path.exists() and window.shop.path == path


def test_new_shop_refuses_to_overwrite(window, tmp_path, monkeypatch):
    """New shop… on an existing file warns and leaves the file alone."""
    path = _make_shop(tmp_path / "existing.shop.db", "Existing")
    before = path.read_bytes()
    warned = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    _action(window, "New shop…").trigger()
    assert window.shop is None and warned
    assert path.read_bytes() == before


def test_last_shop_and_recent_list_are_remembered(window, tmp_path):
    """Opening a shop puts it first in Open recent and remembers it as the last shop."""
    from shopkeeper.ui.app_settings import AppSettings

    first = _make_shop(tmp_path / "one.shop.db", "One")
    second = _make_shop(tmp_path / "two.shop.db", "Two")
    window.actions.open_path(first)
    window.actions.open_path(second)
    assert window.settings.get(AppSettings.LAST_SHOP) == str(second)
    recent = [a.text() for a in window.menu_actions.recent_menu.actions()]
    assert recent[0].startswith("two.shop.db") and recent[1].startswith("one.shop.db")


def test_locked_shop_shows_a_clear_message(window, tmp_path):
    """Opening a shop another window holds shows the lock message and opens nothing."""
    path = _make_shop(tmp_path / "busy.shop.db", "Busy")
    other = open_shop(path)
    try:
        window.actions.open_path(path)
        assert window.shop is None
        assert "already open" in window.errors.shown[-1]
    finally:
        other.close()


def test_not_a_shop_file_shows_a_clear_message(window, tmp_path):
    """Opening a file that is not a shop shows why and keeps the welcome panel."""
    path = tmp_path / "notes.db"
    path.write_text("hello")
    window.actions.open_path(path)
    assert window.shop is None
    assert "not a Shopkeeper shop file" in window.errors.shown[-1]
    assert window.pages.currentWidget() is window.welcome


def test_shop_settings_change_is_undoable(window, shop_path):
    """Renaming the shop in Shop settings can be undone and redone from the Edit menu."""
    from shopkeeper.ui.dialogs.shop_settings_dialog import ShopSettingsDialog

    window.actions.open_path(_make_shop(shop_path, "Before"))
    dialog = ShopSettingsDialog(
        window.shop.db, window.undo_stack, on_change=window.show_shop_details, parent=window
    )
    dialog.name.setText("After")
    dialog.accept()
    assert window.windowTitle().startswith("After")
    undo = next(a for a in window.menu_actions.all if a.text().replace("&", "").startswith("Undo"))
    assert "Change shop settings" in undo.text()
    undo.trigger()
    assert settings.get(window.shop.db, settings.SHOP_NAME) == "Before"
    assert window.windowTitle().startswith("Before")
    window.undo_stack.redo()
    assert settings.get(window.shop.db, settings.SHOP_NAME) == "After"


def test_back_up_now_writes_a_backup(window, shop_path):
    """File > Back up now adds a backup and says where it went."""
    window.actions.open_path(_make_shop(shop_path, "Backed"))
    before = len(window.shop.backups())
    _action(window, "Back up now").trigger()
    assert len(window.shop.backups()) == before + 1
    assert "Backup saved" in window.statusBar().currentMessage()


def test_restore_through_dialog_brings_data_back(window, shop_path, monkeypatch):
    """File > Restore… with a chosen backup puts back the rows it held."""
    from shopkeeper.ui.dialogs.restore_dialog import RestoreDialog

    window.actions.open_path(_make_shop(shop_path, "Restorable"))
    saved = window.shop.backup_now()
    settings.put(window.shop.db, settings.SHOP_NAME, "Changed later")

    def fake_exec(dialog):
        dialog.chosen_file = saved
        return True

    monkeypatch.setattr(RestoreDialog, "exec", fake_exec)
    _action(window, "Restore…").trigger()
    assert window.shop.name == "Restorable"
    assert window.windowTitle().startswith("Restorable")


def test_about_names_version_shop_and_sqlite(window, shop_path):
    """Help > About shows the version, the shop file and the SQLite version."""
    import sqlite3

    from shopkeeper import __version__

    window.actions.open_path(_make_shop(shop_path, "About"))
    text = window.actions.about_text()
    assert __version__ in text and str(shop_path) in text and sqlite3.sqlite_version in text


def test_shop_actions_disabled_without_a_shop(window):
    """Back up now and Restore… are greyed out until a shop is open."""
    assert not _action(window, "Back up now").isEnabled()
    assert not _action(window, "Restore…").isEnabled()


def test_geometry_is_remembered(qtbot, runner, errors, isolated_home):
    """A second window opens at the size the first one was closed at."""
    from shopkeeper.ui.app_settings import AppSettings
    from shopkeeper.ui.main_window import MainWindow

    first = MainWindow(AppSettings(isolated_home / "settings.ini"), runner, errors)
    qtbot.addWidget(first)
    # The smallest size: unlike the default 1200×780, it fits the offscreen test screen.
    first.resize(first.minimumSize())
    first.show()
    first.close()
    second = MainWindow(AppSettings(isolated_home / "settings.ini"), runner, errors)
    qtbot.addWidget(second)
    assert second.size() == first.minimumSize() != QSize(1200, 780)


def test_demo_shop_button_creates_and_opens_a_demo_shop(window, isolated_home):
    """'Try a demo shop' on the welcome panel writes a demo shop in the data folder and opens it."""
    window.welcome.demo_clicked.emit()
    assert window.shop is not None
    assert window.shop.path == isolated_home / "demo.shop.db"
    assert window.shop.db.execute("SELECT count(*) FROM orders").fetchone()[0] > 1000
    assert not list(isolated_home.glob("*.partial*"))


def test_cancelled_demo_leaves_no_file(tmp_path):
    """A demo shop whose generation is cancelled leaves no file behind."""
    from shopkeeper.errors import Cancelled
    from shopkeeper.services.demo import write_demo_shop

    def cancel(done, total, step):
        if done > 100:
            raise Cancelled()

    folder = tmp_path / "shops"
    folder.mkdir()
    with pytest.raises(Cancelled):
        write_demo_shop(folder / "demo.shop.db", cancel)
    assert list(folder.iterdir()) == []


def test_welcome_panel_lists_recent_shops(window, tmp_path):
    """The welcome panel offers the recently opened shops; clicking one opens it."""
    first = _make_shop(tmp_path / "one.shop.db", "One")
    window.actions.open_path(first)
    window.set_shop(None)
    buttons = [
        window.welcome.recent_box.itemAt(i).widget()
        for i in range(window.welcome.recent_box.count())
    ]
    assert buttons and buttons[0].text().startswith("one.shop.db")
    buttons[0].click()
    assert window.shop is not None and window.shop.path == first


def test_damaged_shop_offers_the_newest_backup(qtbot, runner, isolated_home, tmp_path, monkeypatch):
    """A damaged shop is offered its newest good backup; yes restores it, the damage kept aside."""
    from shopkeeper.ui.app_settings import AppSettings
    from shopkeeper.ui.error_handler import ErrorHandler
    from shopkeeper.ui.main_window import MainWindow

    path = tmp_path / "hurt.shop.db"
    shop = open_shop(path)
    with shop.db.conn:
        shop.db.conn.executemany(
            "INSERT INTO customers(name, created_at) VALUES (?, '2026-01-01')",
            [(f"Customer {i}",) for i in range(2000)],
        )
    shop.backup_now()
    shop.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shop.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\x55" * (4096 * 3)
    path.write_bytes(bytes(data))

    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    errors = ErrorHandler(interactive=True)
    runner.error_handler = errors
    win = MainWindow(AppSettings(isolated_home / "s.ini"), runner, errors)
    qtbot.addWidget(win)
    win.actions.open_path(path)
    assert asked and "damaged" in asked[0]
    assert win.shop is not None
    assert win.shop.db.execute("SELECT count(*) FROM customers").fetchone()[0] == 2000
    assert list(tmp_path.glob("hurt.shop.db.damaged-*"))
    win.set_shop(None)


def test_damage_found_after_opening_offers_the_backup(
    qtbot, runner, isolated_home, tmp_path, monkeypatch
):
    """If the background integrity check fails, yes puts the newest backup in the shop's place."""
    from shopkeeper.errors import ShopDamaged
    from shopkeeper.ui.app_settings import AppSettings
    from shopkeeper.ui.error_handler import ErrorHandler
    from shopkeeper.ui.main_window import MainWindow

    path = _make_shop(tmp_path / "later.shop.db", "Good copy")
    errors = ErrorHandler(interactive=True)
    runner.error_handler = errors
    win = MainWindow(AppSettings(isolated_home / "s.ini"), runner, errors)
    qtbot.addWidget(win)
    win.actions.open_path(path)
    good = win.shop.backup_now()
    settings.put(win.shop.db, settings.SHOP_NAME, "Changed after the backup")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    win.actions._check_failed(ShopDamaged(path=str(path), detail="index mismatch", backup=good))
    assert win.shop is not None and win.shop.name == "Good copy"
    assert list(tmp_path.glob("later.shop.db.damaged-*"))
    win.set_shop(None)
