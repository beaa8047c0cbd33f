"""The Listings tab: search, in-place price edits, the editor, bulk edits, undo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from shopkeeper.services.listings_edit import (
    ImageDraft,
    ListingDraft,
    VariantDraft,
    load_draft,
    save_listing,
)
from shopkeeper.ui.tab_context import TabContext


@pytest.fixture
def filled(shop):
    db = shop.db
    save_listing(
        db,
        ListingDraft(
            title="亚麻连衣裙 夏季",
            status="active",
            tags="亚麻",
            variants=[
                VariantDraft(
                    sku="DR-S", values=("S", "", ""), price=12900, cost=5000, stock=5, barcode="1"
                ),
                VariantDraft(
                    sku="DR-M", values=("M", "", ""), price=12900, cost=5000, stock=5, barcode="2"
                ),
            ],
            option_names=("Size", "", ""),
            seo_title="x",
            seo_description="y",
            images=[ImageDraft("media/none.jpg", "front")],
        ),
    )
    save_listing(
        db,
        ListingDraft(
            title="Ceramic mug",
            status="draft",
            variants=[VariantDraft(sku="MUG", price=3000, cost=1000, stock=0, barcode="3")],
        ),
    )
    return shop


@pytest.fixture
def tab(qtbot, filled, runner, errors):
    from shopkeeper.ui.tabs.listings import ListingsTab

    stack = QUndoStack()
    ctx = TabContext(filled, runner, stack, errors)
    widget = ListingsTab(ctx)
    ctx.notify_changed = widget.shop_changed
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.total() == 2 and widget.checked)
    return widget


def titles(tab):
    return [tab.model.index(r, 2).data() for r in range(tab.model.rowCount())]


def price(shop, sku):
    return shop.db.execute("SELECT price FROM variants WHERE sku = ?", [sku]).fetchone()[0]


def test_tab_lists_products_and_counts_problems(tab):
    """Every listing shows with its problems; the tab title carries the problem count."""
    assert sorted(titles(tab)) == ["Ceramic mug", "亚麻连衣裙 夏季"]
    assert tab.problems  # the mug has no image and no SEO fields
    assert "(" in tab.windowTitle()


def test_search_finds_chinese_substrings(tab, qtbot):
    """Typing a Chinese substring keeps only the listings that contain it."""
    tab.search_box.setText("连衣")
    qtbot.waitUntil(lambda: titles(tab) == ["亚麻连衣裙 夏季"])
    tab.search_box.setText("mug")
    qtbot.waitUntil(lambda: titles(tab) == ["Ceramic mug"])
    tab.search_box.clear()
    qtbot.waitUntil(lambda: len(titles(tab)) == 2)


def test_status_view_and_problem_filter(tab):
    """The Draft view and the has-problems filter narrow the table."""
    tab.bar.view_buttons["draft"].click()
    assert titles(tab) == ["Ceramic mug"]
    tab.bar.view_buttons["all"].click()
    tab.has_problems.setChecked(True)
    assert "Ceramic mug" in titles(tab)


def select(tab, title):
    row = titles(tab).index(title)
    tab.table.selectRow(row)


def test_edit_variant_price_in_place_and_undo(tab, filled):
    """Typing a new price into the variants table saves it; Undo puts the old one back."""
    select(tab, "亚麻连衣裙 夏季")
    index = tab.variants.index(0, 2)  # DR-S, price
    assert index.data(Qt.ItemDataRole.EditRole) == "129.00"
    tab.variants.setData(index, "99.90")
    assert price(filled, "DR-S") == 9990
    assert tab.variants.index(0, 2).data() == "¥99.90"  # the table reloaded
    tab.ctx.undo_stack.undo()
    assert price(filled, "DR-S") == 12900
    tab.ctx.undo_stack.redo()
    assert price(filled, "DR-S") == 9990


@pytest.mark.parametrize("text", ["12.345", "-1", "abc"])
def test_bad_price_in_place_is_refused(tab, filled, monkeypatch, text):
    """A price with too many decimals, negative or not a number is refused with a message."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    select(tab, "亚麻连衣裙 夏季")
    tab.variants.setData(tab.variants.index(0, 2), text)
    assert price(filled, "DR-S") == 12900 and shown
    assert tab.ctx.undo_stack.count() == 0


