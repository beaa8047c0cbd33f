"""The tab platform on the large shop (not a test):

    python tests/benchmarks/bench_tabs.py /tmp/large.db

Opens a copy of the shop twice, each time in a fresh process: first as a shop never
opened before (its caches cold: KPI rollups to compute, listings never checked), then
as the seller meets it every day after (the caches the first visit kept). Each time:

- opening the shop to a usable window, with every tab registered (only the visible
  one loads), and when each of the first tab's workers had its answer shown;
- switching to each tab whose data is stale: time to first paint (the switch and one
  event-loop turn), when its first and its last worker had their answers shown, and
  each worker's time; a tab is measured alone (work another tab started late, such as
  the Listings checker a quarter second after its rows, is waited for first);
- undo and redo of a 10,000-row change (second run);
- which heavy modules were imported before any tab beyond the first was shown.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HEAVY = ("matplotlib", "holidays", "icalendar", "openpyxl", "scipy")
QUIET_MS = 400  # idle time that counts as "nothing more is coming"


def _ms(start: float, end: float | None = None) -> str:
    return f"{((end or time.perf_counter()) - start) * 1000:.0f} ms"


class JobLog:
    """Every job the window's runner starts: its title, its tab, when its answer was shown."""

    def __init__(self, runner) -> None:
        self.jobs: list[dict] = []
        original = runner.run

        def run(fn, **kwargs):
            job = original(fn, **kwargs)
            record = {"title": kwargs.get("title", ""), "tab": _tab_of(kwargs.get("parent"))}
            record["start"] = time.perf_counter()
            job.done.connect(lambda: record.setdefault("end", time.perf_counter()))
            self.jobs.append(record)
            return job

        runner.run = run

    def since(self, mark: int) -> list[dict]:
        return self.jobs[mark:]


def _tab_of(widget):
    from shopkeeper.ui.tabs.base import ShopTab

    while widget is not None and not isinstance(widget, ShopTab):
        widget = widget.parentWidget()
    return widget.key if widget is not None else ""


def _settle(app, runner, probe=None) -> None:
    """Process events until the runner has been idle for QUIET_MS (calling ``probe``)."""
    idle_since = None
    while True:
        app.processEvents()
        if probe is not None:
            probe()
        if runner.busy:
            idle_since = None
        elif idle_since is None:
            idle_since = time.perf_counter()
        elif time.perf_counter() - idle_since > QUIET_MS / 1000:
            return
        time.sleep(0.001)


def _sections_shown(tab, shown: dict[str, float]) -> None:
    """When each of the Today tab's sections first showed something else than Loading."""
    for key, box in getattr(tab, "sections", {}).items():
        item = box.list.item(0)
        if key not in shown and item is not None and item.text() != "Loading…":
            shown[key] = time.perf_counter()


def _report(jobs: list[dict], key: str, start: float) -> str:
    mine = [j for j in jobs if j["tab"] == key and "end" in j]
    if not mine:
        return "no worker"
    ends = sorted(j["end"] for j in mine)
    parts = [f"first answer shown {_ms(start, ends[0])}, all {_ms(start, ends[-1])}"]
    parts += [f"    {j['title']} shown at {_ms(start, j['end'])}" for j in mine]
    others = [j for j in jobs if j["tab"] != key]
    parts += [f"    (meanwhile, another tab's {j['title']!r})" for j in others]
    return "\n".join(parts)


def run_once(shop_file: str, undo: bool) -> None:
    from shopkeeper.services.shop import open_shop
    from shopkeeper.ui.app import build_window, make_app

    app = make_app()
    start = time.perf_counter()
    shop = open_shop(shop_file, defer_checks=True)
    window = build_window("en", interactive=False, synchronous=False)
    log = JobLog(window.runner)
    window.set_shop(shop)
    window.show()
    app.processEvents()
    print(f"open to a usable window ({window.tabs.count()} tabs): {_ms(start)}")
    first = window.tabs.currentWidget()
    shown: dict[str, float] = {}
    _settle(app, window.runner, lambda: _sections_shown(first, shown))
    print(f"  {first.windowTitle()}: {_report(log.jobs, first.key, start)}")
    if shown:
        tab_open = min(j["start"] for j in log.jobs if j["tab"] == first.key)
        print(
            f"  {first.windowTitle()}'s sections shown (from the tab's first worker): "
            + ", ".join(f"{key} {_ms(tab_open, at)}" for key, at in shown.items())
        )
    print("  heavy modules loaded at start:", [m for m in HEAVY if m in sys.modules] or "none")

    for index in range(window.tabs.count()):
        if index == window.tabs.currentIndex():
            continue
        tab = window.tabs.widget(index)
        mark = len(log.jobs)
        start = time.perf_counter()
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        paint = _ms(start)
        _settle(app, window.runner)
        report = _report(log.since(mark), tab.key, start)
        print(f"switch to {tab.windowTitle()}: first paint {paint}, {report}")

    if undo:
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


def main(source: str) -> None:
    home = tempfile.mkdtemp()
    shop_file = Path(home) / "large.shop.db"
    shutil.copyfile(source, shop_file)
    env = {**os.environ, "SHOPKEEPER_HOME": home}
    try:
        for label, undo in (("first open (caches cold)", False), ("next open", True)):
            print(f"== {label}; load average {os.getloadavg()[0]:.2f}", flush=True)
            subprocess.run(
                [sys.executable, __file__, "--once", str(shop_file), *(["--undo"] if undo else [])],
                env=env,
                check=True,
            )
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1] == "--once":
        run_once(sys.argv[2], undo="--undo" in sys.argv)
    else:
        main(sys.argv[1])
