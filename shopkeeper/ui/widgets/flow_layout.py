"""A layout that puts widgets in a row and wraps them onto the next row when the row is full.

A narrow pane (the Inbox's thread at the 960 px minimum window) then shows every button
whole on two rows instead of squeezing each one's text to "Re…ve". Widgets whose
horizontal size policy expands (a tags box) share the room left at the end of their row,
so a row still reaches the pane's right edge.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

_GROWING = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)


def _grows(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and widget.sizePolicy().horizontalPolicy() in _GROWING


class FlowLayout(QLayout):
    def __init__(
        self, parent: QWidget | None = None, spacing: int = -1, right: bool = False
    ) -> None:
        """``right``: rows keep to the right edge (a dialog's buttons), else to the left."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._right = right
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- the QLayout contract -------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        # One row of everything; heightForWidth gives the wrapped height.
        width = sum(i.sizeHint().width() for i in self._shown()) + self._gap() * max(
            0, len(self._shown()) - 1
        )
        height = max((i.sizeHint().height() for i in self._shown()), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:  # noqa: N802
        # The widest single widget: anything narrower would cut a button's text.
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize()).expandedTo(QSize(item.sizeHint().width(), 0))
        return size + self._margin_size()

    # -- arranging ---------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _margin_size(self) -> QSize:
        m: QMargins = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _wanted(self, item: QLayoutItem) -> int:
        # A growing widget asks for its minimum and takes what is left of its row.
        if _grows(item):
            return max(item.minimumSize().width(), item.widget().minimumWidth())
        return item.sizeHint().width()

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            wanted = self._wanted(item)
            if rows[-1] and used + self._gap() + wanted > width:
                rows.append([])
                used = 0
            used += (self._gap() if rows[-1] else 0) + wanted
            rows[-1].append(item)
        return [row for row in rows if row]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the rows out in ``rect`` (when ``move``); returns the height they need."""
        area = rect.marginsRemoved(self.contentsMargins())
        gap, y = self._gap(), area.y()
        for row in self._rows(area.width()):
            height = max(i.sizeHint().height() for i in row)
            spare = area.width() - sum(self._wanted(i) for i in row) - gap * (len(row) - 1)
            growing = [i for i in row if _grows(i)]
            x = area.x() + (spare if self._right and not growing and spare > 0 else 0)
            for item in row:
                width = self._wanted(item)
                if item in growing and spare > 0:
                    width += spare // len(growing)
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + gap
            y += height + gap
        margins = self.contentsMargins()
        return y - gap - rect.y() + margins.bottom() if y > area.y() else 0


class FittingComboBox(QComboBox):
    """A combo box as wide as the value it shows rather than its longest choice, so
    "Open" does not take the room of "Waiting on customer" in a flow of fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        text = QSize(metrics.horizontalAdvance(self.currentText()), metrics.height())
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
        return QSize(size.width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()
