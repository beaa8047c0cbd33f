"""The command line's exit codes and its one error printer.

Every command returns one of the exit codes below. Expected problems
(``shopkeeper.errors.UserError`` and its kinds) print one line to stderr and
exit with the error's ``exit_code``; anything unexpected prints one line too and
leaves the traceback in the log file, never on the terminal.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable

from shopkeeper import paths
from shopkeeper.errors import UserError, explain

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3  # the shop is open in another window or command
EXIT_REJECTED = 4  # the input was rejected and nothing changed
EXIT_CODES = (EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_LOCKED, EXIT_REJECTED)

log = logging.getLogger("shopkeeper.cli")


def print_error(message: str) -> None:
    """The one way a command reports a problem: one line on stderr."""
    print(f"shopkeeper: {message}", file=sys.stderr)


class UsageParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line and exit 2 (no usage dump)."""

    def error(self, message: str) -> None:
        print_error(f"{message} (see 'shopkeeper --help')")
        raise SystemExit(EXIT_USAGE)


def run_guarded(command: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; turn every exception into one printed line and an exit code."""
    try:
        return command(args)
    except UserError as exc:
        print_error(" ".join(filter(None, (exc.message, exc.cli_hint))))
        return exc.exit_code
    except KeyboardInterrupt:
        print_error("interrupted; nothing was changed")
        return EXIT_ERROR
    except BrokenPipeError:
        # Whoever read our output stopped early (`shopkeeper report kpi | head`): stop
        # quietly, as Unix tools do, and keep Python's exit-time flush from failing again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - last resort: one line, details in the log
        known = explain(exc)  # a full disk, a read-only folder: say so, not the exception
        if known is not None:
            log.info("command failed: %r", exc)
            print_error(known.message)
            return known.exit_code
        log.exception("command failed")
        print_error(f"{exc.__class__.__name__}: {exc} (details in {paths.log_dir()})")
        return EXIT_ERROR
