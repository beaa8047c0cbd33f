"""One writer per shop file.

A lock file beside the shop, held with an OS lock (flock / LockFileEx) through
the filelock library. It is used instead of QLockFile because the command line
must respect the same lock and nothing below ui/ imports Qt; an OS lock is also
released by the kernel if the app crashes, so there is no stale lock to clean up.

The lock file sits beside the shop's *real* path (symlinks resolved), so a shop
opened through a symlink and through its target takes the same lock.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from filelock import FileLock, Timeout

from shopkeeper.errors import ShopLocked, ShopReadOnly


class ShopLock:
    def __init__(self, shop_path: Path | str) -> None:
        self.shop_path = Path(shop_path)
        self.lock_path = Path(os.path.realpath(self.shop_path) + ".lock")
        self._lock = FileLock(
            str(self.lock_path), timeout=0, thread_local=False, is_singleton=False
        )

    def acquire(self) -> ShopLock:
        try:
            self._lock.acquire(timeout=0)
        except Timeout as exc:
            raise ShopLocked(path=str(self.shop_path)) from exc
        except PermissionError as exc:
            raise ShopReadOnly(path=str(self.shop_path)) from exc
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise ShopReadOnly(path=str(self.shop_path)) from exc
            raise
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    @property
    def is_held(self) -> bool:
        return self._lock.is_locked

    def __enter__(self) -> ShopLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
