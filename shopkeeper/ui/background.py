"""The one way to run long work off the GUI thread.

Work is a plain function ``fn(progress)``. It reports with
``progress(done, total, text)``, which raises ``Cancelled`` once the user has
pressed Cancel, so the work stops at its next report and rolls back. Callbacks
come back on the GUI thread; workers never touch widgets. A progress dialog
appears only when the job has run for ``SHOW_AFTER_MS``, so quick jobs do not
flash one (as Anki does).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from shopkeeper.errors import Cancelled

log = logging.getLogger(__name__)
SHOW_AFTER_MS = 500


class Progress:
    """Handed to the work function; safe to call from the worker thread."""

    def __init__(self, signals: _JobSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        try:
            self._signals.progress.emit(int(done), int(total), text)
        except RuntimeError as exc:  # the window went away mid-job: stop, change nothing
            raise Cancelled() from exc

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _JobSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress, signals: _JobSignals):
        super().__init__()
        self.fn, self.progress, self.signals = fn, progress, signals

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # noqa: BLE001 - every failure goes to one handler
            outcome, value = self.signals.failed, exc
        else:
            outcome, value = self.signals.finished, result
        try:
            outcome.emit(value)
        except RuntimeError:
            pass  # nobody is left to tell (the app is closing)


class Job(QObject):
    """A running piece of work; keeps its dialog and callbacks alive until it ends."""

    done = Signal()

    def __init__(
        self,
        runner: BackgroundRunner,
        title: str,
        parent: QWidget | None,
        on_done,
        on_error,
        on_cancel,
    ) -> None:
        # Not a child of ``parent``: the runner keeps the job alive, so a job whose
        # widget closes still ends (and leaves the runner) instead of vanishing mid-way.
        super().__init__()
        self.signals = _JobSignals()
        self.progress = Progress(self.signals)
        self.title = title
        self._runner, self._parent = runner, parent
        self._on_done, self._on_error, self._on_cancel = on_done, on_error, on_cancel
        self._dialog: QProgressDialog | None = None
        self._last = (0, 0, "")
        self.running = True
        # Auto connections: queued from a worker thread, direct in synchronous mode.
        self.signals.progress.connect(self._on_progress)
        self.signals.finished.connect(self._finish)
        self.signals.failed.connect(self._fail)
        self._timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(self._show_dialog)

    def cancel(self) -> None:
        self.progress.cancel()

    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    @Slot()
    def _show_dialog(self) -> None:
        if not self.running or self._runner.quiet or not self._parent_alive():
            return
        dialog = QProgressDialog(self.title, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self._cancel_pressed)
        self._dialog = dialog
        self._on_progress(*self._last)
        dialog.show()

    @Slot()
    def _cancel_pressed(self) -> None:
        self.cancel()
        if self._dialog:
            self._dialog.setLabelText(self.tr("Cancelling…"))
            self._dialog.setCancelButton(None)
            self._dialog.show()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text)
        if self._dialog and not self.progress.cancelled:
            # Qt's progress bar range is a C int; scale big byte counts down.
            scale = max(1, total // 1_000_000_000 + 1)
            self._dialog.setMaximum(total // scale)
            self._dialog.setValue(min(done, total) // scale)
            if text:  # services mark their step texts in the "Progress" context
                self._dialog.setLabelText(QCoreApplication.translate("Progress", text))

    def _close(self) -> None:
        self.running = False
        self._timer.stop()
        if self._dialog:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        self._runner._forget(self)

    @Slot(object)
    def _finish(self, result: object) -> None:
        self._close()
        if self._on_done and self._parent_alive():
            self._on_done(result)
        self.done.emit()

    def _parent_alive(self) -> bool:
        """False once the widget that asked for the work is gone (a tab closed with its shop)."""
        return self._parent is None or shiboken6.isValid(self._parent)

    @Slot(object)
    def _fail(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            log.info("%s cancelled", self.title)
            if self._on_cancel and self._parent_alive():
                self._on_cancel()
        elif self._on_error and self._parent_alive():
            self._on_error(exc)
        else:
            self._runner.error_handler(exc)
        self.done.emit()


class BackgroundRunner:
    """Starts jobs on a thread pool, or synchronously when ``synchronous`` (tests)."""

    def __init__(
        self,
        error_handler: Callable[[BaseException], None],
        *,
        synchronous: bool = False,
        pool: QThreadPool | None = None,
        quiet: bool = False,
    ) -> None:
        self.error_handler = error_handler
        self.synchronous = synchronous
        self.quiet = quiet  # no dialogs (self-test, scripted runs)
        self.pool = pool or QThreadPool.globalInstance()
        self.jobs: list[Job] = []

    def run(
        self,
        fn: Callable[[Progress], Any],
        *,
        title: str,
        parent: QWidget | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        dialog: bool = True,
    ) -> Job:
        """Run ``fn(progress)`` in a worker. ``dialog=False`` is for work the user need
        not wait for (checks after opening a shop, searches): no progress dialog."""
        job = Job(self, title, parent, on_done, on_error, on_cancel)
        self.jobs.append(job)
        runnable = _Runnable(fn, job.progress, job.signals)
        if self.synchronous:
            runnable.run()
        else:
            if dialog:
                job._timer.start()
            self.pool.start(runnable)
        return job

    @property
    def busy(self) -> bool:
        return any(job.running for job in self.jobs)

    def _forget(self, job: Job) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
