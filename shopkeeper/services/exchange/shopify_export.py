"""Listings as Shopify's product CSV, with every column of Shopify's format.

Columns Shopkeeper does not edit (Published, Variant Inventory Policy, Requires
Shipping, Taxable, Weight Unit, the Google Shopping fields …) come back as the
seller's file had them: the import keeps them per product and per variant
(``products.extra``, ``variants.extra``). Product columns stand on a product's first
row only, as Shopify writes them; images past the variants get rows of their own,
with their position and alt text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from sqlite_utils import Database

from shopkeeper.services.money import plain_amount

from .listing_channels import ChannelValues

# Shopify's product CSV, in Shopify's order (the "Handle / Variant SKU" layout).
HEADERS = (
    "Handle", "Title", "Body (HTML)", "Vendor", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value",
    "Option3 Name", "Option3 Value", "Variant SKU", "Variant Grams",
    "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price",
    "Variant Requires Shipping", "Variant Taxable", "Variant Barcode", "Image Src",
    "Image Position", "Image Alt Text", "Gift Card", "SEO Title", "SEO Description",
    "Google Shopping / Google Product Category", "Google Shopping / Gender",
    "Google Shopping / Age Group", "Google Shopping / MPN",
    "Google Shopping / AdWords Grouping", "Google Shopping / AdWords Labels",
    "Google Shopping / Condition", "Google Shopping / Custom Product",
    "Google Shopping / Custom Label 0", "Google Shopping / Custom Label 1",
    "Google Shopping / Custom Label 2", "Google Shopping / Custom Label 3",
    "Google Shopping / Custom Label 4", "Variant Image", "Variant Weight Unit",
    "Variant Tax Code", "Cost per item", "Status",
)  # fmt: skip
_PRODUCT_SQL = """SELECT id, handle, title, description, vendor, category, tags, seo_title,
    seo_description, status, extra FROM products ORDER BY id"""
_VARIANT_SQL = """SELECT product_id, sku, option1_name, option1_value, option2_name,
    option2_value, option3_name, option3_value, weight_grams, stock, price, compare_at_price,
    barcode, cost, extra FROM variants ORDER BY product_id, id"""


def _extra(text: str) -> dict[str, str]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def headers(db: Database) -> list[str]:
    """Shopify's columns, then any other column a seller's file had (kept per row)."""
    found = list(HEADERS)
    known = set(found)
    for table in ("products", "variants"):
        for (text,) in db.execute(f"SELECT DISTINCT extra FROM {table} WHERE extra != ''"):
            for header in _extra(text):
                if header not in known:
                    known.add(header)
                    found.append(header)
    if any(
        "Type" in _extra(t)
        for (t,) in db.execute("SELECT extra FROM products WHERE extra LIKE '%\"Type\"%'")
    ):
        found.append("Product Category")  # the file had both; Type came back from extra
    return found


def rows(
    db: Database, exponent: int, columns: list[str], channel: ChannelValues | None = None
) -> Iterator[list]:
    """One list per CSV row, in ``columns`` order; titles and prices are ``channel``'s own
    where it has them (listing_channels), else the main ones."""
    money = lambda v: None if v is None else plain_amount(v, exponent)  # noqa: E731
    images: dict[int, list[tuple[str, str]]] = {}
    for product_id, src, alt in db.execute(
        "SELECT product_id, src, alt FROM product_images ORDER BY product_id, position, id"
    ):
        images.setdefault(product_id, []).append((src, alt))
    variants: dict[int, list[tuple]] = {}
    for row in db.execute(_VARIANT_SQL):
        variants.setdefault(row[0], []).append(row[1:])
    index = {name: n for n, name in enumerate(columns)}

    def line(values: dict[str, object]) -> list:
        out = [None] * len(columns)
        for name, value in values.items():
            if name in index and value not in (None, ""):
                out[index[name]] = value
        return out

    for pid, handle, title, body, vendor, category, tags, seo_t, seo_d, status, extra in db.execute(
        _PRODUCT_SQL
    ):
        kept = _extra(extra)
        if channel is not None:
            title = channel.title(handle, title)
        product = {
            "Title": title, "Body (HTML)": body, "Vendor": vendor, "Type": category,
            "Product Category": category, "Tags": tags, "SEO Title": seo_t,
            "SEO Description": seo_d, "Status": status, **kept,
        }  # fmt: skip
        pictures = images.get(pid, [])
        own = variants.get(pid, [])
        for n, v in enumerate(own):
            sku, o1n, o1v, o2n, o2v, o3n, o3v, grams, stock, price, compare, barcode, cost, vx = v
            if channel is not None:
                price = channel.price(sku, price)
            if len(own) == 1 and not (o1n or o1v):
                o1n, o1v = "Title", "Default Title"  # Shopify's single-variant product
            values = {
                "Handle": handle, "Option1 Name": o1n, "Option1 Value": o1v,
                "Option2 Name": o2n, "Option2 Value": o2v, "Option3 Name": o3n,
                "Option3 Value": o3v, "Variant SKU": sku, "Variant Grams": grams,
                "Variant Inventory Qty": stock, "Variant Price": money(price),
                "Variant Compare At Price": money(compare), "Variant Barcode": barcode,
                "Cost per item": money(cost), **_extra(vx),
            }  # fmt: skip
            if n == 0:
                values.update(product)
            if n < len(pictures):
                values.update(_image(pictures[n], n))
            yield line(values)
        for n in range(len(own), len(pictures)):
            values = {"Handle": handle, **_image(pictures[n], n)}
            if not own and n == 0:
                values.update(product)
            yield line(values)


def _image(picture: tuple[str, str], n: int) -> dict[str, object]:
    src, alt = picture
    return {"Image Src": src, "Image Position": n + 1, "Image Alt Text": alt}
