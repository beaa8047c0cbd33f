"""Recognising platform files by their headers."""

import csv
from pathlib import Path

import pytest

from shopkeeper.services.exchange.formats import FORMATS, TAOBAO, detect_format, get_format

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_data = pytest.mark.skipif(not DATA.exists(), reason="../shared/data is absent")

SHOPIFY_CURRENT = [
    "Title",
    "URL handle",
    "Description",
    "Vendor",
    "Product category",
    "Type",
    "Tags",
    "Status",
    "SKU",
    "Barcode",
    "Option1 name",
    "Option1 value",
    "Price",
    "Compare-at price",
    "Cost per item",
    "Inventory quantity",
    "Weight value (grams)",
    "Product image URL",
    "SEO title",
    "SEO description",
]
SHOPIFY_LEGACY = [
    "Handle",
    "Title",
    "Body (HTML)",
    "Vendor",
    "Type",
    "Tags",
    "Published",
    "Option1 Name",
    "Option1 Value",
    "Variant SKU",
    "Variant Grams",
    "Variant Inventory Qty",
    "Variant Price",
    "Variant Compare At Price",
    "Variant Barcode",
    "Image Src",
    "SEO Title",
    "SEO Description",
    "Cost per item",
    "Status",
]
ETSY = [
    "TITLE",
    "DESCRIPTION",
    "PRICE",
    "CURRENCY_CODE",
    "QUANTITY",
    "TAGS",
    "MATERIALS",
    "IMAGE1",
    "IMAGE2",
    "VARIATION 1 TYPE",
    "VARIATION 1 NAME",
    "VARIATION 1 VALUES",
    "SKU",
]
SHOPIFY_ORDERS = [
    "Name",
    "Email",
    "Financial Status",
    "Paid at",
    "Fulfillment Status",
    "Currency",
    "Subtotal",
    "Shipping",
    "Taxes",
    "Total",
    "Discount Amount",
    "Created at",
    "Lineitem quantity",
    "Lineitem name",
    "Lineitem price",
    "Lineitem sku",
    "Billing Name",
    "Billing Phone",
    "Shipping Country",
    "Refunded Amount",
    "Source",
]


def csv_headers(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh))


@pytest.mark.parametrize(
    ("kind", "headers", "expected"),
    [
        ("listings", SHOPIFY_CURRENT, "shopify"),
        ("listings", SHOPIFY_LEGACY, "shopify"),
        ("listings", ETSY, "etsy"),
        ("listings", list(TAOBAO.header_rows[1]), "taobao"),
        ("listings", list(TAOBAO.header_rows[2]), "taobao"),
        ("orders", SHOPIFY_ORDERS, "shopify-orders"),
        ("listings", ["Title", "Price", "SKU", "Stock"], "generic"),
        ("listings", ["宝贝价格", "商品名称"], "generic"),
        ("listings", [], "generic"),
        ("orders", ETSY, "generic"),
        ("customers", SHOPIFY_LEGACY, "generic"),
    ],
)
def test_detect_format(kind, headers, expected):
    """Each platform's own headers pick its format; anything else is generic."""
    fmt = detect_format(kind, headers)
    assert (fmt.id, fmt.kind) == (expected, kind)


@needs_data
@pytest.mark.parametrize(("folder", "expected"), [("shopify", "shopify"), ("etsy", "etsy")])
def test_detect_format_on_real_files(folder, expected):
    """Every real Shopify and Etsy sample file is recognised."""
    paths = sorted((DATA / folder).glob("*.csv"))
    assert paths
    for path in paths:
        assert detect_format("listings", csv_headers(path)).id == expected, path.name


@needs_data
@pytest.mark.parametrize(
    "name", ["olist/olist_orders_dataset.csv", "online_retail/online_retail_first1000_ddmmyy.csv"]
)
def test_other_real_files_are_generic(name):
    """Files of no known platform fall back to generic auto-mapping."""
    assert detect_format("orders", csv_headers(DATA / name)).id == "generic"


def test_shopify_maps_both_header_styles_to_the_same_fields():
    """The older and current Shopify layouts give the same canonical fields."""
    shopify = get_format("shopify", "listings")
    legacy = set(shopify.map_headers(SHOPIFY_LEGACY))
    current = set(shopify.map_headers(SHOPIFY_CURRENT))
    assert {"handle", "title", "sku", "price", "stock", "weight", "image", "cost"} <= legacy
    assert legacy - {"description"} <= current and "description" in current


def test_taobao_maps_english_and_chinese_header_rows_alike():
    """Taobao Assistant's id row and Chinese row map to the same fields; skuProps stays free."""
    english = TAOBAO.map_headers(list(TAOBAO.header_rows[1]))
    chinese = TAOBAO.map_headers(list(TAOBAO.header_rows[2]))
    assert english == chinese
    assert english["title"] == 0 and english["stock"] == 3 and english["sku"] == 5
    assert 7 not in english.values()  # skuProps


def test_shopify_orders_map():
    """Shopify's orders export maps Name to the order number and line-item columns to lines."""
    got = get_format("shopify-orders", "orders").map_headers(SHOPIFY_ORDERS)
    assert got["order_no"] == 0 and got["placed_at"] == SHOPIFY_ORDERS.index("Created at")
    assert got["unit_price"] == SHOPIFY_ORDERS.index("Lineitem price")
    assert got["status"] == SHOPIFY_ORDERS.index("Financial Status")


def test_generic_exists_for_every_kind():
    """detect_format can always fall back: every kind has a generic format."""
    kinds = {f.kind for f in FORMATS if f.id == "generic"}
    assert kinds == {
        "listings",
        "orders",
        "customers",
        "tickets",
        "traffic",
        "ad-spend",
        "competitor-prices",
        "promotions",
    }
