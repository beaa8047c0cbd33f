"""The Promotions tab's budgets on the large shop (not a test):

    python tests/benchmarks/bench_promotions.py /tmp/large.db

Works on a copy (the copy is migrated; the source is never written):

- the stacking and price-floor check of a 31-day month over every variant, for a
  few months of the shop's own promotions (budget < 1 s);
- then every promotion of the shop (300) is moved into one month, and the month
  view is timed: loading its data in the worker (promotions, festivals, holidays,
  tasks), then the floor check and conflicts in a second worker job, and drawing
  it once the data is there (set on the view and painted into an image; budget
  < 200 ms).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MONTHS = (dt.date(2025, 11, 1), dt.date(2026, 6, 1), dt.date(2026, 11, 1), dt.date(2026, 12, 1))
ROUNDS = 3


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def floor_check(db) -> None:
    from shopkeeper.services import promotions_floor

    variants = db.execute("SELECT count(*) FROM variants").fetchone()[0]
    print(f"price-floor check, 31 days × {variants:,} variants:")
    for first in MONTHS:
        last = first + dt.timedelta(days=30)
        times, cpu, found = [], [], []
        for _ in range(ROUNDS):
            start, start_cpu = time.perf_counter(), time.process_time()
            result = promotions_floor.check(db, first, last)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            found = result
        days = sum((b.last - b.first).days + 1 for b in found)
        print(
            f"  {first:%Y-%m}: median {_ms(statistics.median(times))}, "
            f"max {_ms(max(times))}, CPU median {_ms(statistics.median(cpu))} "
            f"({days:,} variant-days below the floor)"
        )


def crowd_one_month(db, first: dt.date) -> int:
    """Every promotion moved into ``first``'s month, 1–10 days long, times kept."""
    rng = random.Random(7)
    rows = db.execute("SELECT id, starts_at, ends_at FROM promotions").fetchall()
    with db.conn:
        for pid, starts, ends in rows:
            day = first + dt.timedelta(days=rng.randrange(28))
            end = day + dt.timedelta(days=rng.randrange(10))
            db.execute(
                "UPDATE promotions SET starts_at = ?, ends_at = ? WHERE id = ?",
                [day.isoformat() + starts[10:], end.isoformat() + ends[10:], pid],
            )
    return len(rows)


def month_view(shop, first: dt.date) -> None:
    from PySide6.QtGui import QUndoStack

    from shopkeeper.services import promotions_calendar
    from shopkeeper.ui.app import make_app
    from shopkeeper.ui.background import BackgroundRunner
    from shopkeeper.ui.error_handler import ErrorHandler
    from shopkeeper.ui.tab_context import TabContext
    from shopkeeper.ui.tabs.promotions import PromotionsTab

    app = make_app()
    errors = ErrorHandler(interactive=False)
    runner = BackgroundRunner(errors, synchronous=True, quiet=True)
    tab = PromotionsTab(TabContext(shop, runner, QUndoStack(), errors), today=first)
    tab.resize(1400, 900)
    tab.show()  # its first refresh happens here, untimed
    app.processEvents()
    grid_first, grid_last = promotions_calendar.month_grid(first)
    loads, floors, draws = [], [], []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        data = promotions_calendar.load(shop.db, grid_first, grid_last, country="CN", floor=False)
        loads.append(time.perf_counter() - start)
        start = time.perf_counter()
        summary = promotions_calendar.floor_summary(shop.db, grid_first, grid_last, data.promotions)
        floors.append(time.perf_counter() - start)
        data = promotions_calendar.with_floor(data, summary)
        start = time.perf_counter()
        tab._loaded(data)
        tab.calendar.repaint()
        tab.calendar.grab()
        app.processEvents()
        draws.append(time.perf_counter() - start)
    shown = len({s.bar.id for s in tab.calendar.segments})
    print(
        f"month view of {first:%Y-%m} with {len(data.promotions)} promotions "
        f"({shown} as bars, the rest as '+n more'):"
    )
    print(f"  bars' data loaded in the worker: median {_ms(statistics.median(loads))}")
    print(
        f"  then floor check and conflicts in the worker: median {_ms(statistics.median(floors))}"
    )
    print(
        f"  drawn (layout + paint): median {_ms(statistics.median(draws))}, max {_ms(max(draws))}"
    )


def main(source: str) -> None:
    home = tempfile.mkdtemp()
    os.environ["SHOPKEEPER_HOME"] = home
    path = Path(home) / "large.shop.db"
    shutil.copyfile(source, path)
    from shopkeeper.services.shop import open_shop

    shop = open_shop(path)
    try:
        floor_check(shop.db)
        first = dt.date(2026, 6, 1)
        print(f"moved {crowd_one_month(shop.db, first)} promotions into {first:%Y-%m}")
        month_view(shop, first)
    finally:
        shop.close()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/large.db")
