"""Per-shop settings, kept inside the shop file so they travel with it.

Each setting is declared once here with its default.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class Setting:
    key: str
    default: str


SHOP_NAME = Setting("shop_name", "My shop")
CURRENCY = Setting("currency", "CNY")
TIME_ZONE = Setting("time_zone", "Asia/Shanghai")
BACKUP_KEEP_DAILY = Setting("backup_keep_daily", "7")
BACKUP_KEEP_OPERATIONS = Setting("backup_keep_operations", "10")

ALL = (SHOP_NAME, CURRENCY, TIME_ZONE, BACKUP_KEEP_DAILY, BACKUP_KEEP_OPERATIONS)


def get(db: Database, setting: Setting) -> str:
    if "settings" not in db.table_names():
        return setting.default
    row = db.execute("SELECT value FROM settings WHERE key = ?", [setting.key]).fetchone()
    return row[0] if row else setting.default


def get_int(db: Database, setting: Setting) -> int:
    try:
        return int(get(db, setting))
    except ValueError:
        return int(setting.default)


def put(db: Database, setting: Setting, value: str) -> None:
    with db.conn:
        db.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [setting.key, str(value)],
        )


def all_values(db: Database) -> dict[str, str]:
    return {s.key: get(db, s) for s in ALL}
