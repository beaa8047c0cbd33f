"""The welcome panel: recent shops as cards, and the large New / Open / Demo actions."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from shopkeeper.services.shop import open_shop
from shopkeeper.services.shop_preview import preview
from shopkeeper.store import settings
from shopkeeper.ui.app_settings import AppSettings
from shopkeeper.ui.widgets.welcome import WelcomePanel
from shopkeeper.ui.widgets.welcome_cards import ActionCard, RecentShopCard, opened_text


def _make_shop(path: Path, name: str, currency: str = "CNY") -> Path:
    shop = open_shop(path)
    settings.put(shop.db, settings.SHOP_NAME, name)
    settings.put(shop.db, settings.CURRENCY, currency)
    shop.close()
    return path


@pytest.fixture
def app_settings(isolated_home):
    return AppSettings(isolated_home / "settings.ini")


@pytest.fixture
def panel(qtbot, app_settings):
    widget = WelcomePanel(app_settings)
    qtbot.addWidget(widget)
    return widget


def _cards(panel: WelcomePanel) -> list[RecentShopCard]:
    return [panel.recent_box.itemAt(i).widget() for i in range(panel.recent_box.count())]


def _texts(card) -> str:
    from PySide6.QtWidgets import QLabel

    return " | ".join(label.text() for label in card.findChildren(QLabel))


def test_cards_show_name_currency_and_last_opened(panel, app_settings, tmp_path):
    """Each recent shop shows as a card with its name, currency and when it was opened."""
    tea = _make_shop(tmp_path / "tea.shop.db", "Tea House 茶舍", "CNY")
    yarn = _make_shop(tmp_path / "yarn.shop.db", "Yarn Loft", "EUR")
    for path in (yarn, tea):
        app_settings.remember_shop(path)
    panel.set_recent(app_settings.get(AppSettings.RECENT_SHOPS))
    cards = _cards(panel)
    assert [card.path for card in cards] == [str(tea), str(yarn)]
    assert "Tea House 茶舍" in _texts(cards[0]) and "CNY" in _texts(cards[0])
    assert "Yarn Loft" in _texts(cards[1]) and "EUR" in _texts(cards[1])
    assert "Opened today" in _texts(cards[0])
    assert panel.recent_title.isVisibleTo(panel)


def test_clicking_a_card_opens_that_shop(panel, app_settings, qtbot, tmp_path):
    """A click on a recent shop's card asks to open that shop."""
    path = _make_shop(tmp_path / "tea.shop.db", "Tea House")
    panel.set_recent([str(path)])
    panel.show()
    with qtbot.waitSignal(panel.recent_clicked) as opened:
        qtbot.mouseClick(_cards(panel)[0], Qt.MouseButton.LeftButton)
    assert opened.args == [str(path)]


def test_missing_shop_is_marked_and_cannot_be_opened(panel, app_settings, qtbot, tmp_path):
    """A recent shop whose file is gone says so (with its remembered name) and opens nothing."""
    gone = tmp_path / "gone.shop.db"
    app_settings.remember_shop(gone)
    app_settings.note_shop(gone, name="Summer Market", currency="USD")
    panel.set_recent([str(gone)])
    card = _cards(panel)[0]
    assert card.missing
    assert "Summer Market" in _texts(card) and "File not found" in _texts(card)
    with qtbot.assertNotEmitted(panel.recent_clicked):
        card.click()


def test_forgetting_a_missing_shop_takes_it_off_the_list(panel, app_settings, qtbot, tmp_path):
    """Forget on a missing shop's card removes it from the recent list and the panel."""
    kept = _make_shop(tmp_path / "kept.shop.db", "Kept")
    gone = tmp_path / "gone.shop.db"
    for path in (kept, gone):
        app_settings.remember_shop(path)
    panel.set_recent(app_settings.get(AppSettings.RECENT_SHOPS))
    missing = next(card for card in _cards(panel) if card.missing)
    with qtbot.waitSignal(panel.recent_forgotten) as forgotten:
        missing.forget_button.click()
    assert forgotten.args == [str(gone)]
    assert app_settings.get(AppSettings.RECENT_SHOPS) == [str(kept)]
    assert str(gone) not in app_settings.recent_details()
    qtbot.waitUntil(lambda: [card.path for card in _cards(panel)] == [str(kept)])


def test_no_recent_shops_hides_the_recent_section(panel):
    """With no recent shops there is no empty 'Recently opened' heading."""
    panel.set_recent([])
    assert not panel.recent_title.isVisibleTo(panel)
    assert panel.recent_box.count() == 0


