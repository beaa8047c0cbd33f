"""Step 3b: the file's own values of fixed-choice fields, and what each one means.

"Versendet", "En camino", "Technical issue", "Critical": a platform's or a seller's
words for our choices. Each value Shopkeeper does not know gets a row with a
suggestion (from English and Chinese synonyms) where one fits. Where a wrong guess
would change money or meaning (an order's status, a promotion's kind) a value left
unchosen rejects its rows; elsewhere it takes the neutral choice, with a note.
The choices are saved with the mapping preset.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from shopkeeper.services.exchange import choice_field, unknown_values
from shopkeeper.services.exchange import fields_of as fields

from .labels import field_label
from .page import ImportPage
from .pages import PREVIEW

FIELD, VALUE, ROWS, CHOICE = range(4)


def has_unknown_values(state, mapping: dict[str, int]) -> bool:
    """Whether the value step has anything to ask; remembered with the sheet for each
    mapping, since QWizard asks each time it updates its buttons."""
    table = state.table
    checked = table.__dict__.setdefault("_unknown_values", {})
    key = (state.kind, tuple(sorted(mapping.items())))
    if key not in checked:
        checked[key] = bool(unknown_values(state.kind, table.rows, mapping, limit=1))
    return checked[key]


class ValuesPage(ImportPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Values"))
        self.setSubTitle(
            self.tr(
                "Some values in the file are not ones Shopkeeper knows. Say what each one "
                "means; your choices are saved with the mapping."
            )
        )
        self.explain = QLabel(wordWrap=True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Value in the file"), self.tr("Rows"), self.tr("Means")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CHOICE, QHeaderView.ResizeMode.ResizeToContents)
        self.save_button = QPushButton(self.tr("Save mapping and values…"))
        self.save_button.clicked.connect(self._save)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.problem)
        self.combos: list[tuple[str, str, QComboBox]] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        state = self.state
        found = unknown_values(state.kind, state.table.rows, state.mapping)
        labels = {f.id: field_label(f) for f in fields(state.kind)}
        chosen = state.value_map
        self.table.setRowCount(len(found))
        self.combos = []
        strict = False
        for row, unknown in enumerate(found):
            self.table.setItem(row, FIELD, QTableWidgetItem(labels[unknown.field]))
            self.table.setItem(row, VALUE, QTableWidgetItem(unknown.value))
            count = QTableWidgetItem(f"{unknown.rows:,}")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, ROWS, count)
            combo = self._combo(unknown)
            previous = chosen.get(unknown.field, {}).get(" ".join(unknown.value.split()).casefold())
            if previous is not None:
                combo.setCurrentIndex(max(0, combo.findData(previous)))
            self.table.setCellWidget(row, CHOICE, combo)
            self.combos.append((unknown.field, unknown.value, combo))
            strict = strict or unknown.neutral is None
        self.table.resizeColumnToContents(FIELD)
        text = self.tr("{count} values need your choice.").format(count=len(found))
        if strict:
            text += " " + self.tr(
                "A value left at “reject its rows” is not imported: for an order's status or "
                "a promotion's kind a wrong guess would change money or meaning."
            )
        self.explain.setText(text)

    def _combo(self, unknown) -> QComboBox:
        combo = QComboBox()
        choices = choice_field(self.state.kind, unknown.field).choices
        if unknown.neutral is None:
            combo.addItem(self.tr("— reject its rows —"), None)
        else:
            combo.addItem(self.tr("{choice} (neutral)").format(choice=unknown.neutral), None)
        for choice in choices:
            combo.addItem(choice, choice)
        if unknown.suggestion:
            combo.setCurrentIndex(combo.findData(unknown.suggestion))
        return combo

    def value_map(self) -> dict[str, dict[str, str]]:
        """{field: {value: choice}} of the values given a choice here."""
        found: dict[str, dict[str, str]] = {}
        for field_id, value, combo in self.combos:
            if combo.currentData() is not None:
                key = " ".join(value.split()).casefold()
                found.setdefault(field_id, {})[key] = combo.currentData()
        return found

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return PREVIEW

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        state = self.state
        merged = {field_id: dict(values) for field_id, values in state.value_map.items()}
        for field_id, values in self.value_map().items():
            merged.setdefault(field_id, {}).update(values)
        state.value_map = merged
        return True

    def _save(self) -> None:
        self.validatePage()
        self.wizard().mapping_page.save_preset()
