"""The fields of a competitor-prices import: one observation per SKU, competitor and day."""

from __future__ import annotations

from shopkeeper.errors import QT_TRANSLATE_NOOP

from .common import spec

COMPETITOR_PRICES = (
    spec(
        "sku",
        QT_TRANSLATE_NOOP("Field", "SKU"),
        "identifier",
        "商家编码|货号|我的SKU|SKU|Our SKU|Item code",
        required=True,
    ),
    spec(
        "competitor",
        QT_TRANSLATE_NOOP("Field", "Competitor"),
        "text",
        "竞争对手|竞品店铺|竞品|对手|Competitor|Competitor name|Seller|Shop|Store",
        required=True,
    ),
    spec("url", QT_TRANSLATE_NOOP("Field", "Link"), "text", "链接|商品链接|网址|URL|Link"),
    spec(
        "price",
        QT_TRANSLATE_NOOP("Field", "Price"),
        "money",
        "竞品价格|价格|售价|Competitor price|Price",
        required=True,
    ),
    spec(
        "observed_at",
        QT_TRANSLATE_NOOP("Field", "Observed on"),
        "date",
        "采集时间|观察时间|日期|时间|Observed at|Checked at|Date|Time",
    ),
)
