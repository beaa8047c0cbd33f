"""Promotion fields as text a seller types (the editor) or a sheet holds (import/export).

One reading for both: amounts in the shop currency ("12.50"), percentages ("15%"),
tiers ("200:20; 300:35", "200:10%" for 满折) and targets ("listing:HANDLE; sku:SKU;
category:茶叶; tag:gift"). A text that cannot be read raises ``BadText``.
"""

from __future__ import annotations

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, UserError
from shopkeeper.services.exchange.errors import CellError
from shopkeeper.services.exchange.kinds import promotions as sheet
from shopkeeper.services.exchange.parsing import parse_money, parse_percent_bp
from shopkeeper.services.promotions import Target


class BadText(UserError):
    exit_code = 4
    template = QT_TRANSLATE_NOOP("UserError", "{field}: {reason}")


def _read(field: str, call):
    try:
        return call()
    except CellError as exc:
        raise BadText(field=field, reason=exc.reason) from None


def amount(text: str, exponent: int, field: str = "Amount") -> int:
    """ "12.50" -> 1250 (exponent 2); "" -> 0."""
    return _read(field, lambda: parse_money(text, exponent=exponent)) if text.strip() else 0


def percent(text: str, field: str = "Percent") -> int:
    """ "15%" or "15" -> 1500 basis points; "" -> 0."""
    return _read(field, lambda: parse_percent_bp(text)) if text.strip() else 0


def tiers(text: str, kind: str, exponent: int) -> tuple[tuple[int, int], ...]:
    return _read("Tiers", lambda: sheet.parse_tiers(text, kind, exponent))


def tiers_text(tiers: tuple[tuple[int, int], ...], kind: str, exponent: int) -> str:
    from shopkeeper.services.money import plain_amount

    def shown(value: int) -> str:
        if kind == "threshold_percent":
            return plain_amount(value, 2) + "%"
        return plain_amount(value, exponent)

    return "; ".join(f"{plain_amount(t, exponent)}:{shown(v)}" for t, v in tiers)


def targets(db: Database, text: str) -> tuple[Target, ...]:
    return _read("Target", lambda: sheet.parse_targets(db, text))


def targets_text(db: Database, chosen: tuple[Target, ...]) -> str:
    return sheet.targets_text(db, chosen)


def target_suggestions(db: Database) -> list[str]:
    """What the target field offers as one types: every category, tag and listing."""
    categories, tags = set(), set()
    for category, tag_text in db.execute("SELECT DISTINCT category, tags FROM products"):
        if category:
            categories.add(category)
        tags.update(t.strip() for t in tag_text.split(",") if t.strip())
    handles = [h for (h,) in db.execute("SELECT handle FROM products ORDER BY handle")]
    return (
        [f"category:{c}" for c in sorted(categories)]
        + [f"tag:{t}" for t in sorted(tags)]
        + [f"listing:{h}" for h in handles]
    )
