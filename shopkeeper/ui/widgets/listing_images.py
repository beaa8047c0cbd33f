"""The editor's images page: local pictures copied into the shop's media folder,
shown as thumbnails that can be dragged (or moved with buttons) into order, each
with its alt text. A missing file or one that is not a picture is named inline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import UserError
from shopkeeper.services import media
from shopkeeper.services.listings_edit import ImageDraft
from shopkeeper.ui.i18n import user_message
from shopkeeper.ui.widgets.listing_thumbs import ThumbnailCache

SRC_ROLE = Qt.ItemDataRole.UserRole
ALT_ROLE = Qt.ItemDataRole.UserRole + 1
SIZE = 96


class ImagesPage(QWidget):
    changed = Signal()

    def __init__(self, shop_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.shop_path = Path(shop_path)
        self.thumbs = ThumbnailCache(self.shop_path, SIZE)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(SIZE, SIZE))
        self.list.setGridSize(QSize(SIZE + 24, SIZE + 36))
        self.list.setMovement(QListView.Movement.Snap)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.model().rowsMoved.connect(lambda *_: self._renumber())
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add images…"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        self.earlier_button = QPushButton(self.tr("Move earlier"))
        self.earlier_button.clicked.connect(lambda: self.move_current(-1))
        self.later_button = QPushButton(self.tr("Move later"))
        self.later_button.clicked.connect(lambda: self.move_current(1))
        for button in (self.add_button, self.remove_button, self.earlier_button, self.later_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        alt_row = QHBoxLayout()
        alt_row.addWidget(QLabel(self.tr("Alt text:")))
        self.alt = QLineEdit(
            placeholderText=self.tr("What the picture shows, for search engines and screen readers")
        )
        self.alt.textEdited.connect(self._alt_edited)
        alt_row.addWidget(self.alt, 1)
        layout.addLayout(alt_row)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #c62828;")
        layout.addWidget(self.message)
        self._current_changed(None)

    def load(self, images: list[ImageDraft]) -> None:
        self.list.clear()
        for image in images:
            self._add_item(image.src, image.alt)
        self._renumber()

    def _add_item(self, src: str, alt: str) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(SRC_ROLE, src)
        item.setData(ALT_ROLE, alt)
        icon = self.thumbs.icon(src)
        if icon is not None:
            item.setIcon(icon)
        item.setToolTip(src)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.list.addItem(item)
        return item

    def _renumber(self) -> None:
        for n in range(self.list.count()):
            item = self.list.item(n)
            alt = item.data(ALT_ROLE)
            mark = "" if alt else " ⚠"
            item.setText(self.tr("Image {n}").format(n=n + 1) + mark)
        self.changed.emit()

    @Slot()
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add images"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp);;All files (*)"),
        )
        if files:
            self.add_files(files)

    def add_files(self, files: list[str | Path]) -> None:
        """Copy each picture into the media folder; name those that could not be added."""
        problems = []
        for file in files:
            try:
                src = media.import_image(self.shop_path, file)
            except UserError as exc:
                problems.append(user_message(exc))
                continue
            item = self._add_item(src, "")
            self.list.setCurrentItem(item)
        self.message.setText("\n".join(problems))
        self._renumber()

    @Slot()
    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._renumber()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._renumber()

    def _current_changed(self, item, _previous=None) -> None:
        self.alt.setEnabled(item is not None)
        self.alt.setText(item.data(ALT_ROLE) if item else "")
        for button in (self.remove_button, self.earlier_button, self.later_button):
            button.setEnabled(item is not None)

    def _alt_edited(self, text: str) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setData(ALT_ROLE, text)
            self._renumber()

    def images(self) -> list[ImageDraft]:
        return [
            ImageDraft(self.list.item(n).data(SRC_ROLE), self.list.item(n).data(ALT_ROLE))
            for n in range(self.list.count())
        ]
