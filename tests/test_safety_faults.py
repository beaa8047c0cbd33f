"""Real faults: a writer killed with SIGKILL, a full disk, a read-only disk or folder.

The disks are real filesystems (small tmpfs mounts); the tests skip, saying why,
where mounting is not allowed.
"""

from __future__ import annotations

import gc
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from safety_helpers import (
    copy_of_shop,
    fill,
    remount_read_only,
    small_disk,
    unmount,
)

from shopkeeper import cli, paths
from shopkeeper.store import backup

BACKUP_WRITER = """
import sys, time
from shopkeeper.services.shop import open_shop
shop = open_shop(sys.argv[1])
def stall(done, total):
    print("copying", flush=True)
    time.sleep(60)
shop.backup_now(progress=stall)
"""

EXPORT_WRITER = """
import sys, time
from shopkeeper.services.exchange.csv_writer import write_csv
from shopkeeper.services.exchange.xlsx_writer import Column, write_xlsx
def rows():
    for i in range(3000):
        yield [f"row {i}"]
    print("writing", flush=True)
    time.sleep(60)
    yield ["never"]
if sys.argv[1].endswith(".csv"):
    write_csv(sys.argv[1], ["A"], rows(), should_stop=None)
else:
    write_xlsx(sys.argv[1], "S", [Column("A")], rows(), row_count_hint=None)
"""


def start_writer(script: str, *args: str) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    assert process.stdout.readline().strip() in {"copying", "writing"}
    return process


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    process.stdout.close()


def next_start(capsys, shop: Path, tmp_path: Path) -> None:
    """Any command at all: starting is what cleans up."""
    assert cli.main(["--shop", str(shop), "export", "orders", str(tmp_path / "o.csv")]) == 0
    capsys.readouterr()


def test_killed_backup_leaves_nothing_after_the_next_start(capsys, tmp_path):
    """A killed backup leaves a .partial that rotation ignores and the next start removes."""
    shop = copy_of_shop(tmp_path / "w.db")
    folder = backup.shop_backup_folder(paths.backups_dir(), shop)
    writer = start_writer(BACKUP_WRITER, str(shop))
    try:
        partial = [f for f in folder.iterdir() if ".partial" in f.name]
        before = sorted(f for f in folder.iterdir() if f not in partial)
        assert partial, "the writer is mid-copy"
        next_start(capsys, shop, tmp_path)  # the live writer's files are left alone
        assert all(f.exists() for f in partial)
    finally:
        kill(writer)
    assert [b.path.name for b in backup.list_backups(paths.backups_dir(), shop)] == [
        b.name for b in before if b.suffix == ".sqlite"
    ]
    next_start(capsys, shop, tmp_path)
    assert sorted(folder.iterdir()) == before


@pytest.mark.parametrize("name", ["big.xlsx", "big.csv"])
def test_killed_export_leaves_nothing_after_the_next_start(capsys, tmp_path, name):
    """An export killed mid-write leaves hidden .part files that the next start removes."""
    shop = copy_of_shop(tmp_path / "w.db")
    out = tmp_path / "exports"
    out.mkdir()
    writer = start_writer(EXPORT_WRITER, str(out / name))
    try:
        leftovers = sorted(out.iterdir())
        assert leftovers and all(f.name.startswith(f".{name}.") for f in leftovers)
        if name.endswith(".xlsx"):
            assert any(f.name.endswith(".part.frame") for f in leftovers)
    finally:
        kill(writer)
    assert sorted(out.iterdir()) == leftovers  # SIGKILL ran no clean-up code
    next_start(capsys, shop, tmp_path)
    assert list(out.iterdir()) == []


# openpyxl leaves its failed zip to the garbage collector, whose close hits ENOSPC again.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_export_to_a_full_disk_says_so_and_leaves_no_part(capsys, tmp_path):
    """Exporting onto a full disk prints 'The disk is full' (exit 1) and leaves no file."""
    shop = copy_of_shop(tmp_path / "w.db")
    with small_disk(tmp_path / "disk") as disk:
        fill(disk)
        code = cli.main(["--shop", str(shop), "export", "listings", str(disk / "l.xlsx")])
        err = capsys.readouterr().err
        assert code == 1 and "The disk is full" in err and str(disk / "l.xlsx") in err, err
        assert err.count("\n") == 1 and "Errno" not in err
        assert sorted(f.name for f in disk.iterdir()) == ["filler"]
        gc.collect()  # openpyxl's abandoned zip is closed here, under the filter above


