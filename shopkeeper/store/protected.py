"""Files no export, report or copy may ever be written over.

A shop file, its SQLite working files (-wal, -shm, -journal), its lock file and
Shopkeeper's backups folder are compared by resolved real path, so a symlink or
a ``./`` in the name does not get around the check. A file that is any
Shopkeeper shop is protected from being replaced by a spreadsheet too.
"""

from __future__ import annotations

import os
from pathlib import Path

from shopkeeper import paths
from shopkeeper.errors import FolderMissing, TargetIsFolder, WouldOverwriteShop
from shopkeeper.store.db import looks_like_shop

WORKING_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")


def shop_file_of(db) -> Path | None:
    """The file behind an open connection (``None`` for an in-memory database)."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


def _real(path: Path | str) -> Path:
    return Path(os.path.realpath(path))


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_target(
    target: Path | str,
    *,
    shop: Path | str | None = None,
    backups_root: Path | str | None = None,
    allow_shop_copy: bool = False,
) -> Path:
    """Refuse a target that would destroy a shop or cannot be a file; returns it absolute.

    ``allow_shop_copy`` is for writing a copy of a shop (backup --out): replacing
    another shop copy is then expected, the live shop and its files are still not.
    """
    target = Path(target).expanduser().absolute()
    real = _real(target)
    shops = [_real(shop)] if shop else []
    for live in shops:
        if real == live:
            raise WouldOverwriteShop(WouldOverwriteShop.SHOP_FILE, target=str(target))
        if real in {live.with_name(live.name + s) for s in WORKING_SUFFIXES}:
            raise WouldOverwriteShop(
                WouldOverwriteShop.WORKING_FILE, target=str(target), shop=str(live)
            )
    roots = [_real(backups_root)] if backups_root else []
    roots.append(_real(paths.data_dir() / "backups"))
    if any(_inside(real, root) for root in roots):
        raise WouldOverwriteShop(WouldOverwriteShop.BACKUPS, target=str(target))
    for suffix in WORKING_SUFFIXES:
        owner = real.with_name(real.name[: -len(suffix)]) if real.name.endswith(suffix) else None
        if owner is not None and owner.is_file() and looks_like_shop(owner):
            raise WouldOverwriteShop(
                WouldOverwriteShop.WORKING_FILE, target=str(target), shop=str(owner)
            )
    if real.is_dir():
        example = target / ("backup.sqlite" if allow_shop_copy else "export.xlsx")
        raise TargetIsFolder(path=str(target), example=str(example))
    if not allow_shop_copy and real.is_file() and looks_like_shop(real):
        raise WouldOverwriteShop(WouldOverwriteShop.OTHER_SHOP, target=str(target))
    if not real.parent.is_dir():
        raise FolderMissing(folder=str(target.parent), name=target.name)
    return target
