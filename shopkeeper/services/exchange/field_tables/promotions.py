"""The fields of a promotions import, and the promotion kinds its ``kind`` column takes."""

from __future__ import annotations

from shopkeeper.errors import QT_TRANSLATE_NOOP

from .common import spec

PROMOTION_KINDS = (
    "percent_off",
    "amount_off",
    "fixed_price",
    "bundle",
    "free_shipping",
    "threshold",
    "threshold_percent",
    "coupon",
    "flash_sale",
    "buy_x_get_y",
)

PROMOTIONS = (
    spec(
        "name",
        QT_TRANSLATE_NOOP("Field", "Name"),
        "text",
        "活动名称|促销名称|名称|Name|Promotion|Promotion name|Campaign",
        required=True,
    ),
    spec(
        "kind",
        QT_TRANSLATE_NOOP("Field", "Kind"),
        "choice",
        "活动类型|优惠类型|类型|Kind|Type|Promotion type",
        required=True,
        choices=PROMOTION_KINDS,
    ),
    # Basis points for percent_off, money for the other kinds: the importer reads it by kind.
    spec(
        "value",
        QT_TRANSLATE_NOOP("Field", "Value"),
        "text",
        "优惠力度|优惠值|折扣|面额|Value|Discount|Amount",
    ),
    spec(
        "threshold",
        QT_TRANSLATE_NOOP("Field", "Threshold"),
        "money",
        "门槛|使用门槛|满减门槛|Threshold|Minimum spend|Min spend",
    ),
    spec(
        "starts_at",
        QT_TRANSLATE_NOOP("Field", "Starts at"),
        "datetime",
        "开始时间|开始日期|Starts at|Start|Start date|Starts",
        required=True,
    ),
    spec(
        "ends_at",
        QT_TRANSLATE_NOOP("Field", "Ends at"),
        "datetime",
        "结束时间|结束日期|Ends at|End|End date|Ends",
        required=True,
    ),
    spec("channel", QT_TRANSLATE_NOOP("Field", "Channel"), "text", "渠道|平台|Channel|Platform"),
    spec("budget", QT_TRANSLATE_NOOP("Field", "Budget"), "money", "预算|Budget"),
    spec("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "text", "备注|说明|Notes|Note|Comments"),
    # Promotions issue: see services/exchange/kinds/promotions.py for the text forms.
    spec(
        "status",
        QT_TRANSLATE_NOOP("Field", "Status"),
        "choice",
        "活动状态|状态|Status",
        choices=("draft", "cancelled", "scheduled", "running", "ended"),
    ),
    spec("tiers", QT_TRANSLATE_NOOP("Field", "Tiers"), "text", "优惠阶梯|阶梯|满减阶梯|Tiers"),
    spec(
        "targets",
        QT_TRANSLATE_NOOP("Field", "Targets"),
        "text",
        "适用范围|适用商品|活动商品|Targets|Applies to",
    ),
    spec(
        "combines_with",
        QT_TRANSLATE_NOOP("Field", "Combines with"),
        "text",
        "可叠加|叠加活动|Combines with|Stacks with",
    ),
    spec(
        "coupon_code",
        QT_TRANSLATE_NOOP("Field", "Coupon code"),
        "text",
        "优惠券码|券码|Coupon code|Code",
    ),
    spec(
        "quantity_limit",
        QT_TRANSLATE_NOOP("Field", "Quantity limit"),
        "int",
        "发放数量|限量|Quantity limit|Quantity issued",
    ),
    spec(
        "per_buyer_limit",
        QT_TRANSLATE_NOOP("Field", "Limit per buyer"),
        "int",
        "每人限领|每人限购|Limit per buyer|Per buyer",
    ),
    spec(
        "buy_quantity",
        QT_TRANSLATE_NOOP("Field", "Buy quantity"),
        "int",
        "购买件数|Buy quantity|Buy X",
    ),
    spec(
        "get_quantity",
        QT_TRANSLATE_NOOP("Field", "Free quantity"),
        "int",
        "赠送件数|Get quantity|Get Y",
    ),
    spec("cost", QT_TRANSLATE_NOOP("Field", "Cost"), "money", "活动成本|Campaign cost|Cost"),
    spec("festival_key", QT_TRANSLATE_NOOP("Field", "Festival"), "text", "节日|Festival"),
)
