"""Header -> field mapping: synonyms, real platform headers, presets."""

import csv
from pathlib import Path

import pytest

from shopkeeper.services.exchange.fields import KINDS, PROMOTION_KINDS, TYPES
from shopkeeper.services.exchange.mapping import (
    MappingPreset,
    apply_preset,
    auto_map,
    known_headers,
    make_preset,
    missing_required,
    normalize_header,
    preset_from_json,
    preset_to_json,
)
from shopkeeper.services.exchange.presets import delete_preset, list_presets, save_preset
from shopkeeper.store import open_db

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_data = pytest.mark.skipif(not DATA.exists(), reason="../shared/data is absent")

# Shopify's current product template (help.shopify.com product_template.csv), not in ../shared.
SHOPIFY_CURRENT = [
    "Title",
    "URL handle",
    "Description",
    "Vendor",
    "Product category",
    "Type",
    "Tags",
    "Published on online store",
    "Status",
    "SKU",
    "Barcode",
    "Option1 name",
    "Option1 value",
    "Option2 name",
    "Option2 value",
    "Option3 name",
    "Option3 value",
    "Price",
    "Compare-at price",
    "Cost per item",
    "Charge tax",
    "Inventory tracker",
    "Inventory quantity",
    "Continue selling when out of stock",
    "Weight value (grams)",
    "Weight unit for display",
    "Product image URL",
    "Image position",
    "Image alt text",
    "Variant image URL",
    "Gift card",
    "SEO title",
    "SEO description",
    "Price / International",
    "Compare-at price / International",
]
LISTING_FIELDS = {
    "handle",
    "title",
    "description",
    "category",
    "tags",
    "sku",
    "barcode",
    "price",
    "compare_at_price",
    "stock",
    "weight",
    "option1_name",
    "option1_value",
    "option2_name",
    "option2_value",
    "option3_name",
    "option3_value",
    "image",
    "seo_title",
    "seo_description",
}
UCI_FIELDS = {
    "order_no",
    "sku",
    "title",
    "quantity",
    "placed_at",
    "unit_price",
    "customer",
    "country",
}


def csv_headers(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh))


def mapped(kind: str, headers: list[str]) -> dict[str, str]:
    return {fid: headers[col] for fid, col in auto_map(kind, headers).items()}


def test_kinds_and_field_ids_are_the_contract():
    """The kinds and their field ids are exactly the published contract, in order."""
    assert list(KINDS) == [
        "listings",
        "orders",
        "customers",
        "tickets",
        "traffic",
        "ad-spend",
        "competitor-prices",
        "promotions",
    ]
    assert [f.id for f in KINDS["orders"]] == [
        "order_no",
        "placed_at",
        "customer",
        "email",
        "phone",
        "sku",
        "title",
        "quantity",
        "unit_price",
        "discount",
        "shipping",
        "status",
        "refund",
        "channel",
        "country",
        "currency",
        "tracking_no",
    ]
    assert [f.id for f in KINDS["promotions"]] == [
        "name",
        "kind",
        "value",
        "threshold",
        "starts_at",
        "ends_at",
        "channel",
        "budget",
        "notes",
        "status",
        "tiers",
        "targets",
        "combines_with",
        "coupon_code",
        "quantity_limit",
        "per_buyer_limit",
        "buy_quantity",
        "get_quantity",
        "cost",
        "festival_key",
    ]
    assert dict((f.id, f.choices) for f in KINDS["promotions"])["kind"] == PROMOTION_KINDS


@pytest.mark.parametrize("kind", list(KINDS))
def test_no_header_text_maps_to_two_fields(kind):
    """Within a kind a normalized synonym belongs to one field only."""
    owner: dict[str, str] = {}
    for f in KINDS[kind]:
        assert f.type in TYPES and f.synonyms and (f.type != "choice" or f.choices)
        for synonym in f.synonyms:
            key = normalize_header(synonym)
            assert owner.setdefault(key, f.id) == f.id, (key, owner[key], f.id)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufeffTitle", "title"),
        ("  Variant   SKU ", "variant sku"),
        ("customer_id", "customer id"),
        ("Compare-at price", "compare at price"),
        ("ＳＫＵ", "sku"),
        ("重量（克）", "重量(克)"),
        ("*宝贝名称", "宝贝名称"),
        ("Order\u3000No:", "order no"),
        (None, ""),
    ],
)
def test_normalize_header(raw, expected):
    """Headers fold case, width, BOM, separators and required-marks before matching."""
    assert normalize_header(raw) == expected


