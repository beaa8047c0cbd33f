"""The table view every tab uses: sortable, multi-select, remembers its columns,
and copies the selected rows as tab-separated text (pastes into Excel as cells)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from shopkeeper import paths
from shopkeeper.ui.widgets.narrow_columns import NarrowColumns


def _memory() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


class DataTable(QTableView):
    def __init__(self, name: str = "", *, multi_select: bool = True, parent=None) -> None:
        """``name`` keys the remembered column widths and order ("" remembers nothing)."""
        super().__init__(parent)
        self.name = name
        self._stretch: tuple[int, int] | None = None  # fit_to_contents: (column, sample width)
        self.narrow: NarrowColumns | None = None  # fit_to_contents: columns that step aside
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi_select
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(40)
        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self.save_columns)
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        header.sectionMoved.connect(lambda *_: self._save_timer.start())

    def setModel(self, model) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        self._size_from_samples()
        self.restore_columns()

    def _size_from_samples(self) -> None:
        width = self.fontMetrics().horizontalAdvance
        header = self.horizontalHeader()
        for number, column in enumerate(getattr(self.model(), "columns", [])):
            if column.sample:
                # Room for the sort arrow beside the widest of title and sample.
                header.resizeSection(number, max(width(column.sample), width(column.title)) + 28)

    def stretch(self, column: int) -> None:
        """Let ``column`` take the width that is left (a title, a customer name)."""
        self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def fit_to_contents(self, stretch: int, drop: tuple[int, ...] = (), floor: int = 0) -> None:
        """Every column but ``stretch`` as wide as its title and the rows on screen; the
        ``stretch`` column takes the rest. Call after setModel: a remembered layout keeps
        its column order but not its widths.

        The ``drop`` columns, in that order, hide while the table is too narrow to leave
        ``stretch`` ``floor`` pixels, and show again when it widens; the header's context
        menu then shows or hides any column for good (NarrowColumns)."""
        header = self.horizontalHeader()
        # Only the rows on screen are measured: a lazy list of 20k rows is not read
        # just to size its columns.
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self._stretch = (stretch, header.sectionSize(stretch))
        if drop:
            key = self._key() if self.name else ""
            self.narrow = NarrowColumns(self, key, stretch, drop, floor)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # When the other columns leave no room, Qt keeps the stretch column's last width,
        # which can be a sliver left by a passing layout (a 24 px subject in Chinese at
        # 960 px): each resize starts it again from its sample width.
        if self._stretch is not None:
            column, width = self._stretch
            header = self.horizontalHeader()
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        if self.narrow is not None:
            self.narrow.fit()
        super().resizeEvent(event)

    # -- column memory ------------------------------------------------------------
    def _key(self) -> str:
        count = self.model().columnCount() if self.model() else 0
        return f"tables/{self.name}/{count}"  # a new column forgets the old layout

    def save_columns(self) -> None:
        if self.name and self.model():
            _memory().setValue(self._key(), self.horizontalHeader().saveState())

    def restore_columns(self) -> None:
        if self.name and self.model():
            state = _memory().value(self._key())
            if state:
                self.horizontalHeader().restoreState(state)

    # -- copy -----------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.selectionModel().selectedRows()})

    def selected_tsv(self) -> str:
        model, header = self.model(), self.horizontalHeader()
        columns = [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        lines = [
            "\t".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns)
        ]
        for row in self.selected_rows():
            cells = (model.index(row, c).data() for c in columns)
            lines.append("\t".join(_cell(v) for v in cells))
        return "\n".join(lines)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy) and self.selected_rows():
            QGuiApplication.clipboard().setText(self.selected_tsv())
            event.accept()
            return
        super().keyPressEvent(event)


def _cell(value) -> str:
    # Tabs and line breaks inside a cell would split it into several in Excel.
    return "" if value is None else " ".join(str(value).split())
