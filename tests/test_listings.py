"""Listings service: search, filters, editing with validation, duplicates, overrides."""

import pytest

from shopkeeper.services import changes
from shopkeeper.services.listings import (
    ListingFilter,
    filter_rows,
    find,
    load_catalogue,
    load_variants,
)
from shopkeeper.services.listings_edit import (
    ImageDraft,
    ListingDraft,
    ListingInvalid,
    VariantDraft,
    delete_listings,
    duplicate_listing,
    load_draft,
    option_grid,
    parse_money,
    save_listing,
)
from shopkeeper.services.pricing import PriceError


def make(
    db,
    title,
    skus=("A",),
    *,
    price=10000,
    cost=5000,
    stock=10,
    status="active",
    tags="",
    category="",
) -> int:
    draft = ListingDraft(
        title=title,
        status=status,
        tags=tags,
        category=category,
        variants=[VariantDraft(sku=s, price=price, cost=cost, stock=stock) for s in skus],
    )
    change = save_listing(db, draft)
    return next(r.rowid for r in change.rows if r.table == "products")


@pytest.fixture
def catalogue(shop):
    db = shop.db
    ids = {
        "dress": make(db, "亚麻连衣裙 夏季", ("DR-1", "DR-2"), tags="亚麻, 夏季", category="女装"),
        "mug": make(db, "Ceramic coffee mug", ("MUG-1",), tags="kitchen", category="Home"),
        "tote": make(db, "Canvas tote bag", ("TOTE-1",), status="draft", stock=0),
    }
    return ids


@pytest.mark.parametrize(
    "text, expected",
    [
        ("连衣裙", {"dress"}),
        ("衣裙", {"dress"}),
        ("裙", {"dress"}),
        ("coffee", {"mug"}),
        ("MUG-1", {"mug"}),
        ("tote", {"tote"}),
        ("zz", set()),
        ("", {"dress", "mug", "tote"}),
    ],
)
def test_search_finds_chinese_substrings_skus_and_short_queries(shop, catalogue, text, expected):
    """Search finds Chinese substrings (trigram index, LIKE under 3 characters) and SKUs."""
    found = {r.id for r in find(shop.db, ListingFilter(text=text))}
    assert found == {catalogue[k] for k in expected}


@pytest.mark.parametrize(
    "flt, expected",
    [
        (ListingFilter(status="draft"), {"tote"}),
        (ListingFilter(category="女装"), {"dress"}),
        (ListingFilter(tag="夏季"), {"dress"}),
        (ListingFilter(tag="KITCHEN"), {"mug"}),
    ],
)
def test_filters(shop, catalogue, flt, expected):
    """Status, category and tag filters keep only matching listings."""
    assert {r.id for r in find(shop.db, flt)} == {catalogue[k] for k in expected}


def test_has_problems_filter_uses_the_checker_counts(shop, catalogue):
    """The has-problems filter keeps listings the checker found something in."""
    rows = find(shop.db, ListingFilter(has_problems=True), problems={catalogue["mug"]: 2})
    assert [r.id for r in rows] == [catalogue["mug"]]


def test_rows_carry_margin_days_of_cover_and_low_stock(shop, catalogue):
    """Margin counts the main channel's fees; days of cover come from recent sales."""
    from datetime import date

    from shopkeeper.services.channels import ChannelFees, set_fees

    db = shop.db
    set_fees(db, "taobao", ChannelFees(500, 0))
    vid = db.execute("SELECT id FROM variants WHERE sku = 'MUG-1'").fetchone()[0]
    today = date.today().isoformat()
    db.execute(
        "INSERT INTO orders(id, order_no, placed_at, status) VALUES (1, 'o1', ?, 'paid')", [today]
    )
    db.execute(
        "INSERT INTO order_items(order_id, variant_id, quantity, unit_price)"
        " VALUES (1, ?, 14, 10000)",
        [vid],
    )
    db.conn.commit()
    rows = {r.id: r for r in load_catalogue(db).rows}
    (mug,) = load_variants(db, catalogue["mug"])
    assert mug.margin_bp == 4500  # 100.00 - 50.00 cost - 5.00 fee
    assert mug.sold == 14 and mug.days_of_cover == 20  # 10 in stock at 0.5 a day
    assert not mug.low_stock  # 20 days of cover, lead time 14
    summed = rows[catalogue["mug"]]  # the table's row, summed up by SQLite, agrees
    assert (summed.margin_bp, summed.days_of_cover, summed.low_stock, summed.sku) == (
        4500,
        20,
        False,
        "MUG-1",
    )
    db.execute("UPDATE variants SET reorder_point = 10 WHERE id = ?", [vid])
    db.conn.commit()
    assert load_variants(db, catalogue["mug"])[0].low_stock
    low = filter_rows(load_catalogue(db).rows, ListingFilter(low_stock=True), None)
    assert [r.id for r in low] == [catalogue["mug"]]


@pytest.mark.parametrize(
    "price, cost, bp, fixed",
    [
        (10000, 5000, 500, 30),
        (999, 1500, 650, 20),
        (1, 0, 0, 0),
        (12345, 12345, 1234, 1),
        (10000, None, 500, 0),
        (7, 3, 9999, 0),
    ],
)
def test_summed_margin_matches_the_pricing_maths(shop, price, cost, bp, fixed):
    """The table's margin (worked out in SQL) equals pricing.margin_bp, negatives included."""
    from shopkeeper.services.channels import ChannelFees, set_fees
    from shopkeeper.services.pricing import margin_bp

    set_fees(shop.db, "taobao", ChannelFees(bp, fixed))
    pid = make(shop.db, "Thing", ("T1", "T2"), price=price, cost=cost)
    (row,) = [r for r in load_catalogue(shop.db).rows if r.id == pid]
    assert row.margin_bp == margin_bp(price, cost, ChannelFees(bp, fixed))
    assert row.variant_count == 2 and row.price_range == (price, price)