def test_bulk_edit_then_undo(tab, filled, qtbot):
    """A bulk price change previews before/after, applies as one step and undoes as one."""
    from shopkeeper.ui.dialogs.listing_bulk_dialog import BulkEditDialog

    tab.table.selectAll()
    dialog = BulkEditDialog(tab, tab.selected_rows())
    qtbot.addWidget(dialog)
    dialog.price_value.setText("-10")
    dialog.ending.setCurrentText(".99")
    assert not dialog.apply_button.isEnabled()  # preview first
    dialog.preview()
    assert dialog.table.rowCount() == 3
    assert {dialog.table.item(r, 3).text() for r in range(3)} == {"¥115.99", "¥26.99"}
    dialog.apply_button.click()
    assert (price(filled, "DR-S"), price(filled, "MUG")) == (11599, 2699)
    assert tab.ctx.undo_stack.count() == 1
    tab.ctx.undo_stack.undo()
    assert (price(filled, "DR-S"), price(filled, "MUG")) == (12900, 3000)


def test_bulk_preview_names_bad_input(tab, qtbot):
    """An ending with too many decimals is named in the dialog, and Apply stays off."""
    from shopkeeper.ui.dialogs.listing_bulk_dialog import BulkEditDialog

    tab.table.selectAll()
    dialog = BulkEditDialog(tab, tab.selected_rows())
    qtbot.addWidget(dialog)
    dialog.price_value.setText("-10")
    dialog.ending.setCurrentText(".999")
    dialog.preview()
    assert "decimals" in dialog.summary.text() and not dialog.apply_button.isEnabled()


def test_editor_refuses_bad_input_inline_and_saves_good_input(tab, filled, qtbot):
    """A duplicate SKU or a bad price is shown beside the field and nothing is saved;
    fixed, Save writes one undoable change."""
    from shopkeeper.ui.dialogs.listing_editor import ListingEditor

    select(tab, "亚麻连衣裙 夏季")
    editor = ListingEditor(tab, load_draft(filled.db, tab.current_row().id))
    qtbot.addWidget(editor)
    grid = editor.grid.table
    grid.item(0, 4).setText("12.345")  # price with three decimals
    assert grid.item(0, 4).toolTip()  # marked at once
    editor.save()
    assert "decimals" in editor.error.text()
    grid.item(0, 4).setText("119.00")
    grid.item(1, 0).setText("MUG")  # another listing's SKU
    editor.save()
    assert "MUG" in editor.error.text() and editor.result() == 0
    assert price(filled, "DR-S") == 12900
    grid.item(1, 0).setText("DR-M")
    editor.title.setText("亚麻连衣裙 夏季 新款")
    editor.save()
    assert price(filled, "DR-S") == 11900
    tab.ctx.undo_stack.undo()
    assert price(filled, "DR-S") == 12900


def test_editor_shows_problems_beside_fields(tab, filled, qtbot):
    """A banned word in the title is named under the title as it is typed."""
    from shopkeeper.ui.dialogs.listing_editor import ListingEditor

    select(tab, "亚麻连衣裙 夏季")
    editor = ListingEditor(tab, load_draft(filled.db, tab.current_row().id))
    qtbot.addWidget(editor)
    editor.title.setText("最好的亚麻连衣裙")
    editor.run_checks()
    assert "最好" in editor.notes["title"].text()


def test_new_listing_with_image(tab, filled, qtbot, tmp_path):
    """A new listing with a picture copies it into the media folder and saves it."""
    from PIL import Image

    from shopkeeper.ui.dialogs.listing_editor import ListingEditor

    Image.new("RGB", (50, 50), (10, 200, 10)).save(tmp_path / "p.png")
    editor = ListingEditor(tab, ListingDraft())
    qtbot.addWidget(editor)
    editor.title.setText("Green tote")
    editor.grid.add_row(VariantDraft(sku="TOTE", price=2500))
    editor.images.add_files([tmp_path / "p.png", tmp_path / "missing.png"])
    assert "missing.png" in editor.images.message.text()
    editor.save()
    pid = filled.db.execute("SELECT id FROM products WHERE title = 'Green tote'").fetchone()[0]
    (image,) = load_draft(filled.db, pid).images
    assert image.src.startswith("media/")


def test_duplicate_and_delete_are_undoable(tab, filled, monkeypatch):
    """Duplicate adds a draft copy; delete removes listings; each is one undo step."""
    from PySide6.QtWidgets import QMessageBox

    select(tab, "Ceramic mug")
    tab.duplicate()
    assert tab.model.total() == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.table.selectAll()
    tab.delete_selected()
    assert tab.model.total() == 0
    tab.ctx.undo_stack.undo()
    assert tab.model.total() == 3


def test_models_are_sound(tab, qtmodeltester):
    """The products and variants models follow Qt's model rules."""
    qtmodeltester.check(tab.model)
    select(tab, "亚麻连衣裙 夏季")
    qtmodeltester.check(tab.variants)


