"""`shopkeeper report kpi|weekly|monthly`, run as a script would, with right and wrong arguments."""

import json

import kpi_fixture as fx
import pytest
from openpyxl import load_workbook

from shopkeeper import cli


@pytest.fixture
def shop_file(shop, shop_path):
    fx.fill(shop.db)
    shop.close()  # the command line reads it on its own
    return shop_path


def run(shop_file, *args):
    return cli.main(["--shop", str(shop_file), "report", *args])


def test_report_kpi_json_has_the_stable_keys(shop_file, capsys):
    """--json prints the issue's keys, money in minor units and rates to 4 places."""
    assert run(shop_file, "kpi", "--from", "2026-03-01", "--to", "2026-03-04", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["gross_sales"] == 13500 and out["aov"] == 3175
    assert out["refund_rate"] == 0.1778 and out["currency"] == "CNY"


def test_report_kpi_channel_filter(shop_file, capsys):
    args = ("kpi", "--from", "2026-03-01", "--to", "2026-03-04", "--channel", "taobao", "--json")
    assert run(shop_file, *args) == 0
    assert json.loads(capsys.readouterr().out)["orders"] == 2


def test_report_kpi_text_says_no_traffic_data(shop_file, capsys):
    """Without traffic rows the table says so instead of showing 0%."""
    assert run(shop_file, "kpi", "--from", "2026-03-03", "--to", "2026-03-04") == 0
    assert "no traffic data" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["kpi"], 2, "required: --from, --to"),
        (["kpi", "--from", "2026-03-01"], 2, "required: --to"),
        (["kpi", "--from", "01/03/2026", "--to", "2026-03-04"], 2, "not a date"),
        (["kpi", "--from", "2026-02-30", "--to", "2026-03-04"], 2, "not a date"),
        (["kpi", "--from", "2026-03-04", "--to", "2026-03-01"], 4, "ends (2026-03-01) before"),
        (
            ["kpi", "--from", "2026-03-01", "--to", "2026-03-04", "--channel", "tmal"],
            4,
            "no such channel",
        ),
        (
            ["kpi", "--from", "2026-03-01", "--to", "2026-03-04", "--format", "csv"],
            2,
            "unrecognized arguments",
        ),
        ([], 2, "required: REPORT"),
        (["yearly"], 2, "invalid choice"),
        (["weekly"], 2, "required: --out"),
        (["weekly", "--out", "r.docx"], 2, "as .xlsx or .pdf"),
        (["monthly", "--date", "2026-13-01", "--out", "r.xlsx"], 2, "not a date"),
        (["monthly", "--out", "/no/such/folder/r.xlsx"], 4, "does not exist"),
    ],
)
def test_wrong_arguments_get_one_line_and_an_exit_code(shop_file, capsys, args, code, message):
    assert run(shop_file, *args) == code
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_report_on_a_missing_shop_is_an_error(tmp_path, capsys):
    assert run(tmp_path / "nope.db", "kpi", "--from", "2026-03-01", "--to", "2026-03-04") == 1
    assert "no shop file" in capsys.readouterr().err.lower()


@pytest.mark.parametrize("period", ["weekly", "monthly"])
def test_report_writes_an_xlsx_for_the_period_holding_the_date(shop_file, tmp_path, capsys, period):
    out = tmp_path / f"{period}.xlsx"
    assert run(shop_file, period, "--date", "2026-03-04", "--out", str(out)) == 0
    first = "2026-03-02" if period == "weekly" else "2026-03-01"
    assert first in capsys.readouterr().out
    assert load_workbook(out)["Daily sales"]["A2"].value == first
