"""Bulk edits, channel overrides, competitor prices and templates."""

from datetime import date

import pytest

from shopkeeper.services import changes
from shopkeeper.services.listings_bulk import (
    PriceEdit,
    apply_plan,
    plan_field,
    plan_price,
    plan_replace_title,
    plan_stock,
    plan_tags,
)
from shopkeeper.services.listings_channels import (
    add_competitor_price,
    competitor_prices,
    latest_by_competitor,
    price_for,
    set_overrides,
    title_for,
)
from shopkeeper.services.listings_edit import ListingDraft, VariantDraft, load_draft, save_listing
from shopkeeper.services.listings_templates import new_from_template, save_template, templates
from shopkeeper.services.pricing import parse_ending


@pytest.fixture
def listing(shop):
    draft = ListingDraft(
        title="Linen dress",
        tags="linen, summer",
        variants=[
            VariantDraft(sku="A", price=12345, compare_at_price=15000, cost=5000),
            VariantDraft(sku="B", price=6000, cost=5800),
        ],
    )
    change = save_listing(shop.db, draft)
    pid = next(r.rowid for r in change.rows if r.table == "products")
    vids = [v.id for v in load_draft(shop.db, pid).variants]
    return pid, vids


def prices(db):
    return dict(db.execute("SELECT sku, price FROM variants").fetchall())


def test_bulk_percent_with_ending_skips_below_cost_and_undoes(shop, listing):
    """-10% rounded to .99 lowers A, leaves B (would fall below cost) and is one undo."""
    db = shop.db
    _pid, vids = listing
    plan = plan_price(db, vids, PriceEdit(percent_bp=-1000, ending=parse_ending(".99", 2)))
    assert [(line.sku, line.after) for line in plan.lines] == [("A", 11099)]
    assert [line.sku for line in plan.skipped] == ["B"]
    change = apply_plan(db, plan)
    assert prices(db) == {"A": 11099, "B": 6000}
    assert db.execute("SELECT compare_at_price FROM variants WHERE sku='A'").fetchone()[0] == 15000
    changes.undo(db, change)
    assert prices(db) == {"A": 12345, "B": 6000}


def test_bulk_price_allowing_below_cost(shop, listing):
    """With below-cost allowed, every selected variant changes."""
    _pid, vids = listing
    plan = plan_price(shop.db, vids, PriceEdit(amount=-500, allow_below_cost=True))
    apply_plan(shop.db, plan)
    assert prices(shop.db) == {"A": 11845, "B": 5500}


def test_bulk_stock_status_category_tags_and_titles(shop, listing):
    """Stock, status, category, tags and find-and-replace each change what they say."""
    db = shop.db
    pid, vids = listing
    apply_plan(db, plan_stock(db, vids, 7))
    apply_plan(db, plan_field(db, [pid], "status", "archived"))
    apply_plan(db, plan_field(db, [pid], "category", "Dresses"))
    apply_plan(db, plan_tags(db, [pid], add=["sale"], remove=["summer"]))
    last = apply_plan(db, plan_replace_title(db, [pid], "linen", "Cotton", match_case=False))
    draft = load_draft(db, pid)
    assert [v.stock for v in draft.variants] == [7, 7]
    assert (draft.status, draft.category, draft.tags, draft.title) == (
        "archived",
        "Dresses",
        "linen, sale",
        "Cotton dress",
    )
    changes.undo(db, last)
    assert load_draft(db, pid).title == "Linen dress"


@pytest.mark.parametrize(
    "make_plan",
    [
        lambda db, pid, vids: plan_stock(db, vids, -1),
        lambda db, pid, vids: plan_field(db, [pid], "status", "gone"),
        lambda db, pid, vids: plan_replace_title(db, [pid], "", "x"),
        lambda db, pid, vids: plan_replace_title(db, [pid], "Linen dress", ""),
    ],
)
def test_bad_bulk_edits_are_refused(shop, listing, make_plan):
    """Negative stock, an unknown status, nothing to find or an empty title are refused."""
    pid, vids = listing
    with pytest.raises(ValueError):
        make_plan(shop.db, pid, vids)


def test_channel_title_and_price_fall_back_to_main(shop, listing):
    """A channel's own title and price win on that channel; others use the main ones."""
    db = shop.db
    pid, vids = listing
    change = set_overrides(db, pid, {"taobao": "亚麻连衣裙"}, {(vids[0], "taobao"): 9900})
    assert title_for(db, pid, "taobao") == "亚麻连衣裙"
    assert title_for(db, pid, "amazon") == "Linen dress"
    assert price_for(db, vids[0], "taobao") == 9900
    assert price_for(db, vids[0], "ebay") == 12345
    set_overrides(db, pid, {"taobao": ""}, {(vids[0], "taobao"): None})
    assert title_for(db, pid, "taobao") == "Linen dress"
    changes.undo(db, change)  # the first change's undo: rows it added go again
    assert price_for(db, vids[0], "taobao") == 12345


def test_overrides_refuse_unknown_channel(shop, listing):
    """An unknown channel is refused."""
    with pytest.raises(ValueError):
        set_overrides(shop.db, listing[0], {"myspace": "x"}, {})


def test_competitor_prices(shop, listing):
    """Competitor prices are kept per SKU; the latest per competitor is used."""
    db = shop.db
    pid, _vids = listing
    add_competitor_price(db, "A", "Shop X", 11000, seen_on=date(2026, 1, 1))
    add_competitor_price(db, "A", "Shop X", 10500, seen_on=date(2026, 2, 1))
    add_competitor_price(db, "A", "Shop Y", 13000, url="https://y.example")
    latest = latest_by_competitor(competitor_prices(db, pid))
    assert sorted(p.price for p in latest) == [10500, 13000]
    with pytest.raises(ValueError):
        add_competitor_price(db, "NOPE", "Shop X", 100)


def test_templates_prefill_new_listings(shop, listing):
    """A template saves a listing's reusable fields and pre-fills a new one."""
    db = shop.db
    draft = load_draft(db, listing[0])
    draft.category, draft.option_names = "Dresses", ("Colour", "Size", "")
    save_template(db, "Dresses", draft)
    ((tid, name),) = templates(db)
    new = new_from_template(db, tid)
    assert (name, new.id, new.category, new.option_names, new.variants) == (
        "Dresses",
        None,
        "Dresses",
        ("Colour", "Size", ""),
        [],
    )
