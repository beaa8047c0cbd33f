"""The Listings tab opens with the newest listings at once and the rest right after."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from test_listings import make

from shopkeeper.services.listings import load_catalogue
from shopkeeper.ui.tab_context import TabContext


@pytest.fixture
def many(shop):
    db = shop.db
    for n in range(12):
        make(db, f"Listing {n:02d}", (f"SKU-{n}-A", f"SKU-{n}-B"), stock=n)
    with db.conn:
        db.execute("UPDATE variants SET stock_as_of = '2026-01-01T00:00:00' WHERE sku LIKE '%-A'")
        db.execute(
            "INSERT INTO orders(id, order_no, placed_at, status)"
            " VALUES (1, 'o1', date('now'), 'paid')"
        )
        db.execute(
            "INSERT INTO order_items(order_id, variant_id, sku, quantity, unit_price)"
            " SELECT 1, id, sku, 1, 100 FROM variants"
        )
    return shop


def test_first_screenful_has_the_same_rows_as_the_full_catalogue(many):
    """The first rows shown are the newest listings, with the same sums as later."""
    full = load_catalogue(many.db)
    page = load_catalogue(many.db, first=5)
    assert not page.complete and full.complete
    assert page.rows == full.rows[:5]
    assert any(r.stock_estimated for r in page.rows)  # estimates and sales counted too
    assert all(r.days_of_cover is not None for r in page.rows)


def test_first_screenful_arriving_after_everything_is_ignored(qtbot, many, runner, errors):
    """A late first page never replaces the whole catalogue already on screen."""
    from shopkeeper.ui.tabs.listings import ListingsTab

    tab = ListingsTab(TabContext(many, runner, QUndoStack(), errors))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.total() == 12 and tab.catalogue.complete)
    tab._first_page(tab.generation, (load_catalogue(many.db, first=3), 1000))
    assert tab.model.total() == 12 and tab.catalogue.complete


def test_first_screenful_shows_while_the_rest_loads(qtbot, many, runner, errors):
    """The first page fills the table and says the rest is loading; then all rows come."""
    from shopkeeper.ui.tabs.listings import ListingsTab

    tab = ListingsTab(TabContext(many, runner, QUndoStack(), errors))
    qtbot.addWidget(tab)
    tab._first_page(tab.generation, (load_catalogue(many.db, first=3), 1000))
    assert tab.model.total() == 3
    assert "loading the rest" in tab.summary.text()
    tab.show()
    qtbot.waitUntil(lambda: tab.model.total() == 12 and tab.catalogue.complete)
