"""The fields of an orders import: one file row per order line."""

from __future__ import annotations

from shopkeeper.errors import QT_TRANSLATE_NOOP

from .common import CURRENCY, CUSTOMER_ID, EMAIL, ORDER_NO, PHONE, SKU, TITLE, spec

ORDERS = (
    spec(
        "order_no",
        QT_TRANSLATE_NOOP("Field", "Order number"),
        "identifier",
        ORDER_NO + "|Name|Invoice|InvoiceNo|Invoice No|Invoice number|order_id",
        required=True,
    ),
    spec(
        "placed_at",
        QT_TRANSLATE_NOOP("Field", "Placed at"),
        "datetime",
        "下单时间|订单创建时间|创建时间|下单日期|订单日期|付款时间|订单付款时间|成交时间|时间"
        "|Created at|Order date|Placed at|Purchase date|InvoiceDate|Invoice date"
        "|order_purchase_timestamp|Date|Created|Paid at|Processed at",
        required=True,
    ),
    spec(
        "customer",
        QT_TRANSLATE_NOOP("Field", "Customer"),
        "identifier",
        # customer_unique_id first: Olist repeats it across a person's orders, while its
        # customer_id is new on every order.
        "customer_unique_id|买家会员名|买家昵称|会员名|买家|客户|顾客|Customer|"
        + CUSTOMER_ID
        + "|Buyer|Billing Name|Shipping Name|收货人姓名|收货人",
    ),
    spec("email", QT_TRANSLATE_NOOP("Field", "Email"), "text", EMAIL + "|买家邮箱"),
    spec(
        "phone",
        QT_TRANSLATE_NOOP("Field", "Phone"),
        "identifier",
        PHONE + "|Billing Phone|Shipping Phone",
    ),
    spec(
        "sku",
        QT_TRANSLATE_NOOP("Field", "SKU"),
        "identifier",
        SKU + "|外部系统编号|Lineitem sku|Item SKU",
    ),
    spec(
        "title",
        QT_TRANSLATE_NOOP("Field", "Item title"),
        "text",
        TITLE + "|Lineitem name|Description|Item|Product",
    ),
    spec(
        "quantity",
        QT_TRANSLATE_NOOP("Field", "Quantity"),
        "int",
        "数量|购买数量|商品数量|宝贝总数量|Quantity|Qty|Lineitem quantity",
        required=True,
    ),
    spec(
        "unit_price",
        QT_TRANSLATE_NOOP("Field", "Unit price"),
        "money",
        "单价|价格|商品单价|成交单价|Unit price|UnitPrice|Price|Lineitem price|Item price"
        "|Sale price",
        required=True,
    ),
    spec(
        "discount",
        QT_TRANSLATE_NOOP("Field", "Discount"),
        "money",
        "优惠金额|优惠|折扣|折扣金额|店铺优惠|Discount|Discount Amount|Discounts|Lineitem discount",
    ),
    spec(
        "shipping",
        QT_TRANSLATE_NOOP("Field", "Shipping"),
        "money",
        "运费|邮费|买家应付邮费|Shipping|Shipping cost|Shipping fee|Postage|Freight|freight_value",
    ),
    spec(
        "status",
        QT_TRANSLATE_NOOP("Field", "Status"),
        "text",
        "订单状态|交易状态|状态|Status|Financial Status|Order status|Payment status",
    ),
    spec(
        "refund",
        QT_TRANSLATE_NOOP("Field", "Refund"),
        "money",
        "退款金额|退款|Refund|Refunded Amount|Refund amount|Refunds",
    ),
    spec(
        "channel",
        QT_TRANSLATE_NOOP("Field", "Channel"),
        "text",
        "渠道|销售渠道|平台|店铺名称|Channel|Sales channel|Source|Platform|Marketplace|Store",
    ),
    spec(
        "country",
        QT_TRANSLATE_NOOP("Field", "Country"),
        "text",
        "国家|国家/地区|Country|Shipping Country|Billing Country|Country code",
    ),
    spec("currency", QT_TRANSLATE_NOOP("Field", "Currency"), "text", CURRENCY),
    # Issue 11 (Inbox): the parcel's tracking number, for the {tracking_no} reply variable.
    spec(
        "tracking_no",
        QT_TRANSLATE_NOOP("Field", "Tracking number"),
        "identifier",
        "物流单号|运单号|快递单号|Tracking number|Tracking No|Tracking No.|Tracking code"
        "|Tracking Number",
    ),
)
