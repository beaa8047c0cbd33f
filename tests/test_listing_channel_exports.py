"""Listing exports to a platform write its channel's own titles and prices, and can hold
only the listings edited since the last export to the same format."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from test_listings import make

from shopkeeper.services.exchange import listing_channels
from shopkeeper.services.exchange.exporting import export_table
from shopkeeper.services.listings_channels import set_overrides
from shopkeeper.services.listings_edit import load_draft, save_listing, set_variant_field

LONG = "Linen summer dress with pockets, relaxed fit, washed soft"


@pytest.fixture
def listings(shop):
    db = shop.db
    dress = make(db, LONG, ("DR-1", "DR-2"), price=19900)
    mug = make(db, "Ceramic mug", ("MUG-1",), price=4500)
    dr1 = db.execute("SELECT id FROM variants WHERE sku = 'DR-1'").fetchone()[0]
    set_overrides(
        db,
        dress,
        {"taobao": "亚麻连衣裙 夏季", "shopify": "Linen dress"},
        {(dr1, "taobao"): 16800, (dr1, "shopify"): 18900},
    )
    return {"dress": dress, "mug": mug}


def _shopify(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _taobao(path):
    with open(path, encoding="gb18030", newline="") as handle:
        lines = list(csv.reader(handle))
    ids = lines[1]
    return [dict(zip(ids, line, strict=False)) for line in lines[3:]]


def test_shopify_export_uses_the_shopify_title_and_price(shop, listings, tmp_path):
    """A listing's Shopify title and price go in the Shopify CSV; others keep the main."""
    out = tmp_path / "shopify.csv"
    export_table(shop.db, "listings", out, format_id="shopify")
    rows = {r["Variant SKU"]: r for r in _shopify(out)}
    assert rows["DR-1"]["Title"] == "Linen dress"
    assert rows["DR-1"]["Variant Price"] == "189.00"
    assert rows["DR-2"]["Variant Price"] == "199.00"  # no channel price: the main one
    assert rows["MUG-1"]["Title"] == "Ceramic mug"
    assert rows["MUG-1"]["Variant Price"] == "45.00"


def test_taobao_export_uses_the_taobao_title_and_price(shop, listings, tmp_path):
    """Taobao Assistant gets the 30-汉字 title and the Taobao price, else the main ones."""
    out = tmp_path / "taobao.csv"
    export_table(shop.db, "listings", out, format_id="taobao")
    rows = _taobao(out)
    dress = [r for r in rows if r["title"] == "亚麻连衣裙 夏季"]
    assert sorted(r["price"] for r in dress) == ["168.00", "199.00"]
    assert [r["price"] for r in rows if r["title"] == "Ceramic mug"] == ["45.00"]
    assert not any(r["title"] == LONG for r in rows)


@pytest.mark.parametrize("format_id", ["xlsx", "csv"])
def test_generic_exports_keep_the_main_title_and_price(shop, listings, tmp_path, format_id):
    """Our own template stays lossless: main titles and prices, not a channel's."""
    out = tmp_path / f"listings.{format_id}"
    export_table(shop.db, "listings", out, format_id=format_id)
    if format_id == "csv":
        text = out.read_text(encoding="utf-8-sig")
    else:
        sheet = openpyxl.load_workbook(out).active
        text = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row)
    assert LONG in text and "亚麻连衣裙" not in text and "Linen dress" not in text


def _age_everything(db, when="2020-01-01T00:00:00"):
    with db.conn:
        db.execute("UPDATE products SET updated_at = ?", [when])


def _export_at(monkeypatch, db, out, format_id, when, **kwargs):
    monkeypatch.setattr(listing_channels, "now", lambda: when)
    count = export_table(db, "listings", out, format_id=format_id, **kwargs)
    monkeypatch.undo()
    return count


@pytest.mark.parametrize("format_id", ["shopify", "taobao", "csv"])
def test_changed_since_last_export_holds_only_edited_listings(
    shop, listings, tmp_path, monkeypatch, format_id
):
    """After an export, a changes-only export to that format holds just what was edited."""
    db = shop.db
    _age_everything(db)
    first = _export_at(monkeypatch, db, tmp_path / "1", format_id, "2020-06-01T00:00:00")
    assert first == 3
    mug = db.execute("SELECT id FROM variants WHERE sku = 'MUG-1'").fetchone()[0]
    set_variant_field(db, mug, "price", "39.90", 2)
    out = tmp_path / "2.csv"
    assert export_table(db, "listings", out, format_id=format_id, changed_since_last=True) == 1
    assert "MUG-1" in out.read_text(encoding="gb18030" if format_id == "taobao" else "utf-8-sig")
    assert "DR-1" not in out.read_text(encoding="gb18030" if format_id == "taobao" else "utf-8-sig")


