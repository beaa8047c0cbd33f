"""ISO 3166-1 alpha-2 country codes, their names in the UI language, and the currency a
seller in a country most likely uses.

Names come from Babel's copy of the Unicode CLDR, the data operating systems and ICU use,
so "韩国" rather than ISO's formal "大韩民国". Babel is imported on first use only: this
module is loaded at start-up and Babel's locale data is read when a list is first shown.
"""

from __future__ import annotations

from functools import lru_cache

COUNTRIES = frozenset(
    """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
    BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
    DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR
    GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM
    KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP
    MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL
    PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST
    SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG
    VI VN VU WF WS YE YT ZA ZM ZW""".split()
)
_EURO = "AD AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MC ME MT NL PT SI SK SM VA XK".split()
_CURRENCY = {
    **dict.fromkeys(_EURO, "EUR"),
    "CN": "CNY",
    "US": "USD",
    "GB": "GBP",
    "JP": "JPY",
    "HK": "HKD",
    "TW": "TWD",
    "AU": "AUD",
    "CA": "CAD",
    "BR": "BRL",
    "KR": "KRW",
    "IN": "INR",
}


def currency_of_country(country: str) -> str:
    """'DE' -> 'EUR'; '' when the app knows no currency for it."""
    return _CURRENCY.get(country.upper(), "")


@lru_cache(maxsize=8)
def country_names(lang: str) -> dict[str, str]:
    """{code: name} for every code in COUNTRIES, named in ``lang`` ("en", "zh_CN").

    An unknown language, or a code CLDR does not name, falls back to English, then to
    the code itself, so every code always has a name.
    """
    from babel import Locale, UnknownLocaleError

    english = Locale.parse("en").territories
    try:
        shown = Locale.parse(lang or "en").territories
    except (UnknownLocaleError, ValueError):
        shown = english
    return {code: shown.get(code) or english.get(code) or code for code in COUNTRIES}


def country_name(code: str, lang: str) -> str:
    """'CN', 'zh_CN' -> '中国'; a code the app does not know is returned as it is."""
    return country_names(lang).get(code.upper(), code)


def country_label(code: str, lang: str) -> str:
    """'CN', 'zh_CN' -> '中国 (CN)': the code stays visible in every language."""
    return f"{country_name(code, lang)} ({code.upper()})"
