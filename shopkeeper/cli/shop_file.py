"""Which shop a command works on, and opening it for writing or only for reading."""

from __future__ import annotations

import argparse
from pathlib import Path

from shopkeeper import paths


def shop_path(args: argparse.Namespace) -> Path:
    """`--shop PATH`, or the default shop."""
    return args.shop or paths.default_shop_path()


def open_for_writing(args: argparse.Namespace, *, must_exist: bool = True):
    """The shop, locked against other windows and commands (exit 3 when it is taken)."""
    from shopkeeper.services.shop import open_shop
    from shopkeeper.services.shop_setup import create_shop, defaults_for

    path = shop_path(args)
    if not must_exist and not path.exists():  # `import`/`demo` onto a new file: `init`'s defaults
        return create_shop(path, defaults_for(path))
    return open_shop(path, must_exist=must_exist)


def open_read_only(args: argparse.Namespace):
    """A read-only connection: works while a window has the shop open."""
    from shopkeeper.services.shop import open_read_only as open_db

    return open_db(shop_path(args))
