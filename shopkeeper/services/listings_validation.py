"""Checking a listing draft before it is saved: ``validate`` names every problem with
the field (and variant row) it belongs to, as ``FieldError``s; ``ListingInvalid``
carries them. Also the parsers for money and count cells as the seller types them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services.listings import STATUSES
from shopkeeper.services.pricing import PriceError, parse_amount

if TYPE_CHECKING:
    from shopkeeper.services.listings_edit import ListingDraft

# Field names as messages say them; marked so the UI shows them translated.
FIELD_LABELS = {
    "price": QT_TRANSLATE_NOOP("UserError", "Price"),
    "compare_at_price": QT_TRANSLATE_NOOP("UserError", "Compare-at price"),
    "cost": QT_TRANSLATE_NOOP("UserError", "Cost"),
    "stock": QT_TRANSLATE_NOOP("UserError", "Stock"),
    "weight": QT_TRANSLATE_NOOP("UserError", "Weight"),
    "reorder_point": QT_TRANSLATE_NOOP("UserError", "Reorder point"),
}
IS_REQUIRED = QT_TRANSLATE_NOOP("UserError", "{label} is required")
CANNOT_BE_NEGATIVE = QT_TRANSLATE_NOOP("UserError", "{label} cannot be negative")


@dataclass(frozen=True)
class FieldError:
    """One problem, on a field (and variant row). Like ``UserError`` it is a marked
    English template plus values: the UI translates it, ``message`` is the English."""

    field: str  # a listings field id: "title", "sku", "price", …
    template: str
    row: int | None = None  # the variant row, for variant fields
    values: dict = field(default_factory=dict, compare=False)

    @property
    def message(self) -> str:
        return self.template.format(**self.values)

    def localized_values(self, translate) -> dict:
        """The fill-ins in the UI language (field labels are marked texts themselves)."""
        return {
            k: translate("UserError", v) if isinstance(v, str) else v
            for k, v in self.values.items()
        }

    @classmethod
    def of(cls, name: str, exc: Exception, row: int | None = None) -> FieldError:
        """The problem an exception names; a translatable one keeps its template."""
        template = getattr(exc, "template", None)
        if template is None:
            return cls(name, str(exc).replace("{", "{{").replace("}", "}}"), row)
        return cls(name, template, row, dict(getattr(exc, "values", {})))


class ListingInvalid(ValueError):
    """The draft has problems; ``errors`` lists each with its field."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


def parse_money(text: str, exponent: int, *, label: str, optional: bool = False) -> int | None:
    """A money cell as typed → minor units; clear errors for bad, negative or too precise."""
    text = text.strip()
    if not text:
        if optional:
            return None
        raise PriceError(IS_REQUIRED, label=label)
    value = parse_amount(text, exponent)
    if value < 0:
        raise PriceError(CANNOT_BE_NEGATIVE, label=label)
    return value


def parse_count(text: str, *, label: str, optional: bool = False) -> int | None:
    text = text.strip()
    if not text:
        if optional:
            return None
        return 0
    try:
        value = int(text)
    except ValueError:
        raise PriceError(
            QT_TRANSLATE_NOOP("UserError", "{label} must be a whole number, not '{text}'"),
            label=label,
            text=text,
        ) from None
    if value < 0:
        raise PriceError(CANNOT_BE_NEGATIVE, label=label)
    return value


def validate(db: Database, draft: ListingDraft) -> list[FieldError]:
    """Every problem that would stop the draft from being saved."""
    errors: list[FieldError] = []
    if not draft.title.strip():
        errors.append(
            FieldError("title", QT_TRANSLATE_NOOP("UserError", "A listing needs a title"))
        )
    if draft.status not in STATUSES:
        errors.append(
            FieldError(
                "status",
                QT_TRANSLATE_NOOP("UserError", "Unknown status: {status}"),
                values={"status": draft.status},
            )
        )
    if draft.handle.strip():
        taken = db.execute(
            "SELECT id FROM products WHERE handle = ? AND id IS NOT ?",
            [draft.handle.strip(), draft.id],
        ).fetchone()
        if taken:
            errors.append(
                FieldError(
                    "handle",
                    QT_TRANSLATE_NOOP(
                        "UserError", "Another listing already uses the handle {handle}"
                    ),
                    values={"handle": draft.handle.strip()},
                )
            )
    if not draft.variants:
        errors.append(
            FieldError(
                "sku", QT_TRANSLATE_NOOP("UserError", "A listing needs at least one variant")
            )
        )
    seen: dict[str, int] = {}
    for row, v in enumerate(draft.variants):
        sku = v.sku.strip()
        if not sku:
            errors.append(
                FieldError("sku", QT_TRANSLATE_NOOP("UserError", "Every variant needs a SKU"), row)
            )
        elif sku.casefold() in seen:
            errors.append(
                FieldError(
                    "sku",
                    QT_TRANSLATE_NOOP("UserError", "SKU {sku} is used twice in this listing"),
                    row,
                    {"sku": sku},
                )
            )
        else:
            seen[sku.casefold()] = row
        for name, value in (
            ("price", v.price),
            ("compare_at_price", v.compare_at_price),
            ("cost", v.cost),
            ("stock", v.stock),
            ("weight", v.weight_grams),
            ("reorder_point", v.reorder_point),
        ):
            if value is not None and value < 0:
                errors.append(
                    FieldError(name, CANNOT_BE_NEGATIVE, row, {"label": FIELD_LABELS[name]})
                )
    if seen:
        own = [v.id for v in draft.variants if v.id is not None]
        marks = ", ".join("?" * len(seen))
        clash = db.execute(
            f"SELECT sku FROM variants WHERE lower(sku) IN ({marks})"
            f" AND id NOT IN ({', '.join('?' * len(own)) or 'NULL'})",
            [*seen, *own],
        ).fetchall()
        for (sku,) in clash:
            errors.append(
                FieldError(
                    "sku",
                    QT_TRANSLATE_NOOP("UserError", "SKU {sku} belongs to another listing"),
                    seen[sku.casefold()],
                    {"sku": sku},
                )
            )
    for i, image in enumerate(draft.images):
        if not image.src.strip():
            errors.append(
                FieldError(
                    "image",
                    QT_TRANSLATE_NOOP("UserError", "Image {n} has no file"),
                    values={"n": i + 1},
                )
            )
    return errors
