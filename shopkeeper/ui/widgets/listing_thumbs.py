"""Listing thumbnails as icons: made once into the media folder's cache (Pillow), then
kept in memory, so scrolling a large catalogue never decodes a photo twice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap

from shopkeeper.services import media


class ThumbnailCache:
    def __init__(self, shop_path: Path, size: int = 48) -> None:
        self.shop_path, self.size = shop_path, size
        self._icons: dict[str, QIcon | None] = {}

    def icon(self, src: str) -> QIcon | None:
        if not src:
            return None
        if src not in self._icons:
            thumb = media.thumbnail(self.shop_path, src, self.size)
            self._icons[src] = QIcon(QPixmap(str(thumb))) if thumb else None
        return self._icons[src]

    def pixmap(self, src: str, size: int) -> QPixmap | None:
        thumb = media.thumbnail(self.shop_path, src, size)
        return QPixmap(str(thumb)) if thumb else None
