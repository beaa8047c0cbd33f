"""Embedded Matplotlib charts (QtAgg), themed to the app's palette.

Matplotlib is imported on first use, never when the window opens: a ``ChartView``
makes its canvas the first time something is drawn on it. Every chart can be copied
to the clipboard or saved as PNG or SVG from its right-click menu (or the buttons
below it). Chinese labels render with the first installed CJK font.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.ui import theme

CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
    "Source Han Sans SC",
    "Heiti SC",
)
SERIES = (
    "#4C78A8",
    "#F58518",
    "#54A24B",
    "#E45756",
    "#72B7B2",
    "#B279A2",
    "#EECA3B",
    "#9D755D",
    "#FF9DA6",
    "#BAB0AC",
)
SERIES_DARK = (
    "#7FA8D9",
    "#FFB366",
    "#86CF7E",
    "#FF8C8A",
    "#8FD9D3",
    "#D4A5CC",
    "#F5DC72",
    "#C49C83",
    "#FFC2C8",
    "#D6D0CC",
)


@functools.cache
def _font_families() -> tuple[str, ...]:
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    # One CJK fallback: every family in the list is looked up for every text drawn.
    return ("DejaVu Sans", *[name for name in CJK_FAMILIES if name in installed][:1])


def series_colours() -> tuple[str, ...]:
    return SERIES_DARK if theme.is_dark() else SERIES


def style() -> dict:
    """rcParams matching the app's palette (light or dark) and fonts."""
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    window = palette.color(QPalette.ColorRole.Window).name()
    faint = theme.tone("faint")
    from cycler import cycler

    return {
        "figure.facecolor": window,
        "axes.facecolor": base,
        "savefig.facecolor": window,
        "axes.edgecolor": faint,
        "axes.labelcolor": text,
        "axes.titlecolor": text,
        "xtick.color": text,
        "ytick.color": text,
        "text.color": text,
        "grid.color": faint,
        "grid.alpha": 0.35,
        "axes.grid": True,
        "axes.axisbelow": True,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "legend.frameon": False,
        "font.family": list(_font_families()),
        "font.size": 9,
        "axes.titlesize": 10,
        "axes.prop_cycle": cycler(color=list(series_colours())),
        "axes.unicode_minus": False,
        "svg.fonttype": "path",
    }


class ChartView(QWidget):
    """One chart: a Matplotlib canvas made on first draw, with copy and save."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.canvas = None
        self.figure = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setStyleSheet("color: palette(placeholder-text); font-size: 13px;")
        self._layout.addWidget(self.message, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.copy_button = QToolButton(text=self.tr("Copy"), autoRaise=True)
        self.copy_button.setToolTip(self.tr("Copy the chart as a picture"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QToolButton(text=self.tr("Save as…"), autoRaise=True)
        self.save_button.setToolTip(self.tr("Save the chart as PNG or SVG"))
        self.save_button.clicked.connect(self.save)
        for button in (self.copy_button, self.save_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        self._layout.addLayout(buttons)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6, 3.2))
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._menu)
        self.canvas.setMinimumHeight(220)
        self._layout.insertWidget(0, self.canvas, 1)

    def draw(self, plot: Callable, *, margins: tuple[float, float, float, float] | None = None):
        """Clear and draw: ``plot(figure)`` adds the axes. Styled to the palette.

        ``margins`` (left, bottom, right, top as figure fractions) skip Matplotlib's
        constrained layout, which costs about half of a redraw: the time-series charts
        that redraw on every range change pass them."""
        from matplotlib import rc_context

        self._ensure_canvas()
        with rc_context(style()):
            self.figure.clear()
            if margins is None:
                self.figure.set_layout_engine("constrained")
            else:
                self.figure.set_layout_engine("none")
                left, bottom, right, top = margins
                self.figure.subplots_adjust(left=left, bottom=bottom, right=right, top=top)
            self.figure.set_facecolor(style()["figure.facecolor"])
            plot(self.figure)
            # Drawn now, inside the style: ticks are made while drawing and take their
            # colours from the rcParams in force (draw_idle would draw outside them).
            self.canvas.draw()
        self.message.hide()
        self.canvas.show()
        for button in (self.copy_button, self.save_button):
            button.setEnabled(True)

    def show_message(self, text: str) -> None:
        """A line of text instead of the chart ("No sales in this range", "Computing…")."""
        if self.canvas is not None:
            self.canvas.hide()
        self.message.setText(text)
        self.message.show()
        for button in (self.copy_button, self.save_button):
            button.setEnabled(False)

    def image(self) -> QImage:
        self.canvas.draw()
        return self.canvas.grab().toImage()

    @Slot()
    def copy(self) -> None:
        if self.canvas is not None and self.canvas.isVisible():
            QGuiApplication.clipboard().setImage(self.image())

    @Slot()
    def save(self) -> None:
        if self.canvas is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart"),
            f"{self.title}.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        """PNG or SVG by the suffix (PNG when there is none)."""
        from matplotlib import rc_context

        fmt = "svg" if path.lower().endswith(".svg") else "png"
        if fmt == "png" and not path.lower().endswith(".png"):
            path += ".png"
        with rc_context(style()):
            self.figure.savefig(path, format=fmt, dpi=150)

    @Slot()
    def _menu(self, pos) -> None:
        if self.canvas is None or not self.canvas.isVisible():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Copy chart"), self.copy)
        menu.addAction(self.tr("Save as PNG or SVG…"), self.save)
        menu.exec(self.sender().mapToGlobal(pos))
