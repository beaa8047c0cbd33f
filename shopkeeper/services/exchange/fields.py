"""The canonical fields of every import kind: a public contract.

Importers, the mapping wizard, exporters and saved mapping presets all speak in
these field ids, so ids are never renamed or reordered; add new fields at the end.

``synonyms`` are header texts (English and Chinese, as real platforms and
spreadsheets write them) that map to a field. Within one kind a header text,
once normalized (see ``mapping.normalize_header``), belongs to one field only;
earlier synonyms of a field win when a sheet has several matching columns.
"""

from __future__ import annotations

from dataclasses import dataclass

from shopkeeper.errors import QT_TRANSLATE_NOOP

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


def _f(
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
_ORDER_NO = (
    "订单号|订单编号|订单ID|主订单编号|Order ID|Order No|Order No.|Order number|Order #|Order"
)
_CUSTOMER_ID = "客户ID|客户编号|买家ID|Customer ID|CustomerID|customer_unique_id|Buyer ID"
_EMAIL = "邮箱|电子邮箱|电子邮件|邮箱地址|Email|E-mail|Email address|customer_email"
_PHONE = "电话|手机|手机号|手机号码|联系电话|联系手机|Phone|Phone number|Mobile|Telephone"
_SKU = "商家编码|货号|商品编码|SKU|Variant SKU|SKU code|StockCode|Stock code|Item code|product_id"
_TITLE = "商品标题|宝贝名称|宝贝标题|商品名称|标题|品名|Title|Product title|Product name|Item name"
_DAY = "日期|统计日期|Date|Day"
_CURRENCY = "币种|货币|Currency|CURRENCY_CODE|Currency code|currency"

_ORDERS = (
    _f(
        "order_no",
        QT_TRANSLATE_NOOP("Field", "Order number"),
        "identifier",
        _ORDER_NO + "|Name|Invoice|InvoiceNo|Invoice No|Invoice number|order_id",
        required=True,
    ),
    _f(
        "placed_at",
        QT_TRANSLATE_NOOP("Field", "Placed at"),
        "datetime",
        "下单时间|订单创建时间|创建时间|下单日期|订单日期|付款时间|订单付款时间|成交时间|时间"
        "|Created at|Order date|Placed at|Purchase date|InvoiceDate|Invoice date"
        "|order_purchase_timestamp|Date|Created|Paid at|Processed at",
        required=True,
    ),
    _f(
        "customer",
        QT_TRANSLATE_NOOP("Field", "Customer"),
        "identifier",
        # customer_unique_id first: Olist repeats it across a person's orders, while its
        # customer_id is new on every order.
        "customer_unique_id|买家会员名|买家昵称|会员名|买家|客户|顾客|Customer|"
        + _CUSTOMER_ID
        + "|Buyer|Billing Name|Shipping Name|收货人姓名|收货人",
    ),
    _f("email", QT_TRANSLATE_NOOP("Field", "Email"), "text", _EMAIL + "|买家邮箱"),
    _f(
        "phone",
        QT_TRANSLATE_NOOP("Field", "Phone"),
        "identifier",
        _PHONE + "|Billing Phone|Shipping Phone",
    ),
    _f(
        "sku",
        QT_TRANSLATE_NOOP("Field", "SKU"),
        "identifier",
        _SKU + "|外部系统编号|Lineitem sku|Item SKU",
    ),
    _f(
        "title",
        QT_TRANSLATE_NOOP("Field", "Item title"),
        "text",
        _TITLE + "|Lineitem name|Description|Item|Product",
    ),
    _f(
        "quantity",
        QT_TRANSLATE_NOOP("Field", "Quantity"),
        "int",
        "数量|购买数量|商品数量|宝贝总数量|Quantity|Qty|Lineitem quantity",
        required=True,
    ),
    _f(
        "unit_price",
        QT_TRANSLATE_NOOP("Field", "Unit price"),
        "money",
        "单价|价格|商品单价|成交单价|Unit price|UnitPrice|Price|Lineitem price|Item price"
        "|Sale price",
        required=True,
    ),
    _f(
        "discount",
        QT_TRANSLATE_NOOP("Field", "Discount"),
        "money",
        "优惠金额|优惠|折扣|折扣金额|店铺优惠|Discount|Discount Amount|Discounts|Lineitem discount",
    ),
    _f(
        "shipping",
        QT_TRANSLATE_NOOP("Field", "Shipping"),
        "money",
        "运费|邮费|买家应付邮费|Shipping|Shipping cost|Shipping fee|Postage|Freight|freight_value",
    ),
    _f(
        "status",
        QT_TRANSLATE_NOOP("Field", "Status"),
        "text",
        "订单状态|交易状态|状态|Status|Financial Status|Order status|Payment status",
    ),
    _f(
        "refund",
        QT_TRANSLATE_NOOP("Field", "Refund"),
        "money",
        "退款金额|退款|Refund|Refunded Amount|Refund amount|Refunds",
    ),
    _f(
        "channel",
        QT_TRANSLATE_NOOP("Field", "Channel"),
        "text",
        "渠道|销售渠道|平台|店铺名称|Channel|Sales channel|Source|Platform|Marketplace|Store",
    ),
    _f(
        "country",
        QT_TRANSLATE_NOOP("Field", "Country"),
        "text",
        "国家|国家/地区|Country|Shipping Country|Billing Country|Country code",
    ),
    _f("currency", QT_TRANSLATE_NOOP("Field", "Currency"), "text", _CURRENCY),
    # Issue 11 (Inbox): the parcel's tracking number, for the {tracking_no} reply variable.
    _f(
        "tracking_no",
        QT_TRANSLATE_NOOP("Field", "Tracking number"),
        "identifier",
        "物流单号|运单号|快递单号|Tracking number|Tracking No|Tracking No.|Tracking code"
        "|Tracking Number",
    ),
)


def _options(n: int) -> tuple[Field, Field]:
    labels = {
        1: (
            QT_TRANSLATE_NOOP("Field", "Option 1 name"),
            QT_TRANSLATE_NOOP("Field", "Option 1 value"),
        ),
        2: (
            QT_TRANSLATE_NOOP("Field", "Option 2 name"),
            QT_TRANSLATE_NOOP("Field", "Option 2 value"),
        ),
        3: (
            QT_TRANSLATE_NOOP("Field", "Option 3 name"),
            QT_TRANSLATE_NOOP("Field", "Option 3 value"),
        ),
    }[n]
    return (
        _f(
            f"option{n}_name",
            labels[0],
            "text",
            f"规格{n}名称|属性{n}名称|Option{n} Name|Option {n} name|VARIATION {n} NAME",
        ),
        _f(
            f"option{n}_value",
            labels[1],
            "text",
            f"规格{n}|属性{n}|规格{n}值|属性{n}值|Option{n} Value|Option {n} value"
            f"|VARIATION {n} VALUES|Variation {n} value",
        ),
    )


_LISTINGS = (
    _f(
        "handle",
        QT_TRANSLATE_NOOP("Field", "Handle"),
        "text",
        "Handle|URL handle|Product handle|Slug|链接标识",
    ),
    _f("title", QT_TRANSLATE_NOOP("Field", "Title"), "text", _TITLE + "|名称|Name", required=True),
    _f(
        "description",
        QT_TRANSLATE_NOOP("Field", "Description"),
        "text",
        "宝贝描述|商品描述|描述|商品详情|详情|Description|Body (HTML)|Body HTML|Body"
        "|Product description",
    ),
    _f(
        "category",
        QT_TRANSLATE_NOOP("Field", "Category"),
        "text",
        "宝贝类目|商品类目|类目|分类|商品分类|类别|Category|Product category|Type|Product type"
        "|cid|product_category_name",
    ),
    _f("tags", QT_TRANSLATE_NOOP("Field", "Tags"), "text", "标签|商品标签|关键词|Tags|Keywords"),
    _f(
        "status",
        QT_TRANSLATE_NOOP("Field", "Status"),
        "choice",
        "商品状态|状态|Status|Listing status|State",
        choices=("active", "draft", "archived"),
    ),
    _f("sku", QT_TRANSLATE_NOOP("Field", "SKU"), "identifier", _SKU + "|outer_id"),
    _f(
        "barcode",
        QT_TRANSLATE_NOOP("Field", "Barcode"),
        "identifier",
        "条形码|条码|Barcode|Variant Barcode|EAN|UPC|GTIN|ISBN",
    ),
    _f(
        "price",
        QT_TRANSLATE_NOOP("Field", "Price"),
        "money",
        "价格|宝贝价格|销售价|售价|一口价|Price|Variant Price|Sale price|Retail price",
        required=True,
    ),
    _f(
        "compare_at_price",
        QT_TRANSLATE_NOOP("Field", "Compare-at price"),
        "money",
        "原价|划线价|市场价|吊牌价|Compare-at price|Variant Compare At Price|List price"
        "|Regular price|MSRP",
    ),
    _f(
        "cost",
        QT_TRANSLATE_NOOP("Field", "Cost"),
        "money",
        "成本|成本价|进价|采购价|Cost|Cost per item|Unit cost|Variant Cost",
    ),
    _f(
        "stock",
        QT_TRANSLATE_NOOP("Field", "Stock"),
        "int",
        "库存|库存数量|宝贝数量|可售库存|数量|Stock|Inventory|Inventory quantity"
        "|Variant Inventory Qty|Quantity|Qty|num|On hand|Available",
    ),
    _f(
        "weight",
        QT_TRANSLATE_NOOP("Field", "Weight (g)"),
        "grams",
        "重量|重量(克)|重量(g)|Weight|Weight (g)|Weight value (grams)|Variant Grams|Grams"
        "|product_weight_g|weight_grams",
    ),
    *_options(1),
    *_options(2),
    *_options(3),
    _f(
        "image",
        QT_TRANSLATE_NOOP("Field", "Image"),
        "text",
        "图片|主图|图片链接|图片地址|新图片|picture|Image|Image Src|Image URL|Product image URL"
        "|IMAGE1|Main image|Photo",
    ),
    _f(
        "seo_title",
        QT_TRANSLATE_NOOP("Field", "SEO title"),
        "text",
        "SEO标题|SEO Title|Page title|Meta title",
    ),
    _f(
        "seo_description",
        QT_TRANSLATE_NOOP("Field", "SEO description"),
        "text",
        "SEO描述|SEO Description|Meta description|宝贝卖点|卖点|subtitle",
    ),
    _f("currency", QT_TRANSLATE_NOOP("Field", "Currency"), "text", _CURRENCY),
    # Issue 9 (listing editor). Labels avoid headers other fields own ("Subtitle" and
    # "Keywords" are synonyms of seo_description and tags), so exports read back as written.
    _f(
        "subtitle",
        QT_TRANSLATE_NOOP("Field", "Subtitle (selling points)"),
        "text",
        "副标题|Listing subtitle|Subtitle text",
    ),
    _f(
        "keywords",
        QT_TRANSLATE_NOOP("Field", "Search keywords"),
        "text",
        "搜索关键词|Search keywords|Search terms",
    ),
    _f(
        "notes",
        QT_TRANSLATE_NOOP("Field", "Notes"),
        "text",
        "备注|商品备注|Notes|Internal notes|Seller notes",
    ),
    _f(
        "reorder_point",
        QT_TRANSLATE_NOOP("Field", "Reorder point"),
        "int",
        "补货点|再订货点|Reorder point|Reorder level|Reorder at",
    ),
)

_CUSTOMERS = (
    _f(
        "customer",
        QT_TRANSLATE_NOOP("Field", "Customer ID"),
        "identifier",
        "买家会员名|会员名|买家昵称|Customer|" + _CUSTOMER_ID,
    ),
    _f(
        "name",
        QT_TRANSLATE_NOOP("Field", "Name"),
        "text",
        "姓名|名字|客户姓名|客户名称|客户|买家姓名|收货人姓名|收货人|Name|Full name|Customer name"
        "|Billing Name|Shipping Name",
    ),
    _f("email", QT_TRANSLATE_NOOP("Field", "Email"), "text", _EMAIL),
    _f(
        "phone",
        QT_TRANSLATE_NOOP("Field", "Phone"),
        "identifier",
        _PHONE + "|Default Address Phone",
    ),
    _f(
        "address",
        QT_TRANSLATE_NOOP("Field", "Address"),
        "text",
        "地址|收货地址|详细地址|联系地址|Address|Address1|Street|Shipping address|Billing address"
        "|Default Address Address1",
    ),
    _f("tags", QT_TRANSLATE_NOOP("Field", "Tags"), "text", "标签|客户标签|Tags"),
)

_TICKETS = (
    _f(
        "subject",
        QT_TRANSLATE_NOOP("Field", "Subject"),
        "text",
        "主题|标题|工单标题|问题|Subject|Title|Summary|review_comment_title",
    ),
    _f(
        "body",
        QT_TRANSLATE_NOOP("Field", "Message"),
        "text",
        "内容|正文|消息|留言|详情|描述|问题描述|Body|Message|Content|Description|Comment|Text"
        "|review_comment_message",
    ),
    _f(
        "customer",
        QT_TRANSLATE_NOOP("Field", "Customer"),
        "identifier",
        "买家会员名|买家昵称|会员名|买家|客户|顾客|Customer|" + _CUSTOMER_ID + "|Buyer|Requester",
    ),
    _f("email", QT_TRANSLATE_NOOP("Field", "Email"), "text", _EMAIL + "|Requester email"),
    _f(
        "kind",
        QT_TRANSLATE_NOOP("Field", "Kind"),
        "choice",
        "工单类型|问题类型|类型|Kind|Type|Ticket type|Category",
        choices=("pre_sale", "return", "exchange", "refund", "complaint", "review", "other"),
    ),
    _f(
        "status",
        QT_TRANSLATE_NOOP("Field", "Status"),
        "choice",
        "工单状态|状态|Status|State",
        choices=("new", "open", "waiting", "resolved", "closed"),
    ),
    _f(
        "priority",
        QT_TRANSLATE_NOOP("Field", "Priority"),
        "choice",
        "优先级|紧急程度|Priority|Urgency",
        choices=("low", "normal", "high", "urgent"),
    ),
    _f("channel", QT_TRANSLATE_NOOP("Field", "Channel"), "text", "渠道|来源|Channel|Source|Via"),
    _f(
        "created_at",
        QT_TRANSLATE_NOOP("Field", "Created at"),
        "datetime",
        "创建时间|提交时间|时间|日期|Created at|Created|Created date|Opened at|Date"
        "|review_creation_date",
    ),
    _f(
        "order_no",
        QT_TRANSLATE_NOOP("Field", "Order number"),
        "identifier",
        _ORDER_NO + "|order_id",
    ),
    _f("sku", QT_TRANSLATE_NOOP("Field", "SKU"), "identifier", _SKU),
    _f(
        "rating",
        QT_TRANSLATE_NOOP("Field", "Satisfaction score"),
        "int",
        "评分|星级|评价星级|Rating|Score|Stars|review_score|CSAT|NPS",
    ),
    # Issue 11 (Inbox): the platform's ticket number; rows sharing it are one ticket.
    _f(
        "ticket_no",
        QT_TRANSLATE_NOOP("Field", "Ticket number"),
        "identifier",
        "工单号|工单编号|会话ID|评价ID|Ticket ID|Ticket number|Ticket #|Case ID|Conversation ID"
        "|review_id",
    ),
    _f(
        "author",
        QT_TRANSLATE_NOOP("Field", "Message from"),
        "choice",
        "发送方|发言人|Author|From|Sender|Direction",
        choices=("customer", "seller", "note"),
    ),
    _f(
        "sent_at",
        QT_TRANSLATE_NOOP("Field", "Message time"),
        "datetime",
        "发送时间|消息时间|Sent at|Message time|Message date",
    ),
    _f("tags", QT_TRANSLATE_NOOP("Field", "Tags"), "text", "标签|Tags|Labels"),
    _f(
        "reason",
        QT_TRANSLATE_NOOP("Field", "Reason"),
        "text",
        "原因|退货原因|退款原因|Reason|Return reason|Refund reason",
    ),
    _f(
        "rating_scale",
        QT_TRANSLATE_NOOP("Field", "Score scale"),
        "choice",
        "评分类型|Score scale|Scale",
        choices=("csat", "nps"),
    ),
    _f(
        "snoozed_until",
        QT_TRANSLATE_NOOP("Field", "Snoozed until"),
        "datetime",
        "暂缓至|Snoozed until|Snooze until",
    ),
)

_TRAFFIC = (
    _f("date", QT_TRANSLATE_NOOP("Field", "Date"), "date", _DAY + "|时间", required=True),
    _f(
        "channel",
        QT_TRANSLATE_NOOP("Field", "Channel"),
        "text",
        "渠道|流量来源|来源|Channel|Source|Traffic source|Medium",
    ),
    _f(
        "visitors",
        QT_TRANSLATE_NOOP("Field", "Visitors"),
        "int",
        "访客数|访客|UV|Visitors|Unique visitors|Sessions|Users",
        required=True,
    ),
    _f(
        "page_views",
        QT_TRANSLATE_NOOP("Field", "Page views"),
        "int",
        "浏览量|PV|Page views|Pageviews|Views",
    ),
)

_AD_SPEND = (
    _f("date", QT_TRANSLATE_NOOP("Field", "Date"), "date", _DAY + "|时间", required=True),
    _f(
        "channel",
        QT_TRANSLATE_NOOP("Field", "Channel"),
        "text",
        "渠道|推广渠道|平台|Channel|Platform|Source",
    ),
    _f(
        "spend",
        QT_TRANSLATE_NOOP("Field", "Spend"),
        "money",
        "花费|消耗|广告花费|推广花费|Spend|Cost|Amount spent|Ad spend",
        required=True,
    ),
    _f(
        "impressions",
        QT_TRANSLATE_NOOP("Field", "Impressions"),
        "int",
        "展现量|曝光量|展示量|展现|Impressions",
    ),
    _f("clicks", QT_TRANSLATE_NOOP("Field", "Clicks"), "int", "点击量|点击数|点击|Clicks"),
    _f(
        "orders",
        QT_TRANSLATE_NOOP("Field", "Orders"),
        "int",
        "成交笔数|订单数|订单量|成交订单数|Orders|Conversions|Purchases",
    ),
    _f(
        "revenue",
        QT_TRANSLATE_NOOP("Field", "Revenue"),
        "money",
        "成交金额|销售额|收入|交易额|Revenue|Sales|Conversion value|Purchase value",
    ),
)

_COMPETITOR_PRICES = (
    _f(
        "sku",
        QT_TRANSLATE_NOOP("Field", "SKU"),
        "identifier",
        "商家编码|货号|我的SKU|SKU|Our SKU|Item code",
        required=True,
    ),
    _f(
        "competitor",
        QT_TRANSLATE_NOOP("Field", "Competitor"),
        "text",
        "竞争对手|竞品店铺|竞品|对手|Competitor|Competitor name|Seller|Shop|Store",
        required=True,
    ),
    _f("url", QT_TRANSLATE_NOOP("Field", "Link"), "text", "链接|商品链接|网址|URL|Link"),
    _f(
        "price",
        QT_TRANSLATE_NOOP("Field", "Price"),
        "money",
        "竞品价格|价格|售价|Competitor price|Price",
        required=True,
    ),
    _f(
        "observed_at",
        QT_TRANSLATE_NOOP("Field", "Observed on"),
        "date",
        "采集时间|观察时间|日期|时间|Observed at|Checked at|Date|Time",
    ),
)

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

_PROMOTIONS = (
    _f(
        "name",
        QT_TRANSLATE_NOOP("Field", "Name"),
        "text",
        "活动名称|促销名称|名称|Name|Promotion|Promotion name|Campaign",
        required=True,
    ),
    _f(
        "kind",
        QT_TRANSLATE_NOOP("Field", "Kind"),
        "choice",
        "活动类型|优惠类型|类型|Kind|Type|Promotion type",
        required=True,
        choices=PROMOTION_KINDS,
    ),
    # Basis points for percent_off, money for the other kinds: the importer reads it by kind.
    _f(
        "value",
        QT_TRANSLATE_NOOP("Field", "Value"),
        "text",
        "优惠力度|优惠值|折扣|面额|Value|Discount|Amount",
    ),
    _f(
        "threshold",
        QT_TRANSLATE_NOOP("Field", "Threshold"),
        "money",
        "门槛|使用门槛|满减门槛|Threshold|Minimum spend|Min spend",
    ),
    _f(
        "starts_at",
        QT_TRANSLATE_NOOP("Field", "Starts at"),
        "datetime",
        "开始时间|开始日期|Starts at|Start|Start date|Starts",
        required=True,
    ),
    _f(
        "ends_at",
        QT_TRANSLATE_NOOP("Field", "Ends at"),
        "datetime",
        "结束时间|结束日期|Ends at|End|End date|Ends",
        required=True,
    ),
    _f("channel", QT_TRANSLATE_NOOP("Field", "Channel"), "text", "渠道|平台|Channel|Platform"),
    _f("budget", QT_TRANSLATE_NOOP("Field", "Budget"), "money", "预算|Budget"),
    _f("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "text", "备注|说明|Notes|Note|Comments"),
    # Promotions issue: see services/exchange/kinds/promotions.py for the text forms.
    _f(
        "status",
        QT_TRANSLATE_NOOP("Field", "Status"),
        "choice",
        "活动状态|状态|Status",
        choices=("draft", "cancelled", "scheduled", "running", "ended"),
    ),
    _f("tiers", QT_TRANSLATE_NOOP("Field", "Tiers"), "text", "优惠阶梯|阶梯|满减阶梯|Tiers"),
    _f(
        "targets",
        QT_TRANSLATE_NOOP("Field", "Targets"),
        "text",
        "适用范围|适用商品|活动商品|Targets|Applies to",
    ),
    _f(
        "combines_with",
        QT_TRANSLATE_NOOP("Field", "Combines with"),
        "text",
        "可叠加|叠加活动|Combines with|Stacks with",
    ),
    _f(
        "coupon_code",
        QT_TRANSLATE_NOOP("Field", "Coupon code"),
        "text",
        "优惠券码|券码|Coupon code|Code",
    ),
    _f(
        "quantity_limit",
        QT_TRANSLATE_NOOP("Field", "Quantity limit"),
        "int",
        "发放数量|限量|Quantity limit|Quantity issued",
    ),
    _f(
        "per_buyer_limit",
        QT_TRANSLATE_NOOP("Field", "Limit per buyer"),
        "int",
        "每人限领|每人限购|Limit per buyer|Per buyer",
    ),
    _f(
        "buy_quantity",
        QT_TRANSLATE_NOOP("Field", "Buy quantity"),
        "int",
        "购买件数|Buy quantity|Buy X",
    ),
    _f(
        "get_quantity",
        QT_TRANSLATE_NOOP("Field", "Free quantity"),
        "int",
        "赠送件数|Get quantity|Get Y",
    ),
    _f("cost", QT_TRANSLATE_NOOP("Field", "Cost"), "money", "活动成本|Campaign cost|Cost"),
    _f("festival_key", QT_TRANSLATE_NOOP("Field", "Festival"), "text", "节日|Festival"),
)

KINDS: dict[str, tuple[Field, ...]] = {
    "listings": _LISTINGS,
    "orders": _ORDERS,
    "customers": _CUSTOMERS,
    "tickets": _TICKETS,
    "traffic": _TRAFFIC,
    "ad-spend": _AD_SPEND,
    "competitor-prices": _COMPETITOR_PRICES,
    "promotions": _PROMOTIONS,
}


def fields(kind: str) -> tuple[Field, ...]:
    """The fields of ``kind``; ValueError for an unknown kind."""
    try:
        return KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown import kind {kind!r}") from None


def field(kind: str, field_id: str) -> Field:
    """One field of ``kind`` by id; KeyError if it has none."""
    for f in fields(kind):
        if f.id == field_id:
            return f
    raise KeyError(f"{kind} has no field {field_id!r}")
