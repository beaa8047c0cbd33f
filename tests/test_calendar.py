"""The shopping calendar: festivals on the right days, holidays once, the shop's own events."""

import datetime as dt

import pytest

from shopkeeper.services import calendar, calendar_events
from shopkeeper.services.calendar import FESTIVAL_KEYS, CalendarError

D = dt.date

# Checked by hand against the published 国务院 holiday notices and almanacs.
SPRING_FESTIVALS = [
    (1900, D(1900, 1, 31)),
    (1985, D(1985, 2, 20)),
    (2020, D(2020, 1, 25)),
    (2021, D(2021, 2, 12)),
    (2022, D(2022, 2, 1)),
    (2023, D(2023, 1, 22)),
    (2024, D(2024, 2, 10)),
    (2025, D(2025, 1, 29)),
    (2026, D(2026, 2, 17)),
    (2027, D(2027, 2, 6)),
    (2030, D(2030, 2, 3)),
    (2033, D(2033, 1, 31)),
    (2050, D(2050, 1, 23)),
    (2100, D(2100, 2, 9)),
]


@pytest.mark.parametrize(("year", "day"), SPRING_FESTIVALS)
def test_spring_festival_falls_on_the_lunar_new_year(year, day):
    """春节 is computed from the lunar calendar for any year, not read from a short table."""
    assert calendar.festival("spring_festival", year).date == day


@pytest.mark.parametrize(
    ("key", "year", "day"),
    [
        ("mid_autumn", 2023, D(2023, 9, 29)),
        ("mid_autumn", 2024, D(2024, 9, 17)),
        ("mid_autumn", 2025, D(2025, 10, 6)),
        ("mid_autumn", 2026, D(2026, 9, 25)),
        ("lantern_festival", 2025, D(2025, 2, 12)),
        ("qixi", 2025, D(2025, 8, 29)),
        ("qixi", 2024, D(2024, 8, 10)),
        ("black_friday", 2024, D(2024, 11, 29)),
        ("black_friday", 2025, D(2025, 11, 28)),
        ("black_friday", 2026, D(2026, 11, 27)),
        ("cyber_monday", 2024, D(2024, 12, 2)),
        ("cyber_monday", 2025, D(2025, 12, 1)),
        ("618", 2026, D(2026, 6, 18)),
        ("double_11", 2026, D(2026, 11, 11)),
        ("double_12", 2026, D(2026, 12, 12)),
        ("520", 2026, D(2026, 5, 20)),
        ("womens_day_38", 2026, D(2026, 3, 8)),
        ("valentines", 2026, D(2026, 2, 14)),
        ("christmas", 2026, D(2026, 12, 25)),
    ],
)
def test_festival_peak_days(key, year, day):
    """Each festival peaks on its day (lunar ones computed, Black Friday after Thanksgiving)."""
    assert calendar.festival(key, year).date == day


def test_618_season_runs_from_june_first():
    """618's season is 1–18 June, and its peak is the 18th."""
    entry = calendar.festival("618", 2026)
    assert (entry.start, entry.date, entry.end) == (D(2026, 6, 1), D(2026, 6, 18), D(2026, 6, 18))


@pytest.mark.parametrize("year", [1900, 1999, 2026, 2100])
def test_every_season_holds_its_peak(year):
    """Every festival's season contains its peak day."""
    for entry in calendar.festivals(year):
        assert entry.start <= entry.date <= entry.end, entry


def test_festival_keys_and_names_in_both_languages():
    """The stable keys are exactly the issue's, with names in English and 简体中文."""
    assert set(FESTIVAL_KEYS) == {
        "spring_festival",
        "lantern_festival",
        "valentines",
        "womens_day_38",
        "520",
        "618",
        "qixi",
        "mid_autumn",
        "double_11",
        "double_12",
        "black_friday",
        "cyber_monday",
        "christmas",
    }
    zh = {e.key: e.name for e in calendar.festivals(2026, "zh_CN")}
    assert zh["spring_festival"] == "春节" and zh["double_11"] == "双11"
    en = {e.key: e.name for e in calendar.festivals(2026, "en")}
    assert en["double_11"] == "Double 11"


def test_a_holiday_that_is_a_festival_shows_once():
    """China's 春节 and 中秋 holidays on the festival's day appear once, as the festival."""
    entries = calendar.year_entries(2026, country="CN", lang="en")
    on_cny = [e for e in entries if e.date == D(2026, 2, 17)]
    assert [(e.kind, e.key) for e in on_cny] == [("festival", "spring_festival")]
    on_mid_autumn = [e for e in entries if e.date == D(2026, 9, 25)]
    assert [e.key for e in on_mid_autumn] == ["mid_autumn"]
    # the other days of the public holiday are still shown
    assert any(e.kind == "holiday" and e.date == D(2026, 2, 18) for e in entries)


