"""Writing promotions: check, save, move, set status, delete; each one undoable Change.

A promotion's tiers, targets and combinations are rewritten with it in the same
Change, so undo puts all of them back together.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlite_utils import Database

from shopkeeper.services.changes import Change, Recorder, recording
from shopkeeper.services.promotions import (
    HAND_STATUSES,
    KINDS,
    PERCENT_KINDS,
    TIERED,
    BadPromotion,
    Promotion,
    get,
    load_all,
    with_dates,
)


def check(db: Database, promotion: Promotion) -> None:
    """BadPromotion with a clear message for input a seller would regret; else nothing."""
    p = promotion
    check_values(p)
    if p.kind == "amount_off":
        _check_against_prices(db, p)
    for other in load_all(db, p.first_day, p.last_day):
        if other.id != p.id and other.hand_status != "cancelled" and p.same_offer(other):
            raise BadPromotion(BadPromotion.DUPLICATE, name=other.name)


def check_values(p: Promotion) -> None:
    """The checks that need nothing but the promotion itself (imports use them too)."""
    if not p.name.strip():
        raise BadPromotion(BadPromotion.NO_NAME)
    if p.kind not in KINDS:
        raise BadPromotion(BadPromotion.UNKNOWN_KIND, kind=p.kind)
    if p.hand_status not in HAND_STATUSES:
        raise BadPromotion(BadPromotion.BAD_STATUS)
    if p.ends_at < p.starts_at:
        raise BadPromotion(BadPromotion.ENDS_BEFORE_START)
    numbers = (
        p.value,
        p.threshold,
        p.budget,
        p.cost,
        p.buy_quantity,
        p.get_quantity,
        p.quantity_limit or 0,
        p.per_buyer_limit or 0,
        *(n for tier in p.tiers for n in tier),
    )
    if any(n < 0 for n in numbers):
        raise BadPromotion(BadPromotion.NEGATIVE)
    if p.kind in PERCENT_KINDS and any(v > 10000 for v in (p.value, *(v for _, v in p.tiers))):
        raise BadPromotion(BadPromotion.PERCENT_TOO_BIG)
    if p.kind in TIERED:
        _check_tiers(p)
    if p.kind == "coupon" and 0 < p.threshold < p.value:
        raise BadPromotion(BadPromotion.COUPON_THRESHOLD, threshold=p.threshold, value=p.value)
    if p.kind == "buy_x_get_y" and (p.buy_quantity < 1 or p.get_quantity < 1):
        raise BadPromotion(BadPromotion.BUY_GET)
    if p.kind == "bundle" and (p.buy_quantity < 2 or p.value <= 0):
        raise BadPromotion(BadPromotion.BUNDLE)


def _check_tiers(p: Promotion) -> None:
    tiers = p.all_tiers()
    if not tiers or tiers == ((0, 0),):
        raise BadPromotion(BadPromotion.NO_TIERS)
    for (t1, v1), (t2, v2) in zip(tiers, tiers[1:], strict=False):
        if t2 <= t1 or v2 <= v1:
            raise BadPromotion(BadPromotion.TIERS_NOT_INCREASING)
    if p.kind == "threshold":
        for threshold, value in tiers:
            if value > threshold:
                raise BadPromotion(BadPromotion.TIER_OVER_SPEND, threshold=threshold, value=value)


def _check_against_prices(db: Database, p: Promotion) -> None:
    """An amount off larger than a targeted item's price."""
    from shopkeeper.services.promotions_floor import TargetIndex, load_variants

    by_group = any(t.kind in ("category", "tag") for t in p.targets)
    rows = db.execute("SELECT id, sku, price FROM variants WHERE price < ?", [p.value]).fetchall()
    if not rows:
        return
    if p.targets:
        targeted = TargetIndex(load_variants(db, with_groups=by_group)).variants_of(p) or set()
        rows = [r for r in rows if r[0] in targeted]
    if rows:
        _vid, sku, price = min(rows, key=lambda r: r[2])
        raise BadPromotion(BadPromotion.DISCOUNT_OVER_PRICE, discount=p.value, sku=sku, price=price)


