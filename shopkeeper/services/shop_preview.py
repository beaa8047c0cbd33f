"""A glance at a shop file (its name and currency) for the list of recent shops.

Reads through a read-only SQLite connection: no lock is taken and no migration runs,
so a shop open in another window, or one made by an older Shopkeeper, is left as it is.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from shopkeeper.store import settings


@dataclass(frozen=True)
class ShopPreview:
    path: Path
    found: bool
    readable: bool = False
    name: str = ""
    currency: str = ""


def preview(path: Path | str) -> ShopPreview:
    """The shop's name and currency; ``found``/``readable`` say why they may be missing."""
    path = Path(path)
    if not path.is_file():
        return ShopPreview(path, found=False)
    try:
        # A short timeout: a shop busy in another process is shown without its name
        # rather than holding up the welcome panel.
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=0.2)
        try:
            db = Database(conn)
            if "settings" not in db.table_names():
                return ShopPreview(path, found=True)
            return ShopPreview(
                path,
                found=True,
                readable=True,
                name=settings.get(db, settings.SHOP_NAME),
                currency=settings.get(db, settings.CURRENCY),
            )
        finally:
            conn.close()
    except sqlite3.Error:
        return ShopPreview(path, found=True)
