"""Light or dark: follow the OS colour scheme, and colours that read on both.

Qt 6.5+ reports the OS scheme (``QStyleHints.colorScheme()``). When it is dark, the
app uses the Fusion style with a dark palette, since the Windows styles stay light;
macOS's own style turns dark by itself. ``SHOPKEEPER_COLOR_SCHEME=dark|light``
forces one (screenshots, or a seller who wants the other).
Widgets that need a colour of their own ask ``tone("danger")`` instead of a hex value.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ENV_SCHEME = "SHOPKEEPER_COLOR_SCHEME"

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2d",
    QPalette.ColorRole.WindowText: "#e8e8ea",
    QPalette.ColorRole.Base: "#1f1f21",
    QPalette.ColorRole.AlternateBase: "#28282a",
    QPalette.ColorRole.ToolTipBase: "#3a3a3d",
    QPalette.ColorRole.ToolTipText: "#e8e8ea",
    QPalette.ColorRole.PlaceholderText: "#8e8e93",
    QPalette.ColorRole.Text: "#e8e8ea",
    QPalette.ColorRole.Button: "#363639",
    QPalette.ColorRole.ButtonText: "#e8e8ea",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4a4e",
    QPalette.ColorRole.Midlight: "#3f3f43",
    QPalette.ColorRole.Mid: "#2f2f32",
    QPalette.ColorRole.Dark: "#1c1c1e",
    QPalette.ColorRole.Shadow: "#111112",
    QPalette.ColorRole.Highlight: "#3d74c9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7cb4ff",
    QPalette.ColorRole.LinkVisited: "#b99cff",
    QPalette.ColorRole.Accent: "#3d74c9",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#77777c",
    QPalette.ColorRole.Text: "#77777c",
    QPalette.ColorRole.ButtonText: "#77777c",
    QPalette.ColorRole.Highlight: "#4a4a4e",
    QPalette.ColorRole.HighlightedText: "#a0a0a5",
}
# Fusion draws a check box's or radio button's outline in the Window colour made darker
# (x0.79 in value), the only role it reads for it: on the dark Window that outline is
# barely darker than the window, so an unchecked box all but vanishes. Check boxes and
# radio buttons get a palette of their own whose Window is light, which puts the outline
# at #919194 (#58585b disabled), 4.5:1 against the window; they fill no background
# of their own, so nothing else about them changes. A palette for item views would
# also lighten their frames and scroll bars, so their check boxes keep the app's.
_DARK_INDICATOR_WINDOW = "#b8b8bc"
_DARK_INDICATOR_WINDOW_DISABLED = "#707074"
INDICATOR_CLASSES = ("QCheckBox", "QRadioButton")

# Meaning -> (on a light palette, on a dark palette); each pair keeps a readable contrast.
TONES = {
    "danger": ("#b3261e", "#f28b82"),
    "warning": ("#a35200", "#f6b26b"),
    "success": ("#1e7e34", "#81c995"),
    "info": ("#1f5fa8", "#8ab4f8"),
    "neutral": ("#5f6368", "#bdc1c6"),
    "faint": ("#9aa0a6", "#6f7378"),
    "bad_cell": ("#ffd6d6", "#6b2b2b"),
    "bad_cell_text": ("#000000", "#ffffff"),
    "notice_background": ("#fff4ce", "#3b3320"),
    "notice_border": ("#e0c36c", "#7a6428"),
    "notice_text": ("#4d3b00", "#f3e2ae"),
    "danger_background": ("#fdecea", "#3d2220"),
    "danger_border": ("#f5c2bd", "#8c3b35"),
    "card": ("#ffffff", "#333337"),
    "card_border": ("#d5d7dc", "#48484d"),
    "card_hover": ("#f2f7ff", "#393f4a"),
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def dark_indicator_palette() -> QPalette:
    """The dark palette with the Window that Fusion darkens into a visible indicator outline."""
    palette = dark_palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(_DARK_INDICATOR_WINDOW))
    palette.setColor(
        QPalette.ColorGroup.Disabled,
        QPalette.ColorRole.Window,
        QColor(_DARK_INDICATOR_WINDOW_DISABLED),
    )
    return palette


def requested_scheme() -> Qt.ColorScheme:
    """The scheme forced by SHOPKEEPER_COLOR_SCHEME, else the OS's."""
    forced = os.environ.get(ENV_SCHEME, "").strip().lower()
    if forced == "dark":
        return Qt.ColorScheme.Dark
    if forced == "light":
        return Qt.ColorScheme.Light
    return QGuiApplication.styleHints().colorScheme()


def apply_color_scheme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Dark palette (Fusion) for a dark scheme; the platform's own look otherwise."""
    scheme = requested_scheme() if scheme is None else scheme
    dark = scheme == Qt.ColorScheme.Dark
    if app.property("native_style") is None:
        app.setProperty("native_style", app.style().name())
    forced = bool(os.environ.get(ENV_SCHEME))
    if dark and (forced or sys.platform != "darwin"):
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        for class_name in INDICATOR_CLASSES:
            app.setPalette(dark_indicator_palette(), class_name)
    elif app.property("color_scheme") == "dark":
        app.setStyle(app.property("native_style"))
        # An empty palette gives back the platform's own; setting the application's
        # palette also drops the check boxes' and radio buttons' own.
        app.setPalette(QPalette())
    app.setProperty("color_scheme", "dark" if dark else "light")


def follow_system(app: QApplication) -> None:
    """Apply the scheme now and again whenever the OS switches (unless one is forced)."""
    apply_color_scheme(app)
    if not os.environ.get(ENV_SCHEME) and not app.property("follows_scheme"):
        app.setProperty("follows_scheme", True)
        app.styleHints().colorSchemeChanged.connect(lambda scheme: apply_color_scheme(app, scheme))


def is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def tone(name: str) -> str:
    """A colour (#rrggbb) for a meaning, readable on the palette in use."""
    light, dark = TONES[name]
    return dark if is_dark() else light


def problem_style() -> str:
    """Style sheet of a QLabel that shows a problem in a red box."""
    return (
        f"QLabel {{ color: {tone('danger')}; background: {tone('danger_background')}; "
        f"border: 1px solid {tone('danger_border')}; border-radius: 4px; padding: 8px; }}"
    )
