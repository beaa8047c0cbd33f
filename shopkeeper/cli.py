"""The command line: the batch jobs of the GUI, for scripts and tests.

Exit codes: 0 ok, 1 error, 2 usage, 3 shop locked by another window,
4 input rejected and nothing changed. Errors go to stderr in one line.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from shopkeeper import __version__, paths
from shopkeeper.errors import UserError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_LOCKED, EXIT_REJECTED = 0, 1, 2, 3, 4
log = logging.getLogger("shopkeeper.cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like argparse but no usage dump
        print(f"shopkeeper: {message} (see 'shopkeeper --help')", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="shopkeeper", description="Offline back office for a one-person shop.")
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
        help="open the window offscreen on a demo shop, visit every tab, exit",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    backup = sub.add_parser("backup", help="copy the shop to a backup file")
    backup.add_argument("--out", type=Path, help="where to write it (default: the backups folder)")

    restore = sub.add_parser("restore", help="replace the shop's content with a backup")
    restore.add_argument("file", type=Path)

    demo = sub.add_parser("demo", help="fill a new, empty shop with two years of demo data")
    demo.add_argument("--scale", choices=["small", "large"], default="small")
    demo.add_argument("--seed", type=int, default=20261122)

    from shopkeeper import cli_exchange

    cli_exchange.add_commands(sub)
    return parser


def parse(argv: list[str]):
    try:
        return build_parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


def shop_path(args) -> Path:
    return args.shop or paths.default_shop_path()


def run(args) -> int:
    paths.setup_logging()
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"shopkeeper: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("shopkeeper: interrupted; nothing was changed", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - last resort: one line, details in the log
        log.exception("command failed")
        print(
            f"shopkeeper: {exc.__class__.__name__}: {exc} (details in {paths.log_dir()})",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _open(args, *, must_exist: bool = True):
    from shopkeeper.services.shop import open_shop

    return open_shop(shop_path(args), must_exist=must_exist)


def cmd_backup(args) -> int:
    from shopkeeper.store.backup import copy_database

    shop = _open(args)
    try:
        if args.out:
            copy_database(shop.db.conn, args.out.absolute())
            target = args.out
        else:
            target = shop.backup_now()
    finally:
        shop.close()
    print(f"backup written: {target}")
    return EXIT_OK


def cmd_restore(args) -> int:
    from shopkeeper.services.shop import restore

    shop = _open(args)
    try:
        safety = restore(shop, args.file)
    finally:
        shop.close()
    print(f"restored {shop.path} from {args.file} (previous content saved as {safety})")
    return EXIT_OK


def cmd_demo(args) -> int:
    from shopkeeper.services.demo import generate_demo

    shop = _open(args, must_exist=False)
    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int, step: str) -> None:
        now = time.perf_counter()
        if now - last[0] > 1 and sys.stderr.isatty():
            print(f"\r{step}: {done:,}/{total:,}", end="", file=sys.stderr)
            last[0] = now

    try:
        summary = generate_demo(shop.db, scale=args.scale, seed=args.seed, progress=progress)
    finally:
        shop.close()
    counts = {k: v for k, v in vars(summary).items()}
    print(
        f"demo shop written to {shop.path} in {time.perf_counter() - started:.1f}s: "
        + json.dumps(counts)
    )
    return EXIT_OK


def cmd_import(args) -> int:
    from shopkeeper.cli_exchange import cmd_import as run_import

    return run_import(args, lambda a: _open(a, must_exist=False))


def cmd_export(args) -> int:
    from shopkeeper.cli_exchange import cmd_export as run_export
    from shopkeeper.services.shop import open_read_only

    return run_export(args, lambda a: open_read_only(shop_path(a)))


COMMANDS = {
    "backup": cmd_backup,
    "restore": cmd_restore,
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
}
