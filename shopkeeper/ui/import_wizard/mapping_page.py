"""Step 3: which column holds which field, proposed automatically and changeable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services.exchange import (
    apply_preset,
    fields_of,
    is_empty,
    list_presets,
    make_preset,
    missing_required,
    pack_value_map,
    save_preset,
    to_text,
    unpack_value_map,
)
from shopkeeper.ui.theme import tone

from .labels import field_label, format_label, kind_label
from .page import ImportPage
from .pages import PREVIEW, VALUES
from .values_page import has_unknown_values

NOT_IMPORTED = -1
EXAMPLE_LENGTH = 40


class MappingPage(ImportPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Match the columns"))
        self.combos: dict[str, QComboBox] = {}
        self.examples: dict[str, QLabel] = {}
        self._built_for: tuple | None = None
        self._samples_by_column: list[str] = []
        self.presets = QComboBox()
        self.presets.setMinimumContentsLength(18)
        self.save_button = QPushButton(self.tr("Save mapping as…"))
        self.detected = QLabel(wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Saved mapping:")))
        top.addWidget(self.presets, 1)
        top.addWidget(self.save_button)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setHorizontalSpacing(16)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self.grid_host)
        self.status = QLabel(wordWrap=True)
        # The columns left out can be many (35 in a Shopify export): a line that opens.
        self.unused_toggle = QToolButton(checkable=True)
        self.unused_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.unused_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.unused_toggle.setAutoRaise(True)
        self.unused_toggle.toggled.connect(self._show_unused)
        self.unused_list = QLabel(wordWrap=True)
        self.unused_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unused_list.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.detected)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.unused_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.unused_list)
        self.presets.activated.connect(self._preset_chosen)
        self.save_button.clicked.connect(self.save_preset)

    @property
    def db(self):
        return self.wizard().shop.db

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        state = self.state
        data = state.data
        self.setSubTitle(
            self.tr(
                "Each field of Shopkeeper on the left takes one column of {name}. Fields marked * "
                "are required."
            ).format(name=state.path.name)
        )
        if data.format.id != "generic":
            self.detected.setText(
                self.tr(
                    "Recognised as: <b>{format}</b>. The columns are "
                    "matched for you; check them and change any that "
                    "are wrong."
                ).format(format=format_label(data.format))
            )
        else:
            self.detected.setText(
                self.tr(
                    "The columns were matched by their names. Check them "
                    "and change any that are wrong."
                )
            )
        if self._built_for != data.key:
            self._build(data.table, data.format.map_headers(data.table.headers))
            self._built_for = data.key
        self._load_presets()
        self._changed()

    def _build(self, table, mapping: dict[str, int]) -> None:
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.combos.clear()
        self.examples.clear()
        for col, text in enumerate(
            (self.tr("Field"), self.tr("Column in the file"), self.tr("Example"))
        ):
            heading = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(heading, 0, col)
        samples = self._samples(table)
        for row, f in enumerate(fields_of(self.state.kind), start=1):
            label = QLabel(field_label(f) + (" *" if f.required else ""))
            if f.required:
                label.setStyleSheet("font-weight: bold;")
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), NOT_IMPORTED)
            for col, header in enumerate(table.headers):
                combo.addItem(header or self.tr("(column {number})").format(number=col + 1), col)
            combo.setCurrentIndex(combo.findData(mapping.get(f.id, NOT_IMPORTED)))
            example = QLabel()
            example.setStyleSheet("color: palette(placeholder-text);")
            example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setBuddy(combo)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.grid.addWidget(example, row, 2)
            self.combos[f.id] = combo
            self.examples[f.id] = example
            combo.currentIndexChanged.connect(self._changed)
        self.grid.setRowStretch(len(self.combos) + 1, 1)
        self._samples_by_column = samples

    @staticmethod
    def _samples(table) -> list[str]:
        """The first non-empty value of each column, shortened."""
        samples = []
        for col in range(len(table.headers)):
            value = next((row[col] for row in table.rows[:50] if not is_empty(row[col])), None)
            text = "" if value is None else to_text(value).replace("\n", " ")
            samples.append(
                text if len(text) <= EXAMPLE_LENGTH else text[: EXAMPLE_LENGTH - 1] + "…"
            )
        return samples

    def mapping(self) -> dict[str, int]:
        return {
            fid: combo.currentData()
            for fid, combo in self.combos.items()
            if combo.currentData() != NOT_IMPORTED
        }

    def set_mapping(self, mapping: dict[str, int]) -> None:
        for fid, combo in self.combos.items():
            combo.setCurrentIndex(combo.findData(mapping.get(fid, NOT_IMPORTED)))

    def _changed(self) -> None:
        state = self.state
        state.mapping = self.mapping()
        for fid, example in self.examples.items():
            col = state.mapping.get(fid)
            example.setText("" if col is None else self._samples_by_column[col])
        for combo in self.combos.values():
            combo.setStyleSheet(
                ""
                if combo.currentData() != NOT_IMPORTED
                else "QComboBox { color: palette(placeholder-text); }"
            )
        missing = missing_required(state.kind, state.mapping)
        if missing:
            self.status.setText(
                self.tr("Choose a column for: {fields}.").format(
                    fields=", ".join(field_label(f) for f in missing)
                )
            )
            self.status.setStyleSheet(f"color: {tone('danger')}; font-weight: bold;")
            unused = []
        else:
            used = {}
            twice = sorted(
                {
                    self.combos[fid].currentText()
                    for fid, col in state.mapping.items()
                    if used.setdefault(col, fid) != fid
                }
            )
            unused = [
                header
                for col, header in enumerate(state.table.headers)
                if header and col not in state.mapping.values()
            ]
            text = self.tr("Every required field has a column.")
            if twice:
                text = self.tr("Column “{columns}” is used for more than one field.").format(
                    columns="”, “".join(twice)
                )
                unused = []
            self.status.setText(text)
            self.unused_toggle.setText(
                self.tr("1 column of the file is not imported")
                if len(unused) == 1
                else self.tr("{count} columns of the file are not imported").format(
                    count=len(unused)
                )
            )
            self.unused_list.setText(", ".join(unused))
            self.status.setStyleSheet("")
        self.unused_toggle.setVisible(bool(unused))
        self.unused_list.setVisible(bool(unused) and self.unused_toggle.isChecked())
        self.completeChanged.emit()

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        """The value step only when the file holds values Shopkeeper does not know."""
        state = self.state
        if state.table is not None and has_unknown_values(state, self.mapping()):
            return VALUES
        return PREVIEW

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.combos) and not missing_required(self.state.kind, self.mapping())

    # -- saved mappings ---------------------------------------------------------------
    def _load_presets(self, select: str | None = None) -> None:
        self.presets.clear()
        self.presets.addItem(self.tr("— choose a saved mapping —"), None)
        for preset in list_presets(self.db, self.state.kind):
            self.presets.addItem(preset.name, preset)
        self.presets.setEnabled(self.presets.count() > 1)
        if select is not None:
            self.presets.setCurrentIndex(self.presets.findText(select))

    def apply_preset_named(self, name: str) -> None:
        index = self.presets.findText(name)
        self.presets.setCurrentIndex(index)
        self._preset_chosen(index)

    def _show_unused(self, shown: bool) -> None:
        self.unused_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.unused_list.setVisible(shown)

    def _preset_chosen(self, index: int) -> None:
        preset = self.presets.itemData(index)
        if preset is not None:
            self.state.value_map = unpack_value_map(preset.mapping)  # the value step's choices
            self.set_mapping(apply_preset(preset, self.state.table.headers))

    def save_preset(self) -> None:
        state = self.state
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save mapping"),
            self.tr("Name for this mapping of {kind} columns:").format(kind=kind_label(state.kind)),
            text=state.path.stem,
        )
        name = name.strip()
        if not ok or not name:
            return
        if (
            self.presets.findText(name) > 0
            and QMessageBox.question(
                self,
                self.tr("Save mapping"),
                self.tr("A mapping named “{name}” exists. Replace it?").format(name=name),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        preset = make_preset(state.kind, name, self.mapping(), state.table.headers)
        preset.mapping = pack_value_map(preset.mapping, state.value_map)
        save_preset(self.db, preset)
        self._load_presets(select=name)
