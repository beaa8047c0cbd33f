"""A shop's currency: chosen when the shop is made, fixed once it holds an amount, and
checked against a file's currency column. Also the money limits of an import."""

from __future__ import annotations

import sqlite3

import csv_files
import pytest

from shopkeeper import cli
from shopkeeper.services.exchange.exporting import export_table
from shopkeeper.services.exchange.importing import ImportRequest, commit_import, plan_import
from shopkeeper.services.shop import open_shop
from shopkeeper.services.shop_setup import holds_amounts
from shopkeeper.store import settings

ORDER_HEADER = ["Order number", "Placed at", "Customer", "SKU", "Quantity", "Unit price"]


@pytest.fixture
def german_system(monkeypatch):
    """A computer set to German and Berlin time."""
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    monkeypatch.setenv("TZ", "Europe/Berlin")


def run_cli(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def shop_settings(path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT key, value FROM settings"))
    finally:
        conn.close()


def test_init_creates_a_shop_with_the_given_choices(tmp_path, capsys):
    """`init --name --currency --timezone --country` makes a shop with exactly those."""
    path = tmp_path / "tea.shop.db"
    code, out, _ = run_cli(
        capsys,
        "--shop",
        path,
        "init",
        "--name",
        "Tea House",
        "--currency",
        "EUR",
        "--timezone",
        "Europe/Paris",
        "--country",
        "FR",
    )
    assert code == 0 and "Tea House" in out
    got = shop_settings(path)
    assert (got["shop_name"], got["currency"], got["time_zone"], got["country"]) == (
        "Tea House",
        "EUR",
        "Europe/Paris",
        "FR",
    )


def test_init_defaults_come_from_the_system_and_the_file_name(tmp_path, capsys, german_system):
    """Without options the locale gives country and currency, the clock the time zone."""
    path = tmp_path / "linen-shop.shop.db"
    assert run_cli(capsys, "--shop", path, "init")[0] == 0
    got = shop_settings(path)
    assert (got["shop_name"], got["currency"], got["time_zone"], got["country"]) == (
        "linen-shop",
        "EUR",
        "Europe/Berlin",
        "DE",
    )


@pytest.mark.parametrize("content", ["shop", "other file"])
def test_init_refuses_a_path_that_holds_anything(tmp_path, capsys, content):
    """init onto an existing shop or any other non-empty file exits 2 and changes nothing."""
    path = tmp_path / "taken.shop.db"
    if content == "shop":
        open_shop(path).close()
    else:
        path.write_text("my notes")
    before = path.read_bytes()
    code, _, err = run_cli(capsys, "--shop", path, "init", "--currency", "USD")
    assert code == 2 and "already exists" in err
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("option", "value", "named"),
    [
        ("--currency", "XYZ", "currency"),
        ("--timezone", "Mars/Olympus", "time zone"),
        ("--country", "QQ", "country"),
    ],
)
def test_init_rejects_unknown_choices(tmp_path, capsys, option, value, named):
    """An unknown currency, time zone or country exits 2 naming it; no file is made."""
    path = tmp_path / "new.shop.db"
    code, _, err = run_cli(capsys, "--shop", path, "init", option, value)
    assert code == 2 and f"Unknown {named} “{value}”" in err
    assert not path.exists()


def test_import_onto_a_missing_file_makes_a_shop_with_the_defaults(tmp_path, capsys, german_system):
    """`import` onto a new file creates the shop with init's defaults."""
    path = tmp_path / "fresh.shop.db"
    source = csv_files.write_csv(
        tmp_path / "o.csv", ORDER_HEADER, [["1", "2024-03-05 10:00", "a", "MUG", "1", "9,50"]]
    )
    assert run_cli(capsys, "--shop", path, "import", "orders", source)[0] == 0
    assert shop_settings(path)["currency"] == "EUR"


def test_currency_is_fixed_once_the_shop_holds_an_amount(shop, tmp_path):
    """An empty shop may change currency; one with an order may not."""
    assert not holds_amounts(shop.db)
    source = csv_files.write_csv(
        tmp_path / "o.csv", ORDER_HEADER, [["1", "2024-03-05 10:00", "a", "MUG", "1", "9.50"]]
    )
    commit_import(shop.db, plan_import(shop.db, ImportRequest("orders", source)))
    assert holds_amounts(shop.db)


def test_shop_settings_dialog_locks_the_currency_of_a_shop_with_amounts(qtbot, shop):
    """Shop settings greys out the currency once the shop holds an amount."""
    from PySide6.QtGui import QUndoStack

    from shopkeeper.ui.dialogs.shop_settings_dialog import ShopSettingsDialog

    empty = ShopSettingsDialog(shop.db, QUndoStack())
    qtbot.addWidget(empty)
    assert empty.currency.isEnabled()
    shop.db.execute("INSERT INTO ad_spend(day, channel, spend) VALUES ('2024-01-01', 'x', 5)")
    locked = ShopSettingsDialog(shop.db, QUndoStack())
    qtbot.addWidget(locked)
    assert not locked.currency.isEnabled()


@pytest.mark.parametrize(
    ("kind", "header", "row", "currency_column"),
    [
        (
            "orders",
            [*ORDER_HEADER, "Currency"],
            ["1", "2024-03-05 10:00", "a", "MUG", "1", "27.95", "USD"],
            6,
        ),
        (
            "listings",
            ["TITLE", "PRICE", "CURRENCY_CODE", "QUANTITY", "SKU"],
            ["Linen apron", "27.95", "USD", "3", "APRON"],
            2,
        ),
    ],
)
def test_rows_in_another_currency_are_rejected_with_the_reason(
    tmp_path, capsys, kind, header, row, currency_column
):
    """USD amounts offered to a CNY shop exit 4, saying why; the shop stays empty."""
    path = tmp_path / "cny.shop.db"
    run_cli(capsys, "--shop", path, "init", "--currency", "CNY")
    source = csv_files.write_csv(tmp_path / "f.csv", header, [row])
    code, out, err = run_cli(capsys, "--shop", path, "import", kind, source)
    assert code == 4 and "nothing was imported" in out
    assert "amounts in USD, but this shop keeps its amounts in CNY" in err
    row[currency_column] = "cny"  # the shop's own currency, in any case, is fine
    source = csv_files.write_csv(tmp_path / "g.csv", header, [row])
    assert run_cli(capsys, "--shop", path, "import", kind, source)[0] == 0


def test_money_beyond_what_the_shop_can_hold_is_rejected_in_the_dry_run(tmp_path, capsys):
    """An order total past 64 bits is rejected by the dry run and the import alike (exit 4)."""
    path = tmp_path / "big.shop.db"
    source = csv_files.write_csv(
        tmp_path / "o.csv",
        ORDER_HEADER,
        [["1", "2024-03-05 10:00", "a", "MUG", "3", "50000000000000000"]],
    )
    for extra in (["--dry-run"], []):
        code, out, err = run_cli(capsys, "--shop", path, "import", "orders", source, *extra)
        assert code == 4, err
        assert "the order's total is too large to store" in err
        assert "0 new" in out
    huge = csv_files.write_csv(
        tmp_path / "h.csv",
        ORDER_HEADER,
        [["1", "2024-03-05 10:00", "a", "MUG", "1", "1" + "0" * 30]],
    )
    code, _, err = run_cli(capsys, "--shop", path, "import", "orders", huge)
    assert code == 4 and "Unit price: too large" in err


def test_an_order_of_returns_only_is_exported_and_comes_back_unchanged(shop, tmp_path):
    """An order whose every line was returned is in the export; re-importing it changes nothing."""
    source = csv_files.write_csv(
        tmp_path / "o.csv",
        ORDER_HEADER,
        [
            ["1", "2024-03-05 10:00", "a", "MUG", "-2", "10.00"],
            ["2", "2024-03-06 10:00", "b", "CUP", "1", "3.00"],
        ],
    )
    commit_import(shop.db, plan_import(shop.db, ImportRequest("orders", source)))
    for fmt in ("xlsx", "csv"):
        out = tmp_path / f"export.{fmt}"
        export_table(shop.db, "orders", out, format_id=fmt)
        again = plan_import(shop.db, ImportRequest("orders", out))
        assert again.counts == {"new": 0, "changed": 0, "unchanged": 2, "rejected": 0}, fmt
        assert settings.get(shop.db, settings.CURRENCY) == "CNY"


def test_shop_settings_refuse_a_new_currency_once_amounts_exist(shop):
    """Changing the currency of a shop holding amounts is refused; an empty shop may change."""
    from shopkeeper.services import shop_settings

    shop_settings.put(shop.db, {settings.CURRENCY.key: "USD"})
    assert settings.get(shop.db, settings.CURRENCY) == "USD"
    shop.db.execute("INSERT INTO ad_spend(day, channel, spend) VALUES ('2024-01-01', 'x', 5)")
    with pytest.raises(shop_settings.CurrencyLocked):
        shop_settings.put(shop.db, {settings.CURRENCY.key: "EUR"})
    assert settings.get(shop.db, settings.CURRENCY) == "USD"
    shop_settings.put(shop.db, {settings.CURRENCY.key: "USD", settings.SHOP_NAME.key: "Tea"})
