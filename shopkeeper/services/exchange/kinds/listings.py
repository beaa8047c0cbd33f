"""Listings: products with their variants (by SKU) and images, matched by handle."""

from __future__ import annotations

import html
from datetime import datetime

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services.progress_steps import WRITING_LISTINGS

from ..cell_limits import keep_full_text
from ..cells import KEPT, ParsedRow
from ..errors import CellError
from ..listing_channels import FORMAT_CHANNEL, ChannelValues, channel_values
from . import KindPlan
from .listing_rows import (
    OPTION_NAMES,
    PRODUCT_COLUMNS,
    PRODUCT_FIELDS,
    VARIANT_COLUMNS,
    VARIANT_FIELDS,
    ProductShape,
    VariantShape,
    _generated_sku,
    as_json,
    is_variant_row,
    slug,
    split_kept,
    variant_rows,
)

GROUP_REQUIRED = {"title", "price"}
# plan() is told which fields the file maps: a column the file lacks is never blanked.
NEEDS_MAPPED_FIELDS = True
NO_TITLE = QT_TRANSLATE_NOOP("CellError", "the product {handle} has no title on any row")
NO_HANDLE = QT_TRANSLATE_NOOP("CellError", "no handle and no title: cannot tell which product")
NO_PRICE = QT_TRANSLATE_NOOP("CellError", "Price is empty")
DUPLICATE_SKU = QT_TRANSLATE_NOOP("CellError", "duplicate SKU {sku}: also in row {row}")
SKU_ELSEWHERE = QT_TRANSLATE_NOOP(
    "CellError", "SKU {sku} already belongs to another product ({handle})"
)
NEGATIVE = QT_TRANSLATE_NOOP("CellError", "negative price or cost")
SHARED_STOCK = QT_TRANSLATE_NOOP(
    "CellError",
    "the listing's quantity {stock} is shared among its {count} variations "
    "(Etsy gives one quantity per listing)",
)


def _group(rows: list[ParsedRow], result: KindPlan, packed: bool) -> dict[str, ProductShape]:
    products: dict[str, ProductShape] = {}
    taken: set[str] = set()  # handles generated from titles so far
    last_handle = last_title = None
    for row in rows:
        v = row.values
        if packed:  # Etsy writes text HTML-escaped ("Tom &amp; Jerry", "&#39;")
            v = row.values = {
                k: html.unescape(x) if isinstance(x, str) else x for k, x in v.items()
            }
        product_kept, variant_kept, alt, more_images = split_kept(v.get(KEPT) or {})
        handle = v.get("handle")
        if not handle and v.get("title"):
            if v["title"] == last_title and last_handle:
                handle = last_handle  # the next variant row of the same product (Taobao export)
            else:
                # Without a handle (Etsy, Taobao) two listings with the same title, or the
                # same title slug, that are not next to each other are separate products.
                handle = base = slug(v["title"])
                n = 2
                while handle in taken:
                    handle, n = f"{base}-{n}", n + 1
                taken.add(handle)
            last_title = v["title"]
        handle = handle or last_handle
        if not handle:
            result.rejects[row.index] = CellError(NO_HANDLE)
            continue
        last_handle = handle
        product = products.setdefault(handle, ProductShape(handle))
        product.rows.append(row.index)
        if not product.values.get("title") and v.get("title"):
            product.values = {k: v[k] for k in PRODUCT_FIELDS if k in v}
            product.first_row = row.index
            if "Type" in product_kept and product_kept["Type"] == v.get("category"):
                product_kept.pop("Type")  # "Type" beside "Product Category": already the category
            product.values["vendor"] = product_kept.pop("Vendor", "")
            product.values["extra"] = as_json(product_kept)
        if v.get("image"):
            product.images.append((row.index, v["image"], alt))
        product.images.extend((row.index, src, "") for src in more_images)
        if is_variant_row(v):
            shaped_rows = variant_rows(v, packed)
            if len(shaped_rows) > 1 and isinstance(v.get("stock"), int):
                result.notes.append(
                    (
                        row.index,
                        "stock",
                        CellError(SHARED_STOCK, stock=v["stock"], count=len(shaped_rows)),
                    )
                )
            for shaped in shaped_rows:
                shaped["extra"] = as_json(variant_kept)
                product.variants.append(VariantShape(row.index, shaped.get("sku", ""), shaped))
    return products


def _shape_variants(
    product: ProductShape, result: KindPlan, sku_rows: dict[str, int], numbers: dict[int, int]
) -> None:
    names = {}
    for variant in product.variants:
        values = variant.values
        for key in OPTION_NAMES:  # Shopify gives option names on the first row only
            if values.get(key):
                names[key] = values[key]
            elif key in names and values.get(key.replace("name", "value")):
                values[key] = names[key]
        if "price" not in values:
            result.rejects.setdefault(variant.row_index, CellError(NO_PRICE))
            continue
        if (
            min(values.get("price", 0), values.get("cost", 0), values.get("compare_at_price", 0))
            < 0
        ):
            result.rejects.setdefault(variant.row_index, CellError(NEGATIVE))
            continue
        if not variant.sku:
            variant.sku, variant.generated_sku = _generated_sku(product.handle, values), True
        if variant.sku in sku_rows:
            result.rejects.setdefault(
                variant.row_index,
                CellError(DUPLICATE_SKU, sku=variant.sku, row=numbers[sku_rows[variant.sku]]),
            )
            continue
        sku_rows[variant.sku] = variant.row_index


