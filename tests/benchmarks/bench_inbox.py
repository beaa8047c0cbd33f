"""The Inbox on the large reference shop (20k tickets, 80k messages): not a test.

    python tests/benchmarks/bench_inbox.py /tmp/large.db

Works on a copy. Times: the m008_inbox migration when the copy predates it, opening
the Inbox tab until its first folder is listed (targets: under 300 ms), switching
folders, opening a ticket, and full-text searches over subjects and every message,
Chinese included (target: under 100 ms), in the service and through the tab.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import time
from pathlib import Path

from bench_shop import copy_into_temp_home

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEARCHES = ("快递", "尺码偏小", "parcel", "refund", "TB00012", "zzz-no-match")


def timed(fn, repeat: int = 5) -> tuple[float, object]:
    """Median milliseconds of ``repeat`` runs, and the last result."""
    runs, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs), result


def main(source: str) -> None:
    home, shop_file = copy_into_temp_home(source)
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from shopkeeper.services import tickets_query
    from shopkeeper.services.shop import open_shop
    from shopkeeper.store.migrations import migrations
    from shopkeeper.ui.background import BackgroundRunner
    from shopkeeper.ui.error_handler import ErrorHandler
    from shopkeeper.ui.tab_context import TabContext
    from shopkeeper.ui.tabs.inbox import InboxTab

    app = QApplication([])
    start = time.perf_counter()
    shop = open_shop(shop_file, defer_checks=True)
    print(f"open_shop (incl. pending migrations): {time.perf_counter() - start:.2f} s")
    assert "m008_inbox" in {m.name for m in migrations.applied(shop.db)}
    db = shop.db
    tickets, messages = (
        db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("tickets", "ticket_messages")
    )
    print(f"{tickets:,} tickets, {messages:,} messages")

    errors = ErrorHandler(interactive=False)
    runner = BackgroundRunner(errors, synchronous=True, quiet=True)
    opens = []
    for _ in range(5):
        start = time.perf_counter()
        tab = InboxTab(TabContext(shop, runner, QUndoStack(), errors))
        tab.resize(1500, 850)
        tab.show()  # the first show loads the Open folder and opens its first ticket
        app.processEvents()
        opens.append((time.perf_counter() - start) * 1000)
        assert tab.model.total() > 0
        tab.close()
    print(
        f"Inbox opens (build, list Open, show first ticket): median "
        f"{statistics.median(opens):.0f} ms, runs {[round(x) for x in opens]}"
    )

    tab = InboxTab(TabContext(shop, runner, QUndoStack(), errors))
    tab.show()
    app.processEvents()
    for folder in ("all", "resolved", "overdue", "kind:complaint", "open"):
        tab.folders.select(folder)
        ms, _ = timed(lambda: (tab.refresh(), app.processEvents()), 3)
        print(f"folder {folder:<15} {tab.model.total():>6,} tickets  {ms:6.0f} ms")
    first = tab.model.index(0, 0).data(Qt_ID_ROLE())
    ms, _ = timed(lambda: tab._show_ticket(first))
    print(f"open one ticket (thread, side panel, history): {ms:.1f} ms")

    print("search over subjects, numbers and messages (service, all tickets):")
    for text in SEARCHES:
        ms, found = timed(lambda t=text: tickets_query.ticket_ids(db, "all", t))
        print(f"  {text!r:<16} {len(found):>6,} tickets  {ms:6.1f} ms")
    print("search through the tab, as typing does once the debounce ends (ids, first rows,")
    print("first match opened):")
    tab.folders.select("all")
    for text in SEARCHES:

        def run(t=text):
            tab.bar.search.setText(t)
            tab.bar.debounce.stop()
            tab.bar.changed.emit()
            app.processEvents()

        ms, _ = timed(run, 3)
        print(f"  {text!r:<16} {tab.model.total():>6,} tickets  {ms:6.1f} ms")
    shop.close()
    shutil.rmtree(home, ignore_errors=True)


def Qt_ID_ROLE():  # noqa: N802 - imported late, after QApplication exists
    from shopkeeper.ui.models.row_table_model import ID_ROLE

    return ID_ROLE


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/large.db")
