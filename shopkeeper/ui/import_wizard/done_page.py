"""Step 6: the commit, in the background: rejects file, backup, then one transaction
(``finish_import``, which `shopkeeper import` uses too)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel, QVBoxLayout

from shopkeeper.services.exchange import finish_import

from .labels import translate
from .page import ImportPage


class DonePage(ImportPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Import"))
        self.result = QLabel(wordWrap=True)
        self.result.setStyleSheet("font-size: 13pt;")
        self.details = QLabel(wordWrap=True, openExternalLinks=True)
        self.finished = False
        self.counts: dict | None = None  # the four counts, and "tables" the import wrote
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.problem)

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return -1  # the last page, although the value step has a higher id

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        state, wizard = self.state, self.wizard()
        plan, rejects_path = state.plan, state.rejects_path
        self.finished, self.counts = False, None
        self.details.clear()
        self.clear_problem()
        if state.import_nothing:
            self.setSubTitle(self.tr("Your shop was not changed."))
            self.result.setText(
                self.tr(
                    "Nothing was imported. Fix the {count:,} rejected rows in "
                    "{name} and import it again."
                ).format(count=len(plan.rejected), name=state.path.name)
            )
            self.finished = True
            return
        self.setSubTitle(self.tr("Importing from {name}.").format(name=state.path.name))
        self.result.setText(self.tr("Importing…"))
        shop = wizard.shop

        def work(progress):
            return finish_import(
                shop,
                plan,
                skip_bad_rows=bool(rejects_path),
                rejects_path=rejects_path,
                translate=translate,
                progress=progress,
            )

        wizard.committing = True
        wizard.run_job(
            work,
            title=self.tr("Importing {name}…").format(name=state.path.name),
            on_done=self._done,
            on_error=self._failed,
            on_cancel=self._cancelled,
        )
        self.completeChanged.emit()

    def _end(self) -> None:
        self.wizard().committing = False
        self.finished = True
        self.completeChanged.emit()

    def _done(self, result) -> None:
        counts = self.counts = {**result.counts, "tables": result.tables}
        state = self.state
        if result.committed:
            self.setSubTitle(self.tr("The import is complete."))
            self.result.setText(
                self.tr("Imported: {new:,} new, {changed:,} changed.").format(
                    new=counts["new"], changed=counts["changed"]
                )
            )
        else:
            self.setSubTitle(self.tr("Your shop was not changed."))
            good = counts["new"] + counts["changed"] + counts["unchanged"]
            self.result.setText(
                self.tr("Nothing to import: every good row is already in your shop.")
                if good
                else self.tr("Nothing to import: every row of the file was rejected.")
            )
        lines = []
        if counts["unchanged"]:
            lines.append(
                (
                    self.tr("1 row was already up to date.")
                    if counts["unchanged"] == 1
                    else self.tr("{count:,} rows were already up to date.")
                ).format(count=counts["unchanged"])
            )
        if state.rejects_path:
            link = (
                f'<a href="{QUrl.fromLocalFile(str(state.rejects_path)).toString()}">'
                f"{escape(str(state.rejects_path))}</a>"
            )
            lines.append(
                (
                    self.tr("1 rejected row was saved to {path}.")
                    if result.rejects_written == 1
                    else self.tr("{count:,} rejected rows were saved to {path}.")
                ).format(count=result.rejects_written, path=link)
            )
        if result.committed:
            lines.append(
                self.tr(
                    "A backup was taken just before the import: File > Restore… "
                    "brings the shop back to how it was."
                )
            )
        self.details.setText("<br><br>".join(lines))
        self._end()
        if result.committed and self.wizard().on_imported:
            self.wizard().on_imported(counts)

    def _failed(self, exc: BaseException) -> None:
        self.setSubTitle(self.tr("Your shop was not changed."))
        self.result.setText(self.tr("Nothing was imported."))
        self.show_problem(exc)
        self._end()

    def _cancelled(self) -> None:
        self.setSubTitle(self.tr("Your shop was not changed."))
        self.result.setText(self.tr("The import was cancelled. Nothing was imported."))
        self._end()

    def isComplete(self) -> bool:  # noqa: N802
        return self.finished
