"""A thin table model for any list of rows, described by its columns.

A tab gives ``RowTableModel`` its columns once and plain rows (dataclasses, tuples)
whenever it has loaded them; the model never runs SQL. Sorting is one Python list
sort (a QSortFilterProxyModel asks Python for two indexes and two values per
comparison: 0.8 s for 5,000 rows, against ~5 ms). Rows reach the view in chunks
through canFetchMore/fetchMore, so 60,000 rows cost the view no more than 500.

``LazyRowsModel`` is for tables too large to load whole (400k orders): it holds the
matching ids in order and fetches rows for the part on screen through a loader.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value a column sorts by
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's id, whatever the column
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the row object itself

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """How one column shows a row. ``text`` makes the cell's text; ``key`` what it
    sorts by (default: the text). Optional: colour name, tooltip, icon, tick box."""

    title: str
    text: Callable[[Any], str]
    key: Callable[[Any], Any] | None = None
    numeric: bool = False  # right-aligned
    colour: Callable[[Any], str | None] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    icon: Callable[[Any], Any] | None = None
    sample: str = ""  # typical content, to size the column
    header_tip: str = ""  # e.g. a KPI's definition

    def sort_value(self, row: Any) -> Any:
        value = (self.key or self.text)(row)
        return (value is None, value if value is not None else 0)


def _row_id(row: Any) -> Any:
    return getattr(row, "id", None) if not isinstance(row, tuple) else row[0]


class ColumnsModel(QAbstractTableModel):
    """What both models share: headers and the roles a row's cell answers."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        return None

    def row_at(self, row: int) -> Any:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            colour = column.colour(row)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and column.icon:
            return column.icon(row)
        if role == SORT_ROLE:
            return column.sort_value(row)[1]
        if role == ID_ROLE:
            return _row_id(row)
        if role == ROW_ROLE:
            return row
        return None


class RowTableModel(ColumnsModel):
    """All rows in memory; sorted in Python; shown to the view in chunks."""

    CHUNK = 500

    def __init__(
        self, columns: Sequence[Column], parent=None, id_of: Callable[[Any], Any] = _row_id
    ) -> None:
        super().__init__(columns, parent)
        self.id_of = id_of
        self._rows: list = []
        self._shown = 0
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence) -> None:
        """Show ``rows``, in the order the user last sorted by (else as given)."""
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self._shown = min(len(self._rows), self.CHUNK)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def total(self) -> int:
        """All rows, including those not yet fetched into the view."""
        return len(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < self._shown else None

    def row_of(self, row_id: Any) -> int | None:
        """The row showing ``row_id`` (fetching it into the view), or None."""
        found = next((n for n, r in enumerate(self._rows) if self.id_of(r) == row_id), None)
        if found is not None and found >= self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, found)
            self._shown = found + 1
            self.endInsertRows()
        return found

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        more = min(self.CHUNK, len(self._rows) - self._shown)
        if more > 0:
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ID_ROLE and index.isValid():
            row = self.row_at(index.row())
            return None if row is None else self.id_of(row)
        return super().data(index, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._rows = self._sorted(old)
        # Keep the selection on the same rows as they move.
        where = {id(row): n for n, row in enumerate(self._rows)}
        before = self.persistentIndexList()
        after = [self.index(where[id(old[i.row()])], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def clear_sort(self) -> None:
        """Show rows in the order they are given (until the user sorts by a column)."""
        self._sorted_by = None

    def _sorted(self, rows: list) -> list:
        if not self._sorted_by:
            return rows
        column, order = self._sorted_by
        key = self.columns[column].sort_value
        # Stable: equal values keep the order the rows came in (newest first, say).
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)


class LazyRowsModel(ColumnsModel):
    """Ids in display order, rows fetched on demand through ``load(ids) -> {id: row}``.

    Sorting asks the tab to query again (``sort_requested``), since only the database
    can sort 400k rows it has not loaded."""

    sort_requested = Signal(int, Qt.SortOrder)
    BLOCK = 200

    def __init__(
        self, columns: Sequence[Column], load: Callable[[list], dict], parent=None
    ) -> None:
        super().__init__(columns, parent)
        self.load = load
        self._ids: list = []
        self._cache: dict = {}

    def set_ids(self, ids: Sequence, first_rows: dict | None = None) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._cache = dict(first_rows or {})
        self.endResetModel()

    def ids(self) -> list:
        return list(self._ids)

    def total(self) -> int:
        return len(self._ids)

    def forget(self) -> None:
        """Drop cached rows (after a change) so they are read again when shown."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def row_of(self, row_id: Any) -> int | None:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def row_at(self, row: int) -> Any:
        if not 0 <= row < len(self._ids):
            return None
        row_id = self._ids[row]
        if row_id not in self._cache:
            start = max(0, row - self.BLOCK // 4)
            block = [i for i in self._ids[start : start + self.BLOCK] if i not in self._cache]
            self._cache.update(self.load(block))
            if len(self._cache) > 20 * self.BLOCK:  # keep memory flat while scrolling far
                self._cache = {i: self._cache[i] for i in block if i in self._cache}
        return self._cache.get(row_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ID_ROLE and index.isValid() and 0 <= index.row() < len(self._ids):
            return self._ids[index.row()]
        return super().data(index, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            self.sort_requested.emit(column, order)