def test_backup_to_a_full_disk_says_so_and_leaves_no_partial(capsys, tmp_path):
    """`backup --out` onto a full disk prints 'The disk is full' and leaves nothing."""
    shop = copy_of_shop(tmp_path / "w.db")
    with small_disk(tmp_path / "disk") as disk:
        fill(disk)
        code = cli.main(["--shop", str(shop), "backup", "--out", str(disk / "copy.sqlite")])
        err = capsys.readouterr().err
        assert code == 1 and "The disk is full" in err and "copy.sqlite" in err, err
        assert sorted(f.name for f in disk.iterdir()) == ["filler"]


def test_import_into_a_shop_on_a_full_disk_says_so_and_changes_nothing(capsys, tmp_path):
    """An import that fills the shop's disk stops with 'The disk is full'; no order is kept."""
    rows = "".join(f"{n},2024-03-05,SKU{n},1,2.50,{'x' * 200}\n" for n in range(3000))
    source = tmp_path / "orders.csv"
    source.write_text("Order number,Placed at,SKU,Quantity,Unit price,Customer\n" + rows)
    with small_disk(tmp_path / "disk", size="2m") as disk:
        shop = copy_of_shop(disk / "w.db")
        fill(disk, leave=200_000)
        code = cli.main(["--shop", str(shop), "import", "orders", str(source)])
        err = capsys.readouterr().err
        assert code == 1 and "The disk is full" in err, err
        assert "OperationalError" not in err and err.count("\n") == 1
        conn = sqlite3.connect(shop)
        try:
            assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 0
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()


@pytest.fixture
def read_only_shop(tmp_path):
    """A shop on a real read-only filesystem."""
    with small_disk(tmp_path / "ro", size="4m") as disk:
        shop = copy_of_shop(disk / "w.db")
        remount_read_only(disk)
        yield shop


def test_read_only_disk_import_says_read_only_and_export_works(capsys, tmp_path, read_only_shop):
    """On a read-only disk, import says the shop cannot be written; export and backup work."""
    shop = read_only_shop
    code = cli.main(["--shop", str(shop), "import", "orders", os.devnull])
    err = capsys.readouterr().err
    assert code == 1 and "cannot write to" in err and "read-only" in err, err
    assert "Errno" not in err and ".lock" not in err
    assert cli.main(["--shop", str(shop), "export", "listings", str(tmp_path / "l.csv")]) == 0
    assert (tmp_path / "l.csv").read_text("utf-8-sig").startswith("Handle,")
    assert cli.main(["--shop", str(shop), "backup"]) == 0


def test_read_only_folder_with_a_writable_file_is_called_read_only(capsys, tmp_path):
    """A writable shop file in a read-only folder is 'read-only', not 'not a shop file'."""
    writable = copy_of_shop(tmp_path / "w.db")
    with small_disk(tmp_path / "ro") as disk:
        (disk / "w.db").touch()
        remount_read_only(disk)
        done = subprocess.run(["mount", "--bind", str(writable), str(disk / "w.db")])
        if done.returncode != 0:
            pytest.skip("cannot bind-mount a file here")
        try:
            shop = disk / "w.db"
            assert os.access(shop, os.W_OK) and not os.access(disk, os.W_OK)
            code = cli.main(["--shop", str(shop), "import", "orders", os.devnull])
            err = capsys.readouterr().err
            assert code == 1 and "cannot write to" in err and "not a Shopkeeper" not in err, err
            out = tmp_path / "l.csv"
            assert cli.main(["--shop", str(shop), "export", "listings", str(out)]) == 0
        finally:
            unmount(disk / "w.db")


def test_restore_from_a_read_only_disk_backup_works(capsys, tmp_path):
    """A backup kept on a read-only disk (a write-protected USB stick) restores."""
    shop = copy_of_shop(tmp_path / "w.db")
    with small_disk(tmp_path / "usb", size="4m") as usb:
        shutil.copy(backup.list_backups(paths.backups_dir(), shop)[0].path, usb / "b.sqlite")
        remount_read_only(usb)
        code = cli.main(["--shop", str(shop), "restore", str(usb / "b.sqlite")])
        assert code == 0, capsys.readouterr().err