def _normalized(p: Promotion) -> Promotion:
    """Tiers sorted; a tiered promotion's first tier mirrored in value/threshold."""
    if p.kind in TIERED:
        tiers = tuple(sorted(p.all_tiers()))
        return replace(p, tiers=tiers, threshold=tiers[0][0], value=tiers[0][1])
    return replace(p, tiers=())


def _delete_children(rec: Recorder, db: Database, pid: int, tables: tuple[str, ...]) -> None:
    """The promotion's rows in ``tables``, and its combinations on either side."""
    for table in tables:
        ids = [r[0] for r in db.execute(f"SELECT id FROM {table} WHERE promotion_id = ?", [pid])]
        rec.delete_many(table, ids)
    combos = [
        r[0]
        for r in db.execute(
            "SELECT id FROM promotion_combinations WHERE promotion_id = ? OR other_id = ?",
            [pid, pid],
        )
    ]
    rec.delete_many("promotion_combinations", combos)


def _write_children(rec: Recorder, db: Database, pid: int, p: Promotion) -> None:
    _delete_children(rec, db, pid, ("promotion_tiers", "promotion_targets"))
    for threshold, value in p.tiers:
        rec.insert("promotion_tiers", {"promotion_id": pid, "threshold": threshold, "value": value})
    for target in p.targets:
        column = {"product": "product_id", "variant": "variant_id"}.get(target.kind, target.kind)
        rec.insert("promotion_targets", {"promotion_id": pid, column: target.value})
    for other in sorted(p.combines_with - {pid}):
        low, high = min(pid, other), max(pid, other)
        rec.insert("promotion_combinations", {"promotion_id": low, "other_id": high})


def save(db: Database, promotion: Promotion, text: str | None = None) -> Change:
    """Insert (``id`` None) or update a promotion with its tiers, targets, combinations."""
    p = _normalized(promotion)
    check(db, p)
    with recording(db, text or f"Save promotion {p.name}") as rec:
        if p.id is None:
            pid = rec.insert("promotions", p.row())
        else:
            get(db, p.id)
            pid = p.id
            rec.update("promotions", pid, p.row())
        _write_children(rec, db, pid, p)
    return rec.change


def move(db: Database, promotion_id: int, first: dt.date, last: dt.date) -> Change:
    """New dates (a bar dragged on the calendar), keeping the times of day."""
    p = with_dates(get(db, promotion_id), first, last)
    if p.ends_at < p.starts_at:
        raise BadPromotion(BadPromotion.ENDS_BEFORE_START)
    with recording(db, f"Move promotion {p.name}") as rec:
        rec.update("promotions", promotion_id, {"starts_at": p.starts_at, "ends_at": p.ends_at})
    return rec.change


def set_hand_status(db: Database, promotion_id: int, hand_status: str) -> Change:
    """draft / cancelled, or "" to let the dates decide again."""
    if hand_status not in HAND_STATUSES:
        raise BadPromotion(BadPromotion.BAD_STATUS)
    p = get(db, promotion_id)
    with recording(db, f"Set status of {p.name}") as rec:
        rec.update("promotions", promotion_id, {"hand_status": hand_status})
    return rec.change


def delete(db: Database, promotion_ids: list[int]) -> Change:
    """Delete promotions with their tiers, targets, combinations and tasks; one Change."""
    with recording(db, "Delete promotions") as rec:
        for pid in promotion_ids:
            _delete_children(
                rec, db, pid, ("promotion_tiers", "promotion_targets", "campaign_tasks")
            )
            content = [
                r[0]
                for r in db.execute("SELECT id FROM content_plan WHERE promotion_id = ?", [pid])
            ]
            rec.update_many("content_plan", [(c, {"promotion_id": None}) for c in content])
            rec.delete("promotions", pid)
    return rec.change
