"""The shop's settings, one home: its time zone, currency and country, and edits to them.

Everything that needs the shop's clock, currency or holidays asks here, so a
setting is resolved (and a broken value recovered from) in one place. Settings a
seller edits are written as a ``Change``: one undoable step.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, UserError
from shopkeeper.services.changes import Change, recording
from shopkeeper.store import settings
from shopkeeper.store.settings import Setting

# The settings the Shop settings dialog edits (others have their own screens).
EDITABLE = (
    settings.SHOP_NAME,
    settings.CURRENCY,
    settings.TIME_ZONE,
    settings.COUNTRY,
    settings.MARGIN_FLOOR_BP,
    settings.BACKUP_KEEP_DAILY,
    settings.BACKUP_KEEP_OPERATIONS,
)

# The declarations the window names (it reaches settings only through this module).
SHOP_NAME = settings.SHOP_NAME
CURRENCY = settings.CURRENCY
TIME_ZONE = settings.TIME_ZONE
COUNTRY = settings.COUNTRY
BACKUP_KEEP_DAILY = settings.BACKUP_KEEP_DAILY
BACKUP_KEEP_OPERATIONS = settings.BACKUP_KEEP_OPERATIONS


class CurrencyLocked(UserError):
    exit_code = 4
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "The shop's currency cannot change from {old} to {new}: the shop already holds "
        "amounts in {old}, and changing it would re-denominate all of them.",
    )


class BadSetting(UserError):
    exit_code = 4
    template = QT_TRANSLATE_NOOP("UserError", "“{value}” is not a valid {what}.")


def get(db: Database, setting: Setting) -> str:
    return settings.get(db, setting)


def get_int(db: Database, setting: Setting) -> int:
    return settings.get_int(db, setting)


def shop_zone(db: Database) -> ZoneInfo:
    """The shop's time zone; the default zone when the stored name is not a zone."""
    try:
        return ZoneInfo(settings.get(db, settings.TIME_ZONE))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(settings.TIME_ZONE.default)


def currency(db: Database) -> str:
    """The shop's ISO 4217 currency code; every amount is in its minor units."""
    return settings.get(db, settings.CURRENCY)


def country(db: Database) -> str:
    """The shop's ISO 3166 country (its holidays); the system locale's when unset."""
    stored = settings.get(db, settings.COUNTRY).strip().upper()
    if stored:
        return stored
    from shopkeeper.services.shop_setup import system_country

    return system_country()


def values(db: Database, wanted: tuple[Setting, ...] = EDITABLE) -> dict[str, str]:
    """{key: value} of ``wanted`` (stored value or default)."""
    return {s.key: settings.get(db, s) for s in wanted}


def check(key: str, value: str) -> None:
    """BadSetting for a value the shop cannot use."""
    from shopkeeper.services.countries import COUNTRIES
    from shopkeeper.services.money import CURRENCIES

    ok = {
        settings.TIME_ZONE.key: lambda v: v in available_timezones(),
        settings.CURRENCY.key: lambda v: v in CURRENCIES,
        settings.COUNTRY.key: lambda v: v == "" or v in COUNTRIES,
        settings.MARGIN_FLOOR_BP.key: lambda v: v.isdigit() and 0 <= int(v) < 10000,
    }.get(key, lambda v: True)
    if not ok(value):
        raise BadSetting(value=value, what=key.replace("_", " "))


def _check_currency_change(db: Database, wanted: str | None) -> None:
    """CurrencyLocked when the shop holds amounts and ``wanted`` is another currency."""
    from shopkeeper.services.shop_setup import holds_amounts

    current = currency(db)
    if wanted is not None and wanted != current and holds_amounts(db):
        raise CurrencyLocked(old=current, new=wanted)


def put(db: Database, new: dict[str, str], text: str = "Change shop settings") -> Change:
    """Store ``new`` ({setting key: value}); one undoable Change (empty when nothing differs)."""
    known = {s.key for s in EDITABLE} | {s.key for s in settings.ALL}
    for key, value in new.items():
        if key not in known:
            raise KeyError(f"unknown setting: {key}")
        check(key, value)
    _check_currency_change(db, new.get(settings.CURRENCY.key))
    rows = dict(db.execute("SELECT key, rowid FROM settings").fetchall())
    defaults = {s.key: s.default for s in (*EDITABLE, *settings.ALL)}
    with recording(db, text) as rec:
        for key, value in new.items():
            if key in rows:
                rec.update("settings", rows[key], {"value": str(value)})
            elif str(value) != defaults[key]:
                rec.insert("settings", {"key": key, "value": str(value)})
    return rec.change
