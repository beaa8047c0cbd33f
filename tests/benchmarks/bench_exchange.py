"""Benchmarks for import, export and orders search (run by hand; figures go in the README).

    python tests/benchmarks/make_large_shop.py /tmp/large.db
    python tests/benchmarks/bench_exchange.py /tmp/large.db [--repeat N] [--only PART]

PART is one of export, xlsx, csv, search (default: all). Every import is measured
against its bare reader on the same file in the same run, each in its own process so
that its peak memory is its own:

1. export: every order line of the large shop (about 1M) to .xlsx; budget 90 s.
2. xlsx: the first 500k order lines as .xlsx; python-calamine reading it alone vs. a
   full import (read, map, parse, dry run, commit) into a new shop. Budget: at most
   3x calamine's time, peak at most calamine's peak + 200 MiB.
3. csv: the same lines as .csv; the csv module reading it alone vs. a full import.
   Budget: at most 15x the csv module's time, peak under 400 MiB.
4. search: the orders search (services/orders.py search) on a copy of the large
   shop, after the search index is built: selective queries of 3+ characters under
   50 ms, broad ones under 250 ms.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

IMPORT_LINES = 500_000


def _child(code: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


_PEAK = "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024"
CALAMINE_ONLY = f"""
import json, resource, sys, time
from python_calamine import CalamineWorkbook
t = time.perf_counter()
sheet = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0)
rows = sum(1 for _ in sheet.iter_rows())
print(json.dumps({{"seconds": time.perf_counter() - t, "rows": rows, "peak_mib": {_PEAK}}}))
"""
CSV_ONLY = f"""
import csv, json, resource, sys, time
t = time.perf_counter()
with open(sys.argv[1], encoding="utf-8-sig", newline="") as handle:
    rows = sum(1 for _ in csv.reader(handle))
