"""The end of every import (CLI and wizard): rejects file, backup, one commit."""

from __future__ import annotations

import csv_files
import openpyxl
import pytest

from shopkeeper.services.exchange import ImportRequest, finish_import, plan_import

HEADER = ["Order number", "Placed at", "Customer", "SKU", "Quantity", "Unit price"]
GOOD = [
    ["1001", "2024-03-05 10:00", "alice", "MUG", "2", "10.00"],
    ["1002", "2024-03-06 11:00", "bob", "CUP", "1", "3.00"],
]
BAD = ["1003", "2024-03-07 12:00", "carol", "VASE", "two", "30.00"]


def plan(shop, tmp_path, rows, kind="orders", header=HEADER):
    source = csv_files.write_csv(tmp_path / f"{kind}.csv", header, rows)
    return plan_import(shop.db, ImportRequest(kind, source))


def orders(shop) -> int:
    return shop.db.execute("SELECT count(*) FROM orders").fetchone()[0]


def test_commit_reports_the_tables_an_orders_import_wrote(shop, tmp_path):
    """An orders import names the order tables it wrote, so only their tabs refresh."""
    result = finish_import(shop, plan(shop, tmp_path, GOOD))
    assert result.committed and orders(shop) == 2
    assert {"orders", "order_items"} <= result.tables
    assert not result.tables & {"products", "variants", "promotions", "import_presets"}
    assert result.counts == {"new": 2, "changed": 0, "unchanged": 0, "rejected": 0}


def test_customers_import_names_only_customers(shop, tmp_path):
    """A customers import changes only the customers table, and says so."""
    header = ["Name", "Email"]
    result = finish_import(
        shop, plan(shop, tmp_path, [["Ann", "ann@example.com"]], kind="customers", header=header)
    )
    assert result.committed
    assert result.tables == {"customers"}


def test_backup_is_taken_just_before_the_commit(shop, tmp_path):
    """The shop as it was is saved as a before-import backup."""
    result = finish_import(shop, plan(shop, tmp_path, GOOD))
    assert result.backup is not None and result.backup.exists()
    assert [b.reason for b in shop.backups()].count("before-import") == 1


@pytest.mark.parametrize(
    ("options", "committed"),
    [
        ({}, False),  # a rejected row and no --skip-bad-rows: all or nothing
        ({"skip_bad_rows": True}, True),
        ({"skip_bad_rows": True, "dry_run": True}, False),
    ],
)
def test_rejected_rows_are_saved_whether_or_not_the_rest_is_imported(
    shop, tmp_path, options, committed
):
    """The rejects file is written in every case; the shop changes only when allowed."""
    rejects = tmp_path / "rejects.xlsx"
    result = finish_import(
        shop, plan(shop, tmp_path, [*GOOD, BAD]), rejects_path=rejects, **options
    )
    assert result.rejects_written == 1
    texts = [
        str(v)
        for row in openpyxl.load_workbook(rejects).active.iter_rows(values_only=True)
        for v in row
    ]
    assert "VASE" in texts
    assert (result.committed, orders(shop) == 2) == (committed, committed)
    assert (result.backup is not None) == committed
    assert result.tables == (result.tables if committed else frozenset())


def test_nothing_new_takes_no_backup(shop, tmp_path):
    """Importing rows the shop already has changes nothing and takes no backup."""
    finish_import(shop, plan(shop, tmp_path, GOOD))
    before = len(shop.backups())
    result = finish_import(shop, plan(shop, tmp_path, GOOD))
    assert not result.committed and result.backup is None
    assert result.counts["unchanged"] == 2
    assert len(shop.backups()) == before


def test_failed_commit_writes_nothing_and_leaves_no_listener(shop, tmp_path):
    """A commit that fails half way rolls back, and the connection works as before."""
    planned = plan(shop, tmp_path, GOOD)
    real_apply = planned.apply

    def fail_half_way(db, progress):
        real_apply(db, progress)
        raise RuntimeError("disk unplugged")

    planned.apply = fail_half_way
    with pytest.raises(RuntimeError):
        finish_import(shop, planned)
    assert orders(shop) == 0
    shop.db.execute("CREATE TABLE scratch(x)")  # the table tracker is gone
    assert orders(shop) == 0
