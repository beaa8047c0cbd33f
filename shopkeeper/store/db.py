"""The one way to open a shop file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from shopkeeper.errors import NotAShopFile, ShopDamaged, ShopReadOnly, ShopTooNew
from shopkeeper.store import backup
from shopkeeper.store.migrations import known_names, migrations

BUSY_TIMEOUT_MS = 5000
SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_file(path: Path) -> None:
    """Refuse files that are not ours before SQLite touches (and perhaps changes) them."""
    if path.exists():
        if not path.is_file():
            raise NotAShopFile(path=str(path))
        if path.stat().st_size > 0:
            try:
                with path.open("rb") as f:
                    head = f.read(len(SQLITE_MAGIC))
            except PermissionError as exc:
                raise ShopReadOnly(path=str(path)) from exc
            if head != SQLITE_MAGIC:
                raise NotAShopFile(path=str(path))
        if not os.access(path, os.W_OK):
            raise ShopReadOnly(path=str(path))
    folder = path.parent
    # WAL needs to create -wal and -shm files beside the shop.
    if not folder.exists() or not os.access(folder, os.W_OK | os.X_OK):
        raise ShopReadOnly(path=str(path))


def connect(path: Path | str, *, check_same_thread: bool = False) -> Database:
    """A connection with WAL, foreign keys and a busy timeout, and no migration.

    ``check_same_thread`` is off because a shop opened in a worker is handed to
    the GUI thread; the app never uses one connection from two threads at once.
    """
    conn = sqlite3.connect(
        str(path), check_same_thread=check_same_thread, timeout=BUSY_TIMEOUT_MS / 1000
    )
    db = Database(conn)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        conn.close()
        if "readonly" in str(exc) or "unable to open" in str(exc):
            raise ShopReadOnly(path=str(path)) from exc
        raise NotAShopFile(path=str(path)) from exc
    return db


def check_integrity(
    db: Database, path: Path, backups_folder: Path | None, *, quick: bool = False
) -> None:
    """PRAGMA integrity_check (or the ~4x faster quick_check, which skips index contents)."""
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as exc:  # "database disk image is malformed"
        rows = [str(exc)]
    if rows != ["ok"]:
        good = backup.newest_backup(backups_folder, path) if backups_folder else None
        raise ShopDamaged(path=str(path), detail="; ".join(rows[:3]), backup=good)


def schema_is_ahead(db: Database) -> bool:
    applied = {m.name for m in migrations.applied(db)}
    return bool(applied - set(known_names()))


def open_db(
    path: Path | str,
    *,
    backups_folder: Path | None = None,
    integrity_check: bool | str = True,
    stop_before: str | None = None,
) -> Database:
    """Open (or create) a shop file and bring its schema up to date.

    Before pending migrations run on an existing shop, a copy is taken into
    ``backups_folder`` (when given). ``stop_before`` exists so that tests can make
    a shop at an older schema version.
    """
    path = Path(path)
    _check_file(path)
    is_new = not path.exists() or path.stat().st_size == 0
    db = connect(path)
    try:
        if not is_new:
            if integrity_check:
                check_integrity(db, path, backups_folder, quick=integrity_check == "quick")
            if schema_is_ahead(db):
                raise ShopTooNew(path=str(path))
        if migrations.pending(db) and (stop_before is None or _pending_before(db, stop_before)):
            if not is_new and backups_folder is not None:
                backup.take_backup(db, backups_folder, path, reason="before-migration")
            migrations.apply(db, stop_before=stop_before)
    except sqlite3.DatabaseError as exc:
        db.conn.close()
        if "readonly" in str(exc):
            raise ShopReadOnly(path=str(path)) from exc
        if "malformed" in str(exc):
            good = backup.newest_backup(backups_folder, path) if backups_folder else None
            raise ShopDamaged(path=str(path), detail=str(exc), backup=good) from exc
        raise NotAShopFile(path=str(path)) from exc
    except BaseException:
        db.conn.close()
        raise
    return db


def _pending_before(db: Database, stop_before: str) -> bool:
    names = [m.name for m in migrations.pending(db)]
    return bool(names) and names[0] != stop_before
