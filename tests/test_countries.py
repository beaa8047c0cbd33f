"""Country names follow the UI language: "中国 (CN)" in Chinese, "China (CN)" in English."""

import pytest

from shopkeeper.services.countries import COUNTRIES, country_label, country_name, country_names
from shopkeeper.services.shop_setup import ShopDefaults


@pytest.fixture
def chinese_ui(ui_language):
    ui_language("zh_CN")


def _labels(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def test_names_in_each_language_keep_the_code_visible():
    """Every code has a name; Chinese names are the everyday ones, with the code after them."""
    assert country_label("CN", "zh_CN") == "中国 (CN)"
    assert country_label("cn", "en") == "China (CN)"
    assert country_name("KR", "zh_CN") == "韩国"
    assert set(country_names("zh_CN")) == COUNTRIES
    assert all(country_names("zh_CN").values())


def test_an_unknown_language_falls_back_to_english():
    """A language the name data does not know shows English names, never a blank."""
    assert country_name("DE", "xx_YY") == "Germany"
    assert country_name("ZZ", "zh_CN") == "ZZ"


def test_new_shop_dialog_lists_countries_in_chinese(qtbot, chinese_ui):
    """In the Chinese UI the New shop dialog offers "中国 (CN)", in pinyin order."""
    from shopkeeper.ui.dialogs.new_shop_dialog import NewShopDialog

    dialog = NewShopDialog(ShopDefaults("茶馆", "CNY", "Asia/Shanghai", "CN"))
    qtbot.addWidget(dialog)
    assert dialog.country.currentText() == "中国 (CN)"
    labels = _labels(dialog.country)
    assert "China (CN)" not in labels and "德国 (DE)" in labels
    # 阿根廷 (a), 德国 (d), 中国 (z): by sound, as a Chinese reader looks for them
    assert labels.index("阿根廷 (AR)") < labels.index("德国 (DE)") < labels.index("中国 (CN)")
    assert dialog.choices().country == "CN"


def test_new_shop_dialog_lists_countries_in_english(qtbot):
    """In English the same list reads "China (CN)", sorted by the English name."""
    from shopkeeper.ui.dialogs.new_shop_dialog import NewShopDialog

    dialog = NewShopDialog(ShopDefaults("Tea", "USD", "UTC", "CN"))
    qtbot.addWidget(dialog)
    assert dialog.country.currentText() == "China (CN)"
    labels = _labels(dialog.country)
    assert (
        labels.index("Argentina (AR)") < labels.index("China (CN)") < labels.index("Germany (DE)")
    )


def test_shop_settings_lists_countries_in_chinese(qtbot, shop, chinese_ui):
    """Shop settings names the shop's country in Chinese too."""
    from PySide6.QtGui import QUndoStack

    from shopkeeper.store import settings
    from shopkeeper.ui.dialogs.shop_settings_dialog import ShopSettingsDialog

    settings.put(shop.db, settings.COUNTRY, "CN")
    dialog = ShopSettingsDialog(shop.db, QUndoStack())
    qtbot.addWidget(dialog)
    assert dialog.country.currentText() == "中国 (CN)"
    assert dialog.country.findText("美国 (US)") > 0
