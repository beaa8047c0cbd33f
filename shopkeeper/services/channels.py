"""Sales channels and what each one charges: a percentage of the amount plus a fixed
fee per order.

Fees live in the ``channel_settings`` table (one row per channel, written only
when a seller sets something). Margins, the pricing helper, the promotions price
floor and gross profit all count them through ``fee_for``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from shopkeeper.services.changes import Change, recording

CHANNELS = ("taobao", "tmall", "jd", "pinduoduo", "shopify", "etsy", "ebay", "amazon")

_TABLE = "channel_settings"


@dataclass(frozen=True)
class ChannelFees:
    percent_bp: int  # basis points of the amount: 500 = 5%
    fixed: int  # per order, in minor units of the shop's currency


NO_FEES = ChannelFees(0, 0)


def _row(db: Database, channel: str) -> tuple | None:
    if _TABLE not in db.table_names():
        return None
    return db.execute(
        f"SELECT rowid, fee_bp, fee_fixed FROM {_TABLE} WHERE channel = ?", [channel]
    ).fetchone()


def get_fees(db: Database, channel: str) -> ChannelFees:
    """The channel's fees; zero when never set or when the channel is unknown."""
    row = _row(db, channel)
    if row is None:
        return NO_FEES
    return ChannelFees(int(row[1] or 0), int(row[2] or 0))


def all_fees(db: Database) -> dict[str, ChannelFees]:
    """Every known channel's fees (zero where unset)."""
    return {channel: get_fees(db, channel) for channel in CHANNELS}


def set_fees(db: Database, channel: str, fees: ChannelFees) -> Change:
    """Store a channel's fees; one undoable Change."""
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel: {channel!r} (known: {', '.join(CHANNELS)})")
    if not 0 <= fees.percent_bp <= 10000:
        raise ValueError("a channel's fee percentage must be between 0% and 100%")
    if fees.fixed < 0:
        raise ValueError("a channel's fixed fee cannot be negative")
    values = {"fee_bp": int(fees.percent_bp), "fee_fixed": int(fees.fixed)}
    row = _row(db, channel)
    with recording(db, f"Set {channel} fees") as rec:
        if row is None:
            rec.insert(_TABLE, {"channel": channel, **values})
        else:
            rec.update(_TABLE, row[0], values)
    return rec.change


def percent_of(amount: int, basis_points: int) -> int:
    """``amount`` × ``basis_points`` ÷ 10000, rounded half away from zero; integers only."""
    sign = -1 if (amount < 0) != (basis_points < 0) else 1
    quotient, remainder = divmod(abs(amount) * abs(basis_points), 10000)
    if remainder * 2 >= 10000:
        quotient += 1
    return sign * quotient


def fee_for(db: Database, channel: str, amount: int, orders: int = 1) -> int:
    """What ``channel`` keeps of ``amount`` (minor units) sold over ``orders`` orders."""
    return fee_amount(get_fees(db, channel), amount, orders)


def fee_amount(fees: ChannelFees, amount: int, orders: int = 1) -> int:
    """``fee_for`` with the fees already read (for loops over many rows)."""
    return percent_of(amount, fees.percent_bp) + fees.fixed * orders


@dataclass(frozen=True)
class ChannelLimits:
    """How long titles may be on a channel; None means the channel sets no limit."""

    title: int | None
    counts_bytes: bool = False  # Taobao-style limits count GBK bytes: 汉字 = 2, ASCII = 1
    seo_title: int | None = None
    seo_description: int | None = None


# The platforms' own limits (30 汉字 = 60 bytes on Taobao and Tmall); a seller can
# override the numbers per shop in channel_settings.
DEFAULT_LIMITS = {
    "taobao": ChannelLimits(60, counts_bytes=True),
    "tmall": ChannelLimits(60, counts_bytes=True),
    "jd": ChannelLimits(90, counts_bytes=True),
    "pinduoduo": ChannelLimits(60, counts_bytes=True),
    "shopify": ChannelLimits(255, seo_title=70, seo_description=320),
    "etsy": ChannelLimits(140),
    "ebay": ChannelLimits(80),
    "amazon": ChannelLimits(200),
}


def get_limits(db: Database, channel: str) -> ChannelLimits:
    """The channel's title limits: the shop's own numbers where set, else the platform's."""
    base = DEFAULT_LIMITS.get(channel, ChannelLimits(None))
    if _TABLE not in db.table_names():
        return base
    row = db.execute(
        f"SELECT title_limit, seo_title_limit, seo_description_limit FROM {_TABLE}"
        " WHERE channel = ?",
        [channel],
    ).fetchone()
    if row is None:
        return base
    return ChannelLimits(
        row[0] or base.title,
        base.counts_bytes,
        row[1] or base.seo_title,
        row[2] or base.seo_description,
    )


def set_title_limit(db: Database, channel: str, limit: int | None) -> Change:
    """Override a channel's title limit (None: back to the platform's own); undoable."""
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel: {channel!r} (known: {', '.join(CHANNELS)})")
    if limit is not None and limit <= 0:
        raise ValueError("a title limit must be a positive number")
    row = _row(db, channel)
    with recording(db, f"Set {channel} title limit") as rec:
        if row is None:
            rec.insert(_TABLE, {"channel": channel, "title_limit": limit})
        else:
            rec.update(_TABLE, row[0], {"title_limit": limit})
    return rec.change


def title_length(text: str, counts_bytes: bool) -> int:
    """A title's length as the channel counts it (GBK bytes: non-ASCII is 2)."""
    if not counts_bytes:
        return len(text)
    return sum(1 if ord(ch) < 128 else 2 for ch in text)
