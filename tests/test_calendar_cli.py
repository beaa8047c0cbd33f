"""`shopkeeper calendar`: the year's festivals, holidays and the shop's own events."""

import json

import pytest

from shopkeeper import cli


def _run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_entries_have_the_contract_fields(capsys, tmp_path):
    """--json prints entries with date, start, end, name, key and kind; 618's season is June."""
    code, out, _ = _run(capsys, "--shop", str(tmp_path / "none.db"), "init", "--country", "CN")
    assert code == 0
    code, out, _ = _run(
        capsys, "--shop", str(tmp_path / "none.db"), "calendar", "--year", "2026", "--json"
    )
    assert code == 0
    entries = json.loads(out)
    assert all(set(e) == {"date", "start", "end", "name", "key", "kind"} for e in entries)
    six18 = next(e for e in entries if e["key"] == "618")
    assert (six18["date"], six18["start"], six18["end"]) == (
        "2026-06-18",
        "2026-06-01",
        "2026-06-18",
    )
    assert any(e["kind"] == "holiday" and e["key"] == "holiday:national_day" for e in entries)
    assert [e["key"] for e in entries if e["date"] == "2026-02-17"] == ["spring_festival"]


def test_names_follow_the_language_and_the_country_option(capsys):
    """--lang zh_CN names festivals in Chinese; --country picks another country's holidays."""
    code, out, _ = _run(
        capsys, "calendar", "--year", "2025", "--country", "US", "--lang", "zh_CN", "--json"
    )
    assert code == 0
    entries = json.loads(out)
    names = {e["key"]: e["name"] for e in entries}
    assert names["double_11"] == "双11" and names["spring_festival"] == "春节"
    assert "holiday:thanksgiving_day" in names
    assert next(e for e in entries if e["key"] == "spring_festival")["date"] == "2025-01-29"


def test_shop_events_are_listed(capsys, tmp_path):
    """The shop's own recurring events appear in the listing."""
    import datetime as dt

    from shopkeeper.services import calendar_events
    from shopkeeper.services.shop import open_shop

    path = tmp_path / "s.shop.db"
    shop = open_shop(path)
    calendar_events.add_event(shop.db, "Anniversary", dt.date(2020, 4, 2))
    shop.close()
    code, out, _ = _run(capsys, "--shop", str(path), "calendar", "--year", "2027", "--country", "")
    assert code == 0
    assert "2027-04-02  event     Anniversary" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["calendar"], "--year"),
        (["calendar", "--year", "abc"], "invalid int"),
        (["calendar", "--year", "1800"], "1900 to 2100"),
        (["calendar", "--year", "2026", "--country", "XX"], "XX"),
        (["calendar", "--year", "2026", "--lang", "fr"], "invalid choice"),
    ],
)
def test_wrong_arguments_are_usage_errors(capsys, argv, message):
    """Bad arguments print one line and exit 2."""
    code, out, err = _run(capsys, *argv)
    assert code == 2
    assert message in err and err.count("\n") == 1 and out == ""


def test_missing_shop_is_an_error(capsys, tmp_path):
    """A --shop that does not exist is reported, not listed without events."""
    code, _, err = _run(capsys, "--shop", str(tmp_path / "nope.db"), "calendar", "--year", "2026")
    assert code == 1 and "nope.db" in err
