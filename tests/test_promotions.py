"""Promotions: clear refusals of bad input, undoable writes, the price-floor check."""

import datetime as dt
import random
from collections import Counter

import pytest
from promotions_helpers import catalogue, promo

from shopkeeper.services import changes, stacking
from shopkeeper.services import promotions_edit as edit
from shopkeeper.services import promotions_floor as floor
from shopkeeper.services.promotions import BadPromotion, Target, get, load_all, status
from shopkeeper.store import settings

D = dt.date


@pytest.fixture
def db(shop):
    catalogue(shop.db)
    settings.put(shop.db, settings.MARGIN_FLOOR_BP, "0")
    return shop.db


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (promo(start="2026-06-10", end="2026-06-01"), "ends before it starts"),
        (
            promo(kind="amount_off", value=6000, targets=(Target("product", 1),)),
            "larger than the price of TEA-S",
        ),
        (promo(kind="percent_off", value=12000), "more than 100%"),
        (promo(kind="threshold", tiers=((30000, 3000), (20000, 5000))), "Tiers must increase"),
        (promo(kind="threshold", tiers=((20000, 3000), (30000, 3000))), "Tiers must increase"),
        (
            promo(kind="threshold_percent", tiers=((20000, 1000), (10000, 2000))),
            "Tiers must increase",
        ),
        (promo(kind="coupon", value=2000, threshold=1000), "below its face value"),
        (promo(name=" "), "name"),
        (promo(kind="buy_x_get_y", buy_quantity=2), "at least 1"),
    ],
)
def test_bad_promotions_get_a_clear_message_and_nothing_is_saved(db, bad, message):
    """End before start, a discount above the price, tiers that don't increase, a coupon
    threshold below its face value… are refused with a message; nothing is written."""
    with pytest.raises(BadPromotion, match=message):
        edit.save(db, bad)
    assert db.execute("SELECT count(*) FROM promotions").fetchone()[0] == 0


def test_amount_off_above_an_untargeted_price_is_fine(db):
    """A ¥60 discount is refused only when a targeted item costs less than ¥60."""
    edit.save(db, promo(kind="amount_off", value=6000, targets=(Target("variant", 12),)))


def test_an_identical_promotion_is_a_duplicate(db):
    """Saving the same offer twice (even under another name) is refused."""
    edit.save(db, promo(value=1000))
    with pytest.raises(BadPromotion, match="identical promotion already exists: “Sale”"):
        edit.save(db, promo(name="Sale again", value=1000))
    edit.save(db, promo(name="Other channel", value=1000, channel="jd"))


def test_save_with_tiers_targets_and_combinations_then_undo(db):
    """A promotion is saved with its tiers, targets and combinations; undo removes them all."""
    edit.save(db, promo(name="Coupon", kind="coupon", value=500, threshold=5000))
    coupon_id = db.execute("SELECT id FROM promotions").fetchone()[0]
    change = edit.save(
        db,
        promo(
            name="618 满减",
            kind="threshold",
            tiers=((30000, 5000), (20000, 3000)),
            targets=(Target("category", "茶叶"), Target("tag", "gift")),
            combines_with=frozenset({coupon_id}),
        ),
    )
    saved = [p for p in load_all(db) if p.name == "618 满减"][0]
    assert saved.tiers == ((20000, 3000), (30000, 5000))
    assert (saved.threshold, saved.value) == (20000, 3000)
    assert set(saved.targets) == {Target("category", "茶叶"), Target("tag", "gift")}
    assert saved.combines_with == {coupon_id}
    assert get(db, coupon_id).combines_with == {saved.id}
    changes.undo(db, change)
    assert [p.name for p in load_all(db)] == ["Coupon"]
    assert db.execute("SELECT count(*) FROM promotion_tiers").fetchone()[0] == 0


def test_move_keeps_times_of_day_and_undoes(db):
    """Dragging a promotion changes its dates, keeps its times, and undo restores them."""
    edit.save(db, promo())
    pid = db.execute("SELECT id FROM promotions").fetchone()[0]
    change = edit.move(db, pid, D(2026, 6, 5), D(2026, 6, 20))
    assert (get(db, pid).starts_at, get(db, pid).ends_at) == (
        "2026-06-05T00:00:00",
        "2026-06-20T23:59:59",
    )
    changes.undo(db, change)
    assert get(db, pid).starts_at == "2026-06-01T00:00:00"


def test_delete_and_undo_restores_children(db):
    """Deleting a promotion takes its tiers and targets; undo brings every row back."""
    edit.save(db, promo(kind="threshold", tiers=((10000, 1000),), targets=(Target("product", 1),)))
    pid = db.execute("SELECT id FROM promotions").fetchone()[0]
    before = get(db, pid)
    change = edit.delete(db, [pid])
    assert load_all(db) == []
    changes.undo(db, change)
    assert get(db, pid) == before


@pytest.mark.parametrize(
    ("hand", "now", "expected"),
    [
        ("", "2026-05-31T12:00:00", "scheduled"),
        ("", "2026-06-10T00:00:00", "running"),
        ("", "2026-06-19T00:00:00", "ended"),
        ("draft", "2026-06-10T00:00:00", "draft"),
        ("cancelled", "2026-06-10T00:00:00", "cancelled"),
    ],
)
def test_status_follows_the_dates_unless_set_by_hand(hand, now, expected):
    """Scheduled, running and ended follow the dates; draft and cancelled are set by hand."""
    assert status(promo(hand_status=hand), dt.datetime.fromisoformat(now)) == expected


