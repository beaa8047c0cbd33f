"""Orders search: an FTS5 trigram index instead of six ``LIKE '%x%'`` scans.

One document per order holds what the Orders search box looks through: the order
number, its customer's name, email, phone and platform id, and its lines' SKUs and
titles. A trigram index answers any substring of three or more characters; Chinese
words are often two characters, so CJK runs are also indexed as overlapping bigrams
(茶杯套装 -> 茶杯 杯套 套装) in a second table, which answers two-character queries.
Shorter queries keep the plain scans.

Index maintenance stays out of the import's critical path. New orders are indexed
by ``refresh`` afterwards (in the background, or before a search), not inside the
import's transaction. Until then the search stays complete: orders past the indexed
id (``order_search_state.upto``), and indexed orders that changed since (queued in
``order_search_dirty`` by triggers, migration m005), are matched with the scans,
which then only look at those few orders.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable

from sqlite_utils import Database

log = logging.getLogger(__name__)
CHUNK = 20_000  # orders indexed per statement batch
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]+")
_DOCS_SQL = """
    SELECT o.id, o.order_no, coalesce(c.name, ''), coalesce(c.email, ''),
           coalesce(c.phone, ''), coalesce(c.platform_id, ''),
           (SELECT group_concat(coalesce(i.sku, '') || ' ' || coalesce(i.title, ''), char(10))
              FROM order_items i WHERE i.order_id = o.id)
    FROM orders o LEFT JOIN customers c ON c.id = o.customer_id
"""


def available(db: Database) -> bool:
    return "order_search" in db.table_names()


def bigrams(text: str) -> str:
    """Overlapping two-character words of the CJK runs in ``text``, space separated."""
    words = []
    for run in _CJK.findall(text):
        words.extend(run[i : i + 2] for i in range(max(1, len(run) - 1)))
    return " ".join(words)


def _document(row: tuple) -> str:
    return "\n".join(part for part in row[1:] if part)


def pending(db: Database) -> int:
    """How many orders the index does not answer for yet (new or changed since)."""
    upto = db.execute("SELECT upto FROM order_search_state").fetchone()[0]
    new = db.execute("SELECT count(*) FROM orders WHERE id > ?", [upto]).fetchone()[0]
    return new + db.execute("SELECT count(*) FROM order_search_dirty").fetchone()[0]


def refresh(db: Database, progress: Callable[[int, int], None] | None = None) -> int:
    """Index the orders added or changed since the last refresh; returns how many.

    Each batch is its own short transaction, so a window's writes are never held up
    for long and a refresh that is stopped keeps what it did.
    """
    if not available(db):
        return 0
    done, total = 0, pending(db)
    conn = db.conn
    while True:
        with conn:
            dirty = [r[0] for r in conn.execute(
                "SELECT order_id FROM order_search_dirty LIMIT ?", [CHUNK])]  # fmt: skip
            if dirty:
                marks = ",".join("?" * len(dirty))
                for table in ("order_search", "order_search_cjk"):
                    conn.execute(f"DELETE FROM {table} WHERE rowid IN ({marks})", dirty)
                # An order past ``upto`` can be queued too (a line moved out of it); the
                # pass below indexes it, and a second insert of its rowid would fail.
                rows = conn.execute(
                    f"{_DOCS_SQL} WHERE o.id IN ({marks})"
                    " AND o.id <= (SELECT upto FROM order_search_state)",
                    dirty,
                ).fetchall()
                conn.execute(f"DELETE FROM order_search_dirty WHERE order_id IN ({marks})", dirty)
            else:
                upto = conn.execute("SELECT upto FROM order_search_state").fetchone()[0]
                rows = conn.execute(
                    f"{_DOCS_SQL} WHERE o.id > ? ORDER BY o.id LIMIT ?", [upto, CHUNK]
                ).fetchall()
                if not rows:
                    return done
                conn.execute("UPDATE order_search_state SET upto = ?", [rows[-1][0]])
            _insert(conn, rows)
        done += len(dirty) if dirty else len(rows)
        if progress:
            progress(done, total)


def _insert(conn, rows: list[tuple]) -> None:
    docs = [(row[0], _document(row)) for row in rows]
    conn.executemany("INSERT INTO order_search(rowid, doc) VALUES (?, ?)", docs)
    cjk = [(rowid, words) for rowid, doc in docs if (words := bigrams(doc))]
    conn.executemany("INSERT INTO order_search_cjk(rowid, doc) VALUES (?, ?)", cjk)


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def matching_ids(text: str) -> tuple[str, list] | None:
    """A SELECT of the ids (column ``id``) of the orders whose document contains
    ``text``, each order at most once, with its parameters; None when the index cannot
    answer (one character, or two that are not Chinese, Japanese or Korean), and the
    caller scans instead.

    Orders the index does not cover yet are scanned, so the answer is complete. The
    three parts never overlap (indexed and unchanged; past ``upto``; queued as changed
    up to ``upto``), so the SELECT can drive a join: a broad query then costs one
    lookup per matching order instead of building a set of them first (issue 8).
    """
    text = text.strip()
    cjk_pair = len(text) == 2 and _CJK.fullmatch(text)
    if len(text) < 3 and not cjk_pair:
        return None
    table = "order_search_cjk" if cjk_pair else "order_search"
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    scan = (
        "(p.order_no LIKE ? ESCAPE '\\'"
        " OR EXISTS (SELECT 1 FROM customers c2 WHERE c2.id = p.customer_id AND"
        "  (c2.name LIKE ? ESCAPE '\\' OR c2.email LIKE ? ESCAPE '\\'"
        "   OR c2.phone LIKE ? ESCAPE '\\' OR c2.platform_id LIKE ? ESCAPE '\\'))"
        " OR EXISTS (SELECT 1 FROM order_items i2 WHERE i2.order_id = p.id AND"
        "  (i2.sku LIKE ? ESCAPE '\\' OR i2.title LIKE ? ESCAPE '\\')))"
    )
    upto = "(SELECT upto FROM order_search_state)"
    sql = (
        f"SELECT rowid AS id FROM {table} WHERE {table} MATCH ? AND rowid <= {upto}"
        f"  AND rowid NOT IN (SELECT order_id FROM order_search_dirty)"
        f" UNION ALL SELECT p.id FROM orders p WHERE p.id > {upto} AND {scan}"
        f" UNION ALL SELECT p.id FROM order_search_dirty d CROSS JOIN orders p ON p.id = d.order_id"
        f"  WHERE d.order_id <= {upto} AND {scan}"
    )
    return sql, [_phrase(text), *[like] * 14]


def refresh_in_background(db: Database) -> int:
    """``refresh`` for a worker after a shop opens: a read-only or busy shop is left for
    the next time (searches stay complete meanwhile); returns how many were indexed."""
    try:
        return refresh(db)
    except sqlite3.OperationalError as exc:  # read-only file or folder, or a long lock
        log.info("orders search index not refreshed: %s", exc)
        return 0
