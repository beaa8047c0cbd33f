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


def resource_path(*parts: str) -> Path:
    """A file under resources/, both from a checkout and inside the PyInstaller bundle."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    root = Path(bundle_root) if bundle_root else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


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
