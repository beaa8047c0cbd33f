"""Promotions to and from Excel/CSV with their tiers, coupon fields, targets and combinations."""

import pytest
from promotions_helpers import catalogue, promo

from shopkeeper.services.exchange.exporting import export_table
from shopkeeper.services.exchange.importing import ImportRequest, commit_import, plan_import
from shopkeeper.services.promotions import Target, load_all
from shopkeeper.services.promotions_edit import save
from shopkeeper.services.shop import open_shop


def _fill(db):
    catalogue(db)
    save(
        db,
        promo(
            name="券",
            kind="coupon",
            value=1000,
            threshold=10000,
            coupon_code="SALE10",
            quantity_limit=500,
            per_buyer_limit=1,
            hand_status="draft",
        ),
    )
    coupon = load_all(db)[0].id
    save(
        db,
        promo(
            name="618 满减",
            kind="threshold",
            tiers=((20000, 2000), (30000, 3500)),
            targets=(Target("category", "茶叶"), Target("variant", 21)),
            combines_with=frozenset({coupon}),
            cost=50000,
            budget=100000,
            festival_key="618",
        ),
    )
    save(
        db,
        promo(
            name="满折",
            kind="threshold_percent",
            tiers=((10000, 500), (20000, 1250)),
            targets=(Target("product", 2), Target("tag", "gift")),
        ),
    )
    save(
        db,
        promo(
            name="买二送一",
            kind="buy_x_get_y",
            buy_quantity=2,
            get_quantity=1,
            channel="jd",
            start="2026-07-01",
            end="2026-07-03",
        ),
    )
    flash = Target("variant", 12)
    save(
        db,
        promo(
            name="秒杀",
            kind="flash_sale",
            value=3990,
            quantity_limit=100,
            start="2026-06-18",
            end="2026-06-18",
            targets=(flash,),
        ),
    )


def _plan(db, path):
    return plan_import(db, ImportRequest("promotions", path))


def _comparable(db):
    return [
        (
            p.name,
            p.kind,
            p.value,
            p.threshold,
            p.starts_at,
            p.ends_at,
            p.channel,
            p.budget,
            p.hand_status,
            p.coupon_code,
            p.quantity_limit,
            p.per_buyer_limit,
            p.buy_quantity,
            p.get_quantity,
            p.cost,
            p.festival_key,
            p.tiers,
            p.targets,
            sorted(q.name for q in load_all(db) if q.id in p.combines_with),
        )
        for p in load_all(db)
    ]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_promotions_round_trip_unchanged(shop, tmp_path, suffix):
    """An export read back is all unchanged; into another shop it recreates every field."""
    _fill(shop.db)
    out = tmp_path / f"promotions{suffix}"
    assert export_table(shop.db, "promotions", out, format_id=suffix[1:]) == 5
    result = _plan(shop.db, out)
    assert [r.reason() for r in result.rejected] == []
    assert result.counts == {"new": 0, "changed": 0, "unchanged": 5, "rejected": 0}
    other = open_shop(tmp_path / "other.shop.db")
    try:
        catalogue(other.db)
        commit_import(other.db, _plan(other.db, out))
        assert _comparable(other.db) == _comparable(shop.db)
    finally:
        other.close()


def test_changed_tiers_are_imported(shop, tmp_path):
    """A sheet that changes a 满减's tiers marks it changed and writes the new tiers."""
    _fill(shop.db)
    out = tmp_path / "p.csv"
    export_table(shop.db, "promotions", out, format_id="csv")
    out.write_text(
        out.read_text(encoding="utf-8-sig").replace("200.00:20.00", "150.00:15.00"),
        encoding="utf-8",
    )
    result = _plan(shop.db, out)
    assert result.counts["changed"] == 1
    commit_import(shop.db, result)
    tiered = next(p for p in load_all(shop.db) if p.name == "618 满减")
    assert tiered.tiers == ((15000, 1500), (30000, 3500))


@pytest.mark.parametrize(
    ("column", "text", "reason"),
    [
        ("targets", "sku:NOPE", "no SKU “NOPE”"),
        ("targets", "brand:x", "is not listing:"),
        ("tiers", "300:30; 200:40", "Tiers must increase"),
        ("tiers", "lots", "is not spend:save"),
        ("combines_with", "Nobody", "no promotion “Nobody”"),
    ],
)
def test_bad_cells_are_rejected_with_a_reason(shop, tmp_path, column, text, reason):
    """Unknown targets, bad tiers and unknown partners reject the row with a clear reason."""
    catalogue(shop.db)
    path = tmp_path / "p.csv"
    kind, value = ("threshold", "30") if column == "tiers" else ("percent_off", "10%")
    path.write_text(
        f"name,kind,value,starts_at,ends_at,{column}\n"
        f"X,{kind},{value},2026-06-01 00:00,2026-06-02 00:00,{text}\n",
        encoding="utf-8",
    )
    result = _plan(shop.db, path)
    if column == "combines_with":  # names resolve once every row is in the shop
        with pytest.raises(Exception, match=reason):
            commit_import(shop.db, result)
        assert load_all(shop.db) == []
        return
    assert [r.reason() for r in result.rejected if reason in r.reason()] != []
    assert len(result.rejected) == 1
