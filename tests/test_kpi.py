"""KPIs against hand calculations on the small shop in tests/kpi_fixture.py.

Range 2026-03-01 .. 2026-03-04. Orders that count: 1, 2, 3, 4 (5 is a cancelled
C-invoice, 6 is before the range, 7 starts the day after it).
"""

import datetime as dt
import json
from fractions import Fraction

import kpi_fixture as fx
import pytest

from shopkeeper.services import kpi, kpi_rollup
from shopkeeper.services.kpi_definitions import BY_KEY, DEFINITIONS


@pytest.fixture(params=["rollup fresh", "rollup stale"])
def db(shop, request):
    """The fixture shop, read both through refreshed daily rollups and through dirty days."""
    fx.fill(shop.db)
    if request.param == "rollup fresh":
        assert kpi_rollup.refresh(shop.db) > 0
    return shop.db


@pytest.fixture
def k(db):
    return kpi.compute(db, fx.FIRST, fx.LAST)


def test_gross_sales_is_price_times_quantity_of_counted_orders(k):
    """Order 1: 2×1000 + 1×2500; order 2: 1000; order 3: 3×1000; order 4: 2×2500."""
    assert k.gross_sales == 4500 + 1000 + 3000 + 5000 == 13500


def test_discounts_are_order_and_line_discounts(k):
    """Order 1's 500 off the order plus order 3's 302 off its line."""
    assert k.discounts == 500 + 302


def test_refunds_are_dated_by_refund_date_and_skip_cancelled_orders(k):
    """Order 4's 2000 (4 Mar) and order 6's 400 (2 Mar, order placed before the range);
    the cancelled order's 700 and order 4's 100 on 5 Mar are left out."""
    assert k.refunds == 2000 + 400


def test_net_sales_is_gross_minus_discounts_minus_refunds(k):
    assert k.net_sales == 13500 - 802 - 2400 == 10298


def test_orders_and_units_count_only_uncancelled_orders_in_the_range(k):
    """Orders 1–4; units 3 + 1 + 3 + 2 (the C-invoice's 5 mugs count nowhere)."""
    assert (k.orders, k.units) == (4, 9)


def test_cost_of_goods_uses_the_line_snapshot_and_counts_lines_without_cost(k):
    """2×400 + 1×400 + 3×400 + 2×1500 (vase B's cost kept on order 4's line although the
    variant has none now); order 1's vase line has no cost: left out, counted."""
    assert k.cost_of_goods == 800 + 400 + 1200 + 3000
    assert k.lines_without_cost == 1


def test_channel_fees_per_channel_from_channel_settings(k):
    """Taobao 5% of (4500 − 500 + 1000) = 250; Shopify 3% of (3000 − 302 + 5000) =
    230.94 → 231, plus 30 per order × 2 = 291."""
    assert k.channel_fees == 250 + 291


def test_gross_profit_is_net_sales_minus_cost_minus_fees(k):
    assert k.gross_profit == 10298 - 5400 - 541 == 4357
    assert k.gross_margin == Fraction(4357, 10298)


def test_buyers_are_identified_customers_plus_one_per_guest_order(k):
    """C1 (orders 1, 2) and C2 (order 4), plus guest order 3."""
    assert k.buyers == 3


def test_aov_rounds_half_up(k):
    """(13500 − 802) ÷ 4 = 3174.5 → 3175 (half-up, not banker's 3174)."""
    assert k.aov == 3175


def test_sales_per_buyer_rounds_half_up(k):
    """12698 ÷ 3 = 4232.67 → 4233."""
    assert k.sales_per_buyer == 4233


def test_conversion_rate_is_orders_over_visitors(k):
    """4 orders ÷ (100 + 100) visitors."""
    assert k.conversion_rate == Fraction(4, 200)
    assert (k.visitors, k.page_views) == (200, 500)


def test_repeat_purchase_rate_counts_identified_customers_only(k):
    """C1 ordered twice, C2 once; the guest is left out: 1 ÷ 2."""
    assert k.repeat_purchase_rate == Fraction(1, 2)


def test_returning_customer_rate_counts_customers_who_ordered_before(k):
    """C2 ordered on 27 Feb; C1 did not: 1 ÷ 2."""
    assert k.returning_customer_rate == Fraction(1, 2)


def test_refund_rates_by_value_and_by_count(k):
    """2400 ÷ 13500 by value; orders 4 and 6 had refunds dated in range: 2 ÷ 4 by count."""
    assert k.refund_rate == Fraction(2400, 13500)
    assert k.refund_rate_by_count == Fraction(2, 4)


def test_advertising_roas_and_cpa(k):
    """3000 attributed revenue ÷ 1000 spend; 1000 ÷ 2 ad orders."""
    assert (k.ad_spend, k.roas, k.cpa) == (1000, Fraction(3), 500)


def test_service_tickets_response_and_satisfaction(k):
    """Three tickets opened in range; replies after 1 h and 2 h: median 1.5 h; rated 5 and 2:
    one of two satisfied."""
    assert k.tickets_opened == 3
    assert k.median_first_response == 5400
    assert k.satisfaction == Fraction(1, 2)


