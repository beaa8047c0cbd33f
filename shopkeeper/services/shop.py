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
from shopkeeper.errors import (
    BackupDamaged,
    BackupMissing,
    ShopDamaged,
    ShopEmpty,
    ShopMissing,
    ShopNeedsUpgrade,
    ShopNotFound,
    ShopReadOnly,
    ShopTooNew,
)
from shopkeeper.services import media, order_search
from shopkeeper.store import backup, in_flight, protected, settings
from shopkeeper.store.db import (
    check_integrity,
    connect,
    connect_read_only,
    damaged,
    has_backups,
    looks_like_shop,
    not_a_shop,
    open_db,
    schema_is_ahead,
)
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
    # Opened from a read-only disk or folder: shown and exported, never written.
    read_only: bool = False

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
        with closing(self._connect()) as conn_db:
            taken = backup.take_backup(
                conn_db, self.backups_root, self.path, reason=reason, progress=progress
            )
        media.back_up_beside(self.path, taken)  # listing images: only the new ones
        return taken

    @contextmanager
    def read_connection(self) -> Iterator[Database]:
        """A connection of its own, for reading in a worker thread while the GUI uses ``db``."""
        self.check_still_there()
        db = self._connect()
        try:
            yield db
        finally:
            db.close()

    def _connect(self) -> Database:
        return connect_read_only(self.path) if self.read_only else connect(self.path)

    def backups(self) -> list[backup.BackupInfo]:
        return backup.list_backups(self.backups_root, self.path)

    def save_copy_to(self, target: Path, progress: Progress | None = None) -> None:
        """Write the open shop to another file (rescues a shop whose file vanished)."""
        target = protected.check_target(
            target, shop=self.path, backups_root=self.backups_root, allow_shop_copy=True
        )
        backup.copy_database(self.db.conn, target, progress)

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
    # Everything (lock, WAL files, backups folder, the damaged-file swap) goes by the
    # real file, so a symlink and its target are one shop.
    path = path.resolve()
    backups_root = backups_root or paths.backups_dir()
    if not path.parent.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
    lock = ShopLock(path).acquire()
    try:
        db = open_db(
            path, backups_folder=backups_root, integrity_check="quick" if defer_checks else True
        )
        daily = None if defer_checks else backup.take_daily_backup(db, backups_root, path)
        media.back_up_beside(path, daily)
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
        # Orders imported since the last time are indexed for search here, off the import.
        order_search.refresh_in_background(db)
    media.back_up_beside(shop.path, shop.daily_backup)
    return shop.daily_backup


def index_orders_for_search(shop: Shop) -> int:
    """Index orders added since the last time (after an import), on a connection of its
    own, in short transactions: for a worker. Searches stay complete meanwhile."""
    with shop.read_connection() as db:
        return order_search.refresh_in_background(db)


def open_read_only(path: Path | str, *, backups_root: Path | None = None) -> Database:
    """A read-only connection for exports; needs no lock, changes nothing.

    SQLite's quick check runs first, so a damaged shop is reported (naming its
    newest good backup) instead of exporting garbage or failing half-way.
    """
    path = Path(path).expanduser().absolute()
    if not path.exists():
        raise ShopNotFound(path=str(path))
    if path.is_dir():
        raise not_a_shop(path)
    backups_root = backups_root or paths.backups_dir()
    if path.stat().st_size == 0:
        if has_backups(path.resolve(), backups_root):
            raise damaged(path.resolve(), "the file is empty (0 bytes)", backups_root)
        raise ShopEmpty(path=str(path))
    db = _open_checked(path.resolve(), backups_root)
    if migrations.pending(db):
        db.close()
        raise ShopNeedsUpgrade(path=str(path))
    return db


def _open_checked(path: Path, backups_root: Path | None) -> Database:
    """Read-only, after SQLite's quick check; damage names the newest good backup."""
    db = connect_read_only(path, backups_root)
    try:
        try:
            ahead = schema_is_ahead(db)
        except sqlite3.DatabaseError as exc:
            ours = looks_like_shop(path)
            raise damaged(path, str(exc), backups_root) if ours else not_a_shop(path) from exc
        if ahead:
            raise ShopTooNew(path=str(path))
        check_integrity(db, path, backups_root, quick=True)
    except BaseException:
        db.close()
        raise
    return db