print(json.dumps({{"seconds": time.perf_counter() - t, "rows": rows, "peak_mib": {_PEAK}}}))
"""
FULL_IMPORT = f"""
import json, resource, sys, time
from pathlib import Path
from shopkeeper.services.shop import open_shop
from shopkeeper.services.exchange.importing import ImportRequest, plan_import, commit_import
shop = open_shop(sys.argv[2])
t = time.perf_counter()
plan = plan_import(shop.db, ImportRequest("orders", Path(sys.argv[1])))
counts = commit_import(shop.db, plan)
seconds = time.perf_counter() - t
shop.close()
print(json.dumps({{"seconds": seconds, "counts": counts, "peak_mib": {_PEAK}}}))
"""


def _spread(values: list[float], unit: str = "", digits: int = 2) -> str:
    if len(values) == 1:
        return f"{values[0]:.{digits}f}{unit}"
    return (
        f"{min(values):.{digits}f}–{max(values):.{digits}f}{unit} "
        f"(median {statistics.median(values):.{digits}f})"
    )


def bench_export(db, folder: Path) -> None:
    from shopkeeper.services.exchange.exporting import export_table

    out = folder / "all-orders.xlsx"
    started = time.perf_counter()
    rows = export_table(db, "orders", out)
    seconds = time.perf_counter() - started
    print(
        f"export: {rows:,} order lines to .xlsx in {seconds:.1f} s "
        f"({out.stat().st_size / 2**20:.0f} MiB; budget 90 s)"
    )


def _sample_files(db, folder: Path) -> tuple[Path, Path]:
    from shopkeeper.services.exchange.csv_writer import write_csv
    from shopkeeper.services.exchange.export_queries import QUERIES
    from shopkeeper.services.exchange.exporting import _money_cells, columns
    from shopkeeper.services.exchange.xlsx_writer import write_xlsx

    xlsx, csv_file = folder / "orders-500k.xlsx", folder / "orders-500k.csv"
    if not xlsx.exists():
        write_xlsx(
            xlsx,
            "orders",
            columns("orders"),
            islice(QUERIES["orders"](db, 2), IMPORT_LINES),
            row_count_hint=IMPORT_LINES,
        )
        write_csv(
            csv_file,
            [c.header for c in columns("orders")],
            _money_cells("orders", islice(QUERIES["orders"](db, 2), IMPORT_LINES), 2),
        )
    return xlsx, csv_file


def bench_import(label: str, reader: str, sample: Path, folder: Path, repeat: int) -> None:
    ratios, extra, bare_s, full_s, bare_peak, full_peak = [], [], [], [], [], []
    for n in range(repeat):
        alone = _child(reader, str(sample))
        target = folder / f"new-{label}-{n}.shop.db"
        full = _child(FULL_IMPORT, str(sample), str(target))
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        bare_s.append(alone["seconds"])
        full_s.append(full["seconds"])
        ratios.append(full["seconds"] / alone["seconds"])
        bare_peak.append(alone["peak_mib"])
        full_peak.append(full["peak_mib"])
        extra.append(full["peak_mib"] - alone["peak_mib"])
        print(
            f"  {label} run {n + 1}: reader {alone['seconds']:.1f} s / {alone['peak_mib']} MiB, "
            f"import {full['seconds']:.1f} s / {full['peak_mib']} MiB "
            f"({full['seconds'] / alone['seconds']:.2f}x) {full['counts']}"
        )
    print(
        f"{label}: import {_spread(full_s, ' s', 1)} = {_spread(ratios, 'x')} its reader "
        f"({_spread(bare_s, ' s', 1)}); peak {_spread(full_peak, ' MiB', 0)} "
        f"(reader {_spread(bare_peak, ' MiB', 0)}, import − reader {_spread(extra, ' MiB', 0)})"
    )


def bench_search(shop_file: str, folder: Path, repeat: int) -> None:
    from shopkeeper.services import order_search
    from shopkeeper.services.orders import OrderFilter, count_by_view, find_order_ids, search
    from shopkeeper.services.shop import open_shop

    copy = folder / "search.shop.db"
    shutil.copyfile(shop_file, copy)
    shop = open_shop(copy)
    db = shop.db
    started = time.perf_counter()
    indexed = order_search.refresh(db)
    print(f"search index: {indexed:,} orders indexed in {time.perf_counter() - started:.1f} s")
    sample = db.execute(
        "SELECT o.order_no, c.name, c.email, c.phone, i.sku, i.title FROM orders o "
        "JOIN customers c ON c.id = o.customer_id JOIN order_items i ON i.order_id = o.id "
        "WHERE o.id >= (SELECT max(id) / 3 FROM orders) AND c.phone != '' LIMIT 1"
    ).fetchone()
    queries = {
        "order number": sample[0],
        "customer name": sample[1],
        "email": sample[2],
        "phone": sample[3][-6:],
        "SKU": sample[4],
        "Chinese, 2 characters": "陶瓷",
        "Chinese, 3 characters": "马克杯",
        "broad: 'com'": "com",
        "broad: 'ea'": "ea",
    }
    for label, text in queries.items():
        whole, ids_only, counts_only = [], [], []
        for _ in range(repeat):
            t = time.perf_counter()
            page = search(db, OrderFilter(text=text))
            whole.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            find_order_ids(db, OrderFilter(text=text))
            ids_only.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            count_by_view(db, text=text)
            counts_only.append((time.perf_counter() - t) * 1000)
        print(
            f"  search {label} ({text!r}): {len(page.ids):,} orders; search() "
            f"{_spread(whole, ' ms', 0)}; ids {_spread(ids_only, ' ms', 0)}; "
            f"view counts {_spread(counts_only, ' ms', 0)}"
        )
    shop.close()


def main(argv: list[str] | None = None) -> None:
    from shopkeeper.services.shop import open_read_only

    parser = argparse.ArgumentParser()
    parser.add_argument("shop")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=["export", "xlsx", "csv", "search"])
    args = parser.parse_args(argv)
    db = open_read_only(args.shop)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if args.only in (None, "export"):
            bench_export(db, folder)
        if args.only in (None, "xlsx", "csv"):
            xlsx, csv_file = _sample_files(db, folder)
            if args.only in (None, "xlsx"):
                bench_import("xlsx", CALAMINE_ONLY, xlsx, folder, args.repeat)
            if args.only in (None, "csv"):
                bench_import("csv", CSV_ONLY, csv_file, folder, args.repeat)
        if args.only in (None, "search"):
            bench_search(args.shop, folder, args.repeat)
    db.close()
    print(
        f"benchmark process peak: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB"
    )


if __name__ == "__main__":
    main()