def test_changes_are_counted_per_format(shop, listings, tmp_path, monkeypatch):
    """An export to Taobao does not hide changes from the next Shopify export."""
    db = shop.db
    _age_everything(db)
    _export_at(monkeypatch, db, tmp_path / "s.csv", "shopify", "2020-06-01T00:00:00")
    mug = db.execute("SELECT id FROM variants WHERE sku = 'MUG-1'").fetchone()[0]
    set_variant_field(db, mug, "stock", "3", 2)
    _export_at(monkeypatch, db, tmp_path / "t.csv", "taobao", "2999-01-01T00:00:00")
    out = tmp_path / "s2.csv"
    assert export_table(db, "listings", out, format_id="shopify", changed_since_last=True) == 1
    assert listing_channels.last_export(db, "taobao") == "2999-01-01T00:00:00"


def test_changes_only_export_with_no_earlier_export_holds_everything(shop, listings, tmp_path):
    """Never exported to the format: every listing is a change."""
    out = tmp_path / "all.csv"
    assert export_table(shop.db, "listings", out, format_id="shopify", changed_since_last=True) == 3


@pytest.mark.parametrize(
    "edit",
    ["variant_price", "bulk_price", "editor_variant", "editor_image", "channel_title"],
)
def test_every_kind_of_listing_edit_counts_as_a_change(shop, listings, tmp_path, edit):
    """Variant, bulk, image and channel edits all mark the listing as changed."""
    from shopkeeper.services.listings_bulk import PriceEdit, apply_plan, plan_price

    db = shop.db
    _age_everything(db)
    mug_id = listings["mug"]
    variant = db.execute("SELECT id FROM variants WHERE sku = 'MUG-1'").fetchone()[0]
    if edit == "variant_price":
        set_variant_field(db, variant, "price", "40.00", 2)
    elif edit == "bulk_price":
        apply_plan(db, plan_price(db, [variant], PriceEdit(percent_bp=1000, allow_below_cost=True)))
    elif edit in ("editor_variant", "editor_image"):
        draft = load_draft(db, mug_id)
        if edit == "editor_variant":
            draft.variants[0].stock = 99
        else:
            from shopkeeper.services.listings_edit import ImageDraft

            draft.images.append(ImageDraft(src="https://example.com/mug.jpg"))
        save_listing(db, draft)
    else:
        set_overrides(db, mug_id, {"ebay": "Mug"}, {})
    changed = listing_channels.changed_handles(db, "2020-06-01T00:00:00")
    handle = db.execute("SELECT handle FROM products WHERE id = ?", [mug_id]).fetchone()[0]
    assert changed == {handle}


def _reimport(db, path, format_id):
    from shopkeeper.services.exchange.importing import ImportRequest, commit_import, plan_import

    planned = plan_import(db, ImportRequest("listings", path, format_id=format_id))
    commit_import(db, planned)
    return planned


def test_taobao_file_edited_in_taobao_assistant_updates_the_taobao_title_and_price(
    shop, listings, tmp_path
):
    """Re-importing the Taobao file changes the Taobao title and price, not the main ones."""
    db = shop.db
    out = tmp_path / "taobao.csv"
    export_table(db, "listings", out, format_id="taobao")
    assert _reimport(db, out, "taobao").counts["changed"] == 0
    text = out.read_text(encoding="gb18030").replace("亚麻连衣裙 夏季", "亚麻连衣裙 新款")
    out.write_text(text.replace("168.00", "158.00"), encoding="gb18030")
    planned = _reimport(db, out, "taobao")
    assert planned.counts["changed"] >= 1 and planned.counts["rejected"] == 0
    dress = listings["dress"]
    assert db.execute("SELECT title FROM products WHERE id = ?", [dress]).fetchone()[0] == LONG
    assert db.execute(
        "SELECT title FROM channel_titles WHERE product_id = ? AND channel = 'taobao'", [dress]
    ).fetchone() == ("亚麻连衣裙 新款",)
    prices = dict(
        db.execute(
            "SELECT v.sku, v.price FROM variants v WHERE v.product_id = ?", [dress]
        ).fetchall()
    )
    assert prices == {"DR-1": 19900, "DR-2": 19900}
    assert db.execute(
        "SELECT cp.price FROM channel_prices cp JOIN variants v ON v.id = cp.variant_id"
        " WHERE v.sku = 'DR-1' AND cp.channel = 'taobao'"
    ).fetchone() == (15800,)
