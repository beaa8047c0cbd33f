"""The written definition of every KPI: one table the UI (tooltips), the reports'
definitions sheet and the README's "KPI definitions" section all show.

Texts are marked for translation in the "Kpi" context; the UI translates them,
the command line and the reports print them as they are (English), and the
Chinese reports translate through ``zh`` below when a translator is given.
"""

from __future__ import annotations

from dataclasses import dataclass

from shopkeeper.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Definition:
    key: str
    label: str
    text: str
    unit: str  # money | count | rate | ratio | seconds


def _d(key: str, label: str, text: str, unit: str) -> Definition:
    return Definition(key, label, text, unit)


DEFINITIONS: tuple[Definition, ...] = (
    _d(
        "gross_sales",
        QT_TRANSLATE_NOOP("Kpi", "Gross sales"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Sum of unit price × quantity of the lines of orders placed in the range, "
            "before discounts and refunds. Cancelled orders (including C-invoices) count nowhere.",
        ),
        "money",
    ),
    _d(
        "discounts",
        QT_TRANSLATE_NOOP("Kpi", "Discounts"),
        QT_TRANSLATE_NOOP("Kpi", "Order and line discounts of the orders placed in the range."),
        "money",
    ),
    _d(
        "refunds",
        QT_TRANSLATE_NOOP("Kpi", "Refunds"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Money refunded in the range, dated by the refund's date (the order's date "
            "when the file gave none), on orders that were not cancelled.",
        ),
        "money",
    ),
    _d(
        "net_sales",
        QT_TRANSLATE_NOOP("Kpi", "Net sales"),
        QT_TRANSLATE_NOOP("Kpi", "Gross sales − discounts − refunds."),
        "money",
    ),
    _d(
        "orders",
        QT_TRANSLATE_NOOP("Kpi", "Orders"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Orders placed in the range (by their placed-at time in the shop's time zone), "
            "cancelled ones left out.",
        ),
        "count",
    ),
    _d(
        "units",
        QT_TRANSLATE_NOOP("Kpi", "Units"),
        QT_TRANSLATE_NOOP("Kpi", "Items sold: the sum of the quantities on those orders' lines."),
        "count",
    ),
    _d(
        "aov",
        QT_TRANSLATE_NOOP("Kpi", "Average order value"),
        QT_TRANSLATE_NOOP(
            "Kpi", "(Gross sales − discounts) ÷ orders, rounded half-up to the cent."
        ),
        "money",
    ),
    _d(
        "buyers",
        QT_TRANSLATE_NOOP("Kpi", "Buyers"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Distinct identified customers with an order in the range, plus one per guest order.",
        ),
        "count",
    ),
    _d(
        "sales_per_buyer",
        QT_TRANSLATE_NOOP("Kpi", "Sales per buyer (客单价)"),
        QT_TRANSLATE_NOOP(
            "Kpi", "(Gross sales − discounts) ÷ buyers, rounded half-up to the cent."
        ),
        "money",
    ),
    _d(
        "visitors",
        QT_TRANSLATE_NOOP("Kpi", "Visitors"),
        QT_TRANSLATE_NOOP("Kpi", "Visitors from the imported traffic data, summed over the days."),
        "count",
    ),
    _d(
        "page_views",
        QT_TRANSLATE_NOOP("Kpi", "Page views"),
        QT_TRANSLATE_NOOP("Kpi", "Page views from the imported traffic data."),
        "count",
    ),
    _d(
        "conversion_rate",
        QT_TRANSLATE_NOOP("Kpi", "Conversion rate"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Orders ÷ visitors. Shown as “no traffic data” when no traffic was imported "
            "for the range, never as 0%.",
        ),
        "rate",
    ),
    _d(
        "repeat_purchase_rate",
        QT_TRANSLATE_NOOP("Kpi", "Repeat-purchase rate"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Identified customers with 2 or more orders in the range ÷ "
            "identified customers with an order in the range (guests left out).",
        ),
        "rate",
    ),
    _d(
        "returning_customer_rate",
        QT_TRANSLATE_NOOP("Kpi", "Returning-customer rate"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Identified customers in the range who had ordered before "
            "it ÷ identified customers with an order in the range.",
        ),
        "rate",
    ),
    _d(
        "refund_rate",
        QT_TRANSLATE_NOOP("Kpi", "Refund rate"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Refunds ÷ gross sales, by value. Refunds are dated by refund date, so a quiet "
            "range after a busy one can show more than 100%.",
        ),
        "rate",
    ),
    _d(
        "refund_rate_by_count",
        QT_TRANSLATE_NOOP("Kpi", "Refund rate by count"),
        QT_TRANSLATE_NOOP("Kpi", "Orders with a refund in the range ÷ orders."),
        "rate",
    ),
    _d(
        "cost_of_goods",
        QT_TRANSLATE_NOOP("Kpi", "Cost of goods"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Quantity × the unit cost kept on each order line when it was imported; lines "
            "without a cost are left out and counted.",
        ),
        "money",
    ),
    _d(
        "channel_fees",
        QT_TRANSLATE_NOOP("Kpi", "Channel fees"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Each channel's fee percentage of its (gross sales − discounts) plus its fixed "
            "fee per order, as set in the channel settings.",
        ),
        "money",
    ),
    _d(
        "gross_profit",
        QT_TRANSLATE_NOOP("Kpi", "Gross profit"),
        QT_TRANSLATE_NOOP("Kpi", "Net sales − cost of goods − channel fees."),
        "money",
    ),
    _d(
        "gross_margin",
        QT_TRANSLATE_NOOP("Kpi", "Gross margin"),
        QT_TRANSLATE_NOOP("Kpi", "Gross profit ÷ net sales."),
        "rate",
    ),
    _d(
        "lines_without_cost",
        QT_TRANSLATE_NOOP("Kpi", "Lines without cost"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Order lines in the range with no cost kept; their cost is missing from gross "
            "profit, so profit reads high by that much.",
        ),
        "count",
    ),
    _d(
        "ad_spend",
        QT_TRANSLATE_NOOP("Kpi", "Ad spend"),
        QT_TRANSLATE_NOOP("Kpi", "Advertising spend from the imported ad data."),
        "money",
    ),
    _d(
        "roas",
        QT_TRANSLATE_NOOP("Kpi", "ROAS"),
        QT_TRANSLATE_NOOP("Kpi", "Revenue the ad platforms attribute to ads ÷ ad spend."),
        "ratio",
    ),
    _d(
        "cpa",
        QT_TRANSLATE_NOOP("Kpi", "Cost per ad order (CPA)"),
        QT_TRANSLATE_NOOP(
            "Kpi", "Ad spend ÷ orders the ad platforms attribute to ads, rounded half-up."
        ),
        "money",
    ),
    _d(
        "tickets_opened",
        QT_TRANSLATE_NOOP("Kpi", "Tickets opened"),
        QT_TRANSLATE_NOOP(
            "Kpi", "Customer tickets created in the range (merged tickets counted once)."
        ),
        "count",
    ),
    _d(
        "median_first_response",
        QT_TRANSLATE_NOOP("Kpi", "Median first response"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Median time from a ticket's creation to the seller's first "
            "reply, over tickets opened in the range that have a reply.",
        ),
        "seconds",
    ),
    _d(
        "satisfaction",
        QT_TRANSLATE_NOOP("Kpi", "Satisfaction"),
        QT_TRANSLATE_NOOP(
            "Kpi", "Tickets rated 4 or 5 stars ÷ rated tickets opened in the range (CSAT)."
        ),
        "rate",
    ),
    _d(
        "nps",
        QT_TRANSLATE_NOOP("Kpi", "NPS"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Net promoter score of tickets opened in the range rated 0–10: (promoters "
            "9–10 − detractors 0–6) ÷ rated, from −100 to 100.",
        ),
        "score",
    ),
)

BY_KEY = {d.key: d for d in DEFINITIONS}


def readme_section() -> str:
    """The README's "KPI definitions" section, generated from ``DEFINITIONS``."""
    lines = ["### KPI definitions", "", "| KPI | key | definition |", "|---|---|---|"]
    lines += [f"| {d.label} | `{d.key}` | {d.text} |" for d in DEFINITIONS]
    return "\n".join(lines) + "\n"
