"""`shopkeeper check listings`, `listings bulk-price` and `undo` from the command line."""

import json

import pytest

from shopkeeper import cli
from shopkeeper.services.listings_edit import ListingDraft, VariantDraft, save_listing


@pytest.fixture
def shop_file(shop_path):
    from shopkeeper.services.shop import open_shop

    shop = open_shop(shop_path)
    save_listing(
        shop.db,
        ListingDraft(
            title="最好的亚麻连衣裙",
            status="active",
            variants=[
                VariantDraft(sku="DRESS-S", price=12345, cost=5000, stock=3, barcode="1"),
                VariantDraft(sku="DRESS-M", price=6000, cost=5800, stock=0, barcode="2"),
            ],
        ),
    )
    save_listing(
        shop.db,
        ListingDraft(
            title="Ceramic mug",
            status="draft",
            variants=[
                VariantDraft(sku="MUG", price=3000, compare_at_price=2000, stock=1, barcode="3"),
            ],
        ),
    )
    shop.close()
    return shop_path


def run(shop_file, *args):
    return cli.main(["--shop", str(shop_file), *args])


def prices(shop_file):
    import sqlite3

    with sqlite3.connect(shop_file) as conn:
        return dict(conn.execute("SELECT sku, price FROM variants"))


def test_check_listings_json(shop_file, capsys):
    """JSON output lists each problem with sku, handle, code, field, channel and message."""
    assert run(shop_file, "check", "listings", "--json") == 0
    problems = json.loads(capsys.readouterr().out)
    assert all(set(p) == {"sku", "handle", "code", "field", "channel", "message"} for p in problems)
    found = {(p["code"], p["sku"], p["field"]) for p in problems}
    assert ("banned_word", None, "title") in found
    assert ("zero_stock_active", "DRESS-M", "stock") in found
    assert ("compare_at_not_above_price", "MUG", "compare_at_price") in found


def test_check_listings_per_channel(shop_file, capsys):
    """--channel picks the channels whose title limits apply."""
    run(shop_file, "check", "listings", "--json", "--channel", "ebay")
    assert not any(p["code"] == "title_too_long" for p in json.loads(capsys.readouterr().out))
    with_long = "x" * 81
    from shopkeeper.services.shop import open_shop

    shop = open_shop(shop_file)
    shop.db.execute("UPDATE products SET title = ?", [with_long])
    shop.db.conn.commit()
    shop.close()
    run(shop_file, "check", "listings", "--json", "--channel", "ebay", "--channel", "amazon")
    long = [p for p in json.loads(capsys.readouterr().out) if p["code"] == "title_too_long"]
    assert {p["channel"] for p in long} == {"ebay"}


def test_bulk_price_dry_run_changes_nothing(shop_file, capsys):
    """--dry-run shows the change and writes nothing."""
    assert (
        run(
            shop_file,
            "listings",
            "bulk-price",
            "--search",
            "连衣裙",
            "--percent",
            "-10",
            "--round",
            ".99",
            "--dry-run",
            "--json",
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["changed"] == [{"sku": "DRESS-S", "before": "123.45", "after": "110.99"}]
    assert [s["sku"] for s in out["skipped_below_cost"]] == ["DRESS-M"]
    assert out["change_id"] is None
    assert prices(shop_file)["DRESS-S"] == 12345


def test_bulk_price_then_undo(shop_file, capsys, isolated_home):
    """A bulk price change is one change; `shopkeeper undo ID` reverts it; a backup is taken."""
    assert (
        run(shop_file, "listings", "bulk-price", "--status", "draft", "--amount", "-5.00", "--json")
        == 0
    )
    change_id = json.loads(capsys.readouterr().out)["change_id"]
    assert prices(shop_file)["MUG"] == 2500
    assert list(isolated_home.rglob("op-*-bulk-edit.sqlite"))
    assert run(shop_file, "undo", str(change_id)) == 0
    assert prices(shop_file)["MUG"] == 3000
    assert run(shop_file, "undo", str(change_id)) == 4  # already undone
    assert "already undone" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args, code",
    [
        (["check"], 2),
        (["check", "listings", "--channel", "myspace"], 2),
        (["listings", "bulk-price"], 2),
        (["listings", "bulk-price", "--percent", "5", "--amount", "1"], 2),
        (["listings", "bulk-price", "--percent", "abc"], 2),
        (["listings", "bulk-price", "--status", "gone", "--percent", "5"], 2),
        (["listings", "bulk-price", "--amount", "1.234"], 4),
        (["listings", "bulk-price", "--percent", "5", "--round", ".999"], 4),
        (["undo", "abc"], 2),
        (["undo", "999"], 1),
    ],
)
def test_wrong_arguments(shop_file, capsys, args, code):
    """Wrong arguments give one line on stderr, the documented exit code, and no change."""
    before = prices(shop_file)
    assert run(shop_file, *args) == code
    err = capsys.readouterr().err.strip()
    assert err.startswith("shopkeeper: ") and "\n" not in err
    assert prices(shop_file) == before


def test_undo_refuses_a_change_written_over(shop_file, capsys):
    """A change whose rows were changed again since cannot be undone out of order."""
    run(shop_file, "listings", "bulk-price", "--search", "MUG", "--amount", "1", "--json")
    first = json.loads(capsys.readouterr().out)["change_id"]
    run(shop_file, "listings", "bulk-price", "--search", "MUG", "--amount", "1", "--json")
    assert run(shop_file, "undo", str(first)) == 4
    assert prices(shop_file)["MUG"] == 3200
