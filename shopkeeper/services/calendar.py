"""The shopping calendar: festivals, the shop country's public holidays, the shop's own events.

Every entry has a peak ``date`` and a season ``start``–``end`` (the days a seller
runs a campaign for it; ``start <= date <= end``). The seasons follow what the big
platforms and most sellers do; where practice varies we chose:

=================  =========================  ==========================================
key                peak                        season
=================  =========================  ==========================================
spring_festival    正月初一 (lunar)            30 days before (年货节) to 初六, the end of
                                               the public holiday
lantern_festival   正月十五 (lunar)            the 3 days up to it
valentines         14 Feb                      7–14 Feb, the gift week
womens_day_38      8 Mar                       1–8 Mar (Tmall's 38 女王节 runs about a week)
520                20 May                      13–20 May
618                18 Jun                      1–18 Jun (JD's 618 season)
qixi               七月初七 (lunar)            the week up to it
mid_autumn         八月十五 (lunar)            14 days before (mooncake and gift orders)
double_11          11 Nov                      20 Oct–11 Nov: Tmall and JD open the 双11
                                               pre-sale deposits around 20–24 October
double_12          12 Dec                      8–12 Dec
black_friday       day after US Thanksgiving   Monday of Thanksgiving week to Black Friday
cyber_monday       Monday after Black Friday   the weekend after Black Friday to Monday
christmas          25 Dec                      1–25 Dec, the gift season
=================  =========================  ==========================================

The lunar festivals are computed with ``lunar_python`` (astronomical, any year
1900–2100), never taken from a table of years. Public holidays come from the
``holidays`` library, imported on first use only (it costs ~50 ms at start-up). A
library holiday that is one of our festivals on the same day (China's 春节 and 中秋,
Christmas Day) is shown once, as the festival. Holiday keys are ``holiday:`` plus
the library's English name, slugged, so they are the same in every language.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from shopkeeper.errors import QT_TRANSLATE_NOOP, UserError

D = dt.date
DAY = dt.timedelta(days=1)
FIRST_YEAR, LAST_YEAR = 1900, 2100
LANGUAGES = ("en", "zh_CN")
KINDS = ("festival", "holiday", "event")

FESTIVAL_KEYS = (
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
)
NAMES = {
    "spring_festival": ("Spring Festival", "春节"),
    "lantern_festival": ("Lantern Festival", "元宵节"),
    "valentines": ("Valentine's Day", "情人节"),
    "womens_day_38": ("38 Queen's Day", "38女王节"),
    "520": ("520 Love Day", "520"),
    "618": ("618 Mid-year Sale", "618年中大促"),
    "qixi": ("Qixi Festival", "七夕"),
    "mid_autumn": ("Mid-Autumn Festival", "中秋节"),
    "double_11": ("Double 11", "双11"),
    "double_12": ("Double 12", "双12"),
    "black_friday": ("Black Friday", "黑色星期五"),
    "cyber_monday": ("Cyber Monday", "网络星期一"),
    "christmas": ("Christmas", "圣诞节"),
}
# A library holiday on a festival's peak day whose English name matches is that festival.
_SAME_AS = {
    "spring_festival": r"spring festival|chinese new year|lunar new year",
    "lantern_festival": r"lantern",
    "valentines": r"valentine",
    "womens_day_38": r"women",
    "qixi": r"qixi|double seventh",
    "mid_autumn": r"mid[- ]?autumn",
    "double_11": r"singles",
    "black_friday": r"black friday|day after thanksgiving",
    "cyber_monday": r"cyber monday",
    "christmas": r"^christmas( day)?$",
}


class CalendarError(UserError):
    exit_code = 2  # the command was asked for something the calendar cannot give


YEAR_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "UserError", "The calendar covers the years 1900 to 2100; {year} is outside them."
)
UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP(
    "UserError",
    "There are no public holidays for the country “{country}”. Use a two-letter "
    "ISO 3166 code such as CN, US or DE.",
)
UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP(
    "UserError", "Unknown language “{lang}”; the calendar speaks en and zh_CN."
)


@dataclass(frozen=True, order=True)
class Entry:
    date: D  # the peak day
    start: D
    end: D
    name: str
    key: str
    kind: str  # festival | holiday | event

    def as_json(self) -> dict:
        return {
            "date": self.date.isoformat(),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "name": self.name,
            "key": self.key,
            "kind": self.kind,
        }

    def covers(self, day: D) -> bool:
        return self.start <= day <= self.end


def check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise CalendarError(YEAR_OUT_OF_RANGE, year=year)


def check_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise CalendarError(UNKNOWN_LANGUAGE, lang=lang)


@lru_cache(maxsize=1024)
def lunar_to_solar(year: int, month: int, day: int) -> D:
    """The Gregorian day of a day of the Chinese lunar calendar (lunar year ``year``)."""
    check_year(year)
    from lunar_python import Lunar  # ~5 ms; only when a lunar festival is asked for

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return D(solar.getYear(), solar.getMonth(), solar.getDay())


def spring_festival(year: int) -> D:
    """春节, 正月初一 of the lunar year that starts in ``year``."""
    return lunar_to_solar(year, 1, 1)


def lantern_festival(year: int) -> D:
    return lunar_to_solar(year, 1, 15)


def qixi(year: int) -> D:
    return lunar_to_solar(year, 7, 7)


def mid_autumn(year: int) -> D:
    return lunar_to_solar(year, 8, 15)


def thanksgiving(year: int) -> D:
    """US Thanksgiving, the fourth Thursday of November."""
    first = D(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def black_friday(year: int) -> D:
    return thanksgiving(year) + DAY


def cyber_monday(year: int) -> D:
    return thanksgiving(year) + 4 * DAY


def _season(key: str, year: int) -> tuple[D, D, D]:
    """(peak, start, end) of festival ``key`` in ``year``."""
    if key in _MOVING:
        peak_of, before, after = _MOVING[key]
        peak = peak_of(year)
        return peak, peak - before * DAY, peak + after * DAY
    month, day, first = _FIXED[key]
    return D(year, month, day), D(year, first[0], first[1]), D(year, month, day)


# key: (the peak day in a year, season days before the peak, season days after it)
_MOVING = {
    "spring_festival": (spring_festival, 30, 5),
    "lantern_festival": (lantern_festival, 2, 0),
    "qixi": (qixi, 6, 0),
    "mid_autumn": (mid_autumn, 14, 0),
    "black_friday": (black_friday, 4, 0),
    "cyber_monday": (cyber_monday, 2, 0),
}

# key: (peak month, peak day, (season start month, day)); the season ends on the peak.
_FIXED = {
    "valentines": (2, 14, (2, 7)),
    "womens_day_38": (3, 8, (3, 1)),
    "520": (5, 20, (5, 13)),
    "618": (6, 18, (6, 1)),
    "double_11": (11, 11, (10, 20)),
    "double_12": (12, 12, (12, 8)),
    "christmas": (12, 25, (12, 1)),
}


def festival(key: str, year: int, lang: str = "en") -> Entry:
    """Festival ``key`` in ``year``, named in ``lang``."""
    check_year(year)
    check_language(lang)
    peak, start, end = _season(key, year)
    return Entry(peak, start, end, NAMES[key][LANGUAGES.index(lang)], key, "festival")


def festivals(year: int, lang: str = "en") -> list[Entry]:
    """Every festival of ``year`` (by peak day), in date order."""
    return sorted(festival(key, year, lang) for key in FESTIVAL_KEYS)


def slug(name: str) -> str:
    """ "New Year's Day" -> "new_years_day"; letters of any script are kept."""
    text = unicodedata.normalize("NFKC", name).lower().replace("'", "").replace("’", "")
    return re.sub(r"[\W_]+", "_", text).strip("_")


def _library_language(supported: tuple[str, ...], default: str, lang: str) -> str:
    """The holidays library's language closest to ``lang`` ("en" or "zh_CN")."""
    wanted = ("zh_CN",) if lang == "zh_CN" else ("en_US", "en_GB")
    for code in (*wanted, "en_US", "en_GB"):
        if code in supported:
            return code
    return default


