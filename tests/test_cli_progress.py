"""Long commands show their progress on a terminal, and nothing in scripts or pipes."""

from __future__ import annotations

import io

from shopkeeper.cli.progress import TerminalProgress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_step_and_its_count_then_a_clean_line():
    screen = Terminal()
    progress = TerminalProgress(screen, every=0)
    progress(0, 0, "Reading the file…")
    progress(120_000, 0, "Checking rows…")
    progress(4_000, 200_000, "Writing orders…")
    progress.done()
    shown = screen.getvalue()
    assert "\rReading the file…" in shown
    assert "Checking rows… 120,000" in shown
    assert "Writing orders… 4,000/200,000" in shown
    assert shown.endswith(" " * 60 + "\r")  # the line is cleared for what follows


def test_scripts_and_pipes_see_nothing():
    piped = io.StringIO()  # isatty() is False
    progress = TerminalProgress(piped, every=0)
    progress(1, 2, "Checking rows…")
    progress.done()
    assert piped.getvalue() == ""


def test_the_line_is_redrawn_at_most_once_a_second():
    screen = Terminal()
    progress = TerminalProgress(screen)
    for done in range(1000):
        progress(done, 1000, "Checking rows…")
    assert screen.getvalue().count("\r") == 1
