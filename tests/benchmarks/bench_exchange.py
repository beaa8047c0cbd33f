"""Benchmarks for import and export (not tests: run by hand, figures go in the README).

    python tests/benchmarks/make_large_shop.py /tmp/large.db
    python tests/benchmarks/bench_exchange.py /tmp/large.db

1. Export every order line of the large shop (about 1M) to .xlsx.
2. Write the first 500k order lines to an .xlsx, then time python-calamine alone
   reading it against a full import (read, map, parse, dry run, commit) of the
   same file into a new shop, each in its own process so peak memory is its own.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

IMPORT_LINES = 500_000


def _child(code: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


CALAMINE_ONLY = """
import json, resource, sys, time
from python_calamine import CalamineWorkbook
t = time.perf_counter()
sheet = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0)
rows = sum(1 for _ in sheet.iter_rows())
print(json.dumps({"seconds": time.perf_counter() - t, "rows": rows,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
"""

FULL_IMPORT = """
import json, resource, sys, time
from pathlib import Path
from shopkeeper.store import open_db
from shopkeeper.services.exchange.importing import ImportRequest, plan_import, commit_import
db = open_db(sys.argv[2])
t = time.perf_counter()
plan = plan_import(db, ImportRequest("orders", Path(sys.argv[1])))
counts = commit_import(db, plan)
print(json.dumps({"seconds": time.perf_counter() - t, "counts": counts,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
"""


def main(shop_file: str) -> None:
    from shopkeeper.services.exchange.export_queries import QUERIES
    from shopkeeper.services.exchange.exporting import columns, export_table
    from shopkeeper.services.exchange.xlsx_writer import write_xlsx
    from shopkeeper.services.shop import open_read_only

    db = open_read_only(shop_file)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "all-orders.xlsx"
        started = time.perf_counter()
        rows = export_table(db, "orders", out)
        export_s = time.perf_counter() - started
        print(
            f"export: {rows:,} order lines to .xlsx in {export_s:.1f} s "
            f"({out.stat().st_size / 2**20:.0f} MiB)"
        )

        sample = Path(folder) / "orders-500k.xlsx"
        write_xlsx(
            sample,
            "orders",
            columns("orders"),
            islice(QUERIES["orders"](db, 2), IMPORT_LINES),
            row_count_hint=IMPORT_LINES,
        )
        alone = _child(CALAMINE_ONLY, str(sample))
        full = _child(FULL_IMPORT, str(sample), str(Path(folder) / "new.shop.db"))
        ratio = full["seconds"] / alone["seconds"]
        print(
            f"calamine alone: {alone['rows']:,} rows in {alone['seconds']:.1f} s, "
            f"peak {alone['peak_mib']} MiB"
        )
        print(
            f"full import:    {full['counts']} in {full['seconds']:.1f} s "
            f"({ratio:.2f}x calamine), peak {full['peak_mib']} MiB"
        )
    print(
        f"benchmark process peak: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB"
    )


if __name__ == "__main__":
    main(sys.argv[1])