@pytest.mark.parametrize(
    ("index", "signal"), [(0, "new_clicked"), (1, "open_clicked"), (2, "demo_clicked")]
)
def test_large_actions_emit_their_signal(panel, qtbot, index, signal):
    """The New, Open and Demo cards each start their action when clicked."""
    actions = panel.findChildren(ActionCard)
    assert len(actions) == 3
    with qtbot.waitSignal(getattr(panel, signal)):
        actions[index].click()


def test_reading_a_recent_shop_works_while_it_is_open_elsewhere(tmp_path):
    """A shop open (and locked) in another window still shows its name and currency."""
    path = _make_shop(tmp_path / "busy.shop.db", "Busy Shop", "GBP")
    shop = open_shop(path)
    try:
        glance = preview(path)
    finally:
        shop.close()
    assert (glance.found, glance.readable, glance.name, glance.currency) == (
        True,
        True,
        "Busy Shop",
        "GBP",
    )


def test_reading_a_recent_shop_changes_nothing_in_it(tmp_path):
    """Showing a recent shop neither migrates nor writes its file."""
    path = _make_shop(tmp_path / "calm.shop.db", "Calm")
    before = path.read_bytes()
    preview(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "found"), [(None, False), (b"not a database at all" * 10, True)]
)
def test_unreadable_or_missing_files_preview_without_a_name(tmp_path, content, found):
    """A missing or foreign file gives no name, and no error."""
    path = tmp_path / "odd.shop.db"
    if content is not None:
        path.write_bytes(content)
    glance = preview(path)
    assert (glance.found, glance.readable, glance.name) == (found, False, "")


@pytest.mark.parametrize(
    ("days", "expected"),
    [(0, "Opened today at"), (1, "Opened yesterday"), (3, "Opened 3 days ago"), (40, "Opened ")],
)
def test_last_opened_reads_naturally(qapp, days, expected):
    """Recent times say today, yesterday or days ago; older ones show the date."""
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        when = datetime.now().astimezone().replace(hour=12) - timedelta(days=days)
        text = opened_text(when.isoformat())
    finally:
        QLocale.setDefault(previous)
    assert text.startswith(expected)
    if days == 40:
        assert str(when.year % 100) in text


def test_window_welcome_lists_shops_it_opened(window, tmp_path):
    """After a shop is opened and closed, the welcome panel offers it with its name."""
    path = _make_shop(tmp_path / "one.shop.db", "Shop One")
    window.actions.open_path(path)
    window.set_shop(None)
    cards = _cards(window.welcome)
    assert cards and cards[0].path == str(path)
    assert "Shop One" in _texts(cards[0])


def test_recent_shops_are_read_only_when_the_panel_shows(panel, tmp_path, monkeypatch, qtbot):
    """A window that starts straight into a shop never reads the recent shop files."""
    from shopkeeper.ui.widgets import welcome

    read = []
    monkeypatch.setattr(welcome, "preview", lambda path: read.append(path) or preview(path))
    path = _make_shop(tmp_path / "tea.shop.db", "Tea House")
    panel.set_recent([str(path)])
    assert read == []
    panel.show()
    qtbot.waitExposed(panel)
    assert read == [str(path)]


def test_panel_follows_a_switch_to_dark(panel, qapp, qtbot):
    """When the OS turns dark, the cards and their icons turn dark-friendly too."""
    from PySide6.QtGui import QPalette

    from shopkeeper.ui import theme
    from shopkeeper.ui.widgets.welcome_cards import IconLabel

    style, palette = qapp.style().name(), QPalette(qapp.palette())
    panel.show()
    glyph = panel.findChildren(ActionCard)[0].findChild(IconLabel)
    try:
        theme.apply_color_scheme(qapp, Qt.ColorScheme.Dark)
        qtbot.waitUntil(lambda: theme.tone("card") in panel.styleSheet())
        image = glyph.pixmap().toImage()
        drawn = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        ]
        assert drawn and all(colour.lightness() > 200 for colour in drawn)
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)
        qapp.setProperty("color_scheme", None)


def test_cards_scroll_rather_than_squeeze_in_a_small_window(panel, app_settings, qtbot, tmp_path):
    """In the smallest window the recent shops keep their full height and the panel scrolls."""
    for name in ("a", "b", "c", "d", "e", "f"):
        app_settings.remember_shop(_make_shop(tmp_path / f"{name}.shop.db", name.upper()))
    panel.resize(720, 480)
    panel.show()
    panel.set_recent(app_settings.get(AppSettings.RECENT_SHOPS))
    cards = _cards(panel)
    qtbot.waitUntil(lambda: all(card.height() >= card.minimumSizeHint().height() for card in cards))
