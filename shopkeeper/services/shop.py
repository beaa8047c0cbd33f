"""A shop session: the lock, the open database and the safety copies around it."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from shopkeeper import paths
from shopkeeper.errors import NotAShopFile, ShopMissing, ShopNeedsUpgrade, ShopNotFound, ShopTooNew
from shopkeeper.store import backup, settings
from shopkeeper.store.db import check_integrity, connect, open_db, schema_is_ahead
from shopkeeper.store.lock import ShopLock
from shopkeeper.store.migrations import known_names, migrations

Progress = Callable[[int, int], None]


@dataclass
class Shop:
    path: Path
    db: Database
    lock: ShopLock
    backups_root: Path
    daily_backup: Path | None = field(default=None)

    @property
    def name(self) -> str:
        return settings.get(self.db, settings.SHOP_NAME)

    @property
    def currency(self) -> str:
        return settings.get(self.db, settings.CURRENCY)

    def check_still_there(self) -> None:
        if not self.path.exists():
            raise ShopMissing(path=str(self.path))

    def backup_now(self, reason: str = "manual", progress: Progress | None = None) -> Path:
        """Safe to call from a worker thread: it reads through a connection of its own."""
        self.check_still_there()
        with closing(connect(self.path)) as conn_db:
            return backup.take_backup(
                conn_db, self.backups_root, self.path, reason=reason, progress=progress
            )

    @contextmanager
    def read_connection(self) -> Iterator[Database]:
        """A connection of its own, for reading in a worker thread while the GUI uses ``db``."""
        self.check_still_there()
        db = connect(self.path)
        try:
            yield db
        finally:
            db.close()

    def backups(self) -> list[backup.BackupInfo]:
        return backup.list_backups(self.backups_root, self.path)

    def save_copy_to(self, target: Path, progress: Progress | None = None) -> None:
        """Write the open shop to another file (rescues a shop whose file vanished)."""
        backup.copy_database(self.db.conn, Path(target), progress)

    def close(self) -> None:
        try:
            self.db.conn.close()
        finally:
            self.lock.release()


def open_shop(
    path: Path | str,
    *,
    backups_root: Path | None = None,
    must_exist: bool = False,
    defer_checks: bool = False,
) -> Shop:
    """Lock, open (creating when new), migrate and take the daily backup.

    Raises a UserError subclass for every expected problem; the lock is released
    again when opening fails. With ``defer_checks`` (the window) only SQLite's quick
    check runs here and ``finish_checks`` does the full integrity check and the daily
    backup afterwards, in the background, so a large shop is usable in about a second.
    """
    path = Path(path).expanduser().absolute()
    if must_exist and not path.exists():
        raise ShopNotFound(path=str(path))
    backups_root = backups_root or paths.backups_dir()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = ShopLock(path).acquire()
    try:
        db = open_db(
            path, backups_folder=backups_root, integrity_check="quick" if defer_checks else True
        )
        daily = None if defer_checks else backup.take_daily_backup(db, backups_root, path)
    except BaseException:
        lock.release()
        raise
    return Shop(path, db, lock, backups_root, daily)


def finish_checks(shop: Shop) -> Path | None:
    """The full integrity check and the daily backup that ``defer_checks`` put off.

    Uses a connection of its own, so it can run in a worker while the shop is in use.
    """
    with shop.read_connection() as db:
        check_integrity(db, shop.path, shop.backups_root)
        shop.daily_backup = backup.take_daily_backup(db, shop.backups_root, shop.path)
    return shop.daily_backup


def open_read_only(path: Path | str) -> Database:
    """A read-only connection for exports; needs no lock, changes nothing."""
    path = Path(path).expanduser().absolute()
    if not path.exists():
        raise ShopNotFound(path=str(path))
    _check_backup_file(path)
    db = Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False))
    if migrations.pending(db):
        db.close()
        raise ShopNeedsUpgrade(path=str(path))
    return db


def _check_backup_file(file: Path) -> None:
    if not file.is_file():
        raise NotAShopFile(path=str(file))
    try:
        probe = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            ahead = schema_is_ahead(Database(probe))
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise NotAShopFile(path=str(file)) from exc
    if ahead:
        raise ShopTooNew(path=str(file))


def restore(shop: Shop, file: Path | str, progress: Progress | None = None) -> Path:
    """Replace the shop's content with a backup; returns the safety copy taken first."""
    file = Path(file)
    _check_backup_file(file)
    if not backup.is_good_backup(file):
        raise NotAShopFile(path=str(file))
    safety = shop.backup_now(reason="before-restore")
    backup.restore_into(shop.db, file, progress)
    # A backup from an older version is brought up to the current schema.
    if [m for m in migrations.pending(shop.db) if m.name in known_names()]:
        migrations.apply(shop.db)
    check_integrity(shop.db, shop.path, None)
    return safety


def replace_damaged_shop(path: Path | str, good_backup: Path | str) -> Path:
    """Put a good backup in place of a damaged shop file; the damaged file is kept aside."""
    path = Path(path)
    with ShopLock(path):
        kept = path.with_name(f"{path.name}.damaged-{datetime.now():%Y%m%dT%H%M%S}")
        path.replace(kept)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(kept.with_name(kept.name + suffix))
        shutil.copyfile(good_backup, path)
    return kept
