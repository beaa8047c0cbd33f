"""`shopkeeper backup`, `restore` and `demo`: whole-shop jobs."""

from __future__ import annotations

import json
import time
from datetime import datetime
from pathlib import Path

from shopkeeper.cli.errors import EXIT_OK
from shopkeeper.cli.progress import TerminalProgress
from shopkeeper.cli.shop_file import open_for_writing, shop_path


def register(sub) -> None:
    backup = sub.add_parser("backup", help="copy the shop to a backup file")
    backup.add_argument(
        "--out",
        type=Path,
        help="file (or existing folder) to write it to (default: the backups folder)",
    )
    backup.set_defaults(run=cmd_backup)

    restore = sub.add_parser("restore", help="replace the shop's content with a backup")
    restore.add_argument("file", type=Path)
    restore.set_defaults(run=cmd_restore)

    demo = sub.add_parser("demo", help="fill a new, empty shop with two years of demo data")
    demo.add_argument("--scale", choices=["small", "large"], default="small")
    demo.add_argument("--seed", type=int, default=20261122)
    demo.set_defaults(run=cmd_demo)


def cmd_backup(args) -> int:
    from shopkeeper.services.shop import open_shop_or_read_only

    # A shop on a read-only disk can still be backed up (the copy goes elsewhere).
    shop = open_shop_or_read_only(shop_path(args), must_exist=True)
    try:
        if args.out:
            target = args.out.expanduser().absolute()
            if target.is_dir():  # like `cp FILE DIR`: a dated copy inside the folder
                stem = shop.path.name.removesuffix(".db").removesuffix(".shop")
                target = target / f"{stem}-{datetime.now():%Y%m%d-%H%M%S}.sqlite"
            shop.save_copy_to(target)
        else:
            target = shop.backup_now()
    finally:
        shop.close()
    print(f"backup written: {target}")
    return EXIT_OK


def cmd_restore(args) -> int:
    from shopkeeper.services.shop import restore_path

    # Works on a damaged shop too: that is what restoring is for.
    path = shop_path(args)
    done = restore_path(path, args.file)
    if done.was_damaged:
        print(f"restored {path} from {args.file} (the damaged file was kept as {done.kept})")
    else:
        print(f"restored {path} from {args.file} (previous content saved as {done.kept})")
    return EXIT_OK


def cmd_demo(args) -> int:
    from shopkeeper.services.demo import generate_demo

    shop = open_for_writing(args, must_exist=False)
    started = time.perf_counter()
    progress = TerminalProgress()
    try:
        summary = generate_demo(shop.db, scale=args.scale, seed=args.seed, progress=progress)
    finally:
        progress.done()
        shop.close()
    counts = dict(vars(summary))
    print(
        f"demo shop written to {shop.path} in {time.perf_counter() - started:.1f}s: "
        + json.dumps(counts)
    )
    return EXIT_OK
