"""Step 1: what to import, and from which file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from shopkeeper.services.exchange import (
    FORMATS,
    MAIL_SUFFIXES,
    EmptyFile,
    SourceMissing,
    file_stamp,
    list_sheets,
    read_sheet,
)

from .labels import KIND_LABELS, format_label, import_file_filter, kind_label
from .page import ImportPage
from .pages import MAPPING, SHEET


class FilePage(ImportPage):
    def __init__(self, file: Path | None = None) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose what to import"))
        self.setSubTitle(
            self.tr(
                "Pick the kind of data and the file it is in. Nothing in your shop changes "
                "until you confirm on the last step."
            )
        )
        self.kind = QComboBox()
        for kind in KIND_LABELS:
            self.kind.addItem(kind_label(kind), kind)
        self.path = QLineEdit(str(file) if file else "")
        self.path.setPlaceholderText(self.tr("Choose a file, or drop one on the main window"))
        self.path.setClearButtonEnabled(True)
        self.browse = QPushButton(self.tr("Choose…"))
        self.format = QComboBox()
        self.format_note = QLabel(wordWrap=True)
        self.format_note.setStyleSheet("color: palette(placeholder-text);")
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form = QFormLayout()
        form.addRow(self.tr("&Import:"), self.kind)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("F&ormat:"), self.format)
        form.addRow("", self.format_note)
        supported = QLabel(
            self.tr(
                "Shopkeeper reads Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) and text "
                "(.csv, .tsv, .txt) files, in English or Chinese."
            )
        )
        supported.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(supported)
        layout.addStretch(1)
        layout.addWidget(self.problem)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.path.textChanged.connect(self._path_changed)
        self.browse.clicked.connect(self.choose_file)
        self._kind_changed()
        self._kind_for_mail()  # a dropped .eml

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.format.clear()
        self.format.addItem(self.tr("Automatic (recognise the platform)"), "auto")
        for fmt in FORMATS:
            if fmt.kind == kind:
                self.format.addItem(format_label(fmt), fmt.id)
        self.format_note.setText(
            self.tr(
                "Automatic knows the exports of Shopify, Etsy and Taobao Assistant and matches "
                "any other file by its column names."
            )
        )
        self.clear_problem()

    def _path_changed(self) -> None:
        self.clear_problem()
        self._kind_for_mail()
        self.completeChanged.emit()

    def _kind_for_mail(self) -> None:
        """Email (.eml, .mbox) imports as tickets only (issue 11)."""
        if Path(self.path.text().strip()).suffix.lower() in MAIL_SUFFIXES:
            self.set_kind("tickets")

    def choose_file(self) -> None:
        start = self.path.text() or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import from file"), start, import_file_filter()
        )
        if name:
            self.path.setText(name)

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        if self.busy():
            return False
        state = self.state
        path = Path(self.path.text().strip()).expanduser()
        if not path.is_file():
            self.show_problem(SourceMissing(path=str(path)))
            return False
        state.kind, state.format_id = self.kind.currentData(), self.format.currentData()
        if state.path != path:
            state.path, state.sheets, state.sheets_of, state.sheet = path, None, None, None
        stamp = (path, file_stamp(path))
        if state.sheets_of == stamp and (len(state.sheets) > 1 or self._single_sheet_read()):
            return True
        self.clear_problem()
        request_for, key_for = state.request, state.sheet_key

        def load(progress):
            sheets = list_sheets(path)
            if not sheets:
                raise EmptyFile(name=path.name)
            if len(sheets) != 1:
                return stamp, sheets, None
            return (
                stamp,
                sheets,
                read_sheet(request_for(sheet=sheets[0]), key_for(sheets[0]), progress),
            )

        return self.wizard().advance_after(
            load,
            title=self.tr("Reading {name}…").format(name=path.name),
            on_loaded=self._loaded,
            on_error=self.show_problem,
        )

    def _single_sheet_read(self) -> bool:
        state = self.state
        return state.data is not None and state.data.key == state.sheet_key(state.sheets[0])

    def _loaded(self, result) -> bool:
        state = self.state
        stamp, sheets, data = result
        state.sheets, state.sheets_of = sheets, stamp
        if data is not None:
            state.sheet, state.data, state.date_order = sheets[0], data, None
        elif state.sheet not in sheets:
            state.sheet = sheets[0]
        return True

    def nextId(self) -> int:  # noqa: N802
        state = self.state
        if state.sheets is None or len(state.sheets) > 1 or state.date_question():
            return SHEET
        return MAPPING
