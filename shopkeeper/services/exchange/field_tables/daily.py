"""The fields of the traffic and ad-spend imports: one row per day and channel."""

from __future__ import annotations

from shopkeeper.errors import QT_TRANSLATE_NOOP

from .common import DAY, spec

TRAFFIC = (
    spec("date", QT_TRANSLATE_NOOP("Field", "Date"), "date", DAY + "|时间", required=True),
    spec(
        "channel",
        QT_TRANSLATE_NOOP("Field", "Channel"),
        "text",
        "渠道|流量来源|来源|Channel|Source|Traffic source|Medium",
    ),
    spec(
        "visitors",
        QT_TRANSLATE_NOOP("Field", "Visitors"),
        "int",
        "访客数|访客|UV|Visitors|Unique visitors|Sessions|Users",
        required=True,
    ),
    spec(
        "page_views",
        QT_TRANSLATE_NOOP("Field", "Page views"),
        "int",
        "浏览量|PV|Page views|Pageviews|Views",
    ),
)

AD_SPEND = (
    spec("date", QT_TRANSLATE_NOOP("Field", "Date"), "date", DAY + "|时间", required=True),
    spec(
        "channel",
        QT_TRANSLATE_NOOP("Field", "Channel"),
        "text",
        "渠道|推广渠道|平台|Channel|Platform|Source",
    ),
    spec(
        "spend",
        QT_TRANSLATE_NOOP("Field", "Spend"),
        "money",
        "花费|消耗|广告花费|推广花费|Spend|Cost|Amount spent|Ad spend",
        required=True,
    ),
    spec(
        "impressions",
        QT_TRANSLATE_NOOP("Field", "Impressions"),
        "int",
        "展现量|曝光量|展示量|展现|Impressions",
    ),
    spec("clicks", QT_TRANSLATE_NOOP("Field", "Clicks"), "int", "点击量|点击数|点击|Clicks"),
    spec(
        "orders",
        QT_TRANSLATE_NOOP("Field", "Orders"),
        "int",
        "成交笔数|订单数|订单量|成交订单数|Orders|Conversions|Purchases",
    ),
    spec(
        "revenue",
        QT_TRANSLATE_NOOP("Field", "Revenue"),
        "money",
        "成交金额|销售额|收入|交易额|Revenue|Sales|Conversion value|Purchase value",
    ),
)
