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
def editor(qtbot, dress, runner, errors):
    from shopkeeper.ui.dialogs.listing_editor import ListingEditor
    from shopkeeper.ui.tabs.listings import ListingsTab

    tab = ListingsTab(TabContext(dress, runner, QUndoStack(), errors))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.total() == 1 and tab.checked)
    tab.table.selectRow(0)
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
