"""`shopkeeper import` and `shopkeeper export`, run as a user's script would run them."""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import csv_files
import openpyxl
import pytest

from shopkeeper import cli
from shopkeeper.services.exchange.fields import KINDS

README = Path(__file__).resolve().parent.parent / "README.md"
HEADER = ["Order number", "Placed at", "Customer", "SKU", "Quantity", "Unit price"]
GOOD = [
    ["1001", "2024-03-05 10:00", "alice", "MUG", "2", "10.00"],
    ["1001", "2024-03-05 10:00", "alice", "BOWL", "1", "5.00"],
    ["1002", "2024-03-06 11:00", "bob", "CUP", "1", "3.00"],
]
BAD = ["1003", "2024-03-07 12:00", "carol", "VASE", "two", "30.00"]


@pytest.fixture
def shopkeeper(tmp_path, isolated_home):
    """Run `python -m shopkeeper --shop <tmp shop> ARGS…` in a subprocess, in tmp_path."""
    env = {**os.environ, "SHOPKEEPER_HOME": str(isolated_home)}

    def run(*args: str, shop: Path | None = None) -> subprocess.CompletedProcess:
        shop_file = shop or tmp_path / "cli.shop.db"
        return subprocess.run(
            [sys.executable, "-m", "shopkeeper", "--shop", str(shop_file), *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )

    return run


def write_csv(path, rows, header=HEADER):
    return csv_files.write_csv(path, header, rows)


def query(shop_file, sql):
    conn = sqlite3.connect(f"file:{shop_file}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def orders_in(shop_file):
    return [n for (n,) in query(shop_file, "SELECT order_no FROM orders ORDER BY order_no")]


def test_import_json_prints_the_four_counts(shopkeeper, tmp_path):
    """--json prints {"new", "changed", "unchanged", "rejected"} counted in file rows, and notes."""
    done = shopkeeper("import", "orders", str(write_csv(tmp_path / "o.csv", GOOD)), "--json")
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    assert list(counts) == ["new", "changed", "unchanged", "rejected", "notes"]
    assert counts == {"new": 3, "changed": 0, "unchanged": 0, "rejected": 0, "notes": []}
    assert orders_in(tmp_path / "cli.shop.db") == ["1001", "1002"]


def test_import_without_json_prints_a_summary(shopkeeper, tmp_path):
    """Without --json the counts come as one readable line and the outcome."""
    done = shopkeeper("import", "orders", str(write_csv(tmp_path / "o.csv", GOOD)))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "o.csv: 3 new, 0 changed, 0 unchanged, 0 rejected (generic format)",
        "imported.",
    ]


def test_rejected_rows_exit_4_and_import_nothing(shopkeeper, tmp_path):
    """One bad row: exit 4, the reasons on stderr, and the shop stays empty."""
    done = shopkeeper("import", "orders", str(write_csv(tmp_path / "o.csv", [*GOOD, BAD])))
    assert done.returncode == 4
    assert "row 5: Quantity: not a number" in done.stderr
    assert done.stdout.splitlines()[-1] == "nothing was imported."
    assert orders_in(tmp_path / "cli.shop.db") == []


def test_skip_bad_rows_commits_the_good_rows(shopkeeper, tmp_path):
    """--skip-bad-rows imports every good order and exits 0."""
    done = shopkeeper(
        "import",
        "orders",
        str(write_csv(tmp_path / "o.csv", [*GOOD, BAD])),
        "--skip-bad-rows",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "new": 3,
        "changed": 0,
        "unchanged": 0,
        "rejected": 1,
        "notes": [],
    }
    assert orders_in(tmp_path / "cli.shop.db") == ["1001", "1002"]


def test_dry_run_changes_nothing(shopkeeper, tmp_path):
    """--dry-run reports what would change and writes nothing."""
    done = shopkeeper(
        "import", "orders", str(write_csv(tmp_path / "o.csv", GOOD)), "--dry-run", "--json"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["new"] == 3
    assert orders_in(tmp_path / "cli.shop.db") == []


@pytest.mark.parametrize("column", ["Bestellnummer", "1"])
def test_map_gives_a_field_a_column_with_an_odd_header(shopkeeper, tmp_path, column):
    """--map order_no=COLUMN (by header text or number) maps a column no synonym knows."""
    path = write_csv(tmp_path / "o.csv", GOOD, header=["Bestellnummer", *HEADER[1:]])
    refused = shopkeeper("import", "orders", str(path))
    assert refused.returncode == 4
    assert "no column for: Order number" in refused.stderr
    done = shopkeeper("import", "orders", str(path), "--map", f"order_no={column}", "--json")
    assert done.returncode == 0, done.stderr
    assert orders_in(tmp_path / "cli.shop.db") == ["1001", "1002"]


@pytest.mark.parametrize(
    ("mapping", "problem"),
    [
        ("order_no=Nope", "no column “Nope” in the header row"),
        ("order_no=9", "no column “9” in the header row"),
        ("colour=SKU", "unknown field"),
        ("order_no", "unknown field"),
    ],
)
def test_bad_map_exits_4_with_one_line(shopkeeper, tmp_path, mapping, problem):
    """A --map naming an unknown field or column is refused in one line, changing nothing."""
    done = shopkeeper(
        "import", "orders", str(write_csv(tmp_path / "o.csv", GOOD)), "--map", mapping
    )
    assert done.returncode == 4
    assert done.stderr.startswith(f"shopkeeper: --map {mapping}: {problem}")
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "cli.shop.db").exists() or orders_in(tmp_path / "cli.shop.db") == []


def test_date_order_dmy_reads_day_first(shopkeeper, tmp_path):
    """--date-order dmy reads 01/02/2024 as 1 February."""
    path = write_csv(tmp_path / "o.csv", [["1001", "01/02/2024 08:26", "", "MUG", "1", "1"]])
    done = shopkeeper("import", "orders", str(path), "--date-order", "dmy")
    assert done.returncode == 0, done.stderr
    assert query(tmp_path / "cli.shop.db", "SELECT placed_at FROM orders") == [
        ("2024-02-01T08:26:00",)
    ]


def test_ambiguous_dates_exit_4_with_a_hint(shopkeeper, tmp_path):
    """Without --date-order, 01/02/2024 stops the import with a hint naming the option."""
    path = write_csv(tmp_path / "o.csv", [["1001", "01/02/2024 08:26", "", "MUG", "1", "1"]])
    done = shopkeeper("import", "orders", str(path))
    assert done.returncode == 4
    assert "--date-order" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert orders_in(tmp_path / "cli.shop.db") == []


def test_missing_file_exits_4(shopkeeper, tmp_path):
    """Importing a file that is not there says so in one line."""
    done = shopkeeper("import", "orders", str(tmp_path / "nope.csv"))
    assert done.returncode == 4
    assert done.stderr.strip() == f"shopkeeper: There is no file at {tmp_path / 'nope.csv'}."


def test_export_then_import_reports_all_unchanged(shopkeeper, tmp_path):
    """`export orders out.xlsx` then `import orders out.xlsx` changes nothing."""
    assert shopkeeper("import", "orders", str(write_csv(tmp_path / "o.csv", GOOD))).returncode == 0
    exported = shopkeeper("export", "orders", "out.xlsx")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == "exported 3 orders rows to out.xlsx"
    done = shopkeeper("import", "orders", "out.xlsx", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "new": 0,
        "changed": 0,
        "unchanged": 3,
        "rejected": 0,
        "notes": [],
    }


def test_export_format_follows_the_suffix(shopkeeper, tmp_path):
    """out.csv is a CSV with the kind's column labels as its header."""
    shopkeeper("import", "orders", str(write_csv(tmp_path / "o.csv", GOOD)))
    assert shopkeeper("export", "orders", "out.csv").returncode == 0
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:2] == ["Order number", "Placed at"]
    assert len(rows) == 4


