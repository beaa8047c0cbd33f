"""Step 5: the dry run over the whole file, in the background, and what to do with bad rows."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from shopkeeper.services.exchange import AmbiguousDateOrder, plan_import
from shopkeeper.ui.theme import tone

from .date_order import DateOrderChooser
from .labels import translate
from .page import ImportPage

REJECTS_SHOWN = 500
NOTES_SHOWN = 5
# Each count's colour, by meaning (shopkeeper.ui.theme keeps them readable in dark mode).
COLORS = {"new": "success", "changed": "info", "unchanged": "neutral", "rejected": "danger"}


class CountTile(QFrame):
    """A big number with what it counts underneath."""

    def __init__(self, caption: str, hint: str, color: str) -> None:
        super().__init__()
        self.color = color
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(150)
        self.number = QLabel("–")
        self.caption = QLabel(f"<b>{caption}</b><br>{hint}")
        self.caption.setStyleSheet("color: palette(text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.set_count(None)

    def set_count(self, count: int | None) -> None:
        self.number.setText("–" if count is None else f"{count:,}")
        color = tone(self.color if count else "faint")
        self.number.setStyleSheet(f"font-size: 30pt; font-weight: bold; color: {color};")


class SummaryPage(ImportPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Check before importing"))
        self.setCommitPage(True)
        self.status = QLabel(wordWrap=True)
        self.tiles = {
            "new": CountTile(self.tr("New"), self.tr("rows to add"), COLORS["new"]),
            "changed": CountTile(self.tr("Changed"), self.tr("rows to update"), COLORS["changed"]),
            "unchanged": CountTile(
                self.tr("Unchanged"), self.tr("rows already in the shop"), COLORS["unchanged"]
            ),
            "rejected": CountTile(
                self.tr("Rejected"), self.tr("rows that cannot be imported"), COLORS["rejected"]
            ),
        }
        self.tile_row = QWidget()
        tiles = QHBoxLayout(self.tile_row)
        tiles.setContentsMargins(0, 0, 0, 0)
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        self.dates = DateOrderChooser()
        self.dates.hide()
        self.dates.chosen.connect(self._date_chosen)
        self.rejects = QTableWidget(0, 2)
        self.rejects.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Why it was rejected")])
        self.rejects.verticalHeader().hide()
        self.rejects.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejects.horizontalHeader().setStretchLastSection(True)
        self.rejects.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.rejects.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.rejects.verticalHeader().setDefaultSectionSize(22)
        self.rejects_heading = QLabel()
        self.more_rejects = QLabel()
        self.import_nothing = QRadioButton(self.tr("Import nothing (fix the file first)"))
        self.import_good = QRadioButton(
            self.tr("Import the good rows and save the rejected rows to a spreadsheet…")
        )
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.import_nothing)
        self.choice.addButton(self.import_good)
        self.import_nothing.setChecked(True)
        self.choice.buttonToggled.connect(self._choice_changed)
        self.retry = QPushButton(self.tr("Check again"))
        self.retry.clicked.connect(self.check)
        self.note = QLabel(wordWrap=True)
        self.notes = QLabel(wordWrap=True)  # what the dry run noted about rows it imports
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reject_box = QFrame()
        box = QVBoxLayout(self.reject_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.rejects_heading)
        box.addWidget(self.rejects, 1)
        box.addWidget(self.more_rejects)
        box.addSpacing(4)
        box.addWidget(self.import_nothing)
        box.addWidget(self.import_good)
        self.spacer = QWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tile_row)
        layout.addWidget(self.status)
        layout.addWidget(self.dates)
        layout.addWidget(self.reject_box, 1)
        layout.addWidget(self.spacer, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.note)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problem)

    @property
    def plan(self):
        return self.state.plan

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.setSubTitle(
            self.tr(
                "Shopkeeper compares every row of {name} with your shop. "
                "Nothing has been changed yet."
            ).format(name=self.state.path.name)
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.check()

    def cleanupPage(self) -> None:  # noqa: N802
        self._buttons(cancel=True)
        job = self.wizard().job
        if job is not None:
            job.cancel()
        self.state.plan = None

    def check(self) -> None:
        """Run the dry run over the whole file in the background."""
        if self.busy():
            return
        state, wizard = self.state, self.wizard()
        state.plan = None
        self._show_plan()
        self.clear_problem()
        self.dates.hide()
        self.retry.hide()
        self.status.setText(self.tr("Checking every row…"))
        request = state.request(mapping=dict(state.mapping))
        table, fmt, db = state.data.table, state.data.format, wizard.shop.db
        wizard.run_job(
            lambda progress: plan_import(db, request, progress, table=table, fmt=fmt),
            title=self.tr("Checking {name}…").format(name=state.path.name),
            on_done=self._planned,
            on_error=self._failed,
            on_cancel=self._cancelled,
        )
        self.completeChanged.emit()

    def _planned(self, plan) -> None:
        self.state.plan = plan
        self._show_plan()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.clear()
        if isinstance(exc, AmbiguousDateOrder):
            self.dates.ask(exc)
            self.dates.show()
            self.status.setText(
                self.tr("Choose how the dates are written; Shopkeeper then checks the file again.")
            )
        else:
            self.show_problem(exc)
            self.retry.show()
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self.status.setText(self.tr("The check was cancelled. Nothing was changed."))
        self.retry.show()
        self.completeChanged.emit()

    def _date_chosen(self, order: str) -> None:
        self.state.date_order = order
        self.check()

    def _show_plan(self) -> None:
        plan = self.plan
        counts = plan.counts if plan else {}
        for status, tile in self.tiles.items():
            tile.set_count(counts.get(status) if plan else None)
        self.tile_row.setVisible(plan is not None)
        rejected = plan.rejected if plan else []
        self.reject_box.setVisible(bool(rejected))
        self.spacer.setVisible(not rejected)
        self.rejects_heading.setText(self.tr("<b>Rejected rows</b> (row numbers as in the file):"))
        self.rejects.setRowCount(min(len(rejected), REJECTS_SHOWN))
        for row, reject in enumerate(rejected[:REJECTS_SHOWN]):
            self.rejects.setItem(row, 0, QTableWidgetItem(str(reject.row_number)))
            self.rejects.setItem(row, 1, QTableWidgetItem(reject.reason(translate)))
        self.rejects.setCurrentItem(None)
        more = len(rejected) - REJECTS_SHOWN
        self.more_rejects.setVisible(more > 0)
        self.more_rejects.setText(self.tr("… and {count:,} more.").format(count=more))
        self._show_notes(plan)
        if plan is None:
            self.note.clear()
            return
        self.status.setText(self.tr("Checked {total:,} rows.").format(total=len(plan.statuses)))
        self._choice_changed()

    def _show_notes(self, plan) -> None:
        count = plan.note_count if plan else 0
        self.notes.setVisible(bool(count))
        if not count:
            return
        lines = [
            self.tr("Row {row}: {message}").format(
                row=note.row_number, message=html.escape(note.message(translate))
            )
            for note in plan.notes[:NOTES_SHOWN]
        ]
        if count > NOTES_SHOWN:
            lines.append(self.tr("… and {count:,} more.").format(count=count - NOTES_SHOWN))
        heading = self.tr("<b>Notes</b> on rows that are imported:")
        self.notes.setText(heading + "<br>" + "<br>".join(lines))

    def _choice_changed(self, *_args) -> None:
        plan = self.plan
        if plan is None:
            return
        if plan.rejected and self.import_nothing.isChecked():
            text, button = (
                self.tr(
                    "Nothing will be imported. Fix the rejected rows in the "
                    "file and import it again."
                ),
                self.tr("Close"),
            )
        elif not plan.changes_anything and plan.rejected and not plan.counts["unchanged"]:
            text, button = (
                self.tr(
                    "Every row was rejected, so there is nothing to import. Save the rejected "
                    "rows to see why beside each one."
                ),
                self.tr("Save rejected rows"),
            )
        elif not plan.changes_anything and plan.rejected:
            text, button = (
                self.tr(
                    "The good rows are already in your shop: there is nothing to add or update."
                ),
                self.tr("Save rejected rows"),
            )
        elif not plan.changes_anything:
            text, button = (
                self.tr(
                    "Everything in this file is already in your shop: there is "
                    "nothing to add or update."
                ),
                self.tr("Finish"),
            )
        else:
            text, button = (
                self.tr(
                    "Press Import to add and update these rows in one step. "
                    "A backup of the shop is taken first."
                ),
                self.tr("Import"),
            )
        self.note.setText(text)
        self.setButtonText(QWizard.WizardButton.CommitButton, button)
        # "Close" beside "Cancel" would offer two ways out that mean the same: one only.
        self._buttons(cancel=button != self.tr("Close"))

    def _buttons(self, *, cancel: bool) -> None:
        Button = QWizard.WizardButton  # noqa: N806 - Qt's enum
        layout = [Button.Stretch, Button.BackButton, Button.NextButton, Button.CommitButton]
        layout += [Button.FinishButton] + ([Button.CancelButton] if cancel else [])
        self.wizard().setButtonLayout(layout)

    def isComplete(self) -> bool:  # noqa: N802
        return self.plan is not None and not self.busy()

    def validatePage(self) -> bool:  # noqa: N802
        state, plan = self.state, self.plan
        if plan is None or self.busy():
            return False
        state.import_nothing = bool(plan.rejected) and self.import_nothing.isChecked()
        self._buttons(cancel=True)
        state.rejects_path = None
        if plan.rejected and not state.import_nothing:
            default = state.path.with_name(state.path.stem + "-rejected.xlsx")
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the rejected rows"),
                str(default),
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not name:
                return False
            path = Path(name)
            state.rejects_path = (
                path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
            )
        return True
