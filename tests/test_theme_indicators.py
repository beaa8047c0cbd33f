"""In the dark theme an unchecked check box or radio button shows a clear outline."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.ui import theme

# WCAG 2.1 asks 3:1 of the parts of a control one needs to see (non-text contrast).
MIN_CONTRAST = 3.0


@pytest.fixture
def restore_look(qapp):
    """Tests that switch the palette give the app back its look afterwards."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)  # also drops the class palettes the dark scheme sets


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def outline_contrast(button) -> float:
    """The strongest contrast between the indicator's edge pixels and the window colour."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if isinstance(button, QRadioButton)
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    rect = button.style().subElementRect(element, option, button)
    image = button.grab().toImage()
    window = button.window().palette().color(QPalette.ColorRole.Window)
    edge = [
        image.pixelColor(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
        if x - rect.left() in (0, 1, rect.width() - 2, rect.width() - 1)
        or y - rect.top() in (0, 1, rect.height() - 2, rect.height() - 1)
    ]
    return max(contrast(pixel, window) for pixel in edge)


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_unchecked_indicator_outline_stands_out_in_dark(restore_look, qtbot, kind):
    """An unchecked box or radio button has an outline of at least 3:1 on the dark window."""
    theme.apply_color_scheme(restore_look, Qt.ColorScheme.Dark)
    holder = QWidget()
    button = kind("Only listings changed")
    QVBoxLayout(holder).addWidget(button)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    assert outline_contrast(button) >= MIN_CONTRAST


def test_export_dialog_check_box_stands_out_in_dark(restore_look, qtbot, shop, runner):
    """The export dialog's unchecked "changed only" box is clearly outlined in dark."""
    from shopkeeper.ui.dialogs.export_dialog import ExportDialog

    theme.apply_color_scheme(restore_look, Qt.ColorScheme.Dark)
    dialog = ExportDialog(shop, runner)
    qtbot.addWidget(dialog)
    dialog.set_kind("listings")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.changed_only.isChecked()
    assert outline_contrast(dialog.changed_only) >= MIN_CONTRAST


def test_dark_scheme_leaves_other_widgets_window_colour(restore_look):
    """Only check boxes and radio buttons get the light outline source; the rest stays dark."""
    theme.apply_color_scheme(restore_look, Qt.ColorScheme.Dark)
    dark_window = theme.dark_palette().color(QPalette.ColorRole.Window)
    for widget in (QWidget(), QLineEdit(), QListWidget(), QPushButton("x")):
        assert widget.palette().color(QPalette.ColorRole.Window) == dark_window


def test_light_scheme_after_dark_drops_the_indicator_palette(restore_look):
    """Back in light, check boxes and radio buttons use the application's palette again."""
    theme.apply_color_scheme(restore_look, Qt.ColorScheme.Dark)
    theme.apply_color_scheme(restore_look, Qt.ColorScheme.Light)
    app_window = QApplication.palette().color(QPalette.ColorRole.Window)
    for kind in (QCheckBox, QRadioButton):
        assert kind("x").palette().color(QPalette.ColorRole.Window) == app_window
