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
# ISO 3166 code whose public holidays the calendar shows; "" means "the system
# locale's country" (services/shop_settings.py resolves it).
COUNTRY = Setting("country", "")
BACKUP_KEEP_DAILY = Setting("backup_keep_daily", "7")
BACKUP_KEEP_OPERATIONS = Setting("backup_keep_operations", "10")
# Inbox (issue 11): the hours the shop answers customers, in the shop's time zone
# ("Mon-Sun 09:00-21:00"; ranges of days separated by ";"), and the response-time
# target per ticket kind in service hours ("complaint=4h, review=24h, …").
SERVICE_HOURS = Setting("service_hours", "Mon-Sun 09:00-21:00")
RESPONSE_TARGETS = Setting(
    "response_targets",
    "pre_sale=2h, return=8h, exchange=8h, refund=8h, complaint=4h, review=24h, other=12h",
)
# Listings (issue 9): which channels the listing checker checks (comma list), the
# lowest margin a listing may have (basis points), the supplier lead time low stock
# is judged against, and the seller's own banned words and allowed phrases (one a line).
LISTING_CHECK_CHANNELS = Setting("listing_check_channels", "taobao,shopify")
MARGIN_FLOOR_BP = Setting("margin_floor_bp", "1000")
LEAD_TIME_DAYS = Setting("lead_time_days", "14")
BANNED_WORDS_ADDED = Setting("banned_words_added", "")
BANNED_WORDS_ALLOWED = Setting("banned_words_allowed", "")
# KPIs and Today (issue 12): the hours within which each channel's orders must ship
# ("taobao=48, jd=24, *=72"; "*" is every other channel).
SHIP_WITHIN_HOURS = Setting("ship_within_hours", "*=48")

ALL = (SHOP_NAME, CURRENCY, TIME_ZONE, COUNTRY, BACKUP_KEEP_DAILY, BACKUP_KEEP_OPERATIONS)


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
