"""The KPI tab's first cards (computed while its cache loads) equal the full computation."""

import datetime as dt

import kpi_fixture as fx
import pytest

from shopkeeper.services import kpi
from shopkeeper.services.kpi_cache import headline
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
def test_headline_cards_match_the_database_for_every_kpi(db, channel):
    """Every defined KPI, over ranges inside, around and outside the data, per channel."""
    for first, last in RANGES:
        exact = kpi.compute(db, first, last, channel)
        quick = headline(db, first, last, channel)
        for d in DEFINITIONS:
            assert quick.value(d.key) == exact.value(d.key), (d.key, first, last, channel)
        assert quick.to_json() == exact.to_json()


def test_headline_refuses_a_backwards_range(db):
    """A range ending before it starts is refused, as everywhere else."""
    with pytest.raises(kpi.BadRange):
        headline(db, fx.LAST, fx.FIRST)
