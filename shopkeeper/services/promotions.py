"""Promotions: what sellers run, read and written as one undoable Change each.

A promotion has a kind (``KINDS``), dates, a channel ("" = every channel), a
budget, notes, a target (no target rows = the whole shop; else listings, variants,
categories or tags), tiers for 满减/满折, coupon and flash-sale limits, and the
other promotions it combines with. Its status follows the dates (scheduled,
running, ended) unless the seller set it to draft or cancelled by hand.

``check`` refuses bad input with a clear message (``BadPromotion``); the price
floor is checked separately (``promotions_floor``) because it is a warning, not
a refusal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, UserError

# The one list of promotion types; the promotions table's CHECK constraint (migration
# m007) accepts exactly these, which tests/test_promotions_migration.py checks.
KINDS = (
    "percent_off",
    "amount_off",
    "fixed_price",
    "flash_sale",
    "threshold",
    "threshold_percent",
    "coupon",
    "buy_x_get_y",
    "bundle",
    "free_shipping",
)
TIERED = ("threshold", "threshold_percent")
PERCENT_KINDS = ("percent_off", "threshold_percent")
HAND_STATUSES = ("", "draft", "cancelled")
STATUSES = ("draft", "scheduled", "running", "ended", "cancelled")
TARGET_KINDS = ("product", "variant", "category", "tag")
_COLUMNS = (
    "name",
    "kind",
    "value",
    "threshold",
    "starts_at",
    "ends_at",
    "channel",
    "budget",
    "notes",
    "hand_status",
    "coupon_code",
    "quantity_limit",
    "per_buyer_limit",
    "buy_quantity",
    "get_quantity",
    "cost",
    "festival_key",
)


class BadPromotion(UserError):
    exit_code = 4
    ENDS_BEFORE_START = QT_TRANSLATE_NOOP("UserError", "The promotion ends before it starts.")
    NO_NAME = QT_TRANSLATE_NOOP("UserError", "Give the promotion a name.")
    UNKNOWN_KIND = QT_TRANSLATE_NOOP("UserError", "Unknown promotion type “{kind}”.")
    DUPLICATE = QT_TRANSLATE_NOOP(
        "UserError",
        "An identical promotion already exists: “{name}” (same type, values, "
        "dates, channel and target).",
    )
    PERCENT_TOO_BIG = QT_TRANSLATE_NOOP(
        "UserError", "A discount of more than 100% would pay the buyer."
    )
    DISCOUNT_OVER_PRICE = QT_TRANSLATE_NOOP(
        "UserError", "The discount ({discount}) is larger than the price of {sku} ({price})."
    )
    TIER_OVER_SPEND = QT_TRANSLATE_NOOP(
        "UserError", "The tier “spend {threshold}, save {value}” saves more than it asks."
    )
    TIERS_NOT_INCREASING = QT_TRANSLATE_NOOP(
        "UserError",
        "Tiers must increase: each tier needs a higher spend and a bigger "
        "discount than the one before.",
    )
    NO_TIERS = QT_TRANSLATE_NOOP("UserError", "Add at least one tier (spend X, save Y).")
    COUPON_THRESHOLD = QT_TRANSLATE_NOOP(
        "UserError",
        "The coupon's threshold ({threshold}) is below its face value ({value}); "
        "use 0 for a coupon without threshold.",
    )
    NEGATIVE = QT_TRANSLATE_NOOP("UserError", "Amounts and limits cannot be negative.")
    BUY_GET = QT_TRANSLATE_NOOP("UserError", "Buy X get Y needs X and Y of at least 1.")
    BUNDLE = QT_TRANSLATE_NOOP("UserError", "A bundle needs at least 2 items and a price.")
    NO_SUCH = QT_TRANSLATE_NOOP("UserError", "Promotion {id} does not exist.")
    BAD_STATUS = QT_TRANSLATE_NOOP("UserError", "A status set by hand is draft or cancelled.")


@dataclass(frozen=True, order=True)
class Target:
    kind: str  # product (a listing), variant, category or tag
    value: int | str  # product or variant id, category or tag text


@dataclass(frozen=True)
class Promotion:
    name: str
    kind: str
    starts_at: str  # ISO 8601, shop time
    ends_at: str
    value: int = 0
    threshold: int = 0
    channel: str = ""
    budget: int = 0
    notes: str = ""
    hand_status: str = ""
    coupon_code: str = ""
    quantity_limit: int | None = None
    per_buyer_limit: int | None = None
    buy_quantity: int = 0
    get_quantity: int = 0
    cost: int = 0
    festival_key: str = ""
    tiers: tuple[tuple[int, int], ...] = ()
    targets: tuple[Target, ...] = ()
    combines_with: frozenset[int] = field(default_factory=frozenset)
    id: int | None = None

    @property
    def first_day(self) -> dt.date:
        return dt.date.fromisoformat(self.starts_at[:10])

    @property
    def last_day(self) -> dt.date:
        return dt.date.fromisoformat(self.ends_at[:10])

    def row(self) -> dict:
        return {c: getattr(self, c) for c in _COLUMNS}

    def same_offer(self, other: Promotion) -> bool:
        """Identical but for name, notes and bookkeeping: a duplicate."""
        skip = {"name", "notes", "budget", "cost", "hand_status", "festival_key"}
        mine = {c: getattr(self, c) for c in _COLUMNS if c not in skip}
        theirs = {c: getattr(other, c) for c in _COLUMNS if c not in skip}
        return (
            mine == theirs
            and sorted(self.all_tiers()) == sorted(other.all_tiers())
            and sorted(self.targets) == sorted(other.targets)
        )

    def all_tiers(self) -> tuple[tuple[int, int], ...]:
        if self.kind not in TIERED:
            return ()
        return self.tiers or ((self.threshold, self.value),)


def status(promotion: Promotion, now: dt.datetime) -> str:
    """draft or cancelled when set by hand; else scheduled, running or ended by the dates."""
    if promotion.hand_status:
        return promotion.hand_status
    stamp = now.isoformat(timespec="seconds")
    if stamp < promotion.starts_at:
        return "scheduled"
    return "running" if stamp <= _end_stamp(promotion.ends_at) else "ended"


def _end_stamp(ends_at: str) -> str:
    return ends_at + "T23:59:59" if len(ends_at) == 10 else ends_at


def load_all(
    db: Database,
    first: dt.date | None = None,
    last: dt.date | None = None,
    ids: list[int] | None = None,
) -> list[Promotion]:
    """Promotions overlapping ``first``–``last`` (or all, or ``ids``) with tiers, targets
    and combinations, by start."""
    where, params = [], []
    if first is not None:
        where.append("substr(ends_at, 1, 10) >= ?")
        params.append(first.isoformat())
    if last is not None:
        where.append("substr(starts_at, 1, 10) <= ?")
        params.append(last.isoformat())
    if ids is not None:
        where.append(f"id IN ({', '.join('?' * len(ids))})")
        params += ids
    sql = f"SELECT id, {', '.join(_COLUMNS)} FROM promotions"
    sql += (" WHERE " + " AND ".join(where)) if where else ""
    rows = db.execute(sql + " ORDER BY starts_at, id", params).fetchall()
    found = {r[0]: dict(zip(("id", *_COLUMNS), r, strict=True)) for r in rows}
    tiers: dict[int, list] = {}
    targets: dict[int, list] = {}
    combos: dict[int, set] = {}
    for pid, threshold, value in db.execute(
        "SELECT promotion_id, threshold, value FROM promotion_tiers ORDER BY threshold, id"
    ):
        tiers.setdefault(pid, []).append((threshold, value))
    for pid, product, variant, category, tag in db.execute(
        "SELECT promotion_id, product_id, variant_id, category, tag FROM promotion_targets"
    ):
        targets.setdefault(pid, []).append(_target(product, variant, category, tag))
    for a, b in db.execute("SELECT promotion_id, other_id FROM promotion_combinations"):
        combos.setdefault(a, set()).add(b)
        combos.setdefault(b, set()).add(a)
    return [
        Promotion(
            **values,
            tiers=tuple(tiers.get(pid, ())),
            targets=tuple(sorted(targets.get(pid, ()))),
            combines_with=frozenset(combos.get(pid, ())),
        )
        for pid, values in found.items()
    ]


def _target(product, variant, category, tag) -> Target:
    if variant is not None:
        return Target("variant", variant)
    if product is not None:
        return Target("product", product)
    return Target("category", category) if category else Target("tag", tag)


def get(db: Database, promotion_id: int) -> Promotion:
    found = load_all(db, ids=[promotion_id])
    if not found:
        raise BadPromotion(BadPromotion.NO_SUCH, id=promotion_id)
    return found[0]


def by_name(db: Database) -> dict[str, int]:
    return {name: pid for pid, name in db.execute("SELECT id, name FROM promotions")}


def with_dates(promotion: Promotion, first: dt.date, last: dt.date) -> Promotion:
    """The promotion moved or resized to ``first``–``last``, keeping its times of day."""
    start_time, end_time = promotion.starts_at[10:], promotion.ends_at[10:]
    return replace(
        promotion, starts_at=first.isoformat() + start_time, ends_at=last.isoformat() + end_time
    )