def test_json_has_the_stable_keys_with_rates_to_four_decimals(k):
    """The command line's contract: money in minor units, rates rounded to 4 places."""
    out = k.to_json()
    assert list(out) == list(kpi.JSON_KEYS)
    assert out == {
        "gross_sales": 13500,
        "net_sales": 10298,
        "discounts": 802,
        "refunds": 2400,
        "orders": 4,
        "units": 9,
        "aov": 3175,
        "buyers": 3,
        "sales_per_buyer": 4233,
        "conversion_rate": 0.02,
        "repeat_purchase_rate": 0.5,
        "refund_rate": 0.1778,
        "refund_rate_by_count": 0.5,
        "gross_profit": 4357,
        "lines_without_cost": 1,
        "currency": "CNY",
    }
    json.dumps(out)


def test_channel_filter_counts_that_channel_only(db):
    """Taobao: orders 1 and 2; order 6's refund of 400; fees 250; C1 ordered twice."""
    k = kpi.compute(db, fx.FIRST, fx.LAST, channel="taobao")
    assert (k.orders, k.gross_sales, k.discounts, k.refunds) == (2, 5500, 500, 400)
    assert k.gross_profit == 5500 - 500 - 400 - 1200 - 250
    assert (k.buyers, k.aov, k.repeat_purchase_rate) == (1, 2500, 1)
    assert k.conversion_rate == Fraction(2, 100)


def test_one_day_ranges_are_whole_days(db):
    """4 March holds order 2 at 23:59:59 and not order 7 at midnight on the 5th."""
    k = kpi.compute(db, dt.date(2026, 3, 4), dt.date(2026, 3, 4))
    assert k.orders == 1 and k.gross_sales == 1000


def test_no_traffic_data_gives_no_conversion_rate(db):
    """3 and 4 March have orders but no traffic rows: "no traffic data", not 0%."""
    k = kpi.compute(db, dt.date(2026, 3, 3), dt.date(2026, 3, 4))
    assert k.orders == 3
    assert k.conversion_rate is None
    assert k.to_json()["conversion_rate"] is None


@pytest.mark.parametrize(
    "first, last",
    [(dt.date(2020, 1, 1), dt.date(2020, 12, 31)), (dt.date(2026, 6, 1), dt.date(2026, 6, 30))],
    ids=["before the first order", "empty range"],
)
def test_ranges_without_orders_divide_by_nothing(db, first, last):
    """Every ratio is None (null) and every amount 0 when nothing was sold."""
    k = kpi.compute(db, first, last)
    out = k.to_json()
    assert out["orders"] == out["gross_sales"] == out["gross_profit"] == 0
    for key in (
        "aov",
        "sales_per_buyer",
        "conversion_rate",
        "repeat_purchase_rate",
        "refund_rate",
        "refund_rate_by_count",
    ):
        assert out[key] is None, key
    for key in (
        "gross_margin",
        "returning_customer_rate",
        "roas",
        "cpa",
        "median_first_response",
        "satisfaction",
        "nps",
    ):
        assert k.value(key) is None, key


def test_a_range_that_ends_before_it_starts_is_refused(db):
    with pytest.raises(kpi.BadRange):
        kpi.compute(db, fx.LAST, fx.FIRST)


def test_mixed_currencies_are_refused(db):
    """A money table naming a second currency stops the KPIs with a message."""
    db.execute("ALTER TABLE ad_spend ADD COLUMN currency TEXT")
    db.execute("UPDATE ad_spend SET currency = 'USD'")
    with pytest.raises(kpi.MixedCurrencies, match="CNY, USD"):
        kpi.compute(db, fx.FIRST, fx.LAST)


def test_rollups_follow_changes_to_orders(db):
    """Cancelling order 4 after the rollup was built takes it out of every figure."""
    kpi_rollup.refresh(db)
    with db.conn:
        db.execute("UPDATE orders SET status = 'cancelled' WHERE id = 4")
    k = kpi.compute(db, fx.FIRST, fx.LAST)
    assert (k.orders, k.gross_sales, k.refunds) == (3, 8500, 400)
    kpi_rollup.refresh(db)
    assert kpi.compute(db, fx.FIRST, fx.LAST).to_json() == k.to_json()


def test_every_kpi_has_one_definition():
    """Each key has a label and a written definition; no key is defined twice."""
    keys = [d.key for d in DEFINITIONS]
    assert len(keys) == len(set(keys))
    assert set(kpi.JSON_KEYS) - {"currency"} <= set(BY_KEY)
    assert all(d.label and d.text.endswith(".") for d in DEFINITIONS)


def test_readme_lists_every_kpi_definition_as_written_in_the_code():
    """The README's "KPI definitions" table is the one generated from DEFINITIONS."""
    from pathlib import Path

    from shopkeeper.services.kpi_definitions import readme_section

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme_section().split("\n", 1)[1].strip()
    assert table in readme


def test_rollups_follow_edited_and_deleted_order_lines(db):
    """After the rollup is built, a line's new quantity and a deleted line both show."""
    kpi_rollup.refresh(db)
    with db.conn:
        db.execute("UPDATE order_items SET quantity = 5 WHERE order_id = 2")  # 1 → 5 mugs
        db.execute("DELETE FROM order_items WHERE order_id = 3")
    k = kpi.compute(db, fx.FIRST, fx.LAST)
    assert k.gross_sales == 4500 + 5000 + 5000
    kpi_rollup.refresh(db)
    assert kpi.compute(db, fx.FIRST, fx.LAST).to_json() == k.to_json()
