"""Built-in file formats of the platforms the app knows by name.

A format maps the platform's exact header texts to canonical fields, so its
files import without the user touching the mapping. Anything else is "generic",
mapped by ``auto_map``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services.exchange.fields import KINDS, fields
from shopkeeper.services.exchange.mapping import auto_map, normalize_header


@dataclass(frozen=True)
class Format:
    id: str
    kind: str
    label: str  # English; the UI translates it in context "Format"
    header_map: dict[str, str]  # platform header text -> field id; earlier wins per field
    markers: frozenset[str] = frozenset()  # headers only this platform writes
    header_rows: tuple[tuple[str, ...], ...] = ()  # all header lines, when there are several
    extra: dict[str, str] = field(default_factory=dict)  # documented, deliberately unmapped
    # Unmapped columns are kept with the rows (listings: per product and variant), so an
    # export in this format gives back every column of the platform's file.
    keeps_columns: bool = False

    def map_headers(self, headers: list[str]) -> dict[str, int]:
        """Field id -> column: the platform's own headers first, then ``auto_map`` for the rest."""
        found: dict[str, int] = {}
        normalized = [normalize_header(h) for h in headers]
        for exact in (True, False):
            for text, fid in self.header_map.items():
                if fid in found:
                    continue
                want = text if exact else normalize_header(text)
                cols = headers if exact else normalized
                for col, have in enumerate(cols):
                    if have == want and col not in found.values():
                        found[fid] = col
                        break
        used = set(found.values())
        rest = [None if col in used else h for col, h in enumerate(headers)]
        for fid, col in auto_map(self.kind, rest).items():
            found.setdefault(fid, col)
        return {f.id: found[f.id] for f in fields(self.kind) if f.id in found}


def _options(name: str, value: str) -> dict[str, str]:
    return {name.format(n=n): f"option{n}_name" for n in (1, 2, 3)} | {
        value.format(n=n): f"option{n}_value" for n in (1, 2, 3)
    }


# Shopify's product CSV: the older layout (Handle, Variant SKU ...) and the current
# template (URL handle, SKU ...). Product category wins over Type for "category".
SHOPIFY = Format(
    "shopify",
    "listings",
    QT_TRANSLATE_NOOP("Format", "Shopify product CSV"),
    {
        "Handle": "handle",
        "URL handle": "handle",
        "Title": "title",
        "Body (HTML)": "description",
        "Description": "description",
        "Product Category": "category",
        "Product category": "category",
        "Type": "category",
        "Tags": "tags",
        "Status": "status",
        "Variant SKU": "sku",
        "SKU": "sku",
        "Variant Barcode": "barcode",
        "Barcode": "barcode",
        **_options("Option{n} Name", "Option{n} Value"),
        **_options("Option{n} name", "Option{n} value"),
        "Variant Price": "price",
        "Price": "price",
        "Variant Compare At Price": "compare_at_price",
        "Compare-at price": "compare_at_price",
        "Cost per item": "cost",
        "Variant Inventory Qty": "stock",
        "Inventory quantity": "stock",
        "Variant Grams": "weight",
        "Weight value (grams)": "weight",
        "Image Src": "image",
        "Product image URL": "image",
        "SEO Title": "seo_title",
        "SEO title": "seo_title",
        "SEO Description": "seo_description",
        "SEO description": "seo_description",
    },
    frozenset(
        {
            "Handle",
            "URL handle",
            "Body (HTML)",
            "Variant SKU",
            "Variant Price",
            "Variant Inventory Qty",
            "Variant Compare At Price",
            "Compare-at price",
            "Inventory quantity",
            "Weight value (grams)",
            "Product image URL",
            "Variant Grams",
        }
    ),
    keeps_columns=True,
)

SHOPIFY_ORDERS = Format(
    "shopify-orders",
    "orders",
    QT_TRANSLATE_NOOP("Format", "Shopify orders export"),
    {
        "Name": "order_no",
        "Created at": "placed_at",
        "Billing Name": "customer",
        "Email": "email",
        "Billing Phone": "phone",
        "Phone": "phone",
        "Lineitem sku": "sku",
        "Lineitem name": "title",
        "Lineitem quantity": "quantity",
        "Lineitem price": "unit_price",
        "Discount Amount": "discount",
        "Shipping": "shipping",
        "Financial Status": "status",
        "Refunded Amount": "refund",
        "Source": "channel",
        "Shipping Country": "country",
        "Billing Country": "country",
        "Currency": "currency",
    },
    frozenset(
        {
            "Lineitem quantity",
            "Lineitem name",
            "Lineitem price",
            "Financial Status",
            "Fulfillment Status",
            "Lineitem sku",
        }
    ),
)

