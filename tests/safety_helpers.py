"""Shops, damage and mounts for the safety tests (tests/test_safety_*.py)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from shopkeeper.services.shop import open_shop


def make_shop(path: Path, products: int = 300) -> Path:
    """A closed shop with enough rows to span many pages, plus one backup of it."""
    shop = open_shop(path)
    try:
        with shop.db.conn:
            shop.db.conn.executemany(
                "INSERT INTO products (handle, title, description, created_at, updated_at) "
                "VALUES (?, ?, ?, '2024-01-01', '2024-01-01')",
                [(f"p{i}", f"Product {i}", "words " * 60) for i in range(products)],
            )
        shop.backup_now()
    finally:
        shop.close()
    return path


_TEMPLATE: dict[str, bytes] = {}


def copy_of_shop(path: Path) -> Path:
    """``make_shop``'s result, copied: a shop file at ``path`` and one backup of it."""
    from datetime import datetime

    from shopkeeper import paths
    from shopkeeper.store import backup

    if "shop" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp())
        with_env = os.environ.get("SHOPKEEPER_HOME")
        os.environ["SHOPKEEPER_HOME"] = str(folder / "home")
        try:
            _TEMPLATE["shop"] = make_shop(folder / "t.db").read_bytes()
        finally:
            os.environ["SHOPKEEPER_HOME"] = with_env or ""
            shutil.rmtree(folder, ignore_errors=True)
    path.write_bytes(_TEMPLATE["shop"])
    folder = backup.shop_backup_folder(paths.backups_dir(), path)
    (folder / f"op-{datetime.now():%Y%m%dT%H%M%S%f}-manual.sqlite").write_bytes(_TEMPLATE["shop"])
    return path


def truncate_to_half(path: Path) -> None:
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)


def mount_tmpfs(folder: Path, size: str = "1m", *, read_only: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, f"sk-{uuid.uuid4().hex[:6]}", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not root'})")


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "1m"):
    """A real, small filesystem at ``folder`` (a tmpfs); skips the test where mounting fails."""
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root and mount(8)")
    mount_tmpfs(folder, size)
    try:
        yield folder
    finally:
        unmount(folder)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the disk at ``folder`` up to the last byte, or all but ``leave`` bytes."""
    reserve = folder / "reserve"
    reserve.write_bytes(b"\0" * leave)
    with open(folder / "filler", "wb", buffering=0) as f:
        for chunk in (b"\0" * 65536, b"\0"):
            with contextlib.suppress(OSError):
                while f.write(chunk):
                    pass
    reserve.unlink()
