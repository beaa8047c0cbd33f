"""Opening the large reference shop: time to a usable window (not a test).

    python tests/benchmarks/bench_open.py /tmp/large.db

Copies the shop first so the measured run includes the daily backup a first open
of the day takes, then times what the window does: open_shop (lock, quick check,
migrations), building the main window with its tabs, then the full integrity check
and daily backup (which the app runs in the background), and Orders searches
(also run in a worker in the app; timed here synchronously).
"""

from __future__ import annotations

import os
import resource
import shutil
import sys
import time
from pathlib import Path

from bench_shop import copy_into_temp_home

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(source: str) -> None:
    home, shop_file = copy_into_temp_home(source)
    from PySide6.QtWidgets import QApplication

    from shopkeeper.services.shop import finish_checks, open_shop
    from shopkeeper.ui.app import build_window, make_app

    app = make_app()
    t0 = time.perf_counter()
    shop = open_shop(shop_file, defer_checks=True)  # as the window opens shops
    t1 = time.perf_counter()
    window = build_window("en", interactive=False, synchronous=True)
    window.set_shop(shop)
    window.show()
    app.processEvents()
    t2 = time.perf_counter()
    t3 = time.perf_counter()
    finish_checks(shop)  # in the app this runs in a worker while the seller works
    checks = time.perf_counter() - t3
    tab = window.tabs.widget(0)
    times = []
    for text in ("TB", "陶瓷", "#17", "zzz-no-match"):
        start = time.perf_counter()
        tab.search.setText(text)
        tab._filters_changed()
        QApplication.processEvents()
        times.append((text, (time.perf_counter() - start) * 1000))
    print(f"open_shop (lock, quick check, migrations): {t1 - t0:.2f} s")
    print(f"window with tabs shown: {t2 - t1:.2f} s  (total to a usable window {t2 - t0:.2f} s)")
    print(f"background: full integrity check + daily backup: {checks:.2f} s")
    for text, ms in times:
        print(f"orders search {text!r}: {ms:.0f} ms")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB")
    window.close()
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1])
