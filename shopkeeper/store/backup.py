"""Rolling backups through SQLite's online backup API, and restore.

Each shop gets its own folder of backups below the backups root. Two rolls are
kept: one copy per day (taken when the shop is opened) and copies taken before
an operation (import, bulk edit, restore, migration, or by hand). Each roll keeps
the newest N, where N is a shop setting.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from shopkeeper.errors import NotAShopFile
from shopkeeper.store import in_flight, settings

SUFFIX = ".sqlite"
_NAME = re.compile(r"^(daily|op)-(\d{8}T\d{6}(?:\d{6})?)(?:-([a-z-]+))?\.sqlite$")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # "daily" or "op"
    taken_at: datetime
    reason: str


def shop_backup_folder(backups_root: Path, shop_path: Path) -> Path:
    """A folder per shop file; the hash keeps two shops with the same name apart."""
    resolved = str(Path(shop_path).resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:8]
    folder = Path(backups_root) / f"{Path(shop_path).stem}-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def copy_database(
    source: sqlite3.Connection, target_path: Path, progress: Progress | None = None
) -> None:
    """Copy a live database into a new file; the file appears only when complete.

    The copy is written as ``NAME.partial`` (plus SQLite's ``-journal`` for it) and
    renamed at the end; those temporary files are registered in ``in_flight`` so
    that if this process is killed, the next start removes them.
    """
    partial = target_path.with_name(target_path.name + ".partial")
    temporary = [partial.with_name(partial.name + s) for s in ("", "-journal", "-wal", "-shm")]
    with in_flight.writing(temporary, target=target_path):
        partial.unlink(missing_ok=True)
        target = sqlite3.connect(str(partial))
        try:

            def report(_status: int, remaining: int, total: int) -> None:
                if progress:
                    progress(total - remaining, total)

            source.backup(target, pages=256, progress=report)
            # A copy is a plain file: no WAL, so reading it never leaves -wal/-shm behind.
            target.execute("PRAGMA journal_mode = DELETE")
            target.close()
            partial.replace(target_path)
        except BaseException:
            target.close()
            for file in temporary:
                file.unlink(missing_ok=True)
            raise


def take_backup(
    db: Database,
    backups_root: Path,
    shop_path: Path,
    *,
    reason: str = "manual",
    daily: bool = False,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Path:
    now = now or datetime.now()
    folder = shop_backup_folder(backups_root, shop_path)
    stamp = now.strftime("%Y%m%dT%H%M%S%f")
    name = f"daily-{stamp}{SUFFIX}" if daily else f"op-{stamp}-{reason}{SUFFIX}"
    target = folder / name
    copy_database(db.conn, target, progress)
    _prune(db, folder)
    return target


def take_daily_backup(
    db: Database, backups_root: Path, shop_path: Path, now: datetime | None = None
) -> Path | None:
    """Back up once per calendar day; returns None when today's copy exists."""
    now = now or datetime.now()
    folder = shop_backup_folder(backups_root, shop_path)
    if any(b.kind == "daily" and b.taken_at.date() == now.date() for b in _scan(folder)):
        return None
    return take_backup(db, backups_root, shop_path, daily=True, now=now)


def _scan(folder: Path) -> list[BackupInfo]:
    found = []
    for file in folder.glob(f"*{SUFFIX}"):
        match = _NAME.match(file.name)
        if not match:
            continue
        kind, stamp, reason = match.groups()
        fmt = "%Y%m%dT%H%M%S%f" if len(stamp) > 15 else "%Y%m%dT%H%M%S"
        found.append(BackupInfo(file, kind, datetime.strptime(stamp, fmt), reason or ""))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def list_backups(backups_root: Path, shop_path: Path) -> list[BackupInfo]:
    """Newest first."""
    return _scan(shop_backup_folder(backups_root, shop_path))


def newest_backup(backups_root: Path, shop_path: Path) -> Path | None:
    """The newest backup that passes SQLite's integrity check."""
    for info in list_backups(backups_root, shop_path):
        if is_good_backup(info.path):
            return info.path
    return None


def open_backup(path: Path | str) -> sqlite3.Connection:
    """Read a backup file without creating -wal/-shm files beside it.

    A backup never changes once it has its name, so it is opened as immutable.
    """
    return sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro&immutable=1", uri=True)


def is_good_backup(path: Path) -> bool:
    try:
        conn = open_backup(path)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def _prune(db: Database, folder: Path) -> None:
    keep = {
        "daily": max(1, settings.get_int(db, settings.BACKUP_KEEP_DAILY)),
        "op": max(1, settings.get_int(db, settings.BACKUP_KEEP_OPERATIONS)),
    }
    seen = {"daily": 0, "op": 0}
    for info in _scan(folder):
        seen[info.kind] += 1
        if seen[info.kind] > keep[info.kind]:
            info.path.unlink(missing_ok=True)


def restore_into(db: Database, backup_file: Path, progress: Progress | None = None) -> None:
    """Replace the live shop's content with a backup's, in place.

    The backup API writes every page in one go, so the open connection sees the
    restored shop at once and a failure leaves the shop as it was.
    """
    backup_file = Path(backup_file)
    try:
        with backup_file.open("rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                raise NotAShopFile(path=str(backup_file))
        source = open_backup(backup_file)
    except OSError as exc:
        raise NotAShopFile(path=str(backup_file)) from exc
    try:
        tables = {r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "_sqlite_migrations" not in tables:
            raise NotAShopFile(path=str(backup_file))

        def report(_status: int, remaining: int, total: int) -> None:
            if progress:
                progress(total - remaining, total)

        source.backup(db.conn, progress=report)
    except sqlite3.DatabaseError as exc:
        raise NotAShopFile(path=str(backup_file)) from exc
    finally:
        source.close()
