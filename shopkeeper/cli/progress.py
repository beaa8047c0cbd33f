"""A one-line progress report for long commands, on a terminal only.

A 500,000-line import or a large demo shop takes seconds; a person at a terminal
should see that it is working. Scripts, pipes and tests (stderr not a terminal) see
nothing, so the output they parse stays as it is.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

_WIDTH = 60


class TerminalProgress:
    """``progress(done, total, step)`` for the services' long work: the step and its
    count on one line of stderr, redrawn at most once a second, cleared by ``done()``."""

    def __init__(self, stream: TextIO | None = None, every: float = 1.0) -> None:
        self.stream = stream or sys.stderr
        self.active = self.stream.isatty()
        self.every = every
        self._last = 0.0
        self._shown = False

    def __call__(self, done: int, total: int, step: str) -> None:
        now = time.monotonic()
        if not self.active or now - self._last < self.every:
            return
        self._last = now
        count = f" {done:,}/{total:,}" if total else (f" {done:,}" if done else "")
        print(f"\r{(step + count)[:_WIDTH]:<{_WIDTH}}", end="", file=self.stream, flush=True)
        self._shown = True

    def done(self) -> None:
        if self._shown:
            print("\r" + " " * _WIDTH + "\r", end="", file=self.stream, flush=True)
            self._shown = False
