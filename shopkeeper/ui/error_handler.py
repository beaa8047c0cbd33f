"""Errors reach the user once, in words they understand; tracebacks go to the log."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from shopkeeper import paths
from shopkeeper.errors import explain
from shopkeeper.ui.i18n import user_message

log = logging.getLogger("shopkeeper")


translate = QCoreApplication.translate


class ErrorHandler:
    """Shows expected problems plainly and unexpected ones with their details."""

    def __init__(self, parent: QWidget | None = None, *, interactive: bool = True) -> None:
        self.parent = parent
        self.interactive = interactive  # off in the self-test and tests: log only
        self.shown: list[str] = []

    def __call__(self, exc: BaseException) -> None:
        # A full disk or a read-only folder is an expected problem too, not a bug.
        known = explain(exc)
        if known is not None:
            if known is not exc:
                log.info("%r is %s", exc, type(known).__name__)
            log.info("user error: %s", known.message)
            self._show(QMessageBox.Icon.Warning, user_message(known), None)
            return
        details = "".join(traceback.format_exception(exc))
        log.error("unexpected error\n%s", details)
        text = translate(
            "ErrorHandler",
            "Shopkeeper ran into an unexpected problem. Nothing was saved from the step that "
            "failed; your shop file is safe. The details were written to the log in {folder}.",
        ).format(folder=paths.log_dir())
        self._show(QMessageBox.Icon.Critical, text, details)

    def _show(self, icon: QMessageBox.Icon, text: str, details: str | None) -> None:
        self.shown.append(text)
        if not self.interactive or QApplication.instance() is None:
            return
        box = QMessageBox(
            icon,
            translate("ErrorHandler", "Shopkeeper"),
            text,
            QMessageBox.StandardButton.Ok,
            self.parent,
        )
        if details:
            box.setDetailedText(details)
        box.exec()

    def install_excepthook(self) -> None:
        def hook(exc_type, exc, tb):
            if issubclass(exc_type, KeyboardInterrupt):
                sys.__excepthook__(exc_type, exc, tb)
                return
            self(exc.with_traceback(tb))

        sys.excepthook = hook
