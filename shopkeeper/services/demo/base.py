"""What every demo step shares: the scale, the channels, progress reporting and bulk inserts."""

from __future__ import annotations

import datetime as dt
import functools
import random
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from shopkeeper.errors import QT_TRANSLATE_NOOP

ProgressCallback = Callable[[int, int, str], None]

# Step names reach the progress dialog, so the UI can translate them.
PROGRESS_CONTEXT = "Progress"  # the UI translates progress steps in this context
STEP_START = QT_TRANSLATE_NOOP("Progress", "Preparing the demo shop")
STEP_CATALOG = QT_TRANSLATE_NOOP("Progress", "Writing products")
STEP_CUSTOMERS = QT_TRANSLATE_NOOP("Progress", "Writing customers")
STEP_PROMOTIONS = QT_TRANSLATE_NOOP("Progress", "Writing promotions")
STEP_ORDERS = QT_TRANSLATE_NOOP("Progress", "Writing orders")
STEP_MARKETING = QT_TRANSLATE_NOOP("Progress", "Writing traffic and ads")
STEP_TICKETS = QT_TRANSLATE_NOOP("Progress", "Writing customer tickets")
STEP_DONE = QT_TRANSLATE_NOOP("Progress", "Finishing")


@dataclass(frozen=True)
class Scale:
    products: int
    customers: int
    orders: int
    tickets: int
    promotions: int
    competitor_prices: int


SCALE_PLANS = {
    "small": Scale(
        products=120,
        customers=1_500,
        orders=6_000,
        tickets=300,
        promotions=60,
        competitor_prices=24,
    ),
    "large": Scale(
        products=20_000,
        customers=50_000,
        orders=400_000,
        tickets=20_000,
        promotions=300,
        competitor_prices=400,
    ),
}


@dataclass(frozen=True)
class Channel:
    name: str
    group: str  # "cn" sells the Chinese listings, "intl" the English ones
    share: int  # relative share of orders
    prefix: str  # platform_id prefix of its customers


CHANNELS = (
    Channel("taobao", "cn", 35, "tb"),
    Channel("jd", "cn", 20, "jd"),
    Channel("shopify", "intl", 15, "sh"),
    Channel("etsy", "intl", 10, "et"),
    Channel("amazon", "intl", 12, "am"),
    Channel("ebay", "intl", 8, "eb"),
)
GROUPS = ("cn", "intl")


@dataclass
class Context:
    """The state of one generation run."""

    conn: sqlite3.Connection
    seed: int
    today: dt.date
    scale: Scale
    progress: Progress

    @property
    def start(self) -> dt.date:
        """First day of the two years of history that end with today."""
        try:
            two_years_back = self.today.replace(year=self.today.year - 2)
        except ValueError:  # 29 February
            two_years_back = self.today.replace(year=self.today.year - 2, day=28)
        return two_years_back + dt.timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.today - self.start).days + 1

    @functools.cached_property
    def now(self) -> dt.datetime:
        # A fixed "now" (the shop opens at nine) keeps the output deterministic.
        return dt.datetime.combine(self.today, dt.time(9, 0))

    def rng(self, step: str) -> random.Random:
        # One stream per step, so changing one step does not reshuffle the others.
        return random.Random(f"{self.seed}:{step}")

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        marks = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        self.conn.executemany(sql, rows)

    def next_id(self, table: str) -> int:
        return self.conn.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0]


class Progress:
    """Reports work done in units (one product, customer, order, ticket or day each)."""

    EVERY = 500

    def __init__(self, callback: ProgressCallback | None, total: int) -> None:
        self.callback = callback
        self.total = total
        self.done = 0
        self.step_name = STEP_START
        self._reported = -1

    def step(self, name: str) -> None:
        self.step_name = name
        self._report()

    def advance(self, units: int = 1) -> None:
        self.done = min(self.done + units, self.total)
        if self.done - self._reported >= self.EVERY:
            self._report()

    def finish(self) -> None:
        self.done = self.total
        self.step_name = STEP_DONE
        self._report()

    def _report(self) -> None:
        self._reported = self.done
        if self.callback is not None:
            self.callback(self.done, self.total, self.step_name)


def iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def round_price(minor: int) -> int:
    """Shop prices end in 00 or 90 (12900, 9990): round down to whole yuan/dollars first."""
    return max(100, minor // 100 * 100)


def ean13(body12: str) -> str:
    """Append the EAN-13 check digit (weights 1,3,1,3... from the left)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


def pick(rng: random.Random, options: Sequence, weights: Sequence[int]):
    return rng.choices(options, weights=weights)[0]