@pytest.mark.parametrize(
    ("kind", "headers", "expected"),
    [
        (
            "listings",
            ["宝贝名称", "宝贝价格", "宝贝数量", "商家编码"],
            {"title": "宝贝名称", "price": "宝贝价格", "stock": "宝贝数量", "sku": "商家编码"},
        ),
        (
            "orders",
            ["订单编号", "买家会员名", "下单时间", "宝贝标题", "购买数量", "单价"],
            {
                "order_no": "订单编号",
                "customer": "买家会员名",
                "placed_at": "下单时间",
                "title": "宝贝标题",
                "quantity": "购买数量",
                "unit_price": "单价",
            },
        ),
        (
            "orders",
            ["OrderID", "Qty", "unit_price"],
            {"order_no": "OrderID", "quantity": "Qty", "unit_price": "unit_price"},
        ),
        (
            "traffic",
            ["日期", "访客数", "浏览量"],
            {"date": "日期", "visitors": "访客数", "page_views": "浏览量"},
        ),
        (
            "promotions",
            ["活动名称", "活动类型", "开始时间", "结束时间"],
            {
                "name": "活动名称",
                "kind": "活动类型",
                "starts_at": "开始时间",
                "ends_at": "结束时间",
            },
        ),
    ],
)
def test_auto_map_chinese_and_loose_headers(kind, headers, expected):
    """Chinese headers, spacing variants and plain field ids map to their fields."""
    assert mapped(kind, headers) == expected


def test_each_column_used_once_and_earlier_synonym_wins():
    """Two candidate columns for one field: the better synonym wins and the other stays free."""
    headers = ["Type", "Product Category", "Title"]
    assert auto_map("listings", headers) == {"title": 2, "category": 1}


def test_shopify_current_template_maps_same_fields_as_older_layout():
    """Shopify's current header names (URL handle, Inventory quantity ...) map the same fields."""
    got = mapped("listings", SHOPIFY_CURRENT)
    assert LISTING_FIELDS | {"status", "cost"} <= set(got)
    assert got["handle"] == "URL handle" and got["stock"] == "Inventory quantity"
    assert got["category"] == "Product category" and got["image"] == "Product image URL"


@needs_data
@pytest.mark.parametrize(
    "name",
    [
        "product-csvs_apparel.csv",
        "product-csvs_jewelery.csv",
        "product-csvs_home-and-garden.csv",
        "product_template_legacy_2017.csv",
        "product_template_2023.csv",
    ],
)
def test_real_shopify_headers_map(name):
    """Shopify's sample product CSVs map handle, title, SKU, price, stock and the rest."""
    got = mapped("listings", csv_headers(DATA / "shopify" / name))
    assert LISTING_FIELDS <= set(got)
    assert got["sku"] == "Variant SKU" and got["stock"] == "Variant Inventory Qty"
    assert got["price"] == "Variant Price" and got["description"] == "Body (HTML)"


@needs_data
def test_real_shopify_2023_prefers_product_category_and_has_status():
    """The 2023 template's Product Category (not Type) becomes the category; Status maps."""
    got = mapped("listings", csv_headers(DATA / "shopify" / "product_template_2023.csv"))
    assert got["category"] == "Product Category" and got["status"] == "Status"
    assert got["cost"] == "Cost per item"


@needs_data
@pytest.mark.parametrize("path", sorted(DATA.glob("etsy/*.csv")) if DATA.exists() else [])
def test_real_etsy_headers_map(path):
    """Etsy's listing download maps TITLE, PRICE, QUANTITY (stock), TAGS, SKU and variations."""
    got = mapped("listings", csv_headers(path))
    assert got == {
        "title": "TITLE",
        "description": "DESCRIPTION",
        "tags": "TAGS",
        "sku": "SKU",
        "price": "PRICE",
        "stock": "QUANTITY",
        "image": "IMAGE1",
        "option1_name": "VARIATION 1 NAME",
        "option1_value": "VARIATION 1 VALUES",
        "option2_name": "VARIATION 2 NAME",
        "option2_value": "VARIATION 2 VALUES",
        "currency": "CURRENCY_CODE",
    }


