"""The icon set, the app icon, and the light or dark palette the icons are drawn in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette

from shopkeeper import paths
from shopkeeper.ui import icons, theme

ROOT = Path(__file__).resolve().parent.parent
# icon("name") calls, and the icon_name="name" entries of the menus.
ICON_CALL = re.compile(r"""\bicon(?:_name)?\s*[(=]\s*["']([a-z_]+)["']""")


def _names_used_in_code() -> set[str]:
    used = set()
    for file in (ROOT / "shopkeeper").rglob("*.py"):
        used.update(ICON_CALL.findall(file.read_text(encoding="utf-8")))
    return used


@pytest.fixture
def restore_look(qapp):
    """Tests that switch the palette give the app back its look afterwards."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setProperty("color_scheme", None)


def _drawn_colours(glyph: QIcon, mode=QIcon.Mode.Normal) -> set[str]:
    image = glyph.pixmap(QSize(24, 24), mode).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_code_asks_only_for_icons_that_exist(qapp):
    """Every icon name written in the code is in the icon set (a typo fails here)."""
    used = _names_used_in_code()
    assert {"new", "quit", "shop", "demo"} <= used
    assert used - set(icons.ICON_FILES) == set()


@pytest.mark.parametrize("name", sorted(icons.ICON_FILES))
def test_every_icon_draws(qapp, name):
    """Each named icon has its SVG bundled and draws something at menu size."""
    assert paths.resource_path("icons", "lucide", f"{icons.ICON_FILES[name]}.svg").is_file()
    glyph = icons.icon(name)
    assert not glyph.isNull()
    assert _drawn_colours(glyph)


def test_icons_are_cached(qapp):
    """Asking twice for an icon gives the same icon, not a second SVG load."""
    assert icons.icon("orders").cacheKey() == icons.icon("orders").cacheKey()


def test_unknown_icon_fails_loudly_in_tests(qapp):
    """A misspelt icon name raises in tests, so it never reaches a seller."""
    with pytest.raises(icons.UnknownIcon):
        icons.icon("oders")


def test_unknown_icon_is_empty_at_run_time(qapp, monkeypatch):
    """Outside tests an unknown name gives an empty icon instead of crashing the window."""
    monkeypatch.delenv("PYTEST_CURRENT_TEST")
    assert icons.icon("no-such-icon").isNull()


def test_icons_follow_the_palette_text_colour(restore_look):
    """Icons are drawn in the palette's text colour, and redrawn when the palette changes."""
    palette = QPalette(restore_look.palette())
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#123456"))
    restore_look.setPalette(palette)
    assert _drawn_colours(icons.icon("check")) == {"#123456"}
    restore_look.setPalette(theme.dark_palette())
    assert _drawn_colours(icons.icon("check")) == {"#e8e8ea"}


def test_disabled_icons_are_drawn_dimmed(restore_look):
    """A disabled action's icon uses the palette's disabled text colour."""
    restore_look.setPalette(theme.dark_palette())
    assert _drawn_colours(icons.icon("check"), QIcon.Mode.Disabled) == {"#77777c"}


@pytest.mark.parametrize("file", ["app.svg", "app.png", "app.ico", "app.icns"])
def test_app_icon_files_load(qapp, file):
    """The app icon exists for the window (svg, png), Windows (ico) and macOS (icns)."""
    image = QImage(str(paths.resource_path("icons", file)))
    assert not image.isNull() and image.width() >= 16


def test_window_has_the_app_icon(qapp):
    """The app's window icon is the shop mark, not Qt's default."""
    from shopkeeper.ui.app import make_app

    app = make_app()
    assert not app.windowIcon().isNull()
    assert app.windowIcon().cacheKey() != QIcon().cacheKey()


def test_bundle_ships_the_icons():
    """The PyInstaller spec bundles the icon files and gives the executable the app icon."""
    spec = (ROOT / "pyinstaller.spec").read_text(encoding="utf-8")
    assert '"resources/icons/lucide"' in spec
    assert "app.ico" in spec and "app.icns" in spec
    assert (ROOT / "resources" / "icons" / "lucide" / "LICENSE").is_file()


def test_file_menu_actions_have_icons(window):
    """Every command in the File menu shows an icon."""
    file_menu = window.menuBar().actions()[0].menu()
    commands = [a for a in file_menu.actions() if not a.isSeparator()]
    assert commands and all(not a.icon().isNull() for a in commands)


def test_dark_scheme_gives_a_dark_palette(restore_look, monkeypatch):
    """SHOPKEEPER_COLOR_SCHEME=dark switches to Fusion with a dark palette."""
    monkeypatch.setenv(theme.ENV_SCHEME, "dark")
    theme.apply_color_scheme(restore_look)
    assert restore_look.style().name().lower() == "fusion"
    assert theme.is_dark()
    assert restore_look.palette().color(QPalette.ColorRole.WindowText).lightness() > 200


def test_light_scheme_after_dark_gives_the_light_palette_back(restore_look):
    """Switching the OS back to light restores a light palette."""
    theme.apply_color_scheme(restore_look, Qt.ColorScheme.Dark)
    assert theme.is_dark()
    theme.apply_color_scheme(restore_look, Qt.ColorScheme.Light)
    assert not theme.is_dark()


def test_app_follows_the_os_switching_to_dark(restore_look, monkeypatch):
    """When the OS switches to dark while the app runs, the app turns dark too."""
    monkeypatch.delenv(theme.ENV_SCHEME, raising=False)
    theme.follow_system(restore_look)
    restore_look.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.is_dark()
    restore_look.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not theme.is_dark()


@pytest.mark.parametrize("meaning", ["danger", "warning", "success", "info"])
def test_tones_read_on_both_palettes(restore_look, meaning):
    """Status colours keep a readable contrast with the window in light and in dark."""
    for palette in (QPalette(restore_look.palette()), theme.dark_palette()):
        restore_look.setPalette(palette)
        window = palette.color(QPalette.ColorRole.Window)
        colour = QColor(theme.tone(meaning))
        assert abs(colour.lightness() - window.lightness()) > 80
