"""Making a new shop: its name, currency, time zone and country, chosen once.

The currency is fixed once the shop holds an amount: every amount is stored in
minor units of that currency, so changing it later would silently re-denominate
them all. ``holds_amounts`` says when that point is reached.
"""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import available_timezones

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, UserError
from shopkeeper.services.countries import COUNTRIES, currency_of_country
from shopkeeper.services.money import CURRENCIES
from shopkeeper.store import settings

SHOP_SUFFIXES = (".shop.db", ".sqlite", ".db")
# Tables holding amounts in the shop's currency.
_MONEY_TABLES = (
    "orders",
    "variants",
    "refunds",
    "promotions",
    "ad_spend",
    "sales_targets",
    "competitor_prices",
)


class ShopFileExists(UserError):
    exit_code = 2  # a usage error: the command was given the wrong file
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{path} already exists and is not empty. Choose a new file name; "
        "to work on that shop, open it instead.",
    )


class BadShopChoice(UserError):
    exit_code = 2


UNKNOWN_CURRENCY = QT_TRANSLATE_NOOP(
    "UserError", "Unknown currency “{value}”. Shopkeeper knows: {known}."
)
UNKNOWN_ZONE = QT_TRANSLATE_NOOP(
    "UserError", "Unknown time zone “{value}”. Give an IANA name such as Asia/Shanghai."
)
UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP(
    "UserError", "Unknown country “{value}”. Give an ISO 3166 code such as CN, US or DE."
)


@dataclass(frozen=True)
class ShopDefaults:
    name: str
    currency: str
    time_zone: str
    country: str


def name_from_path(path: Path | str) -> str:
    """'~/shops/tea-house.shop.db' -> 'tea-house'."""
    name = Path(path).name
    for suffix in SHOP_SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return name.strip() or settings.SHOP_NAME.default


def system_time_zone() -> str:
    """The computer's IANA time zone, or the shop default when it cannot be told."""
    zones = available_timezones()
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    return next((zone for zone in candidates if zone in zones), settings.TIME_ZONE.default)


def system_country() -> str:
    """The country of the system locale ('zh_CN.UTF-8' -> 'CN'), or '' when it has none."""
    names = [os.environ.get(v, "") for v in ("LC_ALL", "LC_MONETARY", "LANG")]
    try:
        names.append(locale.getlocale()[0] or "")
    except ValueError:
        pass
    for name in names:
        code = name.split(".")[0].split("@")[0]
        if "_" in code and code.split("_")[1].upper() in COUNTRIES:
            return code.split("_")[1].upper()
    return ""


def defaults_for(path: Path | str) -> ShopDefaults:
    """What a new shop at ``path`` gets unless the seller says otherwise."""
    country = system_country()
    currency = currency_of_country(country)
    if currency not in CURRENCIES:
        currency = settings.CURRENCY.default
    return ShopDefaults(name_from_path(path), currency, system_time_zone(), country)


def check_choices(*, currency: str | None, time_zone: str | None, country: str | None) -> None:
    """BadShopChoice for an unknown currency, time zone or country code."""
    if currency is not None and currency not in CURRENCIES:
        raise BadShopChoice(UNKNOWN_CURRENCY, value=currency, known=", ".join(CURRENCIES))
    if time_zone is not None and time_zone not in available_timezones():
        raise BadShopChoice(UNKNOWN_ZONE, value=time_zone)
    if country and country not in COUNTRIES:
        raise BadShopChoice(UNKNOWN_COUNTRY, value=country)


def refuse_existing(path: Path | str) -> None:
    path = Path(path)
    if path.exists() and (not path.is_file() or path.stat().st_size > 0):
        raise ShopFileExists(path=str(path))


def write_choices(db: Database, choices: ShopDefaults) -> None:
    """Store a new shop's choices (the shop's first settings)."""
    settings.put(db, settings.SHOP_NAME, choices.name)
    settings.put(db, settings.CURRENCY, choices.currency)
    settings.put(db, settings.TIME_ZONE, choices.time_zone)
    settings.put(db, settings.COUNTRY, choices.country)


def create_shop(path: Path | str, choices: ShopDefaults, *, backups_root: Path | None = None):
    """A new shop file with these choices, opened (the caller closes it).

    ShopFileExists when ``path`` holds anything already: a new shop never takes over
    a file.
    """
    from shopkeeper.services.shop import open_shop

    check_choices(currency=choices.currency, time_zone=choices.time_zone, country=choices.country)
    refuse_existing(path)
    shop = open_shop(path, backups_root=backups_root)
    try:
        write_choices(shop.db, choices)
    except BaseException:
        shop.close()
        raise
    return shop


def holds_amounts(db: Database) -> bool:
    """True once any amount is stored; from then on the currency cannot change."""
    tables = set(db.table_names())
    return any(
        db.execute(f"SELECT EXISTS(SELECT 1 FROM {t})").fetchone()[0]
        for t in _MONEY_TABLES
        if t in tables
    )
