"""The benchmarks' working copy of the reference shop, in a fresh data folder."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def copy_into_temp_home(source: str) -> tuple[str, Path]:
    """A new SHOPKEEPER_HOME holding a copy of ``source``: (the folder, the copy).

    The benchmark works on the copy (so the reference shop never changes) and
    removes the folder when done."""
    home = tempfile.mkdtemp()
    os.environ["SHOPKEEPER_HOME"] = home
    shop_file = Path(home) / "large.shop.db"
    shutil.copyfile(source, shop_file)
    return home, shop_file
