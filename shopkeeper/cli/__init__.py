"""The command line: the batch jobs of the GUI, for scripts and tests.

`shopkeeper` with no command starts the window; `shopkeeper [--shop PATH] COMMAND …`
runs one batch job and exits with a code from ``shopkeeper.cli.errors``:
0 ok, 1 error, 2 usage, 3 shop locked by another window, 4 input rejected and
nothing changed. Errors go to stderr in one line, never as a traceback.

Adding a command group (say ``report``) touches two places:

1. Write ``shopkeeper/cli/report.py`` with ``register(subparsers)``. It adds its
   commands with ``subparsers.add_parser(...)`` and gives each one its handler
   with ``parser.set_defaults(run=cmd_x)``. A handler takes the parsed args and
   returns an exit code; it raises a ``shopkeeper.errors.UserError`` (or an
   ``InputRejected``) for problems the user can fix, and the error printer turns
   that into one line and the error's exit code. Open the shop with
   ``shopkeeper.cli.shop_file`` (``open_for_writing`` / ``open_read_only``).
   Import heavy things inside the handlers, so ``shopkeeper`` starts quickly.
2. Import the module below and add it to ``GROUPS``. Done: the parser, the
   dispatch, the error handling and ``tests/test_cli_exchange.py``'s README
   check (every command is named in the README) pick it up.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from shopkeeper import __version__, paths
from shopkeeper.cli import calendar, exchange, init, listings, report, shop
from shopkeeper.cli.errors import EXIT_OK, EXIT_USAGE, UsageParser, print_error, run_guarded

# The command groups, in the order `shopkeeper --help` lists them.
GROUPS = (init, shop, exchange, calendar, listings, report)


def build_parser() -> argparse.ArgumentParser:
    parser = UsageParser(
        prog="shopkeeper", description="Offline back office for a one-person shop."
    )
    parser.add_argument(
        "--shop",
        type=Path,
        help="shop file (GUI default: the last one opened; commands: the default shop)",
    )
    parser.add_argument("--lang", choices=["en", "zh_CN"], help="language of the window")
    parser.add_argument("--version", action="version", version=f"shopkeeper {__version__}")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="open the window offscreen on a demo shop (or --shop PATH, read-only), "
        "visit every tab, exit",
    )
    sub = parser.add_subparsers(dest="command", parser_class=UsageParser, metavar="COMMAND")
    for group in GROUPS:
        group.register(sub)
    return parser


def command_names() -> list[str]:
    """Every command, as `shopkeeper --help` lists them."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def parse(argv: list[str]) -> argparse.Namespace | int:
    """The parsed arguments, or the exit code when argparse is done (--help, bad usage)."""
    try:
        return build_parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


def run(args: argparse.Namespace) -> int:
    """Run the parsed command with the one error printer around it."""
    command = getattr(args, "run", None)
    if command is None:  # a group whose sub-commands are optional, given none
        print_error(f"{args.command}: say what to do (see 'shopkeeper {args.command} --help')")
        return EXIT_USAGE
    paths.setup_logging()
    _clean_leftovers()
    return run_guarded(command, args)


def _clean_leftovers() -> None:
    """Remove what killed backups and exports left behind; never stops the command."""
    from shopkeeper.services.shop import clean_leftovers

    try:
        clean_leftovers()
    except Exception:  # noqa: BLE001 - cleaning up is a courtesy
        logging.getLogger("shopkeeper.cli").exception("cleaning up leftovers failed")


def main(argv: list[str] | None = None) -> int:
    """`shopkeeper …`: the window when no command is given, else the command."""
    args = parse(sys.argv[1:] if argv is None else argv)
    if isinstance(args, int):
        return args
    if args.selftest:
        from shopkeeper.ui.app import run_selftest

        return run_selftest(args.shop)
    if args.command is None:
        from shopkeeper.ui.app import run_gui

        return run_gui(args.shop, args.lang)
    return run(args)


__all__ = ["EXIT_OK", "GROUPS", "build_parser", "command_names", "main", "parse", "run"]
