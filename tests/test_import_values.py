"""A seller's own values for fixed-choice fields: --map-value, suggestions, neutral
choices with notes, rejections that say how to map, and presets that keep the map."""

from __future__ import annotations

import json
import sqlite3

import csv_files
import pytest

from shopkeeper import cli
from shopkeeper.services.exchange.value_map import (
    choice_field,
    pack_value_map,
    parse_value_maps,
    suggest,
    unknown_values,
    unpack_value_map,
)

ORDERS = ["Order ID", "Date", "Quantity", "Unit price", "Status"]
TICKETS = ["Subject", "Ticket Type", "Priority"]


def run_cli(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def query(path, sql):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def shop_file(tmp_path, capsys):
    path = tmp_path / "s.shop.db"
    run_cli(capsys, "--shop", path, "init", "--currency", "EUR")
    return path


def test_unknown_order_status_is_rejected_naming_the_choices_and_map_value(
    shop_file, tmp_path, capsys
):
    """ "Versendet" is no status we know: exit 4, and the reason says how to map it."""
    source = csv_files.write_csv(
        tmp_path / "o.csv", ORDERS, [["A1", "2024-01-02 10:00", "1", "9.50", "Versendet"]]
    )
    code, _, err = run_cli(capsys, "--shop", shop_file, "import", "orders", source)
    assert code == 4
    assert (
        "Status: “Versendet” is not one of: unpaid, paid, shipped, completed, refunded, "
        "cancelled. Map it in the import wizard's value step "
        "(or with --map-value status=Versendet:CHOICE)"
    ) in err


def test_map_value_reads_the_sellers_words_in_any_case(shop_file, tmp_path, capsys):
    """--map-value status=versendet:shipped maps "Versendet" and "VERSENDET" alike."""
    rows = [
        ["A1", "2024-01-02 10:00", "1", "9.50", "Versendet"],
        ["A2", "2024-01-03 10:00", "1", "9.50", "VERSENDET"],
        ["A3", "2024-01-04 10:00", "1", "9.50", "En camino"],
    ]
    source = csv_files.write_csv(tmp_path / "o.csv", ORDERS, rows)
    code, out, err = run_cli(
        capsys, "--shop", shop_file, "import", "orders", source,
        "--map-value", "status=versendet:shipped", "--map-value", "status=En camino:shipped",
    )  # fmt: skip
    assert code == 0, err
    assert query(shop_file, "SELECT DISTINCT status FROM orders") == [("shipped",)]


def test_map_value_splits_on_the_last_colon(tmp_path):
    """A value may hold colons: "Status: sent" maps with status=Status: sent:shipped."""
    assert parse_value_maps("orders", ["status=Status: sent:shipped"]) == {
        "status": {"status: sent": "shipped"}
    }


@pytest.mark.parametrize(
    ("argument", "problem"),
    [
        ("status", "expected FIELD=VALUE:CHOICE"),
        ("status=Versendet", "expected FIELD=VALUE:CHOICE"),
        ("colour=red:blue", "orders has no field with fixed choices called “colour”"),
        ("status=Versendet:sent", "“sent” is not a choice of status"),
    ],
)
def test_bad_map_value_arguments_exit_2_and_create_nothing(tmp_path, capsys, argument, problem):
    """A malformed --map-value is a usage error (exit 2); no shop file appears."""
    shop = tmp_path / "new.shop.db"
    source = csv_files.write_csv(
        tmp_path / "o.csv", ORDERS, [["A1", "2024-01-02 10:00", "1", "9.50", "paid"]]
    )
    code, _, err = run_cli(capsys, "--shop", shop, "import", "orders", source,
                           "--map-value", argument)  # fmt: skip
    assert code == 2 and problem in err
    assert not shop.exists()


def test_unmapped_ticket_values_take_the_neutral_choice_with_notes_in_json(
    shop_file, tmp_path, capsys
):
    """Ticket kind and priority nobody mapped become other/normal, each noted in --json."""
    rows = [
        ["Cannot log in", "Technical issue", "Critical"],
        ["Charged twice", "Billing inquiry", "Sometime"],
    ]
    source = csv_files.write_csv(tmp_path / "t.csv", TICKETS, rows)
    code, out, _ = run_cli(capsys, "--shop", shop_file, "import", "tickets", source, "--json")
    assert code == 0
    summary = json.loads(out)
    assert [summary[k] for k in ("new", "changed", "unchanged", "rejected")] == [2, 0, 0, 0]
    noted = {(n["row"], n["field"]) for n in summary["notes"]}
    assert {(2, "kind"), (3, "kind"), (3, "priority")} <= noted
    assert all(set(n) == {"row", "field", "message"} for n in summary["notes"])
    kinds = query(shop_file, "SELECT subject, kind, priority FROM tickets ORDER BY subject")
    assert kinds == [("Cannot log in", "other", "urgent"), ("Charged twice", "other", "normal")]


def test_json_lists_at_most_100_notes(shop_file, tmp_path, capsys):
    """A file with 150 noted rows lists 100 of them; the counts stay complete."""
    rows = [[f"Ticket {n}", "Technical issue", ""] for n in range(150)]
    source = csv_files.write_csv(tmp_path / "t.csv", TICKETS, rows)
    code, out, _ = run_cli(capsys, "--shop", shop_file, "import", "tickets", source,
                           "--json", "--dry-run")  # fmt: skip
    summary = json.loads(out)
    assert code == 0 and summary["new"] == 150 and len(summary["notes"]) == 100


def test_notes_are_printed_with_the_summary(shop_file, tmp_path, capsys):
    """Without --json the notes follow the counts, then "… and N more notes"."""
    rows = [[f"Ticket {n}", "Technical issue", ""] for n in range(12)]
    source = csv_files.write_csv(tmp_path / "t.csv", TICKETS, rows)
    _, out, _ = run_cli(capsys, "--shop", shop_file, "import", "tickets", source, "--dry-run")
    lines = out.splitlines()
    assert lines[1].startswith("  note, row 2: “Technical issue” is not one of:")
    assert "  … and 2 more notes" in lines


@pytest.mark.parametrize(
    ("kind", "field", "text", "choice"),
    [
        ("tickets", "kind", "Refund request", "refund"),
        ("tickets", "kind", "退货退款", "return"),
        ("tickets", "priority", "Critical", "urgent"),
        ("tickets", "priority", "紧急", "urgent"),
        ("orders", "status", "Versendet", "shipped"),
        ("orders", "status", "En camino", "shipped"),
        ("orders", "status", "已发货", "shipped"),
        ("listings", "status", "下架", "draft"),
    ],
)
def test_suggestions_from_english_and_chinese_words(kind, field, text, choice):
    """The wizard suggests a choice for common English, German, Spanish and Chinese words."""
    assert suggest(choice_field(kind, field), text) == choice


def test_unknown_values_are_listed_once_with_their_row_counts():
    """The wizard's value step lists each unknown value once, most frequent first."""
    rows = [["a", "Technical issue"], ["b", "technical  issue"], ["c", "Refund request"],
            ["d", "return"]]  # fmt: skip
    found = unknown_values("tickets", rows, {"kind": 1})
    assert [(u.field, u.value, u.rows, u.neutral) for u in found] == [
        ("kind", "Technical issue", 2, "other"),
        ("kind", "Refund request", 1, "other"),
    ]


def test_presets_keep_the_value_map():
    """A preset's mapping carries the value map and gives it back."""
    packed = pack_value_map({"kind": "Ticket Type"}, {"kind": {"technical issue": "other"}})
    assert packed["kind"] == "Ticket Type"
    assert unpack_value_map(packed) == {"kind": {"technical issue": "other"}}
