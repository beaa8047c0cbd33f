"""`shopkeeper --shop PATH init`: a new shop with its name, currency, time zone and country."""

from __future__ import annotations

from shopkeeper.cli.errors import EXIT_OK
from shopkeeper.cli.shop_file import shop_path
from shopkeeper.errors import TargetIsFolder


def register(sub) -> None:
    init = sub.add_parser(
        "init",
        help="create a new shop (defaults: the system's locale and time zone, the file's name)",
    )
    init.add_argument("--name", help="the shop's name (default: the file name)")
    init.add_argument("--currency", metavar="ISO4217", help="e.g. CNY, USD, EUR (see README)")
    init.add_argument("--timezone", metavar="IANA", help="e.g. Asia/Shanghai")
    init.add_argument("--country", metavar="ISO3166", help="two letters, e.g. CN, US, DE")
    init.set_defaults(run=cmd_init)


def cmd_init(args) -> int:
    from shopkeeper.services.shop_setup import ShopDefaults, create_shop, defaults_for

    path = shop_path(args)
    if path.is_dir():  # else "already exists and is not empty", which hides the real slip
        raise TargetIsFolder(path=str(path), example=str(path / "my-shop.shop.db"))
    default = defaults_for(path)
    choices = ShopDefaults(
        name=(args.name or "").strip() or default.name,
        currency=(args.currency or default.currency).upper(),
        time_zone=args.timezone or default.time_zone,
        country=(args.country if args.country is not None else default.country).upper(),
    )
    shop = create_shop(path, choices)
    shop.close()
    print(
        f"created {path}: “{choices.name}”, {choices.currency}, {choices.time_zone}"
        + (f", {choices.country}" if choices.country else "")
    )
    return EXIT_OK
