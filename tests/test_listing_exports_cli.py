"""`shopkeeper export listings OUT --changed-since-last`: only what changed since the last
export to that format."""

from __future__ import annotations

import csv
import sqlite3

import pytest

from shopkeeper import cli
from shopkeeper.services.listings_edit import ListingDraft, VariantDraft, save_listing
from shopkeeper.services.shop import open_shop


@pytest.fixture
def shop_file(shop_path):
    shop = open_shop(shop_path)
    for title, sku in (("Linen dress", "DRESS"), ("Ceramic mug", "MUG"), ("Tote", "TOTE")):
        save_listing(
            shop.db, ListingDraft(title=title, variants=[VariantDraft(sku=sku, price=1000)])
        )
    shop.close()
    return shop_path


def run(shop_file, *args):
    return cli.main(["--shop", str(shop_file), *args])


def skus(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return sorted(r["Variant SKU"] for r in csv.DictReader(handle))


def _backdate(shop_file):
    """Make the listings and the exports so far look a year old."""
    conn = sqlite3.connect(shop_file)
    with conn:
        conn.execute("UPDATE products SET updated_at = '2020-01-01T00:00:00'")
        conn.execute("UPDATE listing_exports SET exported_at = '2020-06-01T00:00:00'")
    conn.close()


def test_changed_since_last_exports_only_the_listing_edited_since(shop_file, tmp_path, capsys):
    """Export all, edit one listing, export changes: the file holds that listing alone."""
    assert (
        run(shop_file, "export", "listings", str(tmp_path / "all.csv"), "--format", "shopify") == 0
    )
    assert skus(tmp_path / "all.csv") == ["DRESS", "MUG", "TOTE"]
    _backdate(shop_file)
    shop = open_shop(shop_file)
    from shopkeeper.services.listings_edit import set_variant_field

    mug = shop.db.execute("SELECT id FROM variants WHERE sku = 'MUG'").fetchone()[0]
    set_variant_field(shop.db, mug, "price", "12.00", 2)
    shop.close()
    out = tmp_path / "changes.csv"
    code = run(
        shop_file, "export", "listings", str(out), "--format", "shopify", "--changed-since-last"
    )
    assert code == 0
    assert skus(out) == ["MUG"]
    printed = capsys.readouterr().out
    assert "exported 1 listings rows" in printed
    assert "edited since the last shopify export, 2020-06-01 00:00:00" in printed


def test_changed_since_last_counts_exports_to_the_same_format_only(shop_file, tmp_path):
    """A Taobao export since does not shorten the next Shopify changes export."""
    run(shop_file, "export", "listings", str(tmp_path / "s.csv"), "--format", "shopify")
    _backdate(shop_file)
    shop = open_shop(shop_file)
    save_listing(
        shop.db, ListingDraft(title="Scarf", variants=[VariantDraft(sku="SCARF", price=1)])
    )
    shop.close()
    run(shop_file, "export", "listings", str(tmp_path / "t.csv"), "--format", "taobao")
    out = tmp_path / "changes.csv"
    run(shop_file, "export", "listings", str(out), "--format", "shopify", "--changed-since-last")
    assert skus(out) == ["SCARF"]


def test_changed_since_last_for_another_kind_is_a_usage_error(shop_file, tmp_path, capsys):
    """Only listings know what changed since an export: orders get exit 2 and no file."""
    out = tmp_path / "orders.csv"
    assert run(shop_file, "export", "orders", str(out), "--changed-since-last") == 2
    assert not out.exists()
    assert "listings only" in capsys.readouterr().err


def test_export_while_a_window_has_the_shop_still_works_but_is_not_remembered(
    shop_file, tmp_path, capsys
):
    """With the shop open elsewhere the export is written, with a warning it is not remembered."""
    window = open_shop(shop_file)
    try:
        out = tmp_path / "all.csv"
        assert run(shop_file, "export", "listings", str(out), "--format", "shopify") == 0
        assert skus(out) == ["DRESS", "MUG", "TOTE"]
        assert "not remembered" in capsys.readouterr().err
        assert window.db.execute("SELECT count(*) FROM listing_exports").fetchone() == (0,)
    finally:
        window.close()
