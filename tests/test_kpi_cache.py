"""The KPI tab's in-memory cache gives exactly what the database computation gives."""

import datetime as dt

import kpi_fixture as fx
import pytest

from shopkeeper.services import kpi
from shopkeeper.services.kpi_cache import KpiCache
from shopkeeper.services.kpi_definitions import DEFINITIONS

D = dt.date
RANGES = [
    (fx.FIRST, fx.LAST),
    (D(2026, 2, 27), D(2026, 2, 27)),
    (D(2026, 3, 4), D(2026, 3, 5)),
    (D(2026, 1, 1), D(2026, 12, 31)),
    (D(2020, 1, 1), D(2020, 1, 31)),
    (D(2026, 3, 3), D(2026, 3, 3)),
]


@pytest.fixture
def db(shop):
    fx.fill(shop.db)
    return shop.db


@pytest.mark.parametrize("channel", [None, "taobao", "shopify", "ebay"])
def test_cache_matches_the_database_for_every_kpi(db, channel):
    """Every defined KPI, over ranges inside, around and outside the data, per channel."""
    cache = KpiCache.load(db)
    for first, last in RANGES:
        exact = kpi.compute(db, first, last, channel)
        fast = cache.kpis(first, last, channel)
        for d in DEFINITIONS:
            assert fast.value(d.key) == exact.value(d.key), (d.key, first, last, channel)
        assert fast.to_json() == exact.to_json()


def test_cache_lists_channels_and_first_day(db):
    cache = KpiCache.load(db)
    assert cache.channels == ["shopify", "taobao"]
    assert cache.first_day == D(2026, 2, 27)


def test_cache_refuses_a_backwards_range(db):
    with pytest.raises(kpi.BadRange):
        KpiCache.load(db).kpis(fx.LAST, fx.FIRST)