@needs_data
def test_real_uci_xlsx_headers_map():
    """Both sheets of the UCI Online Retail II workbook map to the order-line fields."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(
        DATA / "online_retail" / "online_retail_II_first500_2sheets.xlsx"
    )
    for sheet in book.sheet_names:
        headers = [str(h) for h in book.get_sheet_by_name(sheet).to_python(nrows=1)[0]]
        got = mapped("orders", headers)
        assert set(got) == UCI_FIELDS
        assert got["order_no"] == "Invoice" and got["customer"] == "Customer ID"
        assert got["unit_price"] == "Price" and got["title"] == "Description"
        assert missing_required("orders", auto_map("orders", headers)) == []


@needs_data
def test_real_uci_csv_headers_map():
    """The older UCI Online Retail CSV (InvoiceNo, UnitPrice, CustomerID) maps the same fields."""
    path = DATA / "online_retail" / "online_retail_first1000_ddmmyy.csv"
    got = mapped("orders", csv_headers(path))
    assert set(got) == UCI_FIELDS and got["placed_at"] == "InvoiceDate"


@needs_data
@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        (
            "olist_orders_dataset.csv",
            "orders",
            {
                "order_no": "order_id",
                "customer": "customer_id",
                "status": "order_status",
                "placed_at": "order_purchase_timestamp",
            },
        ),
        (
            "olist_order_items_dataset.csv",
            "orders",
            {
                "order_no": "order_id",
                "sku": "product_id",
                "unit_price": "price",
                "shipping": "freight_value",
            },
        ),
        ("olist_customers_dataset.csv", "customers", {"customer": "customer_id"}),
        (
            "olist_order_reviews_dataset.csv",
            "tickets",
            {
                "ticket_no": "review_id",
                "order_no": "order_id",
                "rating": "review_score",
                "subject": "review_comment_title",
                "body": "review_comment_message",
                "created_at": "review_creation_date",
            },
        ),
        (
            "olist_products_dataset.csv",
            "listings",
            {
                "sku": "product_id",
                "category": "product_category_name",
                "weight": "product_weight_g",
            },
        ),
    ],
)
def test_real_olist_headers_map(name, kind, expected):
    """Olist's snake_case tables map where they carry our fields, and nothing else maps."""
    assert mapped(kind, csv_headers(DATA / "olist" / name)) == expected


def test_missing_required_reports_the_field():
    """A mapping without a required column names exactly the missing fields."""
    mapping = auto_map("orders", ["Order ID", "Date", "SKU", "Quantity"])
    assert [f.id for f in missing_required("orders", mapping)] == ["unit_price"]
    assert [f.id for f in missing_required("listings", {})] == ["title", "price"]


def test_known_headers_holds_raw_and_normalized_synonyms():
    """Header-row detection can compare raw or normalized text."""
    known = known_headers("listings")
    assert {"Variant SKU", "variant sku", "宝贝名称", "Title", "title"} <= known
    assert "Variant SKU" not in known_headers("traffic")


def test_preset_applies_by_header_text_after_columns_move():
    """A preset finds its columns by header text, wherever they moved to."""
    first = ["Artikel", "Bezeichnung", "Preis"]
    preset = make_preset("listings", "Mein Shop", {"sku": 0, "title": 1, "price": 2}, first)
    assert preset.mapping == {"sku": "Artikel", "title": "Bezeichnung", "price": "Preis"}
    moved = ["Preis", "Neu", " bezeichnung ", "Artikel"]
    assert apply_preset(preset, moved) == {"title": 2, "sku": 3, "price": 0}


def test_preset_ignores_absent_headers_and_unknown_fields():
    """Headers gone from the file and field ids the kind lacks are simply left out."""
    preset = MappingPreset("orders", "x", {"order_no": "Nr", "gone": "Nr", "email": "Mail"})
    assert apply_preset(preset, ["Nr", "Other"]) == {"order_no": 0}


def test_preset_json_round_trip():
    """A preset survives JSON, Chinese text included."""
    preset = MappingPreset("orders", "淘宝订单", {"order_no": "订单编号"})
    assert preset_from_json(preset_to_json(preset)) == preset


@pytest.mark.parametrize(
    "text",
    [
        "[]",
        '{"kind": "nope", "name": "x"}',
        '{"kind": "orders", "name": "x", "mapping": {"a": 1}}',
        "{",
    ],
)
def test_preset_from_json_rejects_bad_input(text):
    """Malformed preset JSON is a ValueError, never a half-built preset."""
    with pytest.raises(ValueError):
        preset_from_json(text)


def test_presets_store_round_trip(tmp_path):
    """Presets save, list by kind, replace by name and delete."""
    db = open_db(tmp_path / "shop.db")
    save_preset(db, MappingPreset("orders", "B shop", {"order_no": "Nr"}))
    save_preset(db, MappingPreset("orders", "a shop", {"order_no": "订单编号"}))
    save_preset(db, MappingPreset("listings", "other", {"title": "Name"}))
    save_preset(db, MappingPreset("orders", "B shop", {"order_no": "Number"}))
    got = list_presets(db, "orders")
    assert [(p.name, p.mapping) for p in got] == [
        ("a shop", {"order_no": "订单编号"}),
        ("B shop", {"order_no": "Number"}),
    ]
    assert delete_preset(db, "orders", "B shop") is True
    assert delete_preset(db, "orders", "B shop") is False
    assert [p.name for p in list_presets(db, "orders")] == ["a shop"]
    assert [p.name for p in list_presets(db, "listings")] == ["other"]


def test_unknown_kind_is_an_error():
    """Asking for a kind that does not exist fails loudly."""
    with pytest.raises(ValueError):
        auto_map("invoices", ["x"])
