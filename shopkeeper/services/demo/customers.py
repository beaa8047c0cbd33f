"""Customers: Chinese buyers on taobao/jd, international buyers on the other channels.

Each channel's customers join over the two years in id order, so a customer's
first order never comes before the day they joined.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field

from shopkeeper.services.demo import names
from shopkeeper.services.demo.base import CHANNELS, Context, iso

COLUMNS = (
    "id",
    "platform_id",
    "name",
    "email",
    "phone",
    "address",
    "country",
    "tags",
    "created_at",
)
CHUNK = 2000
ALREADY_THERE = 4  # one customer in four predates the two years of history


@dataclass
class Customers:
    first_id: list[int] = field(default_factory=list)  # per channel
    count: list[int] = field(default_factory=list)
    base: list[int] = field(default_factory=list)  # joined before the history starts
    names: dict[int, str] = field(default_factory=dict)
    countries: dict[int, str] = field(default_factory=dict)
    days: int = 1

    @property
    def total(self) -> int:
        return sum(self.count)

    def pick(self, rng: random.Random, channel: int, day_index: int) -> int:
        """A customer who had joined before ``day_index``; old loyal and new ones buy more."""
        n, base = self.count[channel], self.base[channel]
        limit = max(1, base + (n - base) * day_index // self.days)
        r = rng.random()
        if r < 0.25:
            j = rng.randrange(max(1, limit // 10))  # the loyal early customers
        elif r < 0.5:
            j = limit - 1 - rng.randrange(max(1, limit // 20))  # recently joined
        else:
            j = rng.randrange(limit)
        return self.first_id[channel] + j


def generate(ctx: Context) -> Customers:
    rng = ctx.rng("customers")
    result = Customers(days=ctx.days)
    shares = sum(c.share for c in CHANNELS)
    next_id = ctx.next_id("customers")
    rows = []
    for index, channel in enumerate(CHANNELS):
        if index == len(CHANNELS) - 1:
            n = ctx.scale.customers - sum(result.count)
        else:
            n = ctx.scale.customers * channel.share // shares
        base = max(1, n // ALREADY_THERE)
        result.first_id.append(next_id)
        result.count.append(n)
        result.base.append(base)
        for j in range(n):
            name, email, phone, address, country = (
                _chinese(rng) if channel.group == "cn" else _international(rng)
            )
            result.names[next_id] = name
            result.countries[next_id] = country
            tags = "VIP" if j < n // 30 else "wholesale" if rng.random() < 0.01 else ""
            rows.append(
                (
                    next_id,
                    f"{channel.prefix}-{j + 1:06d}",
                    name,
                    email,
                    phone,
                    address,
                    country,
                    tags,
                    iso(_joined(rng, ctx, j, n, base)),
                )
            )
            next_id += 1
            ctx.progress.advance()
            if len(rows) >= CHUNK:
                ctx.insert("customers", COLUMNS, rows)
                rows = []
    ctx.insert("customers", COLUMNS, rows)
    return result


def _joined(rng: random.Random, ctx: Context, j: int, n: int, base: int) -> dt.datetime:
    if j < base:
        day = ctx.start - dt.timedelta(days=rng.randint(1, 700))
    else:
        # The inverse of Customers.pick's limit: joined strictly before any order.
        day = ctx.start + dt.timedelta(days=(j - base) * ctx.days // max(1, n - base))
    return dt.datetime.combine(day, dt.time(rng.randint(0, 23), rng.randint(0, 59)))


def _chinese(rng: random.Random) -> tuple[str, str, str, str, str]:
    if rng.random() < 0.15:
        name = f"{rng.choice(names.NICKNAMES)}{rng.randint(1990, 2024)}"
    else:
        given = rng.choice(names.GIVEN) + (rng.choice(names.GIVEN) if rng.random() < 0.6 else "")
        name = rng.choice(names.SURNAMES) + given
    r = rng.random()
    if r < 0.45:
        email = f"{rng.randint(10_000_000, 3_999_999_999)}@qq.com"
    elif r < 0.75:
        letters = "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(4, 8)))
        email = f"{letters}{rng.randint(1, 9999)}@{rng.choice(('163.com', '126.com', 'sina.com'))}"
    else:
        email = ""  # platforms often hide the buyer's email
    phone = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}" if rng.random() < 0.9 else ""
    province, city, districts = rng.choice(names.CN_PLACES)
    region = city if province == city else province + city
    room = rng.randint(1, 32) * 100 + rng.randint(1, 4)
    address = (
        f"{region}{rng.choice(districts)}{rng.choice(names.CN_STREETS)}"
        f"{rng.randint(1, 999)}号{rng.randint(1, 30)}栋{room}室"
    )
    return name, email, phone, address, "CN"


def _international(rng: random.Random) -> tuple[str, str, str, str, str]:
    first, last = rng.choice(names.FIRST_NAMES), rng.choice(names.LAST_NAMES)
    countries = list(names.INTL_PLACES)
    country = rng.choices(countries, weights=[names.INTL_PLACES[c][0] for c in countries])[0]
    _, phone_format, cities = names.INTL_PLACES[country]
    local = _ascii(f"{first}.{last}")
    email = (
        f"{local}{rng.randint(1, 99)}@{rng.choice(names.EMAIL_DOMAINS)}"
        if rng.random() < 0.95
        else ""
    )
    phone = "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in phone_format)
    address = f"{rng.randint(1, 2400)} {rng.choice(names.INTL_STREETS)}, {rng.choice(cities)}"
    return f"{first} {last}", email, phone if rng.random() < 0.6 else "", address, country


def _ascii(text: str) -> str:
    """Email local part: Müller -> muller, O'Brien -> obrien."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum() or ch == ".")
