"""What every field table is made of: the ``Field`` type, its value ``TYPES``, the
``spec`` shorthand that builds one, and the header texts several kinds share.

``exchange.fields`` re-exports ``Field`` and ``TYPES``. They live here rather than in
``fields`` so that the tables and ``fields`` both import them without an import cycle.
"""

from __future__ import annotations

from dataclasses import dataclass

TYPES = (
    "text",
    "money",
    "int",
    "grams",
    "datetime",
    "date",
    "identifier",
    "percent",
    "choice",
)


@dataclass(frozen=True)
class Field:
    id: str
    label: str  # English; the UI translates it in context "Field"
    type: str
    required: bool = False
    synonyms: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()


def spec(
    id: str,
    label: str,
    type: str,
    synonyms: str,
    *,
    required: bool = False,
    choices: tuple[str, ...] = (),
) -> Field:
    """Build a Field; ``synonyms`` is one string of header texts separated by '|'."""
    assert type in TYPES, type
    return Field(id, label, type, required, tuple(synonyms.split("|")), choices)


# Header texts several kinds share.
ORDER_NO = (
    "订单号|订单编号|订单ID|主订单编号|Order ID|Order No|Order No.|Order number|Order #|Order"
)
CUSTOMER_ID = "客户ID|客户编号|买家ID|Customer ID|CustomerID|customer_unique_id|Buyer ID"
EMAIL = "邮箱|电子邮箱|电子邮件|邮箱地址|Email|E-mail|Email address|customer_email"
PHONE = "电话|手机|手机号|手机号码|联系电话|联系手机|Phone|Phone number|Mobile|Telephone"
SKU = "商家编码|货号|商品编码|SKU|Variant SKU|SKU code|StockCode|Stock code|Item code|product_id"
TITLE = "商品标题|宝贝名称|宝贝标题|商品名称|标题|品名|Title|Product title|Product name|Item name"
DAY = "日期|统计日期|Date|Day"
CURRENCY = "币种|货币|Currency|CURRENCY_CODE|Currency code|currency"
