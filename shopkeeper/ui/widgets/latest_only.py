"""Searches as you type: each query runs in a worker, and only the newest answer is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget


class LatestOnly:
    """Wraps ``runner.run`` so answers to queries typed over are dropped."""

    def __init__(self, runner, parent: QWidget, title: str) -> None:
        self.runner, self.parent, self.title = runner, parent, title
        self.generation = 0
        self.busy = False

    def run(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        self.generation += 1
        generation = self.generation
        self.busy = True

        def done(result) -> None:
            if generation == self.generation:
                self.busy = False
                on_done(result)

        def failed(exc: BaseException) -> None:
            if generation == self.generation:
                self.busy = False
                self.runner.error_handler(exc)

        self.runner.run(
            fn, title=self.title, parent=self.parent, dialog=False, on_done=done, on_error=failed
        )