def open_shop_read_only(path: Path | str, *, backups_root: Path | None = None) -> Shop:
    """A shop on a read-only disk or folder, opened to look at and export, never written."""
    path = Path(path).expanduser().absolute().resolve()
    backups_root = backups_root or paths.backups_dir()
    db = _open_checked(path, backups_root)
    if migrations.pending(db):
        db.close()
        raise ShopNeedsUpgrade(path=str(path))
    return Shop(path, db, ShopLock(path), backups_root, read_only=True)


def open_shop_or_read_only(path: Path | str, **options) -> Shop:
    """``open_shop``, falling back to a read-only shop when the file cannot be written."""
    try:
        return open_shop(path, **options)
    except ShopReadOnly:
        if not Path(path).expanduser().is_file():
            raise
        return open_shop_read_only(path, backups_root=options.get("backups_root"))


def check_output(target: Path | str, shop_path: Path | str | None) -> Path:
    """Refuse an output file that would destroy a shop (its file, working files,
    backups) or cannot be written (a folder, a missing folder); returns it absolute."""
    return protected.check_target(target, shop=shop_path)


def clean_leftovers() -> list[Path]:
    """Remove temporary files that killed backups and exports left behind (at start)."""
    return in_flight.sweep()


def _check_backup_file(file: Path) -> None:
    if not file.exists():
        raise BackupMissing(path=str(file))
    if not file.is_file():
        raise not_a_shop(file)
    try:
        probe = backup.open_backup(file)
        try:
            ahead = schema_is_ahead(Database(probe))
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        if looks_like_shop(file):
            raise BackupDamaged(path=str(file), detail=str(exc)) from exc
        raise not_a_shop(file) from exc
    if ahead:
        raise ShopTooNew(path=str(file))
    if not backup.is_good_backup(file):
        raise BackupDamaged(path=str(file), detail=_check_report(file))


def _check_report(file: Path) -> str:
    try:
        with closing(backup.open_backup(file)) as conn:
            return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check").fetchmany(3))
    except sqlite3.DatabaseError as exc:
        return str(exc)


def restore(shop: Shop, file: Path | str, progress: Progress | None = None) -> Path:
    """Replace the shop's content with a backup; returns the safety copy taken first."""
    file = Path(file)
    _check_backup_file(file)
    safety = shop.backup_now(reason="before-restore")
    backup.restore_into(shop.db, file, progress)
    # A backup from an older version is brought up to the current schema.
    if [m for m in migrations.pending(shop.db) if m.name in known_names()]:
        migrations.apply(shop.db)
    check_integrity(shop.db, shop.path, None)
    # Listing images the restored shop refers to come back from the backups' media store.
    media.restore_beside(shop.db, shop.path, file, shop.backups_root)
    return safety


def replace_damaged_shop(path: Path | str, good_backup: Path | str) -> Path:
    """Put a good backup in place of a damaged shop file; the damaged file is kept aside.

    Works on the real file: a symlink to the shop stays a symlink to the repaired shop.
    """
    path = Path(path).expanduser().absolute().resolve()
    with ShopLock(path):
        kept = path.with_name(f"{path.name}.damaged-{datetime.now():%Y%m%dT%H%M%S}")
        path.replace(kept)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(kept.with_name(kept.name + suffix))
        shutil.copyfile(good_backup, path)
    return kept


@dataclass(frozen=True)
class Restored:
    kept: Path  # the shop as it was: a safety backup, or the damaged file set aside
    was_damaged: bool


def restore_path(
    path: Path | str,
    file: Path | str,
    *,
    backups_root: Path | None = None,
    progress: Progress | None = None,
) -> Restored:
    """Restore the shop at ``path`` from a backup, whether the shop opens or is damaged.

    A damaged shop is exactly what restoring is for: it is not opened (it cannot be
    trusted to copy itself) but set aside beside the shop, and the backup takes its
    place, then is opened once to bring its schema up to date.
    """
    file = Path(file).expanduser().absolute()
    _check_backup_file(file)
    try:
        shop = open_shop(path, backups_root=backups_root, must_exist=True)
    except ShopDamaged:
        real = Path(path).expanduser().absolute().resolve()
        kept = replace_damaged_shop(real, file)
        open_shop(real, backups_root=backups_root).close()
        return Restored(kept, was_damaged=True)
    try:
        return Restored(restore(shop, file, progress), was_damaged=False)
    finally:
        shop.close()
