"""KPI benchmarks on the large reference shop (a script, not a test).

    python tests/benchmarks/bench_kpi.py /tmp/large.db [--runs N]

Works on a copy of the shop (the shared file is left as it is). Prints: migrating and
building the daily rollups; `shopkeeper report kpi` over three years as a user runs it
(a new process, fresh and stale rollups); loading the KPI tab's cache; the redraw of the
cards (range + comparison) and the pre-aggregated charts for several ranges, both as
computation only and as the KPIs tab redrawing on screen (offscreen Qt, Matplotlib draw
included); the Today tab's sections.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(fn, runs: int = 5) -> tuple[float, float]:
    """(median, max) seconds over ``runs``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def show(name: str, seconds: tuple[float, float] | float, target: str = "") -> None:
    if isinstance(seconds, tuple):
        text = f"{seconds[0] * 1000:8.0f} ms (max {seconds[1] * 1000:.0f} ms)"
    else:
        text = f"{seconds * 1000:8.0f} ms"
    print(f"{name:<62} {text}  {target}")


def cli_report(shop: Path, first: str, last: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "shopkeeper",
            "--shop",
            str(shop),
            "report",
            "kpi",
            "--from",
            first,
            "--to",
            last,
            "--json",
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "SHOPKEEPER_HOME": str(shop.parent)},
    )
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shop", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    from shopkeeper.services import kpi_charts, kpi_rollup, today
    from shopkeeper.services.kpi_cache import KpiCache
    from shopkeeper.store import open_db

    work = Path(tempfile.mkdtemp(prefix="bench-kpi-"))
    shop = work / "large.shop.db"
    try:
        shutil.copy(args.shop, shop)
        start = time.perf_counter()
        db = open_db(shop)
        show("open + pending migrations (one-off)", time.perf_counter() - start)
        last = dt.date.fromisoformat(
            db.execute("SELECT max(placed_at) FROM orders").fetchone()[0][:10]
        )
        dirty = db.execute("SELECT count(*) FROM kpi_dirty_days").fetchone()[0]
        first3 = (last - dt.timedelta(days=3 * 365 - 1)).isoformat()
        if dirty:
            db.close()
            show(
                f"report kpi, 3 years, {dirty} days not rolled up (process)",
                cli_report(shop, first3, last.isoformat()),
            )
            db = open_db(shop)
            start = time.perf_counter()
            kpi_rollup.refresh(db)
            show(f"build the daily rollups ({dirty} days)", time.perf_counter() - start)
        db.close()
        runs = [cli_report(shop, first3, last.isoformat()) for _ in range(args.runs)]
        show(
            "report kpi --from/--to over 3 years --json (new process)",
            (statistics.median(runs), max(runs)),
            "target < 2 s",
        )

        db = open_db(shop)
        start = time.perf_counter()
        cache = KpiCache.load(db)
        show("KPI tab cache load (worker, once per change)", time.perf_counter() - start)
        gc.freeze()  # as the KPIs tab does once the cache is loaded
        ranges = {
            "last 7 days": (last - dt.timedelta(days=6), last),
            "last 30 days": (last - dt.timedelta(days=29), last),
            "this year": (last.replace(month=1, day=1), last),
            "3 years": (last - dt.timedelta(days=3 * 365 - 1), last),
        }
        for name, (a, b) in ranges.items():
            before = (a - (b - a) - dt.timedelta(days=1), a - dt.timedelta(days=1))
            granularity = "day" if (b - a).days <= 62 else "week" if (b - a).days < 400 else "month"

            def redraw(a=a, b=b, before=before, granularity=granularity):
                cache.kpis(a, b)
                cache.kpis(*before)
                rows = cache.day_rows(a, b)
                kpi_charts.series(rows, a, b, granularity)
                kpi_charts.series(cache.day_rows(*before), *before, granularity)
                kpi_charts.channel_split(rows, a, b)

            show(
                f"cards + comparison + sales/channel series: {name}",
                timed(redraw, args.runs),
                "target < 300 ms",
            )
        _bench_tab(db, shop, cache, ranges, args.runs)
        now = dt.datetime.combine(last, dt.time(12))
        start = time.perf_counter()
        today.orders_to_ship(db, now), today.tickets_due(db, now)
        today.promotions_ahead(db, last), today.sales(db, last)
        show(
            "Today: quick sections (ship, tickets, promotions, sales)", time.perf_counter() - start
        )
        start = time.perf_counter()
        today.stock(db, last)
        show("Today: stock sections (worker)", time.perf_counter() - start)
        db.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _bench_tab(db, shop_path: Path, cache, ranges: dict, runs: int) -> None:
    """The KPIs tab redrawing on screen: cards, comparison and the sales chart drawn."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from shopkeeper.services.shop import Shop
    from shopkeeper.ui.background import BackgroundRunner
    from shopkeeper.ui.error_handler import ErrorHandler
    from shopkeeper.ui.tab_context import TabContext
    from shopkeeper.ui.tabs.kpis import KpisTab

    app = QApplication.instance() or QApplication([])
    errors = ErrorHandler(interactive=False)
    shop = Shop(shop_path, db, lock=None, backups_root=shop_path.parent)
    tab = KpisTab(
        TabContext(
            shop, BackgroundRunner(errors, synchronous=True, quiet=True), QUndoStack(), errors
        )
    )
    tab.resize(1400, 900)
    tab.cache, tab.extras = cache, {"promotions": [], "categories": []}
    tab.show()
    app.processEvents()
    tab.controls.set_preset("custom")
    for name, (a, b) in ranges.items():
        tab.controls.first.setDate(a)  # as the seller picks it; granularity follows
        tab.controls.last.setDate(b)
        app.processEvents()

        def redraw():
            tab.redraw()
            app.processEvents()  # the chart's one (idle) draw happens here

        show(
            f"KPIs tab on screen (cards + sales chart drawn): {name}",
            timed(redraw, runs),
            "target < 300 ms",
        )
    tab.close()


if __name__ == "__main__":
    raise SystemExit(main())