def public_holidays(country: str, year: int, lang: str = "en") -> list[Entry]:
    """The public holidays of ``country`` (ISO 3166 alpha-2) in ``year``; [] for ""."""
    check_year(year)
    check_language(lang)
    if not country:
        return []
    import holidays  # heavy: imported on first use, never at start-up

    try:
        base = holidays.country_holidays(country.upper(), years=year)
    except NotImplementedError:
        raise CalendarError(UNKNOWN_COUNTRY, country=country) from None
    supported = tuple(getattr(base, "supported_languages", ()) or ())
    default = getattr(base, "default_language", None) or ""
    english = _library_language(supported, default, "en")
    shown = _library_language(supported, default, lang)
    in_english = holidays.country_holidays(country.upper(), years=year, language=english or None)
    in_shown = holidays.country_holidays(country.upper(), years=year, language=shown or None)
    entries = []
    for day, names in sorted(in_english.items()):
        key_names = names.split("; ")
        shown_names = in_shown.get(day, names).split("; ")
        if len(shown_names) != len(key_names):
            shown_names = key_names
        for key_name, shown_name in zip(key_names, shown_names, strict=True):
            entries.append(Entry(day, day, day, shown_name, "holiday:" + slug(key_name), "holiday"))
    return entries


def _is_festival(holiday: Entry, english_name: str, by_day: dict[D, list[Entry]]) -> bool:
    for fest in by_day.get(holiday.date, ()):
        pattern = _SAME_AS.get(fest.key)
        if pattern and re.search(pattern, english_name.lower()):
            return True
    return False


def merge(fests: list[Entry], holiday_entries: list[Entry]) -> list[Entry]:
    """Festivals and holidays; a holiday that is a festival on its peak day shows once."""
    by_day: dict[D, list[Entry]] = {}
    for fest in fests:
        by_day.setdefault(fest.date, []).append(fest)
    kept = [
        h
        for h in holiday_entries
        if not _is_festival(h, h.key.removeprefix("holiday:").replace("_", " "), by_day)
    ]
    return sorted([*fests, *kept])


def year_entries(year: int, *, country: str = "", lang: str = "en", events=()) -> list[Entry]:
    """Festivals, ``country``'s holidays and the shop's ``events`` of ``year``, by date."""
    return sorted([*merge(festivals(year, lang), public_holidays(country, year, lang)), *events])


def between(first: D, last: D, *, country: str = "", lang: str = "en", events=()) -> list[Entry]:
    """Entries whose season overlaps ``first``–``last`` (a month or a week on screen)."""
    found: list[Entry] = []
    for year in range(max(FIRST_YEAR, first.year - 1), min(LAST_YEAR, last.year + 1) + 1):
        found += merge(festivals(year, lang), public_holidays(country, year, lang))
    found += events
    return sorted({e for e in found if e.start <= last and e.end >= first})
