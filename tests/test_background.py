"""Background work: results on the GUI thread, progress after a delay, Cancel, one error handler."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from shopkeeper.errors import ShopLocked
from shopkeeper.ui.background import SHOW_AFTER_MS, BackgroundRunner
from shopkeeper.ui.error_handler import ErrorHandler


@pytest.fixture
def threaded(qapp):
    errors = ErrorHandler(interactive=False)
    runner = BackgroundRunner(errors, synchronous=False)
    yield runner
    for job in list(runner.jobs):
        job.cancel()
    runner.pool.waitForDone(5000)


def test_result_arrives_on_gui_thread(qtbot, threaded):
    """The work runs on another thread and its result comes back on the GUI thread."""
    seen = {}

    def work(progress):
        seen["worker"] = threading.current_thread()
        return 42

    def done(result):
        seen["result"], seen["callback"] = result, threading.current_thread()

    job = threaded.run(work, title="Answer", on_done=done)
    with qtbot.waitSignal(job.done, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()


def test_quick_job_shows_no_dialog(qtbot, threaded):
    """A job that ends at once never flashes a progress dialog."""
    parent = QWidget()
    qtbot.addWidget(parent)
    job = threaded.run(lambda progress: None, title="Quick", parent=parent)
    with qtbot.waitSignal(job.done, timeout=5000):
        pass
    assert job.dialog is None


def test_slow_job_shows_progress_and_cancel_stops_it(qtbot, threaded):
    """After about half a second a progress dialog with Cancel appears; Cancel stops the work."""
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    outcome = []

    def work(progress):
        for step in range(1000):
            release.wait(0.01)
            progress(step, 1000, "Working")
        outcome.append("finished")

    job = threaded.run(
        work, title="Slow", parent=parent, on_cancel=lambda: outcome.append("cancelled")
    )
    qtbot.waitUntil(
        lambda: job.dialog is not None and job.dialog.isVisible(), timeout=SHOW_AFTER_MS * 6
    )
    assert job.dialog.labelText() == "Working"
    cancel_button = job.dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(job.done, timeout=5000):
        pass
    assert outcome == ["cancelled"]
    assert job.dialog is None


def test_errors_go_to_the_one_handler(qtbot, threaded):
    """A failing job's error reaches the shared handler with its user message."""

    def work(progress):
        raise ShopLocked(path="/shops/a.db")

    job = threaded.run(work, title="Fails")
    with qtbot.waitSignal(job.done, timeout=5000):
        pass
    assert "already open" in threaded.error_handler.shown[-1]


def test_unexpected_errors_are_logged_and_shown_readably(qtbot, threaded):
    """An unexpected exception gives a readable message, not a traceback."""
    job = threaded.run(lambda progress: 1 / 0, title="Divides")
    with qtbot.waitSignal(job.done, timeout=5000):
        pass
    message = threaded.error_handler.shown[-1]
    assert "unexpected problem" in message and "ZeroDivisionError" not in message


def test_synchronous_mode_runs_inline(qapp):
    """In synchronous mode (tests) the callback has run when run() returns."""
    runner = BackgroundRunner(ErrorHandler(interactive=False), synchronous=True)
    results = []
    runner.run(lambda progress: "done", title="Inline", on_done=results.append)
    assert results == ["done"]
    assert not runner.busy
