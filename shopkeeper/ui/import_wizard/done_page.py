"""Step 6: the commit, in the background: rejects file, backup, then one transaction."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel, QVBoxLayout

from shopkeeper.services.exchange.importing import commit_import
from shopkeeper.services.exchange.rejects import write_rejects

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
        self.counts: dict[str, int] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        state, wizard = self.state, self.wizard()
        plan, rejects_path = state.plan, state.rejects_path
        self.finished, self.counts = False, None
        self.details.clear()
        self.clear_problem()
        if state.import_nothing:
            self.setSubTitle(self.tr("Your shop was not changed."))
            self.result.setText(self.tr("Nothing was imported. Fix the {count:,} rejected rows in "
                                        "{name} and import it again.").format(
                                            count=len(plan.rejected), name=state.path.name))
            self.finished = True
            return
        self.setSubTitle(self.tr("Importing from {name}.").format(name=state.path.name))
        self.result.setText(self.tr("Importing…"))
        shop = wizard.shop
        backing_up = self.tr("Backing up the shop…")

        def work(progress):
            written = write_rejects(plan, rejects_path, translate) if rejects_path else 0
            counts = plan.counts
            if plan.changes_anything:
                shop.backup_now(reason="before-import",
                                progress=lambda done, total: progress(done, total, backing_up))
                counts = commit_import(shop.db, plan, skip_bad_rows=bool(rejects_path),
                                       progress=progress)
            return counts, written

        wizard.committing = True
        wizard.run_job(work, title=self.tr("Importing {name}…").format(name=state.path.name),
                       on_done=self._done, on_error=self._failed, on_cancel=self._cancelled)
        self.completeChanged.emit()

    def _end(self) -> None:
        self.wizard().committing = False
        self.finished = True
        self.completeChanged.emit()

    def _done(self, result) -> None:
        counts, written = result
        self.counts = counts
        state = self.state
        if state.plan.changes_anything:
            self.setSubTitle(self.tr("The import is complete."))
            self.result.setText(self.tr("Imported: {new:,} new, {changed:,} changed.").format(
                new=counts["new"], changed=counts["changed"]))
        else:
            self.setSubTitle(self.tr("Your shop was not changed."))
            self.result.setText(self.tr("Nothing to import: every good row is already in "
                                        "your shop."))
        lines = []
        if counts["unchanged"]:
            lines.append(self.tr("{count:,} rows were already up to date.").format(
                count=counts["unchanged"]))
        if state.rejects_path:
            link = f'<a href="{QUrl.fromLocalFile(str(state.rejects_path)).toString()}">' \
                   f"{escape(str(state.rejects_path))}</a>"
            lines.append(self.tr("{count:,} rejected rows were saved to {path}.").format(
                count=written, path=link))
        if state.plan.changes_anything:
            lines.append(self.tr("A backup was taken just before the import: File > Restore… "
                                 "brings the shop back to how it was."))
        self.details.setText("<br><br>".join(lines))
        self._end()
        if state.plan.changes_anything and self.wizard().on_imported:
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