def test_edit_variant_price_and_undo(shop, catalogue):
    """Editing a variant's price saves it; undo brings the old price back."""
    db = shop.db
    draft = load_draft(db, catalogue["dress"])
    draft.variants[0].price = 12900
    change = save_listing(db, draft)
    assert load_draft(db, catalogue["dress"]).variants[0].price == 12900
    changes.undo(db, change)
    assert load_draft(db, catalogue["dress"]).variants[0].price == 10000


def test_skus_can_swap_between_variants(shop, catalogue):
    """Two variants of a listing can trade SKUs in one save, and undo trades them back."""
    db = shop.db
    draft = load_draft(db, catalogue["dress"])
    draft.variants[0].sku, draft.variants[1].sku = "DR-2", "DR-1"
    change = save_listing(db, draft)
    assert [v.sku for v in load_draft(db, catalogue["dress"]).variants] == ["DR-2", "DR-1"]
    changes.undo(db, change)
    assert [v.sku for v in load_draft(db, catalogue["dress"]).variants] == ["DR-1", "DR-2"]


@pytest.mark.parametrize(
    "edit, field",
    [
        (lambda d: setattr(d.variants[0], "sku", "MUG-1"), "sku"),  # another listing's
        (lambda d: setattr(d.variants[1], "sku", "DR-1"), "sku"),  # twice in this one
        (lambda d: setattr(d.variants[0], "sku", " "), "sku"),
        (lambda d: setattr(d.variants[0], "stock", -1), "stock"),
        (lambda d: setattr(d.variants[0], "price", -100), "price"),
        (lambda d: setattr(d, "title", ""), "title"),
    ],
)
def test_bad_edits_are_refused_and_nothing_is_saved(shop, catalogue, edit, field):
    """Duplicate SKUs, negative numbers or a missing title: a clear error, nothing saved."""
    db = shop.db
    draft = load_draft(db, catalogue["dress"])
    draft.subtitle = "changed"
    edit(draft)
    with pytest.raises(ListingInvalid) as raised:
        save_listing(db, draft)
    assert field in {e.field for e in raised.value.errors}
    assert load_draft(db, catalogue["dress"]).subtitle == ""


@pytest.mark.parametrize(
    "text, exponent", [("12.345", 2), ("12.5", 0), ("-1", 2), ("abc", 2), ("", 2)]
)
def test_bad_prices_are_clear_errors(text, exponent):
    """Too many decimals for the currency, negative or missing prices are refused."""
    with pytest.raises(PriceError):
        parse_money(text, exponent, label="Price")


def test_option_grid_makes_every_combination():
    """Up to three options make a variant per combination."""
    grid = option_grid(("Colour", "Size", ""), [["Red", "Blue"], ["S", "M", "L"], []])
    assert len(grid) == 6 and grid[0] == ("Red", "S", "") and grid[-1] == ("Blue", "L", "")


def test_images_are_saved_in_order_with_alt_text(shop, catalogue):
    """Images keep the order and alt text the seller gave; reordering is undoable."""
    db = shop.db
    draft = load_draft(db, catalogue["mug"])
    draft.images = [ImageDraft("media/a.jpg", "front"), ImageDraft("media/b.jpg", "")]
    save_listing(db, draft)
    draft = load_draft(db, catalogue["mug"])
    draft.images.reverse()
    change = save_listing(db, draft)
    assert [i.src for i in load_draft(db, catalogue["mug"]).images] == [
        "media/b.jpg",
        "media/a.jpg",
    ]
    changes.undo(db, change)
    assert [(i.src, i.alt) for i in load_draft(db, catalogue["mug"]).images] == [
        ("media/a.jpg", "front"),
        ("media/b.jpg", ""),
    ]


def test_duplicate_listing(shop, catalogue):
    """A duplicate is a draft with new SKUs and handle; undo removes it."""
    db = shop.db
    change, new_id = duplicate_listing(db, catalogue["dress"])
    copy = load_draft(db, new_id)
    assert copy.status == "draft" and copy.title == "亚麻连衣裙 夏季"
    assert [v.sku for v in copy.variants] == ["DR-1-COPY", "DR-2-COPY"]
    changes.undo(db, change)
    with pytest.raises(KeyError):
        load_draft(db, new_id)


def test_delete_listing_and_undo(shop, catalogue):
    """Deleting listings is one undoable step that restores variants and images."""
    db = shop.db
    draft = load_draft(db, catalogue["mug"])
    draft.images = [ImageDraft("media/a.jpg", "front")]
    save_listing(db, draft)
    change = delete_listings(db, [catalogue["mug"]])
    assert not db.execute("SELECT 1 FROM variants WHERE sku = 'MUG-1'").fetchone()
    changes.undo(db, change)
    again = load_draft(db, catalogue["mug"])
    assert again.variants[0].sku == "MUG-1" and again.images[0].alt == "front"
    assert {r.id for r in find(db, ListingFilter(text="coffee"))} == {catalogue["mug"]}


def test_new_listing_gets_a_unique_handle(shop):
    """Two listings with the same title get different handles."""
    a, b = make(shop.db, "Linen shirt", ("S1",)), make(shop.db, "Linen shirt", ("S2",))
    handles = {load_draft(shop.db, a).handle, load_draft(shop.db, b).handle}
    assert handles == {"linen-shirt", "linen-shirt-2"}
