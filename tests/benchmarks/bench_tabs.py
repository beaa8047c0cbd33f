"""The tab platform on the large shop (not a test):

    python tests/benchmarks/bench_tabs.py /tmp/large.db

- opening the shop to a usable window, with every tab registered (only the visible
  one loads);
- switching to each tab whose data is stale: time to first paint (the switch and one
  event-loop turn) and time until its data is shown (its worker finished);
- undo and redo of a 10,000-row change;
- which heavy modules were imported before any tab beyond the first was shown.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HEAVY = ("matplotlib", "holidays", "icalendar", "openpyxl", "scipy")


def _ms(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:.0f} ms"


def main(source: str) -> None:
    home = tempfile.mkdtemp()
    os.environ["SHOPKEEPER_HOME"] = home
    shop_file = Path(home) / "large.shop.db"
    shutil.copyfile(source, shop_file)

    from shopkeeper.services.shop import open_shop
    from shopkeeper.ui.app import build_window, make_app

    app = make_app()
    start = time.perf_counter()
    shop = open_shop(shop_file, defer_checks=True)
    window = build_window("en", interactive=False, synchronous=False)
    window.set_shop(shop)
    window.show()
    app.processEvents()
    print(f"open to a usable window ({window.tabs.count()} tabs): {_ms(start)}")
    while window.runner.busy:
        app.processEvents()
    print(f"  first tab's data shown: {_ms(start)}")
    print("  heavy modules loaded at start:", [m for m in HEAVY if m in sys.modules] or "none")

    for index in range(window.tabs.count()):
        if index == window.tabs.currentIndex():
            continue
        tab = window.tabs.widget(index)
        start = time.perf_counter()
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        paint = _ms(start)
        while window.runner.busy:
            app.processEvents()
            time.sleep(0.001)
        print(f"switch to {tab.windowTitle()}: first paint {paint}, data shown {_ms(start)}")

    from shopkeeper.services import changes
    from shopkeeper.services.changes import recording

    db = shop.db
    ids = [r[0] for r in db.execute("SELECT id FROM variants ORDER BY id LIMIT 10000")]
    start = time.perf_counter()
    with recording(db, "Bench: 10k prices") as rec:
        rec.update_many("variants", [(i, {"price": 999}) for i in ids])
    print(f"write and record a 10,000-row change: {_ms(start)}")
    start = time.perf_counter()
    changes.undo(db, rec.change)
    print(f"undo it: {_ms(start)}")
    start = time.perf_counter()
    changes.redo(db, rec.change)
    print(f"redo it: {_ms(start)}")
    window.close()
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1])
