"""Temporary files being written, so that the next start removes those of a killed writer.

Backups, exports and reports are written under a temporary name and renamed when
complete. A writer that is killed (SIGKILL, power cut) leaves the temporary file
behind, up to the size of the shop, and nothing else knows where it is: an export
may go to any folder. So every writer first registers its temporary files here,
in ``<data folder>/in-flight/``: a JSON list of paths plus a lock file it holds
with an OS lock while writing. The kernel drops that lock when the writer dies,
however it dies. ``sweep()`` (run when the window or a command starts) removes
the files of every entry whose lock it can take, i.e. whose writer is gone.

Order matters for safety: the writer takes its lock before the list exists and
deletes the list before releasing the lock, and the sweeper reads the list only
while holding the lock, so it never removes a file a live writer still owns.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from shopkeeper import paths
from shopkeeper.errors import explain

log = logging.getLogger(__name__)
FOLDER_NAME = "in-flight"
STALE_AFTER_S = 3600


def _folder() -> Path:
    folder = paths.data_dir() / FOLDER_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _lock_for(entry: Path) -> FileLock:
    return FileLock(str(entry) + ".lock", timeout=0, thread_local=False, is_singleton=False)


@contextmanager
def writing(files: Iterable[Path | str], target: Path | str | None = None) -> Iterator[None]:
    """Register ``files`` (temporary names) for as long as the block runs.

    If the process dies inside the block, the next ``sweep()`` removes them. When
    the data folder cannot be written (read-only home), the write goes ahead
    unregistered: cleaning up is a courtesy, the write itself must not fail for it.
    A full disk or a read-only folder met inside the block is reported as such,
    naming ``target`` (the file being written), never the hidden temporary file.
    """
    try:
        entry = _folder() / f"{uuid.uuid4().hex}.json"
        lock = _lock_for(entry)
        lock.acquire()
        entry.write_text(json.dumps([str(Path(f).absolute()) for f in files]), "utf-8")
    except OSError as exc:
        log.warning("cannot register temporary files (%s); writing anyway", exc)
        with _explained(target):
            yield
        return
    try:
        with _explained(target):
            yield
    finally:
        entry.unlink(missing_ok=True)
        lock.release()
        Path(lock.lock_file).unlink(missing_ok=True)


@contextmanager
def _explained(target: Path | str | None) -> Iterator[None]:
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        known = explain(exc, target) if target is not None else None
        if known is None:
            raise
        raise known from exc


def sweep() -> list[Path]:
    """Remove the temporary files of writers that are gone; returns what was removed."""
    removed: list[Path] = []
    live: set[Path] = set()
    try:
        entries = sorted(_folder().glob("*.json"))
    except OSError:
        return removed
    for entry in entries:
        lock = _lock_for(entry)
        try:
            lock.acquire()
        except (Timeout, OSError):
            live.update(_listed(entry))  # its writer is still at work (or no access)
            continue
        try:
            try:
                files = json.loads(entry.read_text("utf-8"))
            except (OSError, ValueError):
                files = []  # finished between the glob and the lock, or half-written
            for name in files:
                file = Path(name)
                try:
                    if file.is_file():
                        file.unlink()
                        removed.append(file)
                except OSError as exc:
                    log.warning("cannot remove leftover %s: %s", file, exc)
            entry.unlink(missing_ok=True)
        finally:
            lock.release()
            Path(lock.lock_file).unlink(missing_ok=True)
    removed += _sweep_unregistered_backups(live)
    if removed:
        log.info("removed leftovers of interrupted writes: %s", ", ".join(map(str, removed)))
    return removed


def _listed(entry: Path) -> list[Path]:
    try:
        return [Path(name) for name in json.loads(entry.read_text("utf-8"))]
    except (OSError, ValueError):
        return []


def _sweep_unregistered_backups(live: set[Path]) -> list[Path]:
    """Partial backups from before writers registered (older versions of Shopkeeper).

    A backup being written changes its file all the time, so a ``.partial`` that no
    live writer lists and that has not changed for an hour is certainly abandoned.
    """
    removed = []
    cutoff = time.time() - STALE_AFTER_S
    for file in (paths.data_dir() / "backups").glob("*/*.partial*"):
        try:
            if file not in live and file.is_file() and file.stat().st_mtime < cutoff:
                file.unlink()
                removed.append(file)
        except OSError as exc:
            log.warning("cannot remove leftover %s: %s", file, exc)
    return removed