# Etsy "Download data" listings CSV. QUANTITY is stock; SKU and VARIATION n VALUES
# hold comma lists (one entry per variation), which the listings importer splits.
ETSY = Format(
    "etsy",
    "listings",
    QT_TRANSLATE_NOOP("Format", "Etsy listings CSV"),
    {
        "TITLE": "title",
        "DESCRIPTION": "description",
        "PRICE": "price",
        "QUANTITY": "stock",
        "TAGS": "tags",
        "SKU": "sku",
        "IMAGE1": "image",
        "CURRENCY_CODE": "currency",
        "VARIATION 1 NAME": "option1_name",
        "VARIATION 1 VALUES": "option1_value",
        "VARIATION 2 NAME": "option2_name",
        "VARIATION 2 VALUES": "option2_value",
    },
    frozenset(
        {"CURRENCY_CODE", "MATERIALS", "IMAGE1", "IMAGE2", "VARIATION 1 TYPE", "VARIATION 1 VALUES"}
    ),
    keeps_columns=True,  # IMAGE2 … IMAGE10 become the listing's further images
)

# 淘宝助理 (Taobao Assistant) CSV, GBK/GB18030: line 1 "version 1.00", line 2 the
# English field ids, line 3 the Chinese names. Either line may be read as the header.
_TAOBAO_COLUMNS = (
    ("title", "宝贝名称", "title"),
    ("cid", "宝贝类目", "category"),
    ("price", "宝贝价格", "price"),
    ("num", "宝贝数量", "stock"),
    ("description", "宝贝描述", "description"),
    ("outer_id", "商家编码", "sku"),
    ("picture", "新图片", "image"),
    ("skuProps", "销售属性组合", ""),
    ("barcode", "条形码", "barcode"),
    ("subtitle", "宝贝卖点", "seo_description"),
)
TAOBAO = Format(
    "taobao",
    "listings",
    QT_TRANSLATE_NOOP("Format", "Taobao Assistant CSV (淘宝助理)"),
    {text: fid for en, zh, fid in _TAOBAO_COLUMNS if fid for text in (en, zh)},
    frozenset(
        {
            "version 1.00",
            "cid",
            "num",
            "outer_id",
            "skuProps",
            "宝贝名称",
            "宝贝类目",
            "宝贝数量",
            "销售属性组合",
            "新图片",
        }
    ),
    header_rows=(
        ("version 1.00",),
        tuple(en for en, _, _ in _TAOBAO_COLUMNS),
        tuple(zh for _, zh, _ in _TAOBAO_COLUMNS),
    ),
    # skuProps packs "price:quantity:outer_id:property ids;..." per variant; it is not
    # an option value, so it is left for the user (or a Taobao-aware importer) to map.
    extra={"skuProps": "variants", "销售属性组合": "variants"},
)

_GENERIC_LABEL = QT_TRANSLATE_NOOP("Format", "Other spreadsheet")
GENERIC = {kind: Format("generic", kind, _GENERIC_LABEL, {}) for kind in KINDS}

FORMATS: tuple[Format, ...] = (SHOPIFY, SHOPIFY_ORDERS, ETSY, TAOBAO, *GENERIC.values())


def get_format(format_id: str, kind: str) -> Format:
    """The format ``format_id`` of ``kind``; KeyError if there is none."""
    for fmt in FORMATS:
        if fmt.id == format_id and fmt.kind == kind:
            return fmt
    raise KeyError(f"no format {format_id!r} for {kind!r}")


def detect_format(kind: str, headers: list[str]) -> Format:
    """The platform format whose headers these are, else the generic one.

    A platform needs at least one of its marker headers and two of its headers
    in all; the one with the most wins. Matching ignores case and spacing.
    """
    fields(kind)
    present = {normalize_header(h) for h in headers} - {""}
    best, best_score = GENERIC[kind], 1
    for fmt in FORMATS:
        if fmt.kind != kind or fmt.id == "generic":
            continue
        markers = {normalize_header(m) for m in fmt.markers}
        known = markers | {normalize_header(h) for h in (*fmt.header_map, *fmt.extra)}
        score = len(present & known)
        if present & markers and score > best_score:
            best, best_score = fmt, score
    return best
