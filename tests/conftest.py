import datetime as dt
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
needs_shared_data = pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data is absent")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Every test gets its own data folder, so no test sees the user's real shops."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SHOPKEEPER_HOME", str(home))
    return home


@pytest.fixture
def shop_path(tmp_path):
    return tmp_path / "test.shop.db"


@pytest.fixture
def shop(shop_path):
    from shopkeeper.services.shop import open_shop

    opened = open_shop(shop_path)
    yield opened
    opened.close()


# The support clock the ticket and Inbox tests stop at (a Wednesday morning).
TICKETS_NOW = dt.datetime(2026, 12, 2, 10, 0)


@pytest.fixture
def tickets_now(monkeypatch):
    """Ticket due times and snoozes count from TICKETS_NOW instead of the wall clock."""
    from shopkeeper.services import ticket_due

    monkeypatch.setattr(ticket_due.DueRules, "now", lambda self: TICKETS_NOW)
    return TICKETS_NOW


@pytest.fixture
def errors():
    from shopkeeper.ui.error_handler import ErrorHandler

    return ErrorHandler(interactive=False)


@pytest.fixture
def runner(qapp, errors):
    from shopkeeper.ui.background import BackgroundRunner

    return BackgroundRunner(errors, synchronous=True, quiet=True)


@pytest.fixture
def window(qtbot, runner, errors, isolated_home):
    from shopkeeper.ui.app_settings import AppSettings
    from shopkeeper.ui.main_window import MainWindow

    win = MainWindow(AppSettings(isolated_home / "settings.ini"), runner, errors)
    qtbot.addWidget(win)
    yield win
    win.set_shop(None)


@pytest.fixture
def ui_language(qapp):
    """Switch the UI language for one test: ui_language("zh_CN"). English, and the date
    and number formats of before, come back after it."""
    from PySide6.QtCore import QLocale

    from shopkeeper.ui.i18n import install_translators

    before = QLocale()
    yield lambda code: install_translators(qapp, code)
    install_translators(qapp, "en")
    QLocale.setDefault(before)
