"""File > Export…: any table of the shop to a spreadsheet, written in the background."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from shopkeeper.errors import UserError
from shopkeeper.services.exchange import (
    EXPORT_KINDS,
    ExportWarnings,
    export_formats,
    export_table,
    last_listing_export,
)
from shopkeeper.services.shop import Shop
from shopkeeper.ui.background import BackgroundRunner
from shopkeeper.ui.i18n import user_message
from shopkeeper.ui.import_wizard.labels import KIND_LABELS, export_format_label, kind_label
from shopkeeper.ui.theme import problem_style


def default_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


class ExportDialog(QDialog):
    def __init__(
        self,
        shop: Shop,
        runner: BackgroundRunner,
        *,
        on_exported: Callable[[str], None] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.shop, self.runner, self.on_exported = shop, runner, on_exported
        self.job = None
        self._closing = False
        self._named_by_user = False
        self._confirmed: Path | None = None  # a path the user already agreed to overwrite
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        self.kind = QComboBox()
        for kind in KIND_LABELS:
            if kind in EXPORT_KINDS:
                self.kind.addItem(kind_label(kind), kind)
        self.format = QComboBox()
        self.path = QLineEdit()
        self.browse = QPushButton(self.tr("Choose…"))
        self.changed_only = QCheckBox(
            self.tr("Only &listings changed since the last export to this format")
        )
        self.last_export = QLabel(wordWrap=True)
        self.last_export.setEnabled(False)  # greyed: a hint under the box
        self.note = QLabel(wordWrap=True)
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet(problem_style())
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("&Export:"), self.kind)
        form.addRow(self.tr("F&ormat:"), self.format)
        file_label = QLabel(self.tr("&Save to:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        form.addRow("", self.changed_only)
        form.addRow("", self.last_export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.path.textEdited.connect(self._typed)
        self.browse.clicked.connect(self.choose_file)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self._kind_changed()

    # -- choices ---------------------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def set_format(self, format_id: str) -> None:
        self.format.setCurrentIndex(self.format.findData(format_id))

    def chosen_format(self):
        return next(
            f for f in export_formats(self.kind.currentData()) if f.id == self.format.currentData()
        )

    def _kind_changed(self) -> None:
        self.format.blockSignals(True)
        self.format.clear()
        for fmt in export_formats(self.kind.currentData()):
            self.format.addItem(export_format_label(fmt), fmt.id)
        self.format.blockSignals(False)
        self._format_changed()

    def _format_changed(self) -> None:
        fmt = self.chosen_format()
        self.note.setText(
            self.tr(
                "A spreadsheet with a frozen header, number and date formats. Importing it back "
                "changes nothing."
            )
            if fmt.id == "xlsx"
            else self.tr("A CSV file for a platform's importer or another program.")
        )
        kind = self.kind.currentData()
        current = Path(self.path.text()) if self.path.text() else None
        if current is None or not self._named_by_user:
            name = f"{kind}-{date.today():%Y-%m-%d}"
            if fmt.id in ("shopify", "taobao"):
                name = f"{kind}-{fmt.id}-{date.today():%Y-%m-%d}"
            folder = current.parent if current else default_folder()
            self.path.setText(str(folder / (name + fmt.suffix)))
        elif current.suffix.lower() != fmt.suffix:
            self.path.setText(str(current.with_suffix(fmt.suffix)))
        self._show_last_export(kind, fmt.id)
        self.problem.hide()

    def _show_last_export(self, kind: str, format_id: str) -> None:
        listings = kind == "listings"
        self.changed_only.setVisible(listings)
        self.last_export.setVisible(listings)
        if not listings:
            self.changed_only.setChecked(False)
            return
        when = last_listing_export(self.shop.db, format_id)
        if when is None:
            self.last_export.setText(
                self.tr("Never exported to this format yet: every listing goes in the file.")
            )
        else:
            self.last_export.setText(
                self.tr("Last exported to this format: {when}.").format(
                    when=when.replace("T", " ")[:16]
                )
            )

    def _typed(self) -> None:
        self._named_by_user = True
        self._confirmed = None
        self.problem.hide()

    def choose_file(self) -> None:
        fmt = self.chosen_format()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to file"),
            self.path.text(),
            f"{export_format_label(fmt)} (*{fmt.suffix})",
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != fmt.suffix:
                path = path.with_name(path.name + fmt.suffix)
            self.path.setText(str(path))
            self._named_by_user = True
            self._confirmed = path  # the file dialog asked about overwriting

    # -- the export ------------------------------------------------------------------
    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        suffix = self.chosen_format().suffix
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def export(self) -> None:
        if self.job is not None:
            return
        path = self.target()
        if path is None or not path.parent.is_dir():
            self._show_problem(self.tr("Choose a file in an existing folder."))
            return
        if (
            path.exists()
            and path != self._confirmed
            and QMessageBox.question(
                self,
                self.tr("Export"),
                self.tr("{name} exists. Replace it?").format(name=path.name),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.problem.hide()
        kind, format_id = self.kind.currentData(), self.format.currentData()
        changed_only = kind == "listings" and self.changed_only.isChecked()
        starting = self.tr("Exporting {kind}…").format(kind=kind_label(kind))

        warnings = ExportWarnings()  # text cut at Excel's limit; formulas in platform CSVs

        def work(progress):
            progress(0, 0, starting)  # a Cancel pressed before the first row stops here
            # A connection of its own: the window's belongs to the GUI thread (and a
            # listings export remembers itself, a write).
            with self.shop.read_connection() as own:
                return export_table(
                    own,
                    kind,
                    path,
                    format_id=format_id,
                    progress=progress,
                    warnings=warnings,
                    changed_since_last=changed_only,
                )

        self.export_button.setEnabled(False)
        job = self.runner.run(
            work,
            title=starting,
            parent=self,
            on_done=lambda count: self._exported(path, count, warnings),
            on_error=self._failed,
            on_cancel=self._cancelled,
        )
        self.job = job if job.running else None

    def _exported(self, path: Path, count: int, warnings=()) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        messages = warnings.messages(QCoreApplication.translate) if warnings else []
        if messages:
            QMessageBox.warning(self, self.tr("Exported, with a warning"), "\n\n".join(messages))
        if self.on_exported:
            self.on_exported(
                self.tr("Exported {count:,} rows to {path}.").format(count=count, path=path)
            )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        if isinstance(exc, (UserError, OSError)):
            text = (
                user_message(exc)
                if isinstance(exc, UserError)
                else self.tr("The file could not be written: {error}").format(
                    error=exc.strerror or exc
                )
            )
            self._show_problem(text)
        else:
            self.runner.error_handler(exc)

    def _cancelled(self) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        if self._closing:
            super().reject()
            return
        self._show_problem(self.tr("The export was cancelled. No file was written."))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def reject(self) -> None:
        if self.job is not None:
            self._closing = True
            self.job.cancel()
            return  # closes once the writer has stopped and removed its partial file
        super().reject()
