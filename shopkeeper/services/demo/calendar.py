"""The shopping calendar behind the demo's seasonality.

Weights are integers per mille (1000 = an ordinary day). Chinese channels follow
the Chinese platform festivals and pause for 春节; international channels follow
Black Friday, Cyber Monday and Christmas. The festival dates themselves come from
the shop's calendar rules (services/calendar.py).
"""

from __future__ import annotations

import datetime as dt
import random

from shopkeeper.services.calendar import spring_festival, thanksgiving

D = dt.date
ONE_DAY = dt.timedelta(days=1)

# Monday..Sunday. Chinese shoppers buy more at the weekend; western marketplaces
# peak on Sunday evening and Monday.
WEEKDAY_CN = (960, 950, 960, 980, 1000, 1080, 1120)
WEEKDAY_INTL = (1080, 1000, 980, 970, 960, 990, 1060)

# Orders per hour of the day (shop time, Asia/Shanghai): lunch break and late evening.
HOURS_CN = (
    30,
    14,
    7,
    4,
    3,
    3,
    5,
    10,
    20,
    35,
    50,
    55,
    45,
    45,
    55,
    55,
    50,
    45,
    50,
    60,
    75,
    85,
    80,
    55,
)
# Western buyers' daytime falls into the Chinese night and early morning.
HOURS_INTL = (
    60,
    55,
    50,
    45,
    40,
    35,
    30,
    25,
    20,
    18,
    15,
    15,
    15,
    15,
    18,
    20,
    25,
    30,
    35,
    40,
    45,
    50,
    55,
    60,
)


def mothers_day(year: int) -> D:
    """Second Sunday of May (US, UK uses another date; the demo keeps one)."""
    first = D(year, 5, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7)


def festival_cn(day: D) -> int:
    m, d = day.month, day.day
    # A late-January 春节 pulls the stocking-up window into the previous December.
    for cny in (spring_festival(day.year), spring_festival(day.year + 1)):
        offset = (day - cny).days
        if -30 <= offset <= -15:
            return 1250  # 年货节: stocking up before the holiday
        if -14 <= offset <= -8:
            return 700  # couriers wind down
        if -7 <= offset <= 7:
            return 350  # couriers closed, everyone at home
        if 8 <= offset <= 14:
            return 750
    if m == 3 and 5 <= d <= 8:
        return 1500  # 38女王节
    if m == 5 and d == 20:
        return 1600  # 520
    if m == 6:
        if d <= 17:
            return 1400 + 40 * d  # 618 builds up over two and a half weeks
        if d == 18:
            return 4500
        if d <= 20:
            return 800
    if m == 10 and d >= 20:
        return 1150  # 双11 pre-sale deposits
    if m == 11:
        if d == 1:
            return 2500  # first 双11 payment window
        if d <= 10:
            return 1500 + 30 * d
        if d == 11:
            return 9000
        if d <= 15:
            return 750  # everyone already bought
    if m == 12:
        if d in (10, 11):
            return 1300
        if d == 12:
            return 3200  # 双12
    return 1000


def festival_intl(day: D) -> int:
    m, d = day.month, day.day
    tg = thanksgiving(day.year)
    offset = (day - tg).days
    if -7 <= offset <= -1:
        return 1300
    bf_weekend = {0: 1800, 1: 5000, 2: 2400, 3: 2200, 4: 4000}  # Thanksgiving..Cyber Monday
    if offset in bf_weekend:
        return bf_weekend[offset]
    if 5 <= offset <= 7:
        return 1300
    if m == 12:
        if d <= 17:
            return 1600  # Christmas shopping
        if d <= 22:
            return 1300  # last shipping days
        if d <= 24:
            return 800
        if d == 25:
            return 450
        if d == 26:
            return 1400  # Boxing Day
    if m == 2 and 7 <= d <= 14:
        return 1300  # Valentine's Day gifts
    md = mothers_day(day.year)
    if 0 <= (md - day).days <= 7:
        return 1300
    return 1000


def daily_weights(start: D, days: int, rng: random.Random) -> list[tuple[int, int]]:
    """(cn, intl) weight per day: weekday × growth trend × festival × noise."""
    weights = []
    for k in range(days):
        day = start + dt.timedelta(days=k)
        trend = 1000 + 450 * k // max(1, days - 1)  # the shop grows ~45% in two years
        noise = rng.randint(850, 1150)
        common = trend * noise // 1000
        cn = common * WEEKDAY_CN[day.weekday()] // 1000 * festival_cn(day) // 1000
        intl = common * WEEKDAY_INTL[day.weekday()] // 1000 * festival_intl(day) // 1000
        weights.append((max(cn, 1), max(intl, 1)))
    return weights


def hour_cum_weights(day: D, group: str, until_hour: int = 24) -> list[int]:
    hours = list(HOURS_CN if group == "cn" else HOURS_INTL)
    if group == "cn" and day.month == 11 and day.day == 11:
        hours[0] *= 12  # the midnight rush when 双11 opens
    cumulative, total = [], 0
    for weight in hours[:until_hour]:
        total += weight
        cumulative.append(total)
    return cumulative
