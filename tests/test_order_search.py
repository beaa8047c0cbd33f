"""Orders search through the FTS5 index: the same answers as the scans, before and after
the index is refreshed, for new and changed orders, and for two-character Chinese."""

from __future__ import annotations

import pytest
from test_orders_service import db  # noqa: F401 - the seven-order fixture shop

from shopkeeper.services import order_search
from shopkeeper.services.orders import VIEWS, OrderFilter, count_by_view, find_orders

QUERIES = [
    ("TB100", [7, 2, 1]),
    ("sh1004", [4]),
    ("陶瓷", [5, 1]),
    ("马克杯", [5, 1]),
    ("青花", [6]),
    ("emily@example", [4, 3]),
    ("李娜", [6, 5]),
    ("13800138", [2, 1]),
    ("CUP-01", [5, 1]),
    ("celadon", [7, 3]),
    ("TB100_", []),
    ("100%", []),
    ("mu", [7, 3]),  # too short for the index: its documents are read
    ("杯", [5, 1]),
    ("SH", [4, 3]),
    ("%", []),
]


def ids(db, text):  # noqa: F811
    return [row.id for row in find_orders(db, OrderFilter(text=text))]


@pytest.mark.parametrize(("text", "expected"), QUERIES)
def test_indexed_search_gives_the_same_orders_as_the_scans(db, text, expected):  # noqa: F811
    """Before and after the index is built, a search finds exactly the same orders."""
    assert ids(db, text) == expected
    assert order_search.refresh(db) == 7
    assert order_search.pending(db) == 0
    assert ids(db, text) == expected


@pytest.mark.parametrize("text", [text for text, _ in QUERIES])
def test_view_counts_of_a_search_are_its_orders_in_each_view(db, text):  # noqa: F811
    """Each view button counts the orders the search lists in that view, before and
    after the index is built."""

    def listed() -> dict[str, int]:
        return {view: len(find_orders(db, OrderFilter(text=text, view=view))) for view in VIEWS}

    expected = listed()
    assert count_by_view(db, text=text) == expected
    order_search.refresh(db)
    assert listed() == expected
    assert count_by_view(db, text=text) == expected


def test_a_line_moved_from_a_new_order_to_an_indexed_one_is_found_once(db):  # noqa: F811
    """An order both new and queued as changed is listed and counted once."""
    order_search.refresh(db)
    with db.conn:
        db.execute(
            "INSERT INTO orders(id, order_no, channel, placed_at, status) "
            "VALUES (8, 'NEW-900', 'shop', '2025-04-01T10:00:00', 'paid')"
        )
        db.conn.executemany(
            "INSERT INTO order_items(order_id, line_no, sku, title, quantity, unit_price) "
            "VALUES (8, ?, ?, 'Oolong tin', 1, 100)",
            [(1, "TIN-1"), (2, "TIN-2")],
        )
        db.execute("UPDATE order_items SET order_id = 2 WHERE sku = 'TIN-2'")
    for _ in range(2):  # before and after the refresh, which indexes it once
        assert ids(db, "Oolong") == [8, 2]
        assert ids(db, "TIN-2") == [2]
        assert count_by_view(db, text="Oolong")["all"] == 2
        order_search.refresh(db)
    assert order_search.pending(db) == 0


def test_a_short_search_still_leaves_platform_ids_out(db):  # noqa: F811
    """One or two characters never matched a customer's platform id, and still do not,
    before or after the index is built; three or more do, as before."""
    with db.conn:
        db.execute("UPDATE customers SET platform_id = 'zq-77' WHERE id = 1")
    for _ in range(2):
        assert ids(db, "zq") == [] and ids(db, "z") == []
        assert count_by_view(db, text="zq")["all"] == 0
        assert ids(db, "zq-7") == [2, 1]
        order_search.refresh(db)


def test_orders_added_after_indexing_are_found_before_the_next_refresh(db):  # noqa: F811
    """A new order is found at once (scanned), and by the index after a refresh."""
    order_search.refresh(db)
    with db.conn:
        db.execute(
            "INSERT INTO orders(id, order_no, channel, placed_at, status) "
            "VALUES (8, 'NEW-900', 'shop', '2025-04-01T10:00:00', 'paid')"
        )
        db.execute(
            "INSERT INTO order_items(order_id, line_no, sku, title, quantity, unit_price) "
            "VALUES (8, 1, 'TEA-9', '白茶饼', 1, 100)"
        )
    assert order_search.pending(db) == 1
    assert ids(db, "NEW-9") == [8] and ids(db, "白茶") == [8]
    order_search.refresh(db)
    assert order_search.pending(db) == 0
    assert ids(db, "NEW-9") == [8] and ids(db, "白茶") == [8]


def test_changed_customers_and_lines_are_searched_by_their_new_text(db):  # noqa: F811
    """After a rename the old name no longer matches and the new one does, at once."""
    order_search.refresh(db)
    with db.conn:
        db.execute("UPDATE customers SET name = '赵六六' WHERE id = (SELECT customer_id "
                   "FROM orders WHERE id = 6)")  # fmt: skip
        db.execute("UPDATE order_items SET title = 'Porcelain bowl' WHERE order_id = 3")
    assert ids(db, "赵六六") == [6, 5]
    assert ids(db, "李娜") == []
    assert ids(db, "porcelain") == [3]
    order_search.refresh(db)
    assert ids(db, "赵六六") == [6, 5] and ids(db, "porcelain") == [3]


def test_deleted_orders_leave_the_index(db):  # noqa: F811
    """A deleted order is not found, before or after the refresh."""
    order_search.refresh(db)
    with db.conn:
        db.execute("DELETE FROM order_items WHERE order_id = 4")
        db.execute("DELETE FROM refunds WHERE order_id = 4")
        db.execute("DELETE FROM orders WHERE id = 4")
    assert ids(db, "sh1004") == []
    order_search.refresh(db)
    assert ids(db, "sh1004") == []


def test_cjk_bigrams():
    """Chinese runs become overlapping two-character words; other text is left out."""
    assert order_search.bigrams("手工陶瓷 mug 青花") == "手工 工陶 陶瓷 青花"
