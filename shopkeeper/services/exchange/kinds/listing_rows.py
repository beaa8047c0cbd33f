"""Shaping listing rows into products, variants and images before they meet the shop.

Platforms spread one product over several rows (Shopify: variants and extra
images share a Handle) or pack several variants into one row (Etsy: comma lists
in VARIATION n VALUES and SKU). Everything here is pure: rows in, shapes out.
"""

from __future__ import annotations

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
)
OPTION_NAMES = ("option1_name", "option2_name", "option3_name")


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
    images: list[tuple[int, str]] = field(default_factory=list)  # (row index, src)
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
    shaped = []
    for n, option in enumerate(options):
        one = {**values, "option1_value": option}
        one["sku"] = skus[n] if len(skus) == len(options) and skus[n] else ""
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
