"""Bulk edits on a selection of listings: plan (a before/after preview), then apply as
one undoable Change.

A plan is computed without writing; ``apply_plan`` writes exactly what the preview
showed. Price edits never touch compare-at prices, and variants that would fall
below cost are left out (and listed) unless the seller allows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services.changes import Change, recording
from shopkeeper.services.listings import STATUSES, ListingError, split_tags
from shopkeeper.services.pricing import Ending, change_by_amount, change_by_percent

PRODUCT_FIELDS = ("status", "category", "tags", "title")


@dataclass(frozen=True)
class PriceEdit:
    percent_bp: int | None = None  # -1000 = 10% lower
    amount: int | None = None  # minor units, may be negative
    set_to: int | None = None  # an exact price
    ending: Ending | None = None
    allow_below_cost: bool = False

    def apply(self, price: int) -> int:
        if self.set_to is not None:
            new = self.set_to
        elif self.percent_bp is not None:
            new = change_by_percent(price, self.percent_bp)
        elif self.amount is not None:
            new = change_by_amount(price, self.amount)
        else:
            new = price
        return self.ending.round_down(new) if self.ending else new


@dataclass(frozen=True)
class Line:
    """One cell of the preview: a variant's or product's field, before and after."""

    row_id: int  # variant id for price/stock, product id otherwise
    sku: str
    title: str
    field: str
    before: object
    after: object


@dataclass
class BulkPlan:
    text: str
    table: str  # "variants" or "products"
    lines: list[Line] = field(default_factory=list)
    skipped: list[Line] = field(default_factory=list)  # would fall below cost

    @property
    def changed(self) -> list[Line]:
        return [line for line in self.lines if line.before != line.after]


def _chunks(ids: list[int], size: int = 900):
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _variant_rows(db: Database, variant_ids: list[int], columns: str):
    for chunk in _chunks(sorted(set(variant_ids))):
        yield from db.execute(
            f"SELECT v.id, v.sku, p.title, {columns} FROM variants v"
            f" JOIN products p ON p.id = v.product_id"
            f" WHERE v.id IN ({', '.join('?' * len(chunk))}) ORDER BY v.id",
            chunk,
        )


def plan_price(db: Database, variant_ids: list[int], edit: PriceEdit) -> BulkPlan:
    plan = BulkPlan("Bulk price change", "variants")
    for vid, sku, title, price, cost in _variant_rows(db, variant_ids, "v.price, v.cost"):
        new = edit.apply(price)
        line = Line(vid, sku, title, "price", price, new)
        if cost is not None and new < cost and new != price and not edit.allow_below_cost:
            plan.skipped.append(line)
        else:
            plan.lines.append(line)
    return plan


def plan_stock(db: Database, variant_ids: list[int], stock: int) -> BulkPlan:
    if stock < 0:
        raise ListingError(QT_TRANSLATE_NOOP("UserError", "stock cannot be negative"))
    plan = BulkPlan("Bulk stock change", "variants")
    for vid, sku, title, before in _variant_rows(db, variant_ids, "v.stock"):
        plan.lines.append(Line(vid, sku, title, "stock", before, stock))
    return plan


def _product_rows(db: Database, product_ids: list[int], column: str):
    for chunk in _chunks(sorted(set(product_ids))):
        yield from db.execute(
            f"SELECT id, handle, title, {column} FROM products"
            f" WHERE id IN ({', '.join('?' * len(chunk))}) ORDER BY id",
            chunk,
        )


def plan_field(db: Database, product_ids: list[int], name: str, value: str) -> BulkPlan:
    """Set status or category on every selected listing."""
    if name not in ("status", "category"):
        raise ListingError(QT_TRANSLATE_NOOP("UserError", "cannot bulk-set {name}"), name=name)
    if name == "status" and value not in STATUSES:
        raise ListingError(QT_TRANSLATE_NOOP("UserError", "unknown status: {value}"), value=value)
    plan = BulkPlan(f"Bulk {name} change", "products")
    for pid, handle, title, before in _product_rows(db, product_ids, name):
        plan.lines.append(Line(pid, handle, title, name, before, value.strip()))
    return plan


def plan_tags(
    db: Database,
    product_ids: list[int],
    *,
    add: list[str] = (),
    remove: list[str] = (),
    set_to: list[str] | None = None,
) -> BulkPlan:
    """Add, remove or replace tags; tags keep their order and are not duplicated."""
    plan = BulkPlan("Bulk tag change", "products")
    gone = {t.casefold() for t in remove}
    for pid, handle, title, before in _product_rows(db, product_ids, "tags"):
        tags = list(set_to) if set_to is not None else split_tags(before)
        tags = [t for t in tags if t.casefold() not in gone]
        for tag in add:
            if tag.casefold() not in {t.casefold() for t in tags}:
                tags.append(tag)
        plan.lines.append(Line(pid, handle, title, "tags", before, ", ".join(tags)))
    return plan


def plan_replace_title(
    db: Database, product_ids: list[int], find: str, replace: str, *, match_case: bool = True
) -> BulkPlan:
    """Find and replace in titles."""
    if not find:
        raise ListingError(QT_TRANSLATE_NOOP("UserError", "nothing to find"))
    pattern = re.compile(re.escape(find), 0 if match_case else re.IGNORECASE)
    plan = BulkPlan("Find and replace in titles", "products")
    for pid, handle, title, before in _product_rows(db, product_ids, "title"):
        after = pattern.sub(lambda _m: replace, before)
        if not after.strip():
            raise ListingError(
                QT_TRANSLATE_NOOP("UserError", "the title of {handle} would be empty"),
                handle=handle,
            )
        plan.lines.append(Line(pid, handle, title, "title", before, after))
    return plan


def apply_plan(db: Database, plan: BulkPlan) -> Change:
    """Write the planned changes as one Change (one undo step); listings whose
    variants changed get a new ``updated_at`` so "changes since the last export" sees them."""
    edits = [(line.row_id, {line.field: line.after}) for line in plan.changed]
    now = datetime.now().isoformat(timespec="seconds")
    with recording(db, plan.text) as rec:
        if plan.table == "products":
            rec.update_many("products", [(pid, {**v, "updated_at": now}) for pid, v in edits])
        else:
            if any(line.field == "stock" for line in plan.changed):  # counts as of now
                edits = [(vid, {**v, "stock_as_of": now}) for vid, v in edits]
            rec.update_many("variants", edits)
            touched = set()
            for chunk in _chunks([vid for vid, _ in edits]):
                touched |= {
                    r[0]
                    for r in db.execute(
                        "SELECT DISTINCT product_id FROM variants"
                        f" WHERE id IN ({', '.join('?' * len(chunk))})",
                        chunk,
                    )
                }
            rec.update_many("products", [(pid, {"updated_at": now}) for pid in sorted(touched)])
    return rec.change
