"""Starts the GUI: application, translations, error handling, the main window."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from shopkeeper import APP_NAME, __version__, paths
from shopkeeper.ui.app_settings import AppSettings
from shopkeeper.ui.background import BackgroundRunner
from shopkeeper.ui.error_handler import ErrorHandler
from shopkeeper.ui.i18n import install_translators
from shopkeeper.ui.icons import app_icon
from shopkeeper.ui.main_window import MainWindow
from shopkeeper.ui.theme import follow_system

log = logging.getLogger(__name__)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if not app.property("face_applied"):
        app.setProperty("face_applied", True)
        app.setWindowIcon(app_icon())
        follow_system(app)
    return app


def build_window(
    language: str | None = None, *, interactive: bool = True, synchronous: bool = False
) -> MainWindow:
    app = make_app()
    settings = AppSettings()
    in_use = install_translators(app, language or settings.get(AppSettings.LANGUAGE))
    errors = ErrorHandler(interactive=interactive)
    runner = BackgroundRunner(errors, synchronous=synchronous, quiet=not interactive)
    window = MainWindow(settings, runner, errors)
    window.setProperty("language", in_use)
    if interactive:
        errors.install_excepthook()
    return window


def startup_shop(cli_shop: Path | None, settings: AppSettings) -> tuple[Path, bool]:
    """Which shop to open at start, and whether it must already exist.

    --shop wins (created if new); else the last shop, which must still exist; else
    the default shop in the data folder, created on first run so the app works
    with no set-up.
    """
    if cli_shop:
        return cli_shop, False
    last = settings.get(AppSettings.LAST_SHOP)
    if last:
        return Path(last), True
    return paths.default_shop_path(), False


def run_gui(shop: Path | None, language: str | None) -> int:
    paths.setup_logging()
    _clean_leftovers()
    app = make_app(sys.argv)
    window = build_window(language)
    target, must_exist = startup_shop(shop, window.settings)
    window.actions.open_path(target, must_exist=must_exist)
    window.show()
    return app.exec()


def _clean_leftovers() -> None:
    """Remove what killed backups and exports left behind; never stops the start."""
    from shopkeeper.services.shop import clean_leftovers

    try:
        clean_leftovers()
    except Exception:  # noqa: BLE001 - cleaning up is a courtesy
        log.exception("cleaning up leftovers failed")


def _selftest_shop(home: str, shop_file: Path | None):
    """``--shop PATH`` opened read-only (it is never changed), else a fresh demo shop."""
    from shopkeeper.errors import NotAShopFile, ShopNotFound
    from shopkeeper.services.shop import open_shop, open_shop_read_only

    if shop_file is not None:
        path = Path(shop_file).expanduser().absolute()
        # SQLite's own "unable to open database file" would surface as a traceback.
        if not path.exists():
            raise ShopNotFound(path=str(path))
        if path.is_dir():
            raise NotAShopFile(NotAShopFile.FOLDER, path=str(path))
        return open_shop_read_only(path)
    from shopkeeper.services.demo import generate_demo

    shop = open_shop(Path(home) / "selftest.shop.db")
    generate_demo(shop.db, scale="small")
    return shop


def _selftest_exchange(shop, folder: Path) -> str:
    """Export the orders to .xlsx and dry-run their import: "unchanged" when all is well."""
    from shopkeeper.services import exchange

    try:
        out = folder / "selftest-orders.xlsx"
        exchange.export_table(shop.db, "orders", out)
        plan = exchange.plan_import(shop.db, exchange.ImportRequest(kind="orders", path=out))
        counts = plan.counts
    except Exception as exc:  # noqa: BLE001 - the self-test reports, never crashes
        return f"FAILED ({type(exc).__name__}: {exc})"
    if counts["new"] or counts["changed"] or counts["rejected"]:
        return f"CHANGED {counts}"
    return "unchanged"


# How each UI language names China; a language added later must at least not read English.
_SELFTEST_CHINA = {"en": "China (CN)", "zh_CN": "中国 (CN)"}


def _selftest_country_names() -> list[str]:
    """What is wrong with the country names in each UI language ([] when all is well).

    The bundle ships only the UI languages' Babel locale data (pyinstaller.spec), and
    country_names() quietly falls back to English for a language Babel lacks, so the names
    are compared, not just looked up.
    """
    from PySide6.QtCore import QLocale

    from shopkeeper.services.countries import country_label
    from shopkeeper.ui.app_settings import LANGUAGES

    problems = []
    for language in LANGUAGES:
        # The shop dialogs ask with QLocale().name() ("en_US"); the bare code is checked too.
        for asked in dict.fromkeys((language, QLocale(language).name())):
            try:
                label = country_label("CN", asked)
            except Exception as exc:  # noqa: BLE001 - the self-test reports, never crashes
                problems.append(f"{asked}: {type(exc).__name__}: {exc}")
                continue
            expected = _SELFTEST_CHINA.get(language)
            wrong = label != expected if expected else label == _SELFTEST_CHINA["en"]
            if wrong:
                problems.append(
                    f"{asked} names CN {label!r}, expected {expected or 'not English'!r}"
                )
    return problems


def run_selftest(shop_file: Path | None = None) -> int:
    """Open the window offscreen on a shop (``--shop``, read-only, or a fresh demo shop),
    visit every tab, exit 0."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from shopkeeper.errors import UserError

    with tempfile.TemporaryDirectory() as home:
        os.environ["SHOPKEEPER_HOME"] = home
        paths.setup_logging()
        try:
            shop = _selftest_shop(home, shop_file)
        except UserError as exc:
            print(f"selftest: {exc.message}", file=sys.stderr)
            return 1
        make_app()
        window = build_window("zh_CN", interactive=False, synchronous=True)
        window.show()
        window.set_shop(shop)
        visited = []
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            visited.append(window.tabs.tabText(index))
        # The self-test runs in Chinese, so a bundle missing its .qm files fails here.
        translated = window.menuBar().actions()[0].text() != "&File"
        # …and one missing its icons: the app mark must draw.
        icons_found = not QApplication.windowIcon().pixmap(32).isNull()
        # …and one missing the exchange modules (loaded by name): a round trip must work.
        # (Not on a shop given with --shop: the large one holds a million order lines.)
        exchange = _selftest_exchange(shop, Path(home)) if shop_file is None else "skipped"
        # …and one missing Babel's locale data for a UI language: countries must be named.
        country_problems = _selftest_country_names()
        ok = (
            exchange in ("unchanged", "skipped")
            and not country_problems
            and window.shop is not None
            and window.windowTitle().endswith("Shopkeeper")
            and translated
            and icons_found
            and not window.errors.shown
        )
        print(
            f"selftest: shop {window.shop.name!r}, tabs visited: {', '.join(visited) or 'none'}, "
            f"translations {'loaded' if translated else 'MISSING'}, "
            f"icons {'loaded' if icons_found else 'MISSING'}, "
            f"country names {'loaded' if not country_problems else 'MISSING'}, "
            f"orders export and re-import {exchange}"
            + (" (opened read-only)" if shop.read_only else "")
        )
        QTimer.singleShot(0, window.close)
        QApplication.processEvents()
        window.close()
        if country_problems:
            print(
                "selftest: country names: "
                + "; ".join(country_problems)
                + " (is Babel's locale data for the language in the bundle? see pyinstaller.spec)",
                file=sys.stderr,
            )
        if window.errors.shown:
            print("selftest: errors: " + " | ".join(window.errors.shown), file=sys.stderr)
            # The log (with the traceback) goes with the temporary home: show it here.
            log_file = paths.log_dir() / "shopkeeper.log"
            if log_file.exists():
                print(log_file.read_text(encoding="utf-8")[-6000:], file=sys.stderr)
        return 0 if ok else 1