def test_christmas_day_is_not_listed_twice_in_the_us():
    """The US Christmas Day holiday merges into the Christmas festival."""
    entries = calendar.year_entries(2026, country="US")
    assert [e.key for e in entries if e.date == D(2026, 12, 25)] == ["christmas"]
    assert any(e.key == "holiday:thanksgiving_day" for e in entries)


def test_holiday_keys_are_the_english_name_slugged_in_every_language():
    """Holiday keys stay the same whatever language the names are shown in."""
    en = calendar.public_holidays("CN", 2026, "en")
    zh = calendar.public_holidays("CN", 2026, "zh_CN")
    assert [e.key for e in en] == [e.key for e in zh]
    assert en[0].key == "holiday:new_years_day"
    assert zh[0].name == "元旦"


def test_slug():
    """Names are slugged to lower case words joined by underscores."""
    assert calendar.slug("New Year's Day") == "new_years_day"
    assert calendar.slug("Chinese New Year (Spring Festival)") == "chinese_new_year_spring_festival"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: calendar.festivals(1899), "1900 to 2100"),
        (lambda: calendar.festivals(2101), "1900 to 2100"),
        (lambda: calendar.public_holidays("XX", 2026), "XX"),
        (lambda: calendar.festivals(2026, "fr"), "fr"),
    ],
)
def test_bad_requests_get_a_clear_message(call, message):
    """Years out of range, unknown countries and languages are refused with a message."""
    with pytest.raises(CalendarError, match=message):
        call()


def test_between_includes_seasons_that_overlap(shop):
    """A month on screen shows a festival whose season started in the month before."""
    entries = calendar.between(D(2026, 11, 1), D(2026, 11, 30))
    assert "double_11" in {e.key for e in entries}
    january = calendar.between(D(2026, 1, 1), D(2026, 1, 31))
    assert "spring_festival" in {e.key for e in january}  # its 年货节 season starts 18 Jan


def test_yearly_event_repeats_every_year(shop):
    """A seller's yearly event shows in later years; undoing its creation removes it."""
    change = calendar_events.add_event(shop.db, "Shop anniversary", D(2024, 2, 29))
    assert change
    entries = calendar_events.entries_of_year(shop.db, 2026)
    assert [(e.date, e.kind, e.name) for e in entries] == [
        (D(2026, 2, 28), "event", "Shop anniversary")
    ]
    assert calendar_events.entries_of_year(shop.db, 2023) == []  # not before it started


def test_monthly_event_repeats_every_month(shop):
    """A monthly members' day appears twelve times a year, on the last day of short months."""
    calendar_events.add_event(shop.db, "会员日", D(2025, 1, 31), recurrence="monthly")
    days = [e.date for e in calendar_events.entries_of_year(shop.db, 2026)]
    assert len(days) == 12 and D(2026, 2, 28) in days and D(2026, 4, 30) in days


def test_event_ending_before_it_starts_is_refused(shop):
    """An event that ends before it starts gets a clear message and is not stored."""
    with pytest.raises(calendar_events.BadEvent, match="ends before"):
        calendar_events.add_event(shop.db, "x", D(2026, 5, 2), D(2026, 5, 1))
    assert calendar_events.list_events(shop.db) == []


def test_shop_country_is_chosen_in_shop_settings_and_undoable(qtbot, shop):
    """Shop settings sets the country whose holidays the calendar shows; undo puts it back."""
    from PySide6.QtGui import QUndoStack

    from shopkeeper.services import shop_settings
    from shopkeeper.ui.dialogs.shop_settings_dialog import ShopSettingsDialog

    stack = QUndoStack()
    dialog = ShopSettingsDialog(shop.db, stack)
    qtbot.addWidget(dialog)
    dialog.country.setCurrentIndex(dialog.country.findData("US"))
    dialog.accept()
    assert shop_settings.country(shop.db) == "US"
    stack.undo()
    assert shop.db.execute("SELECT value FROM settings WHERE key = 'country'").fetchone() in (
        None,
        ("",),
    )


def test_shop_zone_and_country_have_one_home(shop, monkeypatch):
    """A broken time zone falls back to the default; no country follows the locale."""
    from shopkeeper.services import shop_settings
    from shopkeeper.store import settings

    settings.put(shop.db, settings.TIME_ZONE, "Mars/Olympus")
    assert shop_settings.shop_zone(shop.db).key == "Asia/Shanghai"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert shop_settings.country(shop.db) == "DE"
    settings.put(shop.db, settings.COUNTRY, "cn")
    assert shop_settings.country(shop.db) == "CN"


def test_holiday_names_follow_the_language_with_an_english_fallback():
    """zh_CN names China's holidays in Chinese; a country without Chinese names stays English."""
    cn = {e.date: e.name for e in calendar.public_holidays("CN", 2026, "zh_CN")}
    assert cn[D(2026, 10, 1)] == "国庆节" and cn[D(2026, 5, 1)] == "劳动节"
    de = {e.date: e.name for e in calendar.public_holidays("DE", 2026, "zh_CN")}
    assert de[D(2026, 1, 1)] == "New Year's Day"