def test_pricing_helper_sets_a_price(tab, filled, qtbot):
    """The pricing helper's cost-plus price can be applied to the variant (undoably)."""
    from shopkeeper.ui.dialogs.listing_pricing_dialog import PricingDialog

    select(tab, "亚麻连衣裙 夏季")
    dialog = PricingDialog(tab, tab.current_row())
    qtbot.addWidget(dialog)
    dialog.target.setValue(50)
    assert dialog.cost_plus_price == 10000  # cost 50.00 at a 50% margin, no fees
    dialog.use_cost_plus.click()
    assert price(filled, "DR-S") == 10000
    tab.ctx.undo_stack.undo()
    assert price(filled, "DR-S") == 12900


def test_listing_settings_change_margins_and_checks_undoably(tab, filled, qtbot):
    """Setting Taobao's fee lowers the margin shown; a bad fixed fee is refused; undo works."""
    from shopkeeper.ui.dialogs.listing_settings_dialog import ListingSettingsDialog

    dialog = ListingSettingsDialog(tab)
    qtbot.addWidget(dialog)
    check, percent, fixed, limit = dialog.rows["taobao"]
    fixed.setText("1.234")
    dialog.save()
    assert "decimals" in dialog.error.text()
    fixed.setText("0")
    percent.setValue(10)
    dialog.allowed.setPlainText("最好")
    dialog.save()
    row = next(r for r in tab.catalogue.rows if r.title == "亚麻连衣裙 夏季")
    assert row.margin_bp == 5124  # (129.00 - 50.00 - 12.90) / 129.00
    tab.ctx.undo_stack.undo()
    row = next(r for r in tab.catalogue.rows if r.title == "亚麻连衣裙 夏季")
    assert row.margin_bp == 6124


def test_listing_settings_service_round_trip(shop):
    """Saved listing settings read back the same, as one change."""
    from shopkeeper.services import listings_settings
    from shopkeeper.services.channels import ChannelFees

    values = listings_settings.load(shop.db)
    values.channels["etsy"].fees = ChannelFees(650, 20)
    values.channels["ebay"].title_limit = 70
    values.check_channels = ["ebay", "etsy"]
    values.banned_allowed = ["第一次"]
    change = listings_settings.save(shop.db, values)
    again = listings_settings.load(shop.db)
    assert again.channels["etsy"].fees == ChannelFees(650, 20)
    assert again.channels["ebay"].title_limit == 70
    assert (again.check_channels, again.banned_allowed) == (["ebay", "etsy"], ["第一次"])
    assert change.id is not None
    values.lead_time_days = 999
    with pytest.raises(ValueError):
        listings_settings.save(shop.db, values)


def test_open_item_by_sku_selects_listing_and_variant(tab):
    """Today's link to a SKU shows its listing with that variant selected."""
    tab.search_box.setText("mug")
    tab.apply_filter()
    tab.open_item("DR-M")
    assert tab.current_row().title == "亚麻连衣裙 夏季"
    assert tab.variant_table.selected_rows() == [1]


def test_pricing_helper_competitor_prices(tab, filled, qtbot):
    """Competitor prices are added (bad input named), suggest a price, and can be removed."""
    from shopkeeper.ui.dialogs.listing_pricing_dialog import PricingDialog

    select(tab, "亚麻连衣裙 夏季")
    dialog = PricingDialog(tab, tab.current_row())
    qtbot.addWidget(dialog)
    dialog.new_competitor.setText("Shop X")
    dialog.new_price.setText("99.999")
    dialog.add_competitor_price()
    assert "decimals" in dialog.message.text() and dialog.table.rowCount() == 0
    for name, text in (("Shop X", "119.00"), ("Shop Y", "139.00"), ("Shop Z", "99.00")):
        dialog.new_competitor.setText(name)
        dialog.new_price.setText(text)
        dialog.add_competitor_price()
    assert dialog.table.rowCount() == 3
    assert dialog.competition_price == 11900  # the median
    dialog.table.setCurrentCell(0, 0)
    dialog.remove_competitor_price()
    assert dialog.table.rowCount() == 2
    tab.ctx.undo_stack.undo()
    dialog.update_all()
    assert dialog.table.rowCount() == 3


def test_answers_after_the_shop_closed_are_dropped(tab, filled):
    """A late load or check (the window closed the shop meanwhile) changes nothing."""
    generation = tab.generation
    filled.close()
    tab._checked(generation, [])
    tab._loaded(generation, (tab.catalogue, 1000))
    tab.apply_filter()
    tab._selection_changed()
    assert tab.model.total() == 2