def test_export_in_a_format_the_kind_lacks_is_a_usage_error(shopkeeper, tmp_path):
    """Orders have no Taobao format: refused in one line naming the formats they have."""
    shopkeeper("import", "orders", str(write_csv(tmp_path / "o.csv", GOOD)))
    done = shopkeeper("export", "orders", "out.csv", "--format", "taobao")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "shopkeeper: --format taobao is not a format for orders; choose one of: xlsx, csv. "
        "Nothing was written."
    )
    assert not (tmp_path / "out.csv").exists()


def test_export_works_while_another_process_holds_the_shop(shopkeeper, shop, shop_path, tmp_path):
    """Export only reads, so it runs while the shop is open in a window."""
    from shopkeeper.services.exchange.importing import (
        ImportRequest,
        commit_import,
        plan_import,
    )

    commit_import(
        shop.db, plan_import(shop.db, ImportRequest("orders", write_csv(tmp_path / "o.csv", GOOD)))
    )
    done = shopkeeper("export", "orders", "out.xlsx", shop=shop_path)
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert sheet.max_row == 4


def test_import_while_another_process_holds_the_shop_exits_3(shopkeeper, shop, shop_path, tmp_path):
    """A second writer is refused with exit 3 and a clear message."""
    done = shopkeeper("import", "orders", str(write_csv(tmp_path / "o.csv", GOOD)), shop=shop_path)
    assert done.returncode == 3
    assert "already open in another Shopkeeper window or command" in done.stderr
    assert shop.db.execute("SELECT count(*) FROM orders").fetchone()[0] == 0


def test_rejects_file_holds_the_rejected_rows_with_their_reason(shopkeeper, tmp_path):
    """--rejects FILE writes each rejected row with the reason beside it."""
    pytest.importorskip("shopkeeper.services.exchange.rejects")
    done = shopkeeper(
        "import",
        "orders",
        str(write_csv(tmp_path / "o.csv", [*GOOD, BAD])),
        "--rejects",
        "rejects.xlsx",
    )
    assert done.returncode == 4
    sheet = openpyxl.load_workbook(tmp_path / "rejects.xlsx").active
    texts = [
        " ".join(str(c) for c in row if c is not None) for row in sheet.iter_rows(values_only=True)
    ]
    assert any("VASE" in text and "Quantity: not a number" in text for text in texts)
    assert not any("MUG" in text for text in texts)


def test_readme_names_every_command_and_import_field():
    """The README lists each CLI command and every canonical field id of the import kinds."""
    text = README.read_text(encoding="utf-8")
    commands = [
        name
        for name in cli.command_names()
        if not re.search(rf"`shopkeeper[^`\n]*\b{name}\b", text)
    ]
    field_ids = sorted({f.id for kind in KINDS.values() for f in kind if f"`{f.id}`" not in text})
    assert (commands, field_ids) == ([], [])
