"""The KPIs tab shows its cards before the cache of every range has loaded."""

import datetime as dt

import kpi_fixture as fx
import pytest
from PySide6.QtGui import QUndoStack

from shopkeeper.services import kpi
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.kpis import KpisTab

TODAY = dt.date(2026, 3, 4)
pytestmark = pytest.mark.filterwarnings("error")


def test_cards_show_before_the_cache_loads(qtbot, shop, runner, errors, monkeypatch):
    """When the cache starts loading, the cards already hold the default range's figures."""
    fx.fill(shop.db)
    tab = KpisTab(TabContext(shop, runner, QUndoStack(), errors), today=lambda: TODAY)
    qtbot.addWidget(tab)
    seen = []
    real_load = tab._load

    def load(progress):
        seen.append(tab.cards.cards["orders"].value.text())
        return real_load(progress)

    monkeypatch.setattr(tab, "_load", load)
    tab.show()
    qtbot.waitUntil(lambda: tab.cache is not None)
    first, last = tab.controls.range()
    expected = kpi.compute(shop.db, first, last).orders
    assert seen == [str(expected)] and expected > 0
    assert tab.cards.cards["orders"].value.text() == str(expected)
