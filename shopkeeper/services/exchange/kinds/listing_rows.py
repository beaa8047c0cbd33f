"""Shaping listing rows into products, variants and images before they meet the shop.

Platforms spread one product over several rows (Shopify: variants and extra
images share a Handle) or pack several variants into one row (Etsy: comma lists
in VARIATION n VALUES and SKU). Everything here is pure: rows in, shapes out.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

PRODUCT_FIELDS = (
    "title",
    "description",
    "category",
    "tags",
    "status",
    "seo_title",
    "seo_description",
    "subtitle",
    "keywords",
    "notes",
)
VARIANT_FIELDS = (
    "price",
    "compare_at_price",
    "cost",
    "stock",
    "barcode",
    "weight",
    "option1_name",
    "option1_value",
    "option2_name",
    "option2_value",
    "option3_name",
    "option3_value",
    "reorder_point",
)
OPTION_NAMES = ("option1_name", "option2_name", "option3_name")
# Stored beside the fields when the format keeps its other columns (Shopify): the vendor
# in its own column, the rest as JSON {header: text} per product and per variant.
PRODUCT_COLUMNS = (*PRODUCT_FIELDS, "vendor", "extra")
VARIANT_COLUMNS = (*VARIANT_FIELDS, "extra")
_VARIANT_LEVEL = re.compile(r"^(Variant |Price / |Compare At Price / )")
_IMAGE_COLUMN = re.compile(r"^IMAGE([2-9]|10)$")  # Etsy's further images
IMAGE_ALT, IMAGE_POSITION = "Image Alt Text", "Image Position"


def split_kept(kept: dict[str, str]) -> tuple[dict, dict, str, list[str]]:
    """A row's kept columns as (product-level, variant-level, image alt text, more images)."""
    product, variant, images = {}, {}, []
    for header, text in kept.items():
        if _IMAGE_COLUMN.match(header):
            images.append((int(header[5:]), text))
        elif header == IMAGE_ALT or header == IMAGE_POSITION:
            continue  # the image's own: alt text is stored with it, positions follow the file
        elif _VARIANT_LEVEL.match(header):
            variant[header] = text
        else:
            product[header] = text
    return product, variant, kept.get(IMAGE_ALT, ""), [src for _n, src in sorted(images)]


def as_json(kept: dict[str, str]) -> str:
    return json.dumps(kept, ensure_ascii=False, sort_keys=True) if kept else ""


def slug(text: str) -> str:
    """A handle from a title; keeps Chinese characters, drops punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[^\w]+", "-", text).strip("-_")[:80] or "item"


@dataclass
class VariantShape:
    row_index: int
    sku: str
    values: dict  # VARIANT_FIELDS present in the row
    generated_sku: bool = False


@dataclass
class ProductShape:
    handle: str
    values: dict = field(default_factory=dict)  # PRODUCT_FIELDS
    variants: list[VariantShape] = field(default_factory=list)
    images: list[tuple[int, str, str]] = field(default_factory=list)  # (row index, src, alt)
    rows: list[int] = field(default_factory=list)
    first_row: int = -1


def _is_default_option(values: dict) -> bool:
    # Shopify writes Option1 Name "Title" / Value "Default Title" for products without options.
    return values.get("option1_name") == "Title" and values.get("option1_value") == "Default Title"


def _generated_sku(handle: str, values: dict) -> str:
    parts = [handle] + [
        slug(str(values[k]))
        for k in ("option1_value", "option2_value", "option3_value")
        if values.get(k)
    ]
    return "-".join(parts)


def split_packed_variants(values: dict) -> list[dict]:
    """Etsy packs variations as comma lists; one dict per variation value."""
    options = [v.strip() for v in str(values.get("option1_value", "")).split(",") if v.strip()]
    if len(options) <= 1:
        return [values]
    skus = [s.strip() for s in str(values.get("sku", "")).split(",")]
    # QUANTITY is the listing's; shared out so the variations add up to it, not N times it.
    stock = values.get("stock")
    shaped = []
    for n, option in enumerate(options):
        one = {**values, "option1_value": option}
        one["sku"] = skus[n] if len(skus) == len(options) and skus[n] else ""
        if isinstance(stock, int):
            share, rest = divmod(stock, len(options))
            one["stock"] = share + (1 if n < rest else 0)
        shaped.append(one)
    return shaped


def variant_rows(values: dict, packed: bool) -> list[dict]:
    values = {k: v for k, v in values.items() if v not in ("", None)}
    if _is_default_option(values):
        values.pop("option1_name"), values.pop("option1_value")
    return split_packed_variants(values) if packed else [values]


def is_variant_row(values: dict) -> bool:
    return any(
        k in values
        for k in (
            "price",
            "sku",
            "option1_value",
            "option2_value",
            "option3_value",
            "stock",
            "barcode",
        )
    )
