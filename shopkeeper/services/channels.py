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
