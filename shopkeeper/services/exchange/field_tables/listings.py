"""The fields of a listings import: a product, one of its variants (options, SKU,
price, stock) and an image per row.
"""

from __future__ import annotations

from shopkeeper.errors import QT_TRANSLATE_NOOP

from .common import CURRENCY, SKU, TITLE, Field, spec


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
        spec(
            f"option{n}_name",
            labels[0],
            "text",
            f"规格{n}名称|属性{n}名称|Option{n} Name|Option {n} name|VARIATION {n} NAME",
        ),
        spec(
            f"option{n}_value",
            labels[1],
            "text",
            f"规格{n}|属性{n}|规格{n}值|属性{n}值|Option{n} Value|Option {n} value"
            f"|VARIATION {n} VALUES|Variation {n} value",
        ),
    )


LISTINGS = (
    spec(
        "handle",
        QT_TRANSLATE_NOOP("Field", "Handle"),
        "text",
        "Handle|URL handle|Product handle|Slug|链接标识",
    ),
    spec("title", QT_TRANSLATE_NOOP("Field", "Title"), "text", TITLE + "|名称|Name", required=True),
    spec(
        "description",
        QT_TRANSLATE_NOOP("Field", "Description"),
        "text",
        "宝贝描述|商品描述|描述|商品详情|详情|Description|Body (HTML)|Body HTML|Body"
        "|Product description",
    ),
    spec(
        "category",
        QT_TRANSLATE_NOOP("Field", "Category"),
        "text",
        "宝贝类目|商品类目|类目|分类|商品分类|类别|Category|Product category|Type|Product type"
        "|cid|product_category_name",
    ),
    spec("tags", QT_TRANSLATE_NOOP("Field", "Tags"), "text", "标签|商品标签|关键词|Tags|Keywords"),
    spec(
        "status",
        QT_TRANSLATE_NOOP("Field", "Status"),
        "choice",
        "商品状态|状态|Status|Listing status|State",
        choices=("active", "draft", "archived"),
    ),
    spec("sku", QT_TRANSLATE_NOOP("Field", "SKU"), "identifier", SKU + "|outer_id"),
    spec(
        "barcode",
        QT_TRANSLATE_NOOP("Field", "Barcode"),
        "identifier",
        "条形码|条码|Barcode|Variant Barcode|EAN|UPC|GTIN|ISBN",
    ),
    spec(
        "price",
        QT_TRANSLATE_NOOP("Field", "Price"),
        "money",
        "价格|宝贝价格|销售价|售价|一口价|Price|Variant Price|Sale price|Retail price",
        required=True,
    ),
    spec(
        "compare_at_price",
        QT_TRANSLATE_NOOP("Field", "Compare-at price"),
        "money",
        "原价|划线价|市场价|吊牌价|Compare-at price|Variant Compare At Price|List price"
        "|Regular price|MSRP",
    ),
    spec(
        "cost",
        QT_TRANSLATE_NOOP("Field", "Cost"),
        "money",
        "成本|成本价|进价|采购价|Cost|Cost per item|Unit cost|Variant Cost",
    ),
    spec(
        "stock",
        QT_TRANSLATE_NOOP("Field", "Stock"),
        "int",
        "库存|库存数量|宝贝数量|可售库存|数量|Stock|Inventory|Inventory quantity"
        "|Variant Inventory Qty|Quantity|Qty|num|On hand|Available",
    ),
    spec(
        "weight",
        QT_TRANSLATE_NOOP("Field", "Weight (g)"),
        "grams",
        "重量|重量(克)|重量(g)|Weight|Weight (g)|Weight value (grams)|Variant Grams|Grams"
        "|product_weight_g|weight_grams",
    ),
    *_options(1),
    *_options(2),
    *_options(3),
    spec(
        "image",
        QT_TRANSLATE_NOOP("Field", "Image"),
        "text",
        "图片|主图|图片链接|图片地址|新图片|picture|Image|Image Src|Image URL|Product image URL"
        "|IMAGE1|Main image|Photo",
    ),
    spec(
        "seo_title",
        QT_TRANSLATE_NOOP("Field", "SEO title"),
        "text",
        "SEO标题|SEO Title|Page title|Meta title",
    ),
    spec(
        "seo_description",
        QT_TRANSLATE_NOOP("Field", "SEO description"),
        "text",
        "SEO描述|SEO Description|Meta description|宝贝卖点|卖点|subtitle",
    ),
    spec("currency", QT_TRANSLATE_NOOP("Field", "Currency"), "text", CURRENCY),
    # Issue 9 (listing editor). Labels avoid headers other fields own ("Subtitle" and
    # "Keywords" are synonyms of seo_description and tags), so exports read back as written.
    spec(
        "subtitle",
        QT_TRANSLATE_NOOP("Field", "Subtitle (selling points)"),
        "text",
        "副标题|Listing subtitle|Subtitle text",
    ),
    spec(
        "keywords",
        QT_TRANSLATE_NOOP("Field", "Search keywords"),
        "text",
        "搜索关键词|Search keywords|Search terms",
    ),
    spec(
        "notes",
        QT_TRANSLATE_NOOP("Field", "Notes"),
        "text",
        "备注|商品备注|Notes|Internal notes|Seller notes",
    ),
    spec(
        "reorder_point",
        QT_TRANSLATE_NOOP("Field", "Reorder point"),
        "int",
        "补货点|再订货点|Reorder point|Reorder level|Reorder at",
    ),
)
