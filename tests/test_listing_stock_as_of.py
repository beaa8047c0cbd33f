"""Stock "as of": a listing import or the seller's edit sets the count and its date; orders
placed after that date take units off the stock shown, marked as an estimate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from test_listings import make

from shopkeeper.services import changes
from shopkeeper.services.exchange.importing import ImportRequest, commit_import, plan_import
from shopkeeper.services.listings import ListingFilter, filter_rows, load_catalogue, load_variants
from shopkeeper.services.listings_bulk import apply_plan, plan_stock
from shopkeeper.services.listings_edit import load_draft, save_listing, set_variant_field
from shopkeeper.ui.models.listings_model import STOCK, V_STOCK
from shopkeeper.ui.tab_context import TabContext

COUNTED = "2026-03-01T12:00:00"


def _order(db, number, placed_at, sku, quantity, status="paid"):
    order = db.execute(
        "INSERT INTO orders(order_no, placed_at, status) VALUES (?, ?, ?)",
        [number, placed_at, status],
    ).lastrowid
    db.execute(
        "INSERT INTO order_items(order_id, variant_id, sku, quantity, unit_price)"
        " VALUES (?, (SELECT id FROM variants WHERE sku = ?), ?, ?, 100)",
        [order, sku, sku, quantity],
    )
    db.conn.commit()


@pytest.fixture
def counted(shop):
    """A mug counted at 10 on 1 March, sold after (and before) that."""
    db = shop.db
    mug = make(db, "Ceramic mug", ("MUG-1",), stock=10)
    with db.conn:
        db.execute("UPDATE variants SET stock_as_of = ?", [COUNTED])
    _order(db, "before", "2026-02-27T09:00:00", "MUG-1", 5)  # already in the count
    _order(db, "after-1", "2026-03-02T09:00:00", "MUG-1", 2)
    _order(db, "after-2", "2026-03-05T09:00:00", "MUG-1", 1, status="unpaid")
    _order(db, "cancelled", "2026-03-06T09:00:00", "MUG-1", 4, status="cancelled")
    return mug


def test_orders_placed_after_the_count_reduce_the_stock_shown(shop, counted):
    """10 counted, 3 ordered since (a cancelled order and earlier orders do not count): ≈7."""
    (row,) = load_catalogue(shop.db).rows
    assert (row.stock, row.stock_estimated) == (7, True)
    (variant,) = load_variants(shop.db, counted)
    assert (variant.stock, variant.stock_estimated) == (7, True)


def test_a_count_with_no_orders_since_is_exact(shop):
    """No order since the count: the stock shows as it is, not as an estimate."""
    make(shop.db, "Tote", ("TOTE",), stock=4)
    (row,) = load_catalogue(shop.db).rows
    assert (row.stock, row.stock_estimated) == (4, False)


def test_low_stock_and_days_of_cover_use_the_estimate(shop, counted):
    """A reorder point of 8 is passed by the estimate (≈7), not by the stored count (10)."""
    with shop.db.conn:
        shop.db.execute("UPDATE variants SET reorder_point = 8")
    (row,) = filter_rows(load_catalogue(shop.db).rows, ListingFilter(low_stock=True), None)
    assert row.id == counted and load_variants(shop.db, counted)[0].low_stock


@pytest.mark.parametrize("how", ["cell", "editor", "bulk"])
def test_setting_the_stock_makes_it_exact_again(shop, counted, how):
    """A count the seller sets (cell, editor or bulk edit) is the count as of now."""
    db = shop.db
    vid = db.execute("SELECT id FROM variants").fetchone()[0]
    if how == "cell":
        change = set_variant_field(db, vid, "stock", "6", 2)
    elif how == "editor":
        draft = load_draft(db, counted)
        draft.variants[0].stock = 6
        change = save_listing(db, draft)
    else:
        change = apply_plan(db, plan_stock(db, [vid], 6))
    (row,) = load_catalogue(db).rows
    assert (row.stock, row.stock_estimated) == (6, False)
    changes.undo(db, change)  # and undo brings back the old count and its date
    (row,) = load_catalogue(db).rows
    assert (row.stock, row.stock_estimated) == (7, True)


def test_editing_other_fields_keeps_the_count_date(shop, counted):
    """Changing the price in the editor does not pretend the stock was counted."""
    db = shop.db
    draft = load_draft(db, counted)
    draft.variants[0].price = 12000
    save_listing(db, draft)
    assert db.execute("SELECT stock_as_of FROM variants").fetchone() == (COUNTED,)


def test_listing_import_sets_the_count_and_its_date(shop, tmp_path):
    """An imported stock count is dated; orders placed later reduce it."""
    db = shop.db
    source = tmp_path / "listings.csv"
    source.write_text(
        "Handle,Title,Variant SKU,Variant Price,Variant Inventory Qty\n"
        "mug,Ceramic mug,MUG-1,45.00,12\n",
        encoding="utf-8",
    )
    commit_import(db, plan_import(db, ImportRequest("listings", source)))
    (as_of,) = db.execute("SELECT stock_as_of FROM variants WHERE sku = 'MUG-1'").fetchone()
    assert as_of is not None
    _order(db, "later", "2999-01-01T00:00:00", "MUG-1", 5)
    (row,) = load_catalogue(db).rows
    assert (row.stock, row.stock_estimated) == (7, True)


def test_listings_table_marks_the_estimate(qtbot, shop, counted, runner, errors):
    """The Stock cell reads ≈7 with a tooltip that says it is an estimate."""
    from shopkeeper.ui.tabs.listings import ListingsTab

    tab = ListingsTab(TabContext(shop, runner, QUndoStack(), errors))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.total() == 1)
    cell = tab.model.index(0, STOCK)
    assert cell.data() == "≈7"
    assert "estimate" in cell.data(Qt.ItemDataRole.ToolTipRole)
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.variants.rowCount() == 1)
    assert tab.variants.index(0, V_STOCK).data() == "≈7"


def test_editor_explains_the_estimate_on_the_stock_cell(qtbot, shop, counted, runner, errors):
    """The editor keeps the counted 10 and says ≈7 are left after the orders since."""
    from shopkeeper.ui.dialogs.listing_editor import ListingEditor
    from shopkeeper.ui.tabs.listings import ListingsTab
    from shopkeeper.ui.widgets.listing_variants_grid import STOCK as GRID_STOCK

    tab = ListingsTab(TabContext(shop, runner, QUndoStack(), errors))
    qtbot.addWidget(tab)
    editor = ListingEditor(tab, load_draft(shop.db, counted))
    qtbot.addWidget(editor)
    cell = editor.grid.table.item(0, GRID_STOCK)
    assert cell.text() == "10"
    assert "2026-03-01 12:00" in cell.toolTip() and "≈7" in cell.toolTip()
