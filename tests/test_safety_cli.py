"""Hostile and mistaken commands: each gets one honest line and the right exit code.

Every case runs the real command line (``shopkeeper.cli.main``) on a real shop
file and checks the message, the exit code, that no traceback is printed and
that the shop is left as it was.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from safety_helpers import copy_of_shop, truncate_to_half

from shopkeeper import cli
from shopkeeper.services.shop import open_shop
from shopkeeper.store import backup
from shopkeeper.store.lock import ShopLock


@pytest.fixture
def shop_file(tmp_path):
    return copy_of_shop(tmp_path / "w.db")


def run(capsys, shop: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--shop", str(shop), *args])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backups_of(shop: Path) -> list[Path]:
    from shopkeeper import paths

    return [b.path for b in backup.list_backups(paths.backups_dir(), shop)]


# (case id, how to set up -> args, exit code, words the one line must hold)
def _backups_target(tmp, shop):
    return ["export", "listings", str(backups_of(shop)[0].parent / "x.xlsx")]


def _damaged_backup(tmp, shop):
    bad = tmp / "bad.sqlite"
    bad.write_bytes(backups_of(shop)[0].read_bytes())
    truncate_to_half(bad)
    return ["restore", str(bad)]


def _text_file(tmp, shop):
    (tmp / "notes.txt").write_text("not a shop\n")
    return ["restore", str(tmp / "notes.txt")]


def _folder(tmp, shop):
    (tmp / "folder").mkdir()
    return tmp / "folder"


CASES = [
    ("export-over-shop", lambda t, s: ["export", "listings", str(s)], 2, "it is the shop file"),
    (
        "export-over-shop-any-format",
        lambda t, s: ["export", "listings", str(s), "--format", "xlsx"],
        2,
        "it is the shop file",
    ),
    (
        "export-over-wal",
        lambda t, s: ["export", "listings", f"{s}-wal", "--format", "csv"],
        2,
        "working file of the shop",
    ),
    (
        "export-over-lock",
        lambda t, s: ["export", "listings", f"{s}.lock", "--format", "csv"],
        2,
        "working file of the shop",
    ),
    ("export-into-backups", _backups_target, 2, "backups folder"),
    ("export-pdf", lambda t, s: ["export", "orders", "out.pdf"], 2, "end it in .xlsx or .csv"),
    ("export-txt", lambda t, s: ["export", "orders", "orders.txt"], 2, "--format"),
    (
        "export-missing-folder",
        lambda t, s: ["export", "orders", str(t / "nope" / "o.xlsx")],
        2,
        "does not exist",
    ),
    ("export-onto-folder", lambda t, s: ["export", "orders", str(_folder(t, s))], 2, "is a folder"),
    ("restore-missing", lambda t, s: ["restore", "/nonexistent.db"], 1, "no backup file at"),
    ("restore-damaged-backup", _damaged_backup, 1, "is damaged"),
    ("restore-not-a-shop", _text_file, 1, "not a Shopkeeper shop file"),
    (
        "import-folder",
        lambda t, s: ["import", "orders", str(_folder(t, s))],
        4,
        "is a folder, not a file",
    ),
]


@pytest.mark.parametrize(("case", "setup", "code", "words"), CASES, ids=[c[0] for c in CASES])
def test_mistakes_get_one_line_and_change_nothing(
    capsys, tmp_path, shop_file, monkeypatch, case, setup, code, words
):
    """Each mistaken command prints one line naming the cause and its exit code; nothing changes."""
    monkeypatch.chdir(tmp_path)
    args = setup(tmp_path, shop_file)
    before = digest(shop_file)
    exit_code, _out, err = run(capsys, shop_file, *args)
    assert (exit_code, words in err) == (code, True), err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert digest(shop_file) == before
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.txt.part"))


@pytest.mark.parametrize("command", [["export", "orders", "o.xlsx"], ["backup"]])
def test_a_folder_given_as_the_shop_is_named_a_folder(capsys, tmp_path, monkeypatch, command):
    """`--shop FOLDER` says the folder is not a shop file, for reading and writing commands."""
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(capsys, tmp_path, *command)
    assert code == 1 and "is a folder, not a shop file" in err, err


def test_export_through_a_symlink_to_the_shop_is_refused(capsys, tmp_path, shop_file):
    """A symlink to the shop is the shop: exporting onto it is refused with exit 2."""
    link = tmp_path / "link.xlsx"
    link.symlink_to(shop_file)
    before = digest(shop_file)
    code, _out, err = run(capsys, shop_file, "export", "listings", str(link))
    assert code == 2 and "it is the shop file" in err
    assert digest(shop_file) == before and link.is_symlink()


def test_lock_through_a_symlink_is_the_targets_lock(capsys, tmp_path, shop_file):
    """While the shop is locked, a command through a symlink to it gets exit 3."""
    link = tmp_path / "link.db"
    link.symlink_to(shop_file)
    (tmp_path / "o.csv").write_text("Order number,SKU,Quantity\n1,A,1\n")
    with ShopLock(shop_file):
        code, _out, err = run(capsys, link, "import", "orders", str(tmp_path / "o.csv"))
    assert code == 3 and "already open" in err


def test_backup_out_a_folder_writes_a_dated_copy_inside(capsys, tmp_path, shop_file):
    """`backup --out FOLDER` writes a dated, complete copy into the folder."""
    folder = tmp_path / "usb"
    folder.mkdir()
    code, out, _err = run(capsys, shop_file, "backup", "--out", str(folder))
    (copy,) = folder.iterdir()
    assert code == 0 and str(copy) in out and backup.is_good_backup(copy)


def test_backup_out_onto_the_shop_is_refused(capsys, shop_file):
    """`backup --out` naming the shop itself is refused; the shop is untouched."""
    before = digest(shop_file)
    code, _out, err = run(capsys, shop_file, "backup", "--out", str(shop_file))
    assert code == 2 and "it is the shop file" in err and digest(shop_file) == before


def test_damaged_shop_commands_name_the_backup_and_the_restore_command(capsys, shop_file):
    """On a truncated shop every command stops with one line naming the backup to restore."""
    truncate_to_half(shop_file)
    good = backups_of(shop_file)[0]
    for args in (["export", "orders", "o.xlsx"], ["export", "listings", "l.csv"], ["backup"]):
        code, _out, err = run(capsys, shop_file, *args)
        assert code == 1 and err.count("\n") == 1, err
        assert "is damaged" in err and "not a Shopkeeper shop file" not in err
        assert f"restore {good}" in err and "Traceback" not in err


def test_restore_repairs_a_damaged_shop_and_keeps_the_damaged_file(capsys, tmp_path, shop_file):
    """`restore BACKUP` on a damaged shop puts the backup in place and keeps the damaged file."""
    truncate_to_half(shop_file)
    damaged = digest(shop_file)
    good = backups_of(shop_file)[0]
    code, out, err = run(capsys, shop_file, "restore", str(good))
    assert code == 0, err
    (kept,) = tmp_path.glob("w.db.damaged-*")
    assert digest(kept) == damaged and str(kept) in out
    shop = open_shop(shop_file)
    try:
        assert shop.db.execute("SELECT count(*) FROM products").fetchone()[0] == 300
    finally:
        shop.close()
    assert run(capsys, shop_file, "export", "listings", str(tmp_path / "l.csv"))[0] == 0


def test_empty_shop_file_is_called_empty_not_old(capsys, tmp_path):
    """Exporting from a 0-byte file says it is empty, not 'made by an older Shopkeeper'."""
    empty = tmp_path / "empty.db"
    empty.touch()
    code, _out, err = run(capsys, empty, "export", "orders", str(tmp_path / "o.xlsx"))
    assert code == 1 and "empty file (0 bytes)" in err and "older" not in err
    assert empty.stat().st_size == 0


def test_emptied_shop_with_backups_is_damaged_not_new(capsys, shop_file):
    """A shop file emptied to 0 bytes is not silently started afresh: its backup is offered."""
    shop_file.write_bytes(b"")
    code, _out, err = run(capsys, shop_file, "import", "orders", os.devnull)
    assert code == 1 and "is damaged" in err and "restore" in err
    assert shop_file.stat().st_size == 0


def test_csv_renamed_xlsx_is_read_as_csv(capsys, tmp_path, shop_file):
    """A CSV saved under an .xlsx name imports as the CSV it is."""
    renamed = tmp_path / "orders.xlsx"
    renamed.write_text("Order number,Placed at,SKU,Quantity,Unit price\n9001,2024-03-05,A,1,2.00\n")
    code, out, err = run(capsys, shop_file, "import", "orders", str(renamed), "--json")
    assert code == 0, err
    assert '"new": 1' in out


def test_restore_through_a_symlink_repairs_the_real_file(capsys, tmp_path, shop_file):
    """Restoring a damaged shop opened through a symlink repairs the target; the link stays."""
    link = tmp_path / "link.db"
    link.symlink_to(shop_file)
    truncate_to_half(shop_file)
    code, _out, err = run(capsys, link, "restore", str(backups_of(shop_file)[0]))
    assert code == 0, err
    assert link.is_symlink() and link.resolve() == shop_file
    assert list(tmp_path.glob("w.db.damaged-*"))
    assert run(capsys, link, "export", "listings", str(tmp_path / "l.csv"))[0] == 0


def test_the_installed_command_prints_no_traceback(tmp_path, shop_file):
    """Through the real `python -m shopkeeper` entry point too: one line, the right code."""
    import subprocess
    import sys

    truncate_to_half(shop_file)
    for args, code, words in (
        (["export", "listings", str(shop_file), "--format", "csv"], 2, "it is the shop file"),
        (["export", "orders", str(tmp_path / "o.xlsx")], 1, "is damaged"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "shopkeeper", "--shop", str(shop_file), *args],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert (done.returncode, words in done.stderr) == (code, True), done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