def plan(
    db: Database, rows: list[ParsedRow], fmt, options=None, mapped: frozenset[str] | None = None
) -> KindPlan:
    """``mapped``: the fields the file has a column for (None: all). Only those are
    compared and written, so a price list does not wipe descriptions or stock."""
    result = KindPlan()
    mapped = frozenset(PRODUCT_FIELDS + VARIANT_FIELDS) if mapped is None else mapped
    if KEPT in mapped:  # the file's other columns are compared and stored too
        mapped |= {"extra", "vendor"} if f"{KEPT}:Vendor" in mapped else {"extra"}
    numbers = {row.index: row.row_number for row in rows}
    products = _group(rows, result, packed=fmt.id == "etsy")
    if "handle" not in mapped:
        products = _adopt_handles(db, products)
    sku_rows: dict[str, int] = {}
    for product in products.values():
        if not product.values.get("title"):
            for index in product.rows:
                result.rejects.setdefault(index, CellError(NO_TITLE, handle=product.handle))
            continue
        _shape_variants(product, result, sku_rows, numbers)
    # A platform's file carries its channel's own title and price where the listing has
    # them (the export wrote those): they are compared with, and written back to, those.
    own = channel_values(db, fmt.id)
    existing = _existing(db, products, sku_rows, own)
    for product in products.values():
        _statuses(product, existing, result, mapped)
    writes = [p for p in products.values() if p.values.get("title")]
    result.apply = lambda db, progress: _write(db, writes, result, progress, mapped, fmt.id)
    return result


