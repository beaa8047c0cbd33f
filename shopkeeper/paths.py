"""Where Shopkeeper keeps its files.

Everything lives below one data folder: the standard per-user place of the OS,
or ``$SHOPKEEPER_HOME`` when set (tests and development use that to stay out of
the real one).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs

from shopkeeper import APP_NAME

ENV_HOME = "SHOPKEEPER_HOME"
DEFAULT_SHOP_NAME = "my-shop.shop.db"


def data_dir() -> Path:
    override = os.environ.get(ENV_HOME)
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_dir() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backups_dir() -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_shop_path() -> Path:
    return data_dir() / DEFAULT_SHOP_NAME


def settings_file() -> Path:
    return data_dir() / "settings.ini"


def resources_path() -> Path:
    """The resources/ folder (translations, icons), wherever Shopkeeper runs from.

    In the PyInstaller bundle it is beside the executable (``sys._MEIPASS``); in a
    wheel install it is inside the package (setup.py copies it there); in a checkout
    or an editable install it is at the top of the source tree.
    """
    package = Path(__file__).resolve().parent
    candidates = [package / "resources", package.parent / "resources"]
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        candidates.insert(0, Path(bundle_root) / "resources")
    return next((c for c in candidates if (c / "translations").is_dir()), candidates[-1])


def resource_path(*parts: str) -> Path:
    """A file under resources/ (see ``resources_path``)."""
    return resources_path().joinpath(*parts)


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file in the log folder; returns the log file."""
    log_file = log_dir() / "shopkeeper.log"
    root = logging.getLogger()
    if not any(getattr(h, "_shopkeeper", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler._shopkeeper = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(level)
    return log_file
