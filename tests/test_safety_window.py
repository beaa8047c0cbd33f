"""The window's side of safety: read-only shops, damaged shops, honest error dialogs."""

from __future__ import annotations

import errno
import sqlite3

from safety_helpers import copy_of_shop, remount_read_only, small_disk, truncate_to_half

from shopkeeper.ui.error_handler import ErrorHandler


def test_read_only_shop_opens_read_only_with_a_banner(window, tmp_path):
    """A shop on a read-only disk opens (not the 'unexpected problem' box) under a banner."""
    with small_disk(tmp_path / "ro", size="4m") as disk:
        shop_file = copy_of_shop(disk / "w.db")
        remount_read_only(disk)
        window.actions.open_path(shop_file)
        try:
            assert window.shop is not None and window.shop.read_only
            assert not window.errors.shown
            assert window.read_only_banner.isVisibleTo(window)
            assert "read-only" in window.read_only_banner.text.text()
        finally:
            window.set_shop(None)
    assert not window.read_only_banner.isVisibleTo(window)


def test_writable_shop_has_no_banner(window, tmp_path):
    """An ordinary shop shows no read-only banner."""
    window.actions.open_path(copy_of_shop(tmp_path / "w.db"))
    assert window.shop is not None and not window.shop.read_only
    assert not window.read_only_banner.isVisibleTo(window)


def test_damaged_shop_is_called_damaged_in_the_window(window, tmp_path):
    """Opening a truncated shop reports damage and its backup, not 'not a shop file'."""
    shop_file = copy_of_shop(tmp_path / "w.db")
    truncate_to_half(shop_file)
    window.actions.open_path(shop_file)
    assert window.shop is None
    (message,) = window.errors.shown
    assert "is damaged" in message and "newest good backup is" in message
    assert "not a Shopkeeper shop file" not in message


def test_full_disk_is_a_plain_message_not_an_unexpected_problem(qapp):
    """A full disk met anywhere is shown as 'The disk is full', without a traceback."""
    errors = ErrorHandler(interactive=False)
    errors(sqlite3.OperationalError("database or disk is full"))
    errors(OSError(errno.ENOSPC, "No space left on device", "/media/usb/.o.xlsx.0a1b2c3d.part"))
    assert all(text.startswith("The disk is full") for text in errors.shown)
    assert "/media/usb/o.xlsx" in errors.shown[1]


def test_read_only_and_permission_errors_are_plain_messages(qapp):
    """A read-only disk and a denied permission each get their own plain message."""
    errors = ErrorHandler(interactive=False)
    errors(OSError(errno.EROFS, "Read-only file system", "/media/cd/w.db.lock"))
    errors(OSError(errno.EACCES, "Permission denied", "/srv/shared/o.xlsx"))
    errors(sqlite3.OperationalError("attempt to write a readonly database"))
    read_only, denied, shop = errors.shown
    assert "cannot write to /media/cd/w.db.lock" in read_only and "read-only" in read_only
    assert "not allowed to use /srv/shared/o.xlsx" in denied
    assert shop.startswith("Shopkeeper cannot write to the shop file")


def test_window_start_removes_a_dead_writers_leftovers(isolated_home, tmp_path):
    """Starting the window removes temporary files whose writer is gone."""
    import json

    from shopkeeper.ui import app

    part = tmp_path / ".o.xlsx.0123abcd.part"
    part.write_bytes(b"half an export")
    entry = isolated_home / "in-flight" / "0123.json"
    entry.parent.mkdir()
    entry.write_text(json.dumps([str(part)]))  # registered, and nobody holds its lock
    app._clean_leftovers()
    assert not part.exists() and not entry.exists()
