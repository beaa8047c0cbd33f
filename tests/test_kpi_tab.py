"""The KPIs tab: cards with definitions, every chart page drawn without a Qt warning,
charts copied and saved, ranges and channels redrawing from the cache."""

import datetime as dt

import kpi_fixture as fx
import pytest
from PySide6.QtGui import QGuiApplication, QUndoStack

from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.kpis import KpisTab

TODAY = dt.date(2026, 3, 4)
# Chart widgets render without warnings: Qt's (qt_default_raising) and Python's.
pytestmark = pytest.mark.filterwarnings("error")


@pytest.fixture
def tab(qtbot, shop, runner, errors):
    fx.fill(shop.db)
    tab = KpisTab(TabContext(shop, runner, QUndoStack(), errors), today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1300, 900)
    tab.show()
    qtbot.waitUntil(lambda: tab.cache is not None)
    return tab


def test_constructing_the_tab_does_not_load_matplotlib_or_query(qtbot, shop, runner, errors):
    """Matplotlib loads on first draw, never when the window opens."""
    tab = KpisTab(TabContext(shop, runner, QUndoStack(), errors))
    qtbot.addWidget(tab)
    assert tab.cache is None and all(v.canvas is None for v in tab.views.values())


def test_cards_show_the_range_with_definitions_on_hover(tab):
    """Last 7 days to 4 March: orders 1-4 (and order 6 on 27 Feb)."""
    tab.controls.set_preset("custom")
    tab.controls.first.setDate(fx.FIRST)
    tab.controls.last.setDate(fx.LAST)
    card = tab.cards.cards["gross_sales"]
    assert card.value.text() == "¥135.00"
    assert "before discounts and refunds" in card.toolTip()
    assert tab.cards.cards["aov"].value.text() == "¥31.75"


def test_conversion_says_no_traffic_data_without_traffic(tab):
    tab.controls.set_preset("custom")
    tab.controls.first.setDate(dt.date(2026, 3, 3))
    tab.controls.last.setDate(dt.date(2026, 3, 4))
    assert tab.cards.cards["conversion_rate"].value.text() == "no traffic data"


def test_channel_filter_redraws_the_cards(tab):
    tab.controls.set_preset("custom")
    tab.controls.first.setDate(fx.FIRST)
    tab.controls.last.setDate(fx.LAST)
    tab.controls.channel.setCurrentIndex(tab.controls.channel.findData("taobao"))
    assert tab.cards.cards["orders"].value.text() == "2"


def test_every_chart_page_draws_or_says_why_not(tab, qtbot):
    """Each page shows a chart, or a message such as "No tickets in this range"."""
    for index in range(tab.charts.count()):
        tab.charts.setCurrentIndex(index)
        qtbot.wait(1)
    for key, view in tab.views.items():
        shown = view.canvas is not None and view.canvas.isVisible()
        assert shown or view.message.text(), key
    assert tab.views["sales"].canvas is not None


def test_a_chart_is_copied_and_saved_as_png_and_svg(tab, tmp_path):
    view = tab.views["sales"]
    tab.charts.setCurrentIndex(0)
    view.copy()
    assert not QGuiApplication.clipboard().image().isNull()
    view.save_to(str(tmp_path / "sales.png"))
    view.save_to(str(tmp_path / "sales.svg"))
    assert (tmp_path / "sales.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "sales.svg").read_bytes()[:400]


def test_a_range_without_orders_says_so(tab):
    tab.controls.set_preset("custom")
    tab.controls.first.setDate(dt.date(2025, 1, 1))
    tab.controls.last.setDate(dt.date(2025, 1, 31))
    tab.charts.setCurrentIndex(0)
    assert tab.cards.cards["aov"].value.text() == "—"
    assert tab.views["sales"].message.text() == "No orders in this range."


def test_today_links_open_a_preset(tab):
    tab.open_item("last_90_days")
    assert tab.controls.period.currentData() == "last_90_days"


def test_the_tab_exports_the_monthly_report(tab, tmp_path):
    """Export report writes the month holding the range's last day, with its charts."""
    from openpyxl import load_workbook

    tab.write_report("monthly", fx.LAST, str(tmp_path / "march.xlsx"))
    wb = load_workbook(tmp_path / "march.xlsx")
    assert wb["Daily sales"]["A2"].value == "2026-03-01"
    assert len(wb["Channels"]._charts) == 1


def test_category_filter_narrows_the_sales_cards(tab):
    """Mugs (杯子) in 1–4 March: orders 1, 2 and 3; traffic is not counted by category."""
    tab.controls.set_preset("custom")
    tab.controls.first.setDate(fx.FIRST)
    tab.controls.last.setDate(fx.LAST)
    tab.controls.category.setCurrentIndex(tab.controls.category.findData("杯子"))
    assert tab.cards.cards["orders"].value.text() == "3"
    assert tab.cards.cards["gross_sales"].value.text() == "¥60.00"
    assert tab.cards.cards["visitors"].value.text() == "not by category"
