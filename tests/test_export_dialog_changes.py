"""File > Export… for listings: "only listings changed since the last export to this
format", with when that was."""

from __future__ import annotations

import csv

import pytest

from shopkeeper.services.listings_edit import (
    ListingDraft,
    VariantDraft,
    save_listing,
    set_variant_field,
)
from shopkeeper.ui.dialogs.export_dialog import ExportDialog


@pytest.fixture
def listed(shop):
    for title, sku in (("Linen dress", "DRESS"), ("Ceramic mug", "MUG")):
        save_listing(
            shop.db, ListingDraft(title=title, variants=[VariantDraft(sku=sku, price=900)])
        )
    return shop


def open_dialog(qtbot, shop, runner):
    dlg = ExportDialog(shop, runner)
    qtbot.addWidget(dlg)
    dlg.set_kind("listings")
    dlg.set_format("shopify")
    return dlg


def skus(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return sorted(r["Variant SKU"] for r in csv.DictReader(handle))


def test_changes_option_shows_for_listings_only(qtbot, listed, runner):
    """The option and its hint are there for listings, gone for orders."""
    dlg = open_dialog(qtbot, listed, runner)
    dlg.show()
    assert dlg.changed_only.isVisible()
    assert "Never exported" in dlg.last_export.text()
    dlg.set_kind("orders")
    assert not dlg.changed_only.isVisible() and not dlg.last_export.isVisible()


def test_changes_only_export_from_the_dialog_holds_the_edited_listing(
    qtbot, listed, runner, tmp_path
):
    """Export everything, edit one price, export changes: only that listing is in the file."""
    dlg = open_dialog(qtbot, listed, runner)
    dlg.path.setText(str(tmp_path / "all.csv"))
    dlg.export()
    assert skus(tmp_path / "all.csv") == ["DRESS", "MUG"]
    db = listed.db
    with db.conn:
        db.execute("UPDATE products SET updated_at = '2020-01-01T00:00:00'")
        db.execute("UPDATE listing_exports SET exported_at = '2020-06-01T00:00:00'")
    mug = db.execute("SELECT id FROM variants WHERE sku = 'MUG'").fetchone()[0]
    set_variant_field(db, mug, "price", "12.00", 2)
    again = open_dialog(qtbot, listed, runner)
    assert "2020-06-01 00:00" in again.last_export.text()
    again.changed_only.setChecked(True)
    again.path.setText(str(tmp_path / "changes.csv"))
    again.export()
    assert skus(tmp_path / "changes.csv") == ["MUG"]
