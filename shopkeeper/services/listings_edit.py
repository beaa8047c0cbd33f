"""Editing one listing: a product with its variants and images, saved as one Change.

The editor works on a ``ListingDraft``; ``validate`` (in ``listings_validation``,
re-exported here) names every problem with the field (and variant row) it belongs
to, and ``save_listing`` refuses to write
anything while there is one, so nothing is ever saved half-way.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services.changes import Change, Recorder, recording
from shopkeeper.services.listings_validation import (  # noqa: F401 - re-exported
    CANNOT_BE_NEGATIVE,
    FIELD_LABELS,
    IS_REQUIRED,
    FieldError,
    ListingInvalid,
    parse_count,
    parse_money,
    validate,
)

MAX_OPTIONS = 3
PRODUCT_FIELDS = (
    "handle",
    "title",
    "subtitle",
    "description",
    "category",
    "vendor",
    "tags",
    "status",
    "seo_title",
    "seo_description",
    "keywords",
    "notes",
)


@dataclass
class VariantDraft:
    id: int | None = None
    sku: str = ""
    values: tuple[str, str, str] = ("", "", "")  # option values, in option order
    price: int = 0
    compare_at_price: int | None = None
    cost: int | None = None
    stock: int = 0
    barcode: str = ""
    weight_grams: int | None = None
    reorder_point: int | None = None


@dataclass
class ImageDraft:
    src: str
    alt: str = ""


@dataclass
class ListingDraft:
    id: int | None = None
    handle: str = ""
    title: str = ""
    subtitle: str = ""
    description: str = ""
    category: str = ""
    vendor: str = ""  # shown as Brand
    tags: str = ""
    status: str = "draft"
    seo_title: str = ""
    seo_description: str = ""
    keywords: str = ""
    notes: str = ""
    option_names: tuple[str, str, str] = ("", "", "")
    variants: list[VariantDraft] = field(default_factory=list)
    images: list[ImageDraft] = field(default_factory=list)


def option_grid(names: tuple[str, ...], values: list[list[str]]) -> list[tuple[str, str, str]]:
    """Every combination of up to three options' values, in order (size × colour …)."""
    used = [
        (n, [v for v in vs if v.strip()]) for n, vs in zip(names, values, strict=False) if n.strip()
    ]
    if len(used) > MAX_OPTIONS:
        raise ValueError("a listing has at most three options")
    if not used:
        return [("", "", "")]
    combos = itertools.product(*(vs or [""] for _n, vs in used))
    return [tuple(list(c) + [""] * (MAX_OPTIONS - len(c))) for c in combos]


def slug(text: str) -> str:
    out = "".join(ch.lower() if ch.isascii() and ch.isalnum() else "-" for ch in text)
    return "-".join(p for p in out.split("-") if p)[:60] or "listing"


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _product_values(draft: ListingDraft) -> dict:
    values = {
        name: getattr(draft, name).strip() if name != "description" else getattr(draft, name)
        for name in PRODUCT_FIELDS
    }
    values["handle"] = values["handle"] or slug(draft.title)
    return values


def _variant_values(draft: ListingDraft, v: VariantDraft) -> dict:
    values = {
        "sku": v.sku.strip(),
        "price": v.price,
        "compare_at_price": v.compare_at_price,
        "cost": v.cost,
        "stock": v.stock,
        "barcode": v.barcode.strip(),
        "weight_grams": v.weight_grams,
        "reorder_point": v.reorder_point,
    }
    for n in range(MAX_OPTIONS):
        values[f"option{n + 1}_name"] = draft.option_names[n].strip() if v.values[n] else ""
        values[f"option{n + 1}_value"] = v.values[n].strip()
    return values


def _unique_handle(db: Database, handle: str, own_id: int | None) -> str:
    candidate, n = handle, 2
    while db.execute(
        "SELECT 1 FROM products WHERE handle = ? AND id IS NOT ?", [candidate, own_id]
    ).fetchone():
        candidate, n = f"{handle}-{n}", n + 1
    return candidate