def test_below_floor_days_are_found_with_fees_and_margin(db):
    """A 60% sale puts TEA-L (cost 90) below cost; fees and the margin floor raise the floor."""
    from shopkeeper.services.channels import ChannelFees, set_fees

    set_fees(db, "taobao", ChannelFees(500, 100))
    settings.put(db, settings.MARGIN_FLOOR_BP, "2000")
    edit.save(db, promo(value=6000, channel="taobao", start="2026-06-01", end="2026-06-02"))
    found = floor.check(db, D(2026, 6, 1), D(2026, 6, 30))
    rows = [r for b in found for r in b.rows()]
    tea_l = [r for r in rows if r["sku"] == "TEA-L"]
    assert [r["date"] for r in tea_l] == ["2026-06-01", "2026-06-02"]
    assert tea_l[0]["lowest_price"] == 4800
    assert tea_l[0]["floor"] == stacking.floor_price(9000, 500, 100, 2000) == 11250
    assert "MUG" not in {r["sku"] for r in rows}  # no cost, no floor


def _brute_force(db, first, last):
    """The check done the slow way: every variant, every day, every channel."""
    promos = [p for p in load_all(db, first, last) if p.hand_status != "cancelled"]
    variants = floor.load_variants(db)
    index = floor.TargetIndex(variants)
    fees = floor._fees(db)
    margin = settings.get_int(db, settings.MARGIN_FLOOR_BP)
    found = set()
    day = first
    while day <= last:
        running = [p for p in promos if p.first_day <= day <= p.last_day]
        for v in variants:
            mine = [
                p for p in running if (index.variants_of(p) is None or v.id in index.variants_of(p))
            ]
            channels = {p.channel for p in mine}
            if "" in channels:
                channels |= set(fees)
            for ch in channels:
                offers = [floor.offer(p) for p in mine if p.channel in ("", ch)]
                if not offers:
                    continue
                combos = {p.id: p.combines_with for p in mine}

                def combine(a, b, combos=combos):
                    return b in combos[a] or a in combos[b]

                lowest, _ = stacking.lowest(v.price, offers, combine)
                fee_bp, fixed = fees.get(ch, (0, 0))
                fl = stacking.floor_price(v.cost, fee_bp, fixed, margin)
                if lowest < fl:
                    found.add((v.sku, day.isoformat(), ch, lowest, fl))
        day += dt.timedelta(days=1)
    return found


@pytest.mark.parametrize("vector_from", [16, 1])
@pytest.mark.parametrize("seed", range(6))
def test_grouped_check_equals_checking_every_variant_every_day(db, seed, vector_from, monkeypatch):
    """Grouping by target set and date interval (in Python or with numpy over all prices)
    finds exactly what a day-by-day check finds."""
    from shopkeeper.services import promotions_floor_groups
    from shopkeeper.services.channels import ChannelFees, set_fees

    monkeypatch.setattr(promotions_floor_groups, "VECTOR_FROM", vector_from)

    rng = random.Random(seed)
    set_fees(db, "jd", ChannelFees(rng.choice([0, 800]), rng.choice([0, 200])))
    settings.put(db, settings.MARGIN_FLOOR_BP, str(rng.choice([0, 1500, 3000])))
    targets = [
        (),
        (Target("product", 1),),
        (Target("variant", 13),),
        (Target("tag", "gift"),),
        (Target("category", "杯子"),),
    ]
    ids = []
    for i in range(8):
        kind = rng.choice(
            ["percent_off", "amount_off", "fixed_price", "threshold", "coupon", "buy_x_get_y"]
        )
        start = D(2026, 6, rng.randint(1, 20))
        p = promo(
            name=f"p{i}",
            kind=kind,
            start=start.isoformat(),
            end=(start + dt.timedelta(days=rng.randint(0, 8))).isoformat(),
            value=rng.choice([500, 1000, 2500]) if kind != "fixed_price" else 2500,
            threshold=rng.choice([0, 10000]) if kind == "coupon" else 0,
            tiers=((rng.choice([6000, 15000]), 1000),) if kind == "threshold" else (),
            buy_quantity=2,
            get_quantity=1,
            channel=rng.choice(["", "jd", "taobao"]),
            targets=rng.choice(targets),
            combines_with=frozenset(rng.sample(ids, min(len(ids), rng.randint(0, 2)))),
        )
        edit.save(db, p)
        ids.append(db.execute("SELECT max(id) FROM promotions").fetchone()[0])
    first, last = D(2026, 6, 1), D(2026, 6, 30)
    grouped = {
        (r["sku"], r["date"], b.channel, r["lowest_price"], r["floor"])
        for b in floor.check(db, first, last)
        for r in b.rows()
    }
    assert grouped == _brute_force(db, first, last)
    # the calendar's summary counts the same variants per day and channel
    summary, detail = Counter(), Counter()
    for b in floor.check(db, first, last, per_variant=False):
        for day in b.days():
            summary[(day, b.channel)] += b.count
    for b in floor.check(db, first, last):
        for day in b.days():
            detail[(day, b.channel)] += 1
    assert summary == detail
