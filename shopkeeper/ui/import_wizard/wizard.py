"""File > Import…: a wizard from a file to a committed import, never a silent guess.

file → sheet (and date order, when the dates read two ways) → mapping → preview
→ dry-run summary → commit. Reading the file, the dry run and the commit run in
the background; only the 200-row preview is worked out on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from shopkeeper.services.money import exponent
from shopkeeper.services.shop import Shop
from shopkeeper.ui.background import BackgroundRunner

from .done_page import DonePage
from .file_page import FilePage
from .mapping_page import MappingPage
from .pages import DONE, FILE, MAPPING, PREVIEW, SHEET, SUMMARY, VALUES
from .preview_page import PreviewPage
from .sheet_page import SheetPage
from .state import ImportState
from .summary_page import SummaryPage
from .values_page import ValuesPage


class ImportWizard(QWizard):
    def __init__(
        self,
        shop: Shop,
        runner: BackgroundRunner,
        *,
        file: Path | None = None,
        on_imported: Callable[[dict], None] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.shop, self.runner, self.on_imported = shop, runner, on_imported
        self.state = ImportState(exponent=exponent(shop.currency))
        self.job = None
        self.committing = False
        self.closed = False
        self.setWindowTitle(self.tr("Import"))
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.resize(860, 640)
        self.file_page = FilePage(file)
        self.sheet_page = SheetPage()
        self.mapping_page = MappingPage()
        self.values_page = ValuesPage()
        self.preview_page = PreviewPage()
        self.summary_page = SummaryPage()
        self.done_page = DonePage()
        for page_id, page in (
            (FILE, self.file_page),
            (SHEET, self.sheet_page),
            (MAPPING, self.mapping_page),
            (VALUES, self.values_page),
            (PREVIEW, self.preview_page),
            (SUMMARY, self.summary_page),
            (DONE, self.done_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(FILE)

    # -- background work ---------------------------------------------------------
    def run_job(self, fn, *, title: str, on_done, on_error, on_cancel=None) -> None:
        """Run ``fn(progress)`` off the GUI thread; callbacks are skipped once the wizard closed."""

        def finished(callback, *args):
            self.job = None
            if not self.closed and callback is not None:
                callback(*args)

        job = self.runner.run(
            fn,
            title=title,
            parent=self,
            on_done=lambda result: finished(on_done, result),
            on_error=lambda exc: finished(on_error, exc),
            on_cancel=lambda: finished(on_cancel),
        )
        if job.running:
            self.job = job

    def advance_after(self, fn, *, title: str, on_loaded, on_error) -> bool:
        """For validatePage: load in the background, then go on when ``on_loaded`` says so.

        Returns True when the work already finished (a synchronous runner) and
        ``on_loaded(result)`` returned True; otherwise the wizard moves on by
        itself once the work is done, and the page's validatePage, called again,
        finds the result in the state.
        """
        outcome = {"inside": True, "advance": False}

        def loaded(result) -> None:
            outcome["advance"] = bool(on_loaded(result))
            if outcome["advance"] and not outcome["inside"]:
                self.next()

        self.run_job(fn, title=title, on_done=loaded, on_error=on_error)
        outcome["inside"] = False
        return outcome["advance"]

    # -- closing -------------------------------------------------------------------
    def reject(self) -> None:
        if self.committing:
            return  # the commit is one transaction; its own Cancel (progress dialog) stops it
        if self.job is not None:
            self.job.cancel()
        self.closed = True
        super().reject()

    def accept(self) -> None:
        self.closed = True
        super().accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and self.committing:
            return
        super().keyPressEvent(event)