def save_listing(
    db: Database,
    draft: ListingDraft,
    text: str = "Edit listing",
    *,
    channel_titles: dict[str, str] | None = None,
    channel_prices: dict[tuple[str, str], int | None] | None = None,
) -> Change:
    """Write the draft (new or existing) in one undoable Change; refuses a bad draft.

    ``channel_titles`` {channel: title} and ``channel_prices`` {(sku, channel): price}
    (empty / None clears one) are written in the same Change."""
    from shopkeeper.services import listings_channels

    errors = validate(db, draft)
    titles, prices = channel_titles or {}, channel_prices or {}
    try:
        listings_channels.check_overrides(titles, prices)
    except ValueError as exc:
        errors.append(FieldError.of("price", exc))
    skus = {v.sku.strip() for v in draft.variants}
    errors += [
        FieldError(
            "price",
            QT_TRANSLATE_NOOP(
                "UserError", "A channel price names SKU {sku}, which this listing lacks"
            ),
            values={"sku": sku},
        )
        for sku, _ch in prices
        if sku not in skus
    ]
    if errors:
        raise ListingInvalid(errors)
    values = _product_values(draft)
    now = _now()
    with recording(db, text) as rec:
        if draft.id is None:
            values["handle"] = _unique_handle(db, values["handle"], None)
            product_id = rec.insert("products", {**values, "created_at": now, "updated_at": now})
        else:
            product_id = draft.id
            if not draft.handle.strip():
                values["handle"] = _unique_handle(db, values["handle"], product_id)
            before = db.execute(
                "SELECT " + ", ".join(PRODUCT_FIELDS) + " FROM products WHERE id = ?", [product_id]
            ).fetchone()
            if before is None:
                raise KeyError(f"listing {product_id} not found")
            if dict(zip(PRODUCT_FIELDS, before, strict=True)) != values:
                rec.update("products", product_id, {**values, "updated_at": now})
        product_touched = len(rec.rows)
        _save_variants(db, rec, draft, product_id)
        _save_images(db, rec, draft, product_id)
        if titles or prices:
            ids = dict(
                db.execute(
                    "SELECT sku, id FROM variants WHERE product_id = ?", [product_id]
                ).fetchall()
            )
            listings_channels.write_overrides(
                db,
                rec,
                product_id,
                titles,
                {(ids[sku.strip()], ch): price for (sku, ch), price in prices.items()},
            )
        if draft.id is not None and not product_touched and rec.rows:
            # a variant, image or channel edit alone: "changes since the last export" sees it
            rec.update("products", product_id, {"updated_at": now})
    return rec.change


def _save_variants(db: Database, rec: Recorder, draft: ListingDraft, product_id: int) -> None:
    kept = {v.id for v in draft.variants if v.id is not None}
    gone = [
        r[0]
        for r in db.execute("SELECT id FROM variants WHERE product_id = ?", [product_id])
        if r[0] not in kept
    ]
    _delete_variant_children(db, rec, gone)
    rec.delete_many("variants", gone)
    # A SKU may move between rows of one listing: park the changing SKUs first (recorded,
    # so undo walks back through the same steps) so the UNIQUE index never sees a clash.
    edits = [(v.id, _variant_values(draft, v)) for v in draft.variants if v.id is not None]
    current = dict(
        db.execute("SELECT id, sku FROM variants WHERE product_id = ?", [product_id]).fetchall()
    )
    stocks = dict(
        db.execute("SELECT id, stock FROM variants WHERE product_id = ?", [product_id]).fetchall()
    )
    now = _now()
    for vid, values in edits:  # a count the seller typed is the count as of now
        if stocks.get(vid) != values["stock"]:
            values["stock_as_of"] = now
    parked = [
        (vid, {"sku": f"~moving-{vid}"})
        for vid, values in edits
        if current.get(vid) != values["sku"]
    ]
    rec.update_many("variants", parked)
    rec.update_many("variants", edits)
    for v in draft.variants:
        if v.id is None:
            values = _variant_values(draft, v)
            rec.insert("variants", {"product_id": product_id, **values, "stock_as_of": now})


def _delete_variant_children(db: Database, rec: Recorder, variant_ids: list[int]) -> None:
    """Delete through the recorder what ON DELETE CASCADE would remove unrecorded."""
    if not variant_ids:
        return
    marks = ", ".join("?" * len(variant_ids))
    for table in ("channel_prices", "promotion_targets"):
        rows = [
            r[0]
            for r in db.execute(
                f"SELECT id FROM {table} WHERE variant_id IN ({marks})", variant_ids
            )
        ]
        rec.delete_many(table, rows)
    for table in ("order_items", "tickets"):  # ON DELETE SET NULL, done where undo sees it
        rows = [
            r[0]
            for r in db.execute(
                f"SELECT id FROM {table} WHERE variant_id IN ({marks})", variant_ids
            )
        ]
        rec.update_many(table, [(rowid, {"variant_id": None}) for rowid in rows])


def _save_images(db: Database, rec: Recorder, draft: ListingDraft, product_id: int) -> None:
    existing = db.execute(
        "SELECT id, src, alt, position FROM product_images"
        " WHERE product_id = ? ORDER BY position, id",
        [product_id],
    ).fetchall()
    wanted = [(i, img.src.strip(), img.alt.strip()) for i, img in enumerate(draft.images)]
    if [(p, s, a) for _id, s, a, p in existing] == wanted:
        return
    reuse = [row[0] for row in existing]
    updates = []
    for (position, src, alt), image_id in zip(wanted, reuse, strict=False):
        updates.append((image_id, {"position": position, "src": src, "alt": alt}))
    rec.update_many("product_images", updates)
    rec.delete_many("product_images", reuse[len(wanted) :])
    for position, src, alt in wanted[len(reuse) :]:
        rec.insert(
            "product_images",
            {"product_id": product_id, "position": position, "src": src, "alt": alt},
        )


