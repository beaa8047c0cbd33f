"""The app's icons: one set of line icons (Lucide, ISC licence) drawn in the palette's colours.

Tabs and actions ask for an icon by what it means (``icon("orders")``), never by file,
so the set can change in one place. The SVGs are bundled in resources/icons/lucide and
drawn with their ``currentColor`` replaced by the palette's text colour at paint time,
so the same QIcon follows a switch between the light and the dark palette.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from shopkeeper import paths

log = logging.getLogger(__name__)

# What an icon means -> the Lucide file that shows it (https://lucide.dev/icons/).
ICON_FILES: dict[str, str] = {
    # tabs
    "today": "layout-dashboard",
    "listings": "package",
    "promotions": "badge-percent",
    "inbox": "inbox",
    "orders": "shopping-cart",
    "kpis": "chart-line",
    # actions
    "new": "file-plus",
    "open": "folder-open",
    "import": "file-input",
    "export": "file-output",
    "backup": "database-backup",
    "restore": "history",
    "settings": "settings",
    "quit": "log-out",
    "undo": "undo-2",
    "redo": "redo-2",
    "find": "search",
    "help": "circle-help",
    "shortcuts": "keyboard",
    "folder": "folder",
    "about": "info",
    "demo": "sparkles",
    "refresh": "refresh-cw",
    "add": "plus",
    "delete": "trash-2",
    "edit": "pencil",
    "copy": "copy",
    "filter": "funnel",
    "calendar": "calendar",
    "chart": "chart-column",
    "warning": "triangle-alert",
    "check": "check",
    # the welcome panel and the View menu
    "shop": "store",
    "missing": "file-x",
    "forget": "x",
    "recent": "clock",
    "language": "languages",
    "history": "history",
}


class UnknownIcon(KeyError):
    """A name that is not in ICON_FILES (a typo in a tab or a menu)."""


_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon for ``name``; an unknown name raises under pytest and is empty at run time."""
    cached = _cache.get(name)
    if cached is not None:
        return cached
    file = ICON_FILES.get(name)
    if file is None:
        if "PYTEST_CURRENT_TEST" in os.environ:
            raise UnknownIcon(f"no icon named {name!r}; add it to shopkeeper.ui.icons.ICON_FILES")
        log.error("no icon named %r", name)
        return QIcon()
    svg = paths.resource_path("icons", "lucide", f"{file}.svg").read_bytes()
    _cache[name] = QIcon(TintedSvgEngine(svg))
    return _cache[name]


def app_icon() -> QIcon:
    """The app's own coloured mark, for the window and the task bar."""
    result = QIcon(str(paths.resource_path("icons", "app.svg")))
    result.addFile(str(paths.resource_path("icons", "app.png")))
    return result


def _colour_for(mode: QIcon.Mode) -> str:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    return palette.color(QPalette.ColorRole.WindowText).name()


class TintedSvgEngine(QIconEngine):
    """Draws an SVG with ``currentColor`` in the palette's colour for the icon's mode."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple, QPixmap] = {}

    def _renderer(self, colour: str) -> QSvgRenderer:
        renderer = self._renderers.get(colour)
        if renderer is None:
            data = self._svg.replace(b"currentColor", colour.encode())
            renderer = self._renderers[colour] = QSvgRenderer(QByteArray(data))
        return renderer

    def paint(self, painter: QPainter, rect, mode, state) -> None:
        self._renderer(_colour_for(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode, state, scale: float) -> QPixmap:  # noqa: N802
        colour = _colour_for(mode)
        key = (size.width(), size.height(), scale, colour)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(size * scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer(colour).render(painter, QRectF(pixmap.rect()))
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            self._pixmaps[key] = pixmap
        return pixmap

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self._svg)

    def isNull(self) -> bool:  # noqa: N802
        return False

    def key(self) -> str:
        return "shopkeeper-tinted-svg"
