"""Migration m007_promotions: the promotion types sellers run, their tiers, targets,
combinations, campaign tasks, the content plan and the shop's own calendar events.

Frozen once shipped, like every migration: a later schema change is a new migration.

``promotions.kind`` has a CHECK constraint listing the kinds, and SQLite can only
change one by rebuilding the table. The rebuild follows SQLite's documented
procedure (https://sqlite.org/lang_altertable.html#otheralter): foreign keys off,
one transaction, new table, copy every row with its id, drop, rename, check the
foreign keys, commit. ``promotion_targets`` and ``campaign_tasks`` keep pointing at
the same ids, so no target or task is lost. Everything else is additive.

Festivals and public holidays are computed now (services/calendar.py); the festival
and holiday rows the demo generator used to store in ``calendar_events`` (nothing
else ever wrote that table) are removed, so the table holds only the seller's own
events.
"""

from __future__ import annotations

from sqlite_utils import Database

from shopkeeper.store.table_rebuild import rebuild_transaction

_OLD_COLUMNS = "id, name, kind, value, threshold, starts_at, ends_at, channel, budget, notes"

_PROMOTIONS = """
CREATE TABLE promotions_m007 (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('percent_off', 'amount_off', 'fixed_price',
        'flash_sale', 'threshold', 'threshold_percent', 'coupon', 'buy_x_get_y', 'bundle',
        'free_shipping')),
    -- percent_off: basis points off; amount_off: minor units off each item;
    -- fixed_price/flash_sale: the special price; coupon: face value; bundle: the price
    -- of buy_quantity items; threshold kinds: the first tier (all tiers: promotion_tiers)
    value INTEGER NOT NULL DEFAULT 0,
    threshold INTEGER NOT NULL DEFAULT 0,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    budget INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    -- '': the status follows the dates (scheduled, running, ended)
    hand_status TEXT NOT NULL DEFAULT '' CHECK (hand_status IN ('', 'draft', 'cancelled')),
    coupon_code TEXT NOT NULL DEFAULT '',
    -- coupons issued, or flash-sale units; NULL: no limit
    quantity_limit INTEGER CHECK (quantity_limit >= 0),
    per_buyer_limit INTEGER CHECK (per_buyer_limit >= 0),
    buy_quantity INTEGER NOT NULL DEFAULT 0 CHECK (buy_quantity >= 0),
    get_quantity INTEGER NOT NULL DEFAULT 0 CHECK (get_quantity >= 0),
    -- what running it cost besides the discount (ads, gifts), for its ROI
    cost INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
    festival_key TEXT NOT NULL DEFAULT '',
    CHECK (ends_at >= starts_at)
)"""

_ADDITIVE = """
CREATE INDEX IF NOT EXISTS promotions_dates ON promotions(starts_at, ends_at);
CREATE TABLE IF NOT EXISTS promotion_tiers (
    id INTEGER PRIMARY KEY,
    promotion_id INTEGER NOT NULL REFERENCES promotions(id) ON DELETE CASCADE,
    threshold INTEGER NOT NULL CHECK (threshold >= 0),
    -- minor units off (threshold), or basis points off (threshold_percent)
    value INTEGER NOT NULL CHECK (value >= 0)
);
CREATE INDEX IF NOT EXISTS promotion_tiers_promotion ON promotion_tiers(promotion_id);
-- Each unordered pair once, the lower id first: these two promotions combine.
CREATE TABLE IF NOT EXISTS promotion_combinations (
    id INTEGER PRIMARY KEY,
    promotion_id INTEGER NOT NULL REFERENCES promotions(id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES promotions(id) ON DELETE CASCADE,
    UNIQUE (promotion_id, other_id),
    CHECK (promotion_id < other_id)
);
CREATE INDEX IF NOT EXISTS promotion_combinations_other ON promotion_combinations(other_id);
CREATE INDEX IF NOT EXISTS promotion_targets_variant ON promotion_targets(variant_id);
CREATE INDEX IF NOT EXISTS promotion_targets_product ON promotion_targets(product_id);
CREATE INDEX IF NOT EXISTS campaign_tasks_due ON campaign_tasks(due_on, done);
CREATE TABLE IF NOT EXISTS content_plan (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    -- weibo, wechat, douyin, xiaohongshu, instagram, tiktok, or any other
    channel TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT 'post' CHECK (format IN ('post', 'article', 'live', 'video')),
    status TEXT NOT NULL DEFAULT 'idea' CHECK (status IN ('idea', 'drafted', 'published')),
    planned_at TEXT NOT NULL,
    promotion_id INTEGER REFERENCES promotions(id) ON DELETE SET NULL,
    link TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS content_plan_planned ON content_plan(planned_at);
"""

_NEW_COLUMNS = {
    # a target row names one of: a product (listing), a variant, a category or a tag
    "promotion_targets": (
        "category TEXT NOT NULL DEFAULT ''",
        "tag TEXT NOT NULL DEFAULT ''",
    ),
    # 'none', 'yearly' or 'monthly': the seller's own recurring events
    "calendar_events": (
        "recurrence TEXT NOT NULL DEFAULT 'none'",
        "notes TEXT NOT NULL DEFAULT ''",
    ),
    # 'T-45', 'T-21', 'T-7' or 'T+7' for the generated campaign checklist; '' otherwise
    "campaign_tasks": ("step TEXT NOT NULL DEFAULT ''",),
}


def apply(db: Database) -> None:
    """Run the whole migration in one transaction with foreign keys off (see above)."""
    with rebuild_transaction(db, "m007_promotions") as conn:
        if "hand_status" not in db["promotions"].columns_dict:
            _rebuild_promotions(db)
        for table, columns in _NEW_COLUMNS.items():
            existing = db[table].columns_dict
            for column in columns:
                if column.split()[0] not in existing:
                    conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
        for sql in _ADDITIVE.split(";"):
            if sql.strip():
                conn.execute(sql)
        conn.execute("DELETE FROM calendar_events WHERE kind IN ('festival', 'holiday')")


def _rebuild_promotions(db: Database) -> None:
    conn = db.conn
    conn.execute(_PROMOTIONS)
    conn.execute(
        f"INSERT INTO promotions_m007 ({_OLD_COLUMNS}) SELECT {_OLD_COLUMNS} FROM promotions"
    )
    conn.execute("DROP TABLE promotions")
    conn.execute("ALTER TABLE promotions_m007 RENAME TO promotions")