def load_draft(db: Database, product_id: int) -> ListingDraft:
    """The listing as the editor edits it."""
    row = db.execute(
        "SELECT id, " + ", ".join(PRODUCT_FIELDS) + " FROM products WHERE id = ?", [product_id]
    ).fetchone()
    if row is None:
        raise KeyError(f"listing {product_id} not found")
    draft = ListingDraft(row[0], **dict(zip(PRODUCT_FIELDS, row[1:], strict=True)))
    names = ["", "", ""]
    for r in db.execute(
        "SELECT id, sku, option1_name, option1_value, option2_name, option2_value, option3_name,"
        " option3_value, price, compare_at_price, cost, stock, barcode, weight_grams,"
        " reorder_point FROM variants WHERE product_id = ? ORDER BY id",
        [product_id],
    ):
        for n in range(MAX_OPTIONS):
            names[n] = names[n] or r[2 + 2 * n]
        draft.variants.append(VariantDraft(r[0], r[1], (r[3], r[5], r[7]), *r[8:]))
    draft.option_names = tuple(names)
    draft.images = [
        ImageDraft(src, alt)
        for src, alt in db.execute(
            "SELECT src, alt FROM product_images WHERE product_id = ? ORDER BY position, id",
            [product_id],
        )
    ]
    return draft


def duplicate_listing(db: Database, product_id: int) -> tuple[Change, int]:
    """A copy as a draft, with "-copy" SKUs and handle; returns the change and the new id."""
    draft = load_draft(db, product_id)
    taken = {r[0].casefold() for r in db.execute("SELECT sku FROM variants")}
    variants = []
    for v in draft.variants:
        sku, n = f"{v.sku}-COPY", 2
        while sku.casefold() in taken:
            sku, n = f"{v.sku}-COPY{n}", n + 1
        taken.add(sku.casefold())
        variants.append(replace(v, id=None, sku=sku))
    copy = replace(
        draft,
        id=None,
        handle=_unique_handle(db, f"{draft.handle}-copy", None),
        status="draft",
        variants=variants,
        images=[replace(i) for i in draft.images],
    )
    change = save_listing(db, copy, text="Duplicate listing")
    new_id = next(r.rowid for r in change.rows if r.table == "products" and r.before is None)
    return change, new_id


def delete_listings(db: Database, product_ids: list[int]) -> Change:
    """Delete listings with everything hanging off them, as one undoable Change."""
    ids = list(product_ids)
    if not ids:
        raise ValueError("no listings to delete")
    marks = ", ".join("?" * len(ids))
    with recording(db, "Delete listings") as rec:
        variant_ids = [
            r[0] for r in db.execute(f"SELECT id FROM variants WHERE product_id IN ({marks})", ids)
        ]
        _delete_variant_children(db, rec, variant_ids)
        for table in ("channel_titles", "product_images", "promotion_targets"):
            rec.delete_many(
                table,
                [
                    r[0]
                    for r in db.execute(
                        f"SELECT id FROM {table} WHERE product_id IN ({marks})", ids
                    )
                ],
            )
        rec.delete_many("variants", variant_ids)
        rec.delete_many("products", ids)
    return rec.change


VARIANT_EDITS = ("price", "compare_at_price", "cost", "stock", "reorder_point")


def set_variant_field(db: Database, variant_id: int, name: str, text: str, exponent: int) -> Change:
    """Set one variant field from what the seller typed in a table cell; one Change.

    Prices parse in the currency's decimals (too many is an error, not rounding);
    an empty compare-at, cost or reorder point clears it."""
    labels = FIELD_LABELS
    if name not in VARIANT_EDITS:
        raise ValueError(f"cannot edit {name} here")
    if name in ("stock", "reorder_point"):
        value = parse_count(text, label=labels[name], optional=name == "reorder_point")
    else:
        value = parse_money(text, exponent, label=labels[name], optional=name != "price")
    row = db.execute("SELECT product_id FROM variants WHERE id = ?", [variant_id]).fetchone()
    if row is None:
        raise KeyError(f"variant {variant_id} not found")
    values = {name: value}
    if name == "stock":  # the count the seller typed is the count as of now
        values["stock_as_of"] = _now()
    with recording(db, f"Set {labels[name].lower()}") as rec:
        rec.update("variants", variant_id, values)
        if rec.rows:
            rec.update("products", row[0], {"updated_at": _now()})
    return rec.change
