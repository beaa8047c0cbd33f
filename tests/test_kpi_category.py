"""KPIs narrowed to one category, against a hand calculation on tests/kpi_fixture.py.

Category 杯子 holds mug A. In 1–4 March it is on orders 1 (2 × 1000 of 4500, 500 off the
order), 2 (1 × 1000 of 1000) and 3 (3 × 1000, 302 off the line); order 4 is vases only.
"""

from fractions import Fraction

import kpi_fixture as fx
import pytest

from shopkeeper.services import kpi, kpi_category


@pytest.fixture
def k(shop):
    fx.fill(shop.db)
    return kpi_category.compute(shop.db, fx.FIRST, fx.LAST, None, "杯子")


def test_category_sales_count_only_its_lines(k):
    assert (k.orders, k.gross_sales, k.units) == (3, 2000 + 1000 + 3000, 2 + 1 + 3)


def test_order_discounts_are_shared_out_by_the_category_share(k):
    """Order 1: 500 × 2000 / 4500 = 222.2 → 222; order 3's line discount 302."""
    assert k.discounts == 222 + 302


def test_refunds_of_orders_with_the_category_are_shared_out(k):
    """Order 6 (a mug, all of its 1000) was refunded 400 on 2 March; order 4 has no mug."""
    assert (k.refunds, k.refunded_orders) == (400, 1)
    assert k.refund_rate == Fraction(400, 6000)
    assert k.refund_rate_by_count == Fraction(1, 3)


def test_category_profit_uses_its_cost_and_fees(k):
    """Cost 2×400 + 400 + 3×400; Taobao 5% of 2778 = 138.9 → 139; Shopify 3% of 2698 =
    80.94 → 81 plus 30 for its one order."""
    assert (k.cost_of_goods, k.lines_without_cost) == (2400, 0)
    assert k.channel_fees == 139 + 111
    assert k.gross_profit == 6000 - 524 - 400 - 2400 - 250


def test_category_buyers_and_customers(k):
    """C1 (orders 1 and 2) and guest order 3; C1 had not ordered before March."""
    assert (k.buyers, k.repeat_purchase_rate, k.returning_customer_rate) == (2, 1, 0)
    assert k.aov == 1825  # (6000 − 524) ÷ 3 = 1825.33


def test_traffic_ads_and_service_are_not_counted_by_category(k):
    assert k.scope == "category"
    assert k.conversion_rate is None and k.ad_spend == 0 and k.tickets_opened == 0


def test_unknown_category_is_empty_and_backwards_ranges_refused(shop):
    fx.fill(shop.db)
    assert kpi_category.compute(shop.db, fx.FIRST, fx.LAST, None, "nope").orders == 0
    with pytest.raises(kpi.BadRange):
        kpi_category.compute(shop.db, fx.LAST, fx.FIRST, None, "杯子")
