"""Rolling backups, restore, and the single-writer lock."""

import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from shopkeeper.errors import NotAShopFile, ShopLocked
from shopkeeper.services.shop import open_shop, replace_damaged_shop, restore
from shopkeeper.store import backup, settings
from shopkeeper.store.lock import ShopLock


def _rows(db, table):
    return db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()


def _add_customers(db, names):
    with db.conn:
        for name in names:
            db.execute("INSERT INTO customers(name, created_at) VALUES (?, '2026-01-01')", [name])


def test_backup_then_restore_gives_identical_rows(shop):
    """Restoring a backup brings back exactly the rows it held."""
    _add_customers(shop.db, ["王芳", "Alice", "Bob"])
    saved = shop.backup_now()
    expected = _rows(shop.db, "customers")
    _add_customers(shop.db, ["Mallory"])
    shop.db.execute("DELETE FROM customers WHERE name = 'Alice'")
    shop.db.conn.commit()
    restore(shop, saved)
    assert _rows(shop.db, "customers") == expected


def test_restore_keeps_a_safety_copy_of_the_shop_as_it_was(shop):
    """Before a restore, the current shop is copied, so the restore itself can be undone."""
    _add_customers(shop.db, ["Before"])
    saved = shop.backup_now()
    _add_customers(shop.db, ["After"])
    safety = restore(shop, saved)
    assert "before-restore" in safety.name
    restore(shop, safety)
    assert [r[1] for r in shop.db.execute("SELECT id, name FROM customers ORDER BY id")] == [
        "Before",
        "After",
    ]


def test_restore_refuses_a_file_that_is_not_a_backup(shop, tmp_path):
    """Restoring from a random file says so and changes nothing."""
    _add_customers(shop.db, ["Keep me"])
    junk = tmp_path / "photo.sqlite"
    junk.write_bytes(b"\x89PNG not a database")
    with pytest.raises(NotAShopFile):
        restore(shop, junk)
    assert shop.db.execute("SELECT name FROM customers").fetchall() == [("Keep me",)]


def test_operation_backups_roll(shop):
    """Only the newest N operation backups are kept, N being a shop setting."""
    settings.put(shop.db, settings.BACKUP_KEEP_OPERATIONS, "3")
    made = [shop.backup_now(reason="before-import") for _ in range(5)]
    kept = [b.path for b in shop.backups() if b.kind == "op"]
    assert kept == list(reversed(made[-3:]))


def test_daily_backup_once_a_day_and_rolls(shop):
    """Opening takes one backup a day, and only the newest N daily copies stay."""
    settings.put(shop.db, settings.BACKUP_KEEP_DAILY, "2")
    assert shop.daily_backup is not None
    assert backup.take_daily_backup(shop.db, shop.backups_root, shop.path) is None
    for days_ago in (3, 2, 1):
        backup.take_daily_backup(
            shop.db, shop.backups_root, shop.path, now=datetime.now() - timedelta(days=days_ago)
        )
    daily = [b for b in shop.backups() if b.kind == "daily"]
    assert len(daily) == 2
    assert daily[0].taken_at.date() == datetime.now().date()


def test_lock_refuses_a_second_writer(shop):
    """A second open of the same shop is refused while the first holds it."""
    with pytest.raises(ShopLocked, match="already open"):
        open_shop(shop.path)
    shop.close()
    again = open_shop(shop.path)
    again.close()


def test_cli_write_command_respects_the_lock(shop):
    """The command line exits 3 with a one-line message while a window holds the shop."""
    result = subprocess.run(
        [sys.executable, "-m", "shopkeeper", "--shop", str(shop.path), "backup"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 3
    assert "already open" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_lock_is_released_when_opening_fails(tmp_path):
    """A refused file does not stay locked."""
    path = tmp_path / "bad.db"
    path.write_text("not sqlite")
    with pytest.raises(NotAShopFile):
        open_shop(path)
    with ShopLock(path):
        pass


def test_damaged_shop_is_replaced_by_backup_and_kept_aside(shop):
    """Replacing a damaged shop with a good backup keeps the damaged file beside it."""
    _add_customers(shop.db, ["Safe"])
    good = shop.backup_now()
    path = shop.path
    shop.close()
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    kept = replace_damaged_shop(path, good)
    assert kept.exists() and kept.read_bytes().startswith(b"SQLite format 3")
    reopened = open_shop(path)
    assert reopened.db.execute("SELECT name FROM customers").fetchall() == [("Safe",)]
    reopened.close()


def test_missing_shop_file_is_reported(shop):
    """A shop file deleted while open is noticed before writing a backup."""
    from shopkeeper.errors import ShopMissing

    shop.path.unlink()
    with pytest.raises(ShopMissing, match="moved or deleted"):
        shop.backup_now()


def test_backups_are_plain_files_that_leave_no_wal_behind(shop):
    """Reading a backup (listing, checking, restoring) leaves no -wal/-shm files beside it."""
    taken = shop.backup_now()
    assert backup.is_good_backup(taken) and backup.newest_backup(shop.backups_root, shop.path)
    restore(shop, taken)
    assert sorted(p.suffix for p in taken.parent.iterdir()) == [".sqlite"] * len(shop.backups())


def test_sweep_keeps_a_live_writers_files_and_removes_a_dead_ones(tmp_path):
    """Temporary files of a writer still at work stay; once it is gone, a sweep removes them."""
    from shopkeeper.store import in_flight

    part = tmp_path / ".out.xlsx.0123abcd.part"
    with in_flight.writing([part]):
        part.write_text("half")
        assert in_flight.sweep() == [] and part.exists()
    part.write_text("left by a writer that finished")  # not registered any more
    assert in_flight.sweep() == [] and part.exists()


def test_sweep_removes_old_unregistered_partial_backups(shop):
    """A .partial an older Shopkeeper left in the backups folder goes once it is an hour old."""
    import os
    import time

    from shopkeeper.store import in_flight

    folder = backup.shop_backup_folder(shop.backups_root, shop.path)
    old, fresh = folder / "op-1-manual.sqlite.partial", folder / "op-2-manual.sqlite.partial"
    for file in (old, fresh):
        file.write_bytes(b"half a copy")
    hour_ago = time.time() - in_flight.STALE_AFTER_S - 60
    os.utime(old, (hour_ago, hour_ago))
    assert in_flight.sweep() == [old] and fresh.exists()
