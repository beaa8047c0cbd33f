"""Entry point: `shopkeeper` starts the GUI; `shopkeeper COMMAND …` runs a batch job."""

from __future__ import annotations

import sys

from shopkeeper import cli


def main(argv: list[str] | None = None) -> int:
    args = cli.parse(sys.argv[1:] if argv is None else argv)
    if isinstance(args, int):
        return args
    if args.selftest:
        from shopkeeper.ui.app import run_selftest

        return run_selftest()
    if args.command is None:
        from shopkeeper.ui.app import run_gui

        return run_gui(args.shop, args.lang)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
