"""Listings validation and price messages: English for the CLI, 简体中文 in the Chinese UI."""

import pytest
from PySide6.QtGui import QUndoStack

from shopkeeper.services.listings_edit import (
    ListingDraft,
    ListingInvalid,
    VariantDraft,
    load_draft,
    parse_money,
    save_listing,
    validate,
)
from shopkeeper.services.pricing import PriceError, parse_percent
from shopkeeper.ui.i18n import install_translators, user_message
from shopkeeper.ui.tab_context import TabContext


@pytest.fixture
def chinese(qapp):
    try:
        install_translators(qapp, "zh_CN")
        yield
    finally:
        install_translators(qapp, "en")


@pytest.fixture
def dress(shop):
    save_listing(
        shop.db,
        ListingDraft(
            title="亚麻连衣裙",
            variants=[
                VariantDraft(sku="DR-S", values=("S", "", ""), price=12900, cost=5000),
                VariantDraft(sku="DR-M", values=("M", "", ""), price=12900, cost=5000),
            ],
            option_names=("Size", "", ""),
        ),
    )
    return shop


@pytest.fixture
def tab(qtbot, dress, runner, errors):
    from shopkeeper.ui.tabs.listings import ListingsTab

    widget = ListingsTab(TabContext(dress, runner, QUndoStack(), errors))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.total() == 1 and widget.checked)
    widget.table.selectRow(0)
    return widget


@pytest.fixture
def editor(qtbot, tab, dress):
    from shopkeeper.ui.dialogs.listing_editor import ListingEditor

    dialog = ListingEditor(tab, load_draft(dress.db, tab.current_row().id))
    qtbot.addWidget(dialog)
    return dialog


def test_duplicate_sku_is_refused_in_chinese(chinese, editor, dress):
    """In the Chinese UI, saving two variants with one SKU says so in Chinese; nothing is saved."""
    editor.grid.table.item(1, 0).setText("DR-S")
    editor.save()
    assert "SKU DR-S 在本商品中重复使用" in editor.error.text()
    assert "used twice" not in editor.error.text()
    assert editor.result() == 0
    assert dress.db.execute("SELECT count(*) FROM variants WHERE sku = 'DR-M'").fetchone()[0] == 1


def test_negative_price_is_refused_in_chinese(chinese, editor, dress):
    """In the Chinese UI, a negative price is marked and named in Chinese; nothing is saved."""
    editor.grid.table.item(0, 4).setText("-5")
    assert editor.grid.table.item(0, 4).toolTip() == "价格不能为负数"
    editor.save()
    assert "价格不能为负数" in editor.error.text()
    assert "negative" not in editor.error.text()
    assert dress.db.execute("SELECT price FROM variants WHERE sku = 'DR-S'").fetchone()[0] == 12900


def test_service_field_labels_are_translated(chinese, dress):
    """A field the service names ("Cost") inside a message is in Chinese too."""
    draft = load_draft(dress.db, 1)
    draft.variants[0].cost = -1
    (problem,) = validate(dress.db, draft)
    assert user_message(problem) == "成本不能为负数"


@pytest.mark.parametrize(
    ("make", "english"),
    [
        (lambda: parse_money("-1", 2, label="Price"), "Price cannot be negative"),
        (lambda: parse_money("", 2, label="Price"), "Price is required"),
        (
            lambda: parse_money("1.234", 2, label="Cost"),
            "1.234 has more decimals than the currency allows (2)",
        ),
        (lambda: parse_percent("ten"), "not a percentage: 'ten'"),
    ],
)
def test_price_errors_stay_english_for_the_command_line(make, english):
    """The CLI and logs get the English text, with the values filled in."""
    with pytest.raises(PriceError) as caught:
        make()
    assert caught.value.message == english and str(caught.value) == english


def test_listing_invalid_names_each_problem_in_english(dress):
    """Saving a bad draft from a script names every problem in English."""
    draft = load_draft(dress.db, 1)
    draft.variants[1].sku = "dr-s"
    draft.title = ""
    with pytest.raises(ListingInvalid) as caught:
        save_listing(dress.db, draft)
    assert str(caught.value) == "A listing needs a title; SKU dr-s is used twice in this listing"


def test_pricing_helper_names_bad_competitor_input_in_chinese(chinese, tab, qtbot):
    """In the Chinese UI, the pricing helper names a missing competitor and a too precise
    price in Chinese, and adds nothing."""
    from shopkeeper.ui.dialogs.listing_pricing_dialog import PricingDialog

    dialog = PricingDialog(tab, tab.current_row())
    qtbot.addWidget(dialog)
    dialog.new_price.setText("99.00")
    dialog.add_competitor_price()
    assert dialog.message.text() == "请填写竞争对手名称"
    dialog.new_competitor.setText("Shop X")
    dialog.new_price.setText("99.999")
    dialog.add_competitor_price()
    assert dialog.message.text() == "99.999 的小数位数超过了该货币允许的位数（2）"
    assert dialog.table.rowCount() == 0


def test_bulk_preview_names_bad_input_in_chinese(chinese, tab, qtbot):
    """In the Chinese UI, bulk edit names an empty find text in Chinese; Apply stays off."""
    from shopkeeper.ui.dialogs.listing_bulk_dialog import BulkEditDialog

    dialog = BulkEditDialog(tab, tab.selected_rows())
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.count() - 1)  # find and replace in titles
    dialog.preview()
    assert dialog.summary.text() == "请填写要查找的内容"
    assert not dialog.apply_button.isEnabled()


def test_bad_listing_settings_are_named_in_chinese(chinese, shop):
    """Listing settings refused for two reasons name both, each in Chinese."""
    from shopkeeper.services import listings_settings

    values = listings_settings.load(shop.db)
    values.lead_time_days = 999
    values.margin_floor_bp = 10000
    with pytest.raises(ValueError) as caught:
        listings_settings.save(shop.db, values)
    assert user_message(caught.value) == "最低利润率必须低于 100%; 补货周期必须在 0 到 365 天之间"
    assert str(caught.value) == (
        "the margin floor must be under 100%; the lead time must be between 0 and 365 days"
    )
