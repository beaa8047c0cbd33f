"""Rebuild app.png, app.ico (Windows) and app.icns (macOS) from app.svg.

Run after changing app.svg: `.venv/bin/python resources/icons/make_app_icons.py`
Qt draws the SVG; Pillow writes the multi-size .ico and .icns files.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(HERE / "app.svg"))
    render(renderer, 256).save(HERE / "app.png", optimize=True)
    # Each .ico size drawn by Qt at that size stays sharp (no downscaled blur at 16 px).
    frames = [render(renderer, size) for size in ICO_SIZES]
    frames[-1].save(HERE / "app.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=frames)
    render(renderer, 1024).save(HERE / "app.icns")
    print("wrote app.png, app.ico, app.icns in", HERE)


if __name__ == "__main__":
    main()
