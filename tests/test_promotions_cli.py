"""`shopkeeper report price-floor`: variant-days below the floor, for scripts."""

import json

import pytest
from promotions_helpers import catalogue, promo

from shopkeeper import cli
from shopkeeper.services import promotions_edit
from shopkeeper.services.shop import open_shop
from shopkeeper.store import settings


@pytest.fixture
def shop_file(tmp_path):
    path = tmp_path / "s.shop.db"
    shop = open_shop(path)
    catalogue(shop.db)
    settings.put(shop.db, settings.MARGIN_FLOOR_BP, "0")
    promotions_edit.save(
        shop.db, promo(name="半价", value=5000, start="2026-06-01", end="2026-06-02")
    )
    shop.close()
    return path


def test_json_rows_follow_the_contract(capsys, shop_file):
    """Each row is {sku, date, lowest_price, cost, floor, promotions}, money in minor units."""
    code = cli.main(
        [
            "--shop",
            str(shop_file),
            "report",
            "price-floor",
            "--from",
            "2026-06-01",
            "--to",
            "2026-06-30",
            "--json",
        ]
    )
    rows = json.loads(capsys.readouterr().out)
    assert code == 0
    assert rows == [
        {
            "sku": "TEA-L",
            "date": "2026-06-01",
            "lowest_price": 6000,
            "cost": 9000,
            "floor": 9000,
            "promotions": ["半价"],
        },
        {
            "sku": "TEA-L",
            "date": "2026-06-02",
            "lowest_price": 6000,
            "cost": 9000,
            "floor": 9000,
            "promotions": ["半价"],
        },
    ]


def test_text_output_counts_the_rows(capsys, shop_file):
    """Without --json each row is a line, then a count."""
    cli.main(
        [
            "--shop",
            str(shop_file),
            "report",
            "price-floor",
            "--from",
            "2026-06-01",
            "--to",
            "2026-06-01",
        ]
    )
    out = capsys.readouterr().out
    assert "TEA-L" in out and "1 variant-days below the floor" in out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--from", "2026-06-05", "--to", "2026-06-01"], 2, "before --from"),
        (["--from", "2026-02-30"], 2, "not a date"),
        (["--from", "2000-01-01", "--to", "2026-01-01"], 2, "too long"),
        (["--to"], 2, "expected one argument"),
    ],
)
def test_wrong_arguments(capsys, shop_file, args, code, message):
    """Bad dates and ranges print one line and exit 2."""
    assert cli.main(["--shop", str(shop_file), "report", "price-floor", *args]) == code
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
