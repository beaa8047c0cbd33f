"""Starting the app: which shop opens, errors reaching the user, a shop file vanishing."""

import logging
import sys
from pathlib import Path

from shopkeeper import paths
from shopkeeper.ui.app import startup_shop
from shopkeeper.ui.app_settings import AppSettings


def test_first_run_uses_the_default_shop_in_the_data_folder(isolated_home):
    """With no --shop and no last shop, the default shop in the data folder is created."""
    path, must_exist = startup_shop(None, AppSettings(isolated_home / "s.ini"))
    assert path == paths.default_shop_path() and path.parent == isolated_home
    assert must_exist is False


def test_last_shop_is_reopened(isolated_home, tmp_path):
    """Plain start reopens the last shop, which must still exist."""
    settings = AppSettings(isolated_home / "s.ini")
    settings.remember_shop(tmp_path / "last.shop.db")
    assert startup_shop(None, settings) == (tmp_path / "last.shop.db", True)


def test_shop_option_wins(isolated_home, tmp_path):
    """--shop PATH opens that file, creating it when new."""
    settings = AppSettings(isolated_home / "s.ini")
    settings.remember_shop(tmp_path / "last.shop.db")
    assert startup_shop(tmp_path / "cli.db", settings) == (tmp_path / "cli.db", False)


def test_missing_last_shop_is_reported_not_recreated(window, tmp_path):
    """A last shop that was deleted is reported; no empty shop appears in its place."""
    gone = tmp_path / "gone.shop.db"
    window.actions.open_path(gone, must_exist=True)
    assert window.shop is None and not gone.exists()
    assert "no shop file" in window.errors.shown[-1]


def test_shop_file_deleted_while_open_is_noticed(window, shop_path, qtbot):
    """Deleting the open shop's file warns the user that it was moved or deleted."""
    window.actions.open_path(shop_path, must_exist=False)
    shop_path.unlink()
    qtbot.waitUntil(lambda: any("moved or deleted" in m for m in window.errors.shown), timeout=5000)


def test_unexpected_errors_are_logged_with_traceback(errors, caplog):
    """The top-level handler logs the traceback and shows words a seller understands."""
    errors.install_excepthook()
    try:
        with caplog.at_level(logging.ERROR, logger="shopkeeper"):
            try:
                raise RuntimeError("boom")
            except RuntimeError:
                sys.excepthook(*sys.exc_info())
        assert "Traceback" in caplog.text and "boom" in caplog.text
        assert "unexpected problem" in errors.shown[-1]
    finally:
        sys.excepthook = sys.__excepthook__


def test_log_file_is_in_the_log_folder(isolated_home):
    """Logging goes to a rotating file in the data folder's logs/."""
    log_file = paths.setup_logging()
    assert Path(log_file).parent == isolated_home / "logs"