def _adopt_handles(db: Database, products: dict[str, ProductShape]) -> dict[str, ProductShape]:
    """Files without handles (Taobao, Etsy) name products by title; a product whose SKUs
    all belong to one product of the shop is that product, whatever its handle."""
    adopted: dict[str, ProductShape] = {}
    for handle, product in products.items():
        skus = [v.sku for v in product.variants if v.sku]
        owners = set()
        for start in range(0, len(skus), 500):
            chunk = skus[start : start + 500]
            owners |= {
                h
                for (h,) in db.execute(
                    f"SELECT DISTINCT p.handle FROM variants v JOIN products p "
                    f"ON p.id = v.product_id WHERE v.sku IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
            }
        if len(owners) == 1 and next(iter(owners)) not in adopted:
            handle = product.handle = next(iter(owners))
        n = 2
        while handle in adopted:  # a title's handle that an adopted product already has
            handle = product.handle = f"{product.handle.rsplit('~', 1)[0]}~{n}"
            n += 1
        adopted[handle] = product
    return adopted


def _existing(db: Database, products: dict[str, ProductShape], skus, own: ChannelValues) -> dict:
    found = {"products": {}, "variants": {}, "images": set()}
    columns = ", ".join(PRODUCT_COLUMNS)
    for handle in products:
        row = db.execute(
            f"SELECT id, {columns} FROM products WHERE handle = ?", [handle]
        ).fetchone()
        if row:
            found["products"][handle] = (row[0], dict(zip(PRODUCT_COLUMNS, row[1:], strict=True)))
            if handle in own.titles:
                found["products"][handle][1]["title"] = own.titles[handle]
            found["images"] |= {
                (handle, src)
                for (src,) in db.execute(
                    "SELECT src FROM product_images WHERE product_id = ?", [row[0]]
                )
            }
    vcols = (
        "price, compare_at_price, cost, stock, barcode, weight_grams, "
        + ", ".join(f"option{n}_{part}" for n in (1, 2, 3) for part in ("name", "value"))
        + ", reorder_point, v.extra"
    )
    for sku in skus:
        row = db.execute(
            f"SELECT p.handle, {vcols} FROM variants v JOIN products p "
            f"ON p.id = v.product_id WHERE v.sku = ?",
            [sku],
        ).fetchone()
        if row:
            found["variants"][sku] = (
                row[0],
                _variant_record(dict(zip(VARIANT_COLUMNS, row[1:], strict=True)), from_db=True),
            )
            if sku in own.prices:
                found["variants"][sku][1]["price"] = own.prices[sku]
    return found


def _variant_record(
    values: dict, *, from_db: bool = False, mapped: frozenset[str] = frozenset(VARIANT_COLUMNS)
) -> dict:
    record = {k: values.get(k) for k in VARIANT_COLUMNS if k in mapped}
    for k in record:
        if k.startswith("option") or k in ("barcode", "extra"):
            record[k] = record[k] or ""
    if not from_db and "stock" in record:
        record["stock"] = record["stock"] or 0
    return record


def _product_record(values: dict, mapped: frozenset[str] = frozenset(PRODUCT_COLUMNS)) -> dict:
    record = {k: values.get(k, "") for k in PRODUCT_COLUMNS if k in mapped}
    if "status" in record:
        record["status"] = record["status"] or "active"
    return record


def _differs(stored: dict, record: dict) -> bool:
    """True if the file's values differ from the shop's, on the fields the file has."""
    return any(stored.get(k) != v for k, v in record.items())


def _statuses(
    product: ProductShape, existing: dict, result: KindPlan, mapped: frozenset[str]
) -> None:
    known = existing["products"].get(product.handle)
    if known is not None:
        keep_full_text(product.values, known[1])  # an .xlsx export cut long descriptions
    for index in product.rows:
        result.statuses.setdefault(index, "unchanged")

    def mark(index: int, status: str) -> None:
        order = ("unchanged", "changed", "new")
        if order.index(status) > order.index(result.statuses[index]):
            result.statuses[index] = status

    # A SKU is one variant of one product: a new product may not take it either.
    for variant in product.variants:
        had = existing["variants"].get(variant.sku)
        if variant.row_index not in result.rejects and had and had[0] != product.handle:
            result.rejects[variant.row_index] = CellError(
                SKU_ELSEWHERE, sku=variant.sku, handle=had[0]
            )
    if known is None:
        for index in product.rows:
            mark(index, "new")
        return
    if _differs(known[1], _product_record(product.values, mapped)) and product.first_row >= 0:
        mark(product.first_row, "changed")
    for variant in product.variants:
        if variant.row_index in result.rejects:
            continue
        had = existing["variants"].get(variant.sku)
        if had is None:
            mark(variant.row_index, "new")
        elif _differs(had[1], _variant_record(variant.values, mapped=mapped)):
            mark(variant.row_index, "changed")
    for index, src, _alt in product.images:
        if (product.handle, src) not in existing["images"]:
            mark(
                index,
                "new" if not any(v.row_index == index for v in product.variants) else "changed",
            )


def _write(
    db: Database,
    products: list[ProductShape],
    result: KindPlan,
    progress,
    mapped: frozenset[str],
    format_id: str = "",
) -> None:
    now = datetime.now().isoformat(timespec="seconds")
    own = channel_values(db, format_id)
    channel = FORMAT_CHANNEL.get(format_id)
    for done, product in enumerate(products):
        if progress and done % 500 == 0:
            progress(done, len(products), WRITING_LISTINGS)
        if all(
            result.statuses.get(i) in (None, "unchanged") or i in result.rejects
            for i in product.rows
        ):
            continue
        record = _product_record(product.values, mapped)
        channel_title = record.pop("title") if product.handle in own.titles else None
        row = db.execute("SELECT id FROM products WHERE handle = ?", [product.handle]).fetchone()
        if row:
            product_id = row[0]
            sets = "".join(f"{k} = ?, " for k in record)
            db.execute(
                f"UPDATE products SET {sets}updated_at = ? WHERE id = ?",
                [*record.values(), now, product_id],
            )
        else:
            product_id = db.execute(
                f"INSERT INTO products(handle, {', '.join(record)}, created_at, updated_at) "
                f"VALUES (?, {', '.join('?' * len(record))}, ?, ?)",
                [product.handle, *record.values(), now, now],
            ).lastrowid
        if channel_title is not None:
            db.execute(
                "UPDATE channel_titles SET title = ? WHERE product_id = ? AND channel = ?",
                [channel_title, product_id, channel],
            )
        for variant in product.variants:
            if variant.row_index in result.rejects:
                continue
            v = _variant_record(variant.values, mapped=mapped)
            if "weight" in v:
                v["weight_grams"] = v.pop("weight")
            channel_price = v.get("price") if variant.sku in own.prices else None
            if "stock" in v:  # the count the file gives is the count as of now
                v["stock_as_of"] = now
            cols = ", ".join(v)
            updated = [k for k in v if not (k == "price" and channel_price is not None)]
            db.execute(
                f"INSERT INTO variants(product_id, sku, {cols}) VALUES (?, ?, "
                f"{', '.join('?' * len(v))}) ON CONFLICT(sku) DO UPDATE SET "
                + ", ".join(["product_id = product_id"] + [f"{k} = excluded.{k}" for k in updated]),
                [product_id, variant.sku, *v.values()],
            )
            if channel_price is not None:
                db.execute(
                    "UPDATE channel_prices SET price = ? WHERE channel = ?"
                    " AND variant_id = (SELECT id FROM variants WHERE sku = ?)",
                    [channel_price, channel, variant.sku],
                )
        position = db.execute(
            "SELECT coalesce(max(position), 0) FROM product_images WHERE product_id = ?",
            [product_id],
        ).fetchone()[0]
        for index, src, alt in product.images:
            if index in result.rejects:
                continue
            if not db.execute(
                "SELECT 1 FROM product_images WHERE product_id = ? AND src = ?", [product_id, src]
            ).fetchone():
                position += 1
                db.execute(
                    "INSERT INTO product_images(product_id, position, src, alt) VALUES (?,?,?,?)",
                    [product_id, position, src, alt],
                )
