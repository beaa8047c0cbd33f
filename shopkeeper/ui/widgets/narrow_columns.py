"""Columns that step aside when a table is too narrow to show them all, and the header
menu where the user shows or hides any column for good.

A list in a narrow pane (the Inbox's tickets at the 960 px minimum window) would
otherwise scroll sideways and hide its last columns, which may be the ones that
matter (Due). The columns given as ``drop`` leave, in that order, only while the
table cannot give every other column its contents' width and the stretching column
``floor`` pixels; they come back as soon as it can.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QSettings, Qt, QTimer, Slot
from PySide6.QtWidgets import QMenu, QTableView

from shopkeeper import paths


def _memory() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


class NarrowColumns(QObject):
    def __init__(
        self, table: QTableView, key: str, stretch: int, drop: tuple[int, ...], floor: int
    ) -> None:
        """``key`` names where the user's choices are remembered ("" remembers nothing)."""
        super().__init__(table)
        self.table, self.key, self.stretch, self.drop, self.floor = (
            table,
            key,
            stretch,
            drop,
            floor,
        )
        self.hidden: set[int] = set()  # hidden by the user, whatever the width
        self.kept: set[int] = set()  # shown by the user even where it does not fit
        self._fitting = False
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.fit)
        header = table.horizontalHeader()
        # The rows on screen change the columns' widths (a longer name scrolls in).
        header.sectionResized.connect(lambda *_: self._later.start())
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        self._load()
        self.fit()

    # -- fitting ------------------------------------------------------------------
    def width_of(self, column: int) -> int:
        """What the column takes when shown: its title and the rows on screen, as Qt's
        ResizeToContents measures them (also while it is hidden)."""
        header = self.table.horizontalHeader()
        title = header.sectionSizeFromContents(column).width()
        return max(self.table.sizeHintForColumn(column), title, header.minimumSectionSize())

    def dropped(self) -> set[int]:
        """The columns left out at the table's present width."""
        count = self.table.horizontalHeader().count()
        shown = [c for c in range(count) if c not in self.hidden and c != self.stretch]
        need = self.floor + sum(self.width_of(c) for c in shown)
        out: set[int] = set()
        for column in self.drop:
            if need <= self.table.viewport().width():
                break
            if column in shown and column not in self.kept:
                out.add(column)
                need -= self.width_of(column)
        return out

    @Slot()
    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            header = self.table.horizontalHeader()
            out = self.hidden | self.dropped()
            for column in range(header.count()):
                if header.isSectionHidden(column) != (column in out):
                    header.setSectionHidden(column, column in out)
        finally:
            self._fitting = False

    # -- the user's choice ----------------------------------------------------------
    def column_menu(self) -> QMenu:
        """A tick for each column (the stretching one always shows), and a way back to
        the columns fitting the width by themselves."""
        header, model = self.table.horizontalHeader(), self.table.model()
        menu = QMenu(self.table)
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            if len(title) <= 1 and tip:  # a symbol ("●") says more with its tooltip
                title = f"{title} {tip}"
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != self.stretch)
            action.toggled.connect(lambda on, c=column: self.choose(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset)
        return menu

    @Slot(QPoint)
    def _show_menu(self, pos: QPoint) -> None:
        self.column_menu().exec(self.table.horizontalHeader().mapToGlobal(pos))

    def choose(self, column: int, shown: bool) -> None:
        """Show or hide ``column`` whatever the width; remembered."""
        if shown:
            self.hidden.discard(column)
            self.kept.add(column)
        else:
            self.hidden.add(column)
            self.kept.discard(column)
        self._save()
        self.fit()

    @Slot()
    def reset(self) -> None:
        """Back to the columns' first order, fitting the width by themselves."""
        self.hidden.clear()
        self.kept.clear()
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.moveSection(header.visualIndex(column), column)
        self._save()
        self.fit()

    def _load(self) -> None:
        if self.key:
            memory = _memory()
            self.hidden = _numbers(memory.value(f"{self.key}-hidden", ""))
            self.kept = _numbers(memory.value(f"{self.key}-kept", ""))

    def _save(self) -> None:
        if self.key:
            memory = _memory()
            memory.setValue(f"{self.key}-hidden", ",".join(map(str, sorted(self.hidden))))
            memory.setValue(f"{self.key}-kept", ",".join(map(str, sorted(self.kept))))


def _numbers(text) -> set[int]:
    # An INI file gives back a one-item list as a plain string, and may hold anything.
    parts = text if isinstance(text, list) else str(text or "").split(",")
    return {int(p) for p in parts if str(p).strip().isdigit()}
