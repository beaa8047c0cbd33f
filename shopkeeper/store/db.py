"""The one way to open a shop file."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlite_utils import Database

from shopkeeper.errors import DiskFull, NotAShopFile, ShopDamaged, ShopReadOnly, ShopTooNew
from shopkeeper.store import backup
from shopkeeper.store.migrations import known_names, migrations

BUSY_TIMEOUT_MS = 5000
SQLITE_MAGIC = b"SQLite format 3\x00"
# Written into the SQLite header (PRAGMA application_id, bytes 68-71) of every shop,
# so a shop whose pages are damaged is still recognised as ours: "SHOP".
APPLICATION_ID = 0x53484F50
_HEADER_SIZE = 100
# Shops made before the application id carry our migrations table in their schema.
_SCHEMA_MARKS = (b"_sqlite_migrations", b"m001_initial_schema")
_SCAN_BYTES = 1 << 20
# Below this, an I/O error while opening is the full disk (SQLite's -shm cannot grow).
_LOW_SPACE = 1 << 20


def is_sqlite_file(path: Path) -> bool:
    try:
        with Path(path).open("rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def looks_like_shop(path: Path) -> bool:
    """An SQLite file that carries Shopkeeper's id or schema, read without SQLite.

    Used when SQLite itself cannot read the file: a file that passes this is a
    damaged shop (restore it), anything else is not a shop at all.
    """
    try:
        with Path(path).open("rb") as f:
            head = f.read(_SCAN_BYTES)
    except OSError:
        return False
    if not head.startswith(SQLITE_MAGIC):
        return False
    if len(head) >= _HEADER_SIZE and int.from_bytes(head[68:72], "big") == APPLICATION_ID:
        return True
    return any(mark in head for mark in _SCHEMA_MARKS)


def not_a_shop(path: Path) -> NotAShopFile:
    """The right NotAShopFile message: a folder, another SQLite database, or not SQLite."""
    if path.is_dir():
        return NotAShopFile(NotAShopFile.FOLDER, path=str(path))
    if is_sqlite_file(path):
        return NotAShopFile(NotAShopFile.OTHER_DATABASE, path=str(path))
    return NotAShopFile(path=str(path))


def _check_file(path: Path) -> None:
    """Refuse files that are not ours before SQLite touches (and perhaps changes) them."""
    if path.exists():
        if not path.is_file():
            raise not_a_shop(path)
        if path.stat().st_size > 0:
            try:
                with path.open("rb") as f:
                    head = f.read(len(SQLITE_MAGIC))
            except PermissionError as exc:
                raise ShopReadOnly(path=str(path)) from exc
            if head != SQLITE_MAGIC:
                raise NotAShopFile(path=str(path))
            if not looks_like_shop(path) and _is_foreign_database(path):
                raise not_a_shop(path)  # someone else's database: never turn it into a shop
        if not os.access(path, os.W_OK):
            raise ShopReadOnly(path=str(path))
    folder = path.parent
    # WAL needs to create -wal and -shm files beside the shop.
    if not folder.exists() or not os.access(folder, os.W_OK | os.X_OK):
        raise ShopReadOnly(path=str(path))


def _is_foreign_database(path: Path) -> bool:
    """An SQLite file with tables but not ours, read without changing it."""
    try:
        uri = f"{path.absolute().as_uri()}?mode=ro&immutable=1"
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError:
        return False  # unreadable: damaged or not ours, decided when SQLite opens it
    return bool(tables) and migrations.migrations_table not in tables


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
        raise classify_failure(Path(path), exc) from exc
    return db


def classify_failure(path: Path, exc: sqlite3.DatabaseError, backups_folder: Path | None = None):
    """What an SQLite failure on opening ``path`` means for the user.

    A file that starts with the SQLite header and carries our id or schema is a
    damaged shop (offered its newest good backup); only other files are "not a shop".
    """
    text = str(exc)
    if "readonly" in text or "unable to open" in text:
        return ShopReadOnly(path=str(path))
    if looks_like_shop(path):
        return damaged(path, text, backups_folder)
    return not_a_shop(path)


def damaged(path: Path, detail: str, backups_folder: Path | None) -> ShopDamaged:
    good = backup.newest_backup(backups_folder, path) if backups_folder else None
    return ShopDamaged(path=str(path), detail=detail).with_backup(good)


def has_backups(path: Path, backups_folder: Path | None) -> bool:
    return bool(backups_folder) and bool(backup.list_backups(backups_folder, path))


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
        raise damaged(path, "; ".join(rows[:3]), backups_folder)


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
    if is_new and path.exists() and has_backups(path, backups_folder):
        # An empty file where a shop with backups used to be lost its content (a
        # crash while it was being replaced, say): it is not a new shop to start.
        raise damaged(path, "the file is empty (0 bytes)", backups_folder)
    try:
        db = connect(path)
    except ShopDamaged as exc:  # damaged before SQLite could even set the journal mode
        if backups_folder:
            exc.with_backup(backup.newest_backup(backups_folder, path))
        raise
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
        mark_as_shop(db)
    except sqlite3.DatabaseError as exc:
        db.conn.close()
        if "malformed" in str(exc) and not looks_like_shop(path):
            raise not_a_shop(path) from exc
        if "malformed" in str(exc):
            raise damaged(path, str(exc), backups_folder) from exc
        if "disk I/O" in str(exc) and shutil.disk_usage(path.parent).free < _LOW_SPACE:
            raise DiskFull(path=str(path)) from exc
        if "readonly" in str(exc) or "disk is full" in str(exc):
            raise  # the caller explains it (errors.explain): read-only, disk full
        raise classify_failure(path, exc, backups_folder) from exc
    except BaseException:
        db.conn.close()
        raise
    return db


def mark_as_shop(db: Database) -> None:
    """Stamp the shop's header with our id (once; a shop made earlier gets it on open)."""
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def connect_read_only(path: Path | str, backups_folder: Path | None = None) -> Database:
    """A connection that cannot write, for exports and for shops on read-only disks.

    A shop in WAL mode needs its -shm file; on a read-only disk or folder where it
    cannot be made, the file is opened as immutable: nobody can change it there.
    """
    path = Path(path)
    uri = Path(path).absolute().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        conn.close()
        if "unable to open" not in str(exc) or os.access(path.parent, os.W_OK):
            raise classify_failure(path, exc, backups_folder) from exc
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise classify_failure(path, exc, backups_folder) from exc
    return Database(conn)


def _pending_before(db: Database, stop_before: str) -> bool:
    names = [m.name for m in migrations.pending(db)]
    return bool(names) and names[0] != stop_before
