"""Promotions, found again by name and start time, with their tiers, targets and
combinations as text cells a seller can read and write:

* ``value``: "12.5%" for the percent kinds, an amount for the others;
* ``tiers``: "200.00:20.00; 300.00:35.00" (spend:save) for 满减, "200.00:10%" for 满折;
* ``targets``: "" for the whole shop, else "listing:HANDLE; sku:SKU; category:茶叶; tag:gift";
* ``combines_with``: names of the promotions it combines with, "; " between them; a
  name means the promotion of that name whose dates overlap this one's (the same
  festival recurs every year under one name);
* ``status``: draft or cancelled when set by hand; scheduled, running and ended are
  read back as "follows the dates".

A column the file lacks is never blanked: tiers, targets and combinations are
only rewritten when their column is in the file.
"""

from __future__ import annotations

from shopkeeper.errors import QT_TRANSLATE_NOOP

from ..errors import CellError
from ..parsing import parse_money, parse_percent_bp
from .keyed import KeyedSpec, present

ENDS_BEFORE_START = QT_TRANSLATE_NOOP("CellError", "ends before it starts")
BAD_VALUE = QT_TRANSLATE_NOOP("CellError", "Value: {reason}")
BAD_TIER = QT_TRANSLATE_NOOP("CellError", "Tiers: “{text}” is not spend:save")
BAD_TARGET = QT_TRANSLATE_NOOP(
    "CellError", "Targets: “{text}” is not listing:, sku:, category: or tag: followed by a name"
)
NO_TARGET = QT_TRANSLATE_NOOP("CellError", "Targets: the shop has no {what} “{name}”")
NO_PARTNER = QT_TRANSLATE_NOOP(
    "CellError", "Combines with: no promotion “{name}” runs at the same time"
)
RULE = QT_TRANSLATE_NOOP("CellError", "{reason}")
PERCENT_KINDS = ("percent_off", "threshold_percent")
_COLUMNS = {
    "name": "name",
    "kind": "kind",
    "starts_at": "starts_at",
    "ends_at": "ends_at",
    "channel": "channel",
    "threshold": "threshold",
    "budget": "budget",
    "notes": "notes",
    "coupon_code": "coupon_code",
    "quantity_limit": "quantity_limit",
    "per_buyer_limit": "per_buyer_limit",
    "buy_quantity": "buy_quantity",
    "get_quantity": "get_quantity",
    "cost": "cost",
    "festival_key": "festival_key",
}
_TARGET_WORDS = {"listing": "product", "sku": "variant", "category": "category", "tag": "tag"}
_CHILDREN = ("tiers", "targets", "combines_with")


def _split(text: str) -> list[str]:
    return [part.strip() for part in str(text or "").replace("；", ";").split(";") if part.strip()]


def parse_tiers(text: str, kind: str, exponent: int) -> tuple[tuple[int, int], ...]:
    tiers = []
    for part in _split(text):
        spend, sep, save = part.replace("：", ":").partition(":")
        if not sep:
            raise CellError(BAD_TIER, text=part)
        try:
            threshold = parse_money(spend, exponent=exponent)
            value = (
                parse_percent_bp(save)
                if kind in PERCENT_KINDS
                else parse_money(save, exponent=exponent)
            )
        except CellError:
            raise CellError(BAD_TIER, text=part) from None
        tiers.append((threshold, value))
    return tuple(sorted(tiers))


class _Lookup:
    """Listings by handle, variants by SKU, and the categories and tags the shop uses."""

    def __init__(self, db) -> None:
        self.db = db
        self._handles = self._skus = None

    def target(self, part: str):
        from shopkeeper.services.promotions import Target

        word, sep, name = part.replace("：", ":").partition(":")
        kind = _TARGET_WORDS.get(word.strip().lower())
        name = name.strip()
        if not sep or kind is None or not name:
            raise CellError(BAD_TARGET, text=part)
        if kind == "product":
            if self._handles is None:
                self._handles = dict(self.db.execute("SELECT handle, id FROM products"))
            if name not in self._handles:
                raise CellError(NO_TARGET, what="listing", name=name)
            return Target("product", self._handles[name])
        if kind == "variant":
            if self._skus is None:
                self._skus = dict(self.db.execute("SELECT sku, id FROM variants"))
            if name not in self._skus:
                raise CellError(NO_TARGET, what="SKU", name=name)
            return Target("variant", self._skus[name])
        return Target(kind, name)


def _record_maker(db, exponent: int, children: dict):
    from shopkeeper.services.promotions import BadPromotion, Promotion
    from shopkeeper.services.promotions_edit import check_values

    lookup = _Lookup(db)

    def to_record(values: dict) -> dict:
        if values["ends_at"] < values["starts_at"]:
            raise CellError(ENDS_BEFORE_START)
        record = present(values, _COLUMNS)
        kind = values["kind"]
        if "value" in values:
            try:
                record["value"] = (
                    parse_percent_bp(values["value"])
                    if kind in PERCENT_KINDS
                    else parse_money(values["value"], exponent=exponent)
                )
            except CellError as exc:
                raise CellError(BAD_VALUE, reason=exc) from exc
        if "status" in values:
            record["hand_status"] = (
                values["status"] if values["status"] in ("draft", "cancelled") else ""
            )
        kids = {}
        if "tiers" in values:
            kids["tiers"] = parse_tiers(values["tiers"], kind, exponent)
            if kids["tiers"]:
                record["threshold"], record["value"] = kids["tiers"][0]
        if "targets" in values:
            kids["targets"] = tuple(sorted({lookup.target(p) for p in _split(values["targets"])}))
        if "combines_with" in values:
            kids["combines_with"] = tuple(_split(values["combines_with"]))
        if "value" in record:  # without it the shop's values stand and were checked
            fields = {k: v for k, v in record.items() if k in Promotion.__dataclass_fields__}
            try:
                check_values(Promotion(**fields, tiers=kids.get("tiers", ())))
            except BadPromotion as exc:
                raise CellError(RULE, reason=exc.message) from None
        children[(record["name"], record["starts_at"])] = kids
        return record

    return to_record


def _stored_children(db, pid: int) -> dict:
    from shopkeeper.services.promotions import get

    p = get(db, pid)
    names = dict(db.execute("SELECT id, name FROM promotions"))
    return {
        "tiers": p.tiers,
        "targets": tuple(sorted(p.targets)),
        "combines_with": tuple(sorted(names[i] for i in p.combines_with)),
    }


def _partner(db, name: str, starts_at: str, ends_at: str) -> int:
    row = db.execute(
        "SELECT id FROM promotions WHERE name = ? AND substr(starts_at, 1, 10) <= ? "
        "AND substr(ends_at, 1, 10) >= ? ORDER BY abs(julianday(starts_at) - julianday(?)) "
        "LIMIT 1",
        [name, ends_at[:10], starts_at[:10], starts_at],
    ).fetchone()
    if row is None:
        raise CellError(NO_PARTNER, name=name)
    return row[0]


class _Promotions:
    GROUP_REQUIRED: set[str] = set()

    def plan(self, db, rows, fmt, options=None):
        exponent = options.exponent if options else 2
        children: dict = {}
        spec = KeyedSpec("promotions", ("name", "starts_at"), _record_maker(db, exponent, children))
        result = spec.plan(db, rows, fmt, options)
        keyed = {}
        for row in rows:
            if row.index in result.rejects:
                continue
            key = (row.values["name"], row.values["starts_at"])
            keyed[key] = row.index
            if result.statuses.get(row.index) == "unchanged" and children.get(key):
                pid = db.execute(
                    "SELECT id FROM promotions WHERE name = ? AND starts_at = ?", list(key)
                ).fetchone()[0]
                stored = _stored_children(db, pid)
                wanted = dict(children[key])
                if "combines_with" in wanted:
                    wanted["combines_with"] = tuple(sorted(wanted["combines_with"]))
                if any(stored[k] != v for k, v in wanted.items()):
                    result.statuses[row.index] = "changed"
        write_rows = spec_apply = result.apply

        def apply(db, progress):
            spec_apply(db, progress)
            _write_children(db, children, keyed, result.statuses)

        result.apply = apply if write_rows else None
        return result


def _write_children(db, children: dict, keyed: dict, statuses: dict) -> None:
    """Rewrite tiers, targets and combinations of the rows the file names them for."""
    from shopkeeper.services.promotions import get

    for key, kids in children.items():
        if key not in keyed or statuses.get(keyed[key]) == "unchanged" or not kids:
            continue
        p = get(
            db,
            db.execute(
                "SELECT id FROM promotions WHERE name = ? AND starts_at = ?", list(key)
            ).fetchone()[0],
        )
        if "tiers" in kids:
            db.execute("DELETE FROM promotion_tiers WHERE promotion_id = ?", [p.id])
            db.conn.executemany(
                "INSERT INTO promotion_tiers(promotion_id, threshold, value) VALUES (?, ?, ?)",
                [(p.id, t, v) for t, v in kids["tiers"]],
            )
        if "targets" in kids:
            db.execute("DELETE FROM promotion_targets WHERE promotion_id = ?", [p.id])
            for target in kids["targets"]:
                column = {"product": "product_id", "variant": "variant_id"}.get(
                    target.kind, target.kind
                )
                db.execute(
                    f"INSERT INTO promotion_targets(promotion_id, {column}) VALUES (?, ?)",
                    [p.id, target.value],
                )
    for key, kids in children.items():  # every row is in the shop now: names resolve
        if key not in keyed or "combines_with" not in kids:
            continue
        if statuses.get(keyed[key]) == "unchanged":
            continue
        p = get(
            db,
            db.execute(
                "SELECT id FROM promotions WHERE name = ? AND starts_at = ?", list(key)
            ).fetchone()[0],
        )
        db.execute(
            "DELETE FROM promotion_combinations WHERE promotion_id = ? OR other_id = ?",
            [p.id, p.id],
        )
        for name in kids["combines_with"]:
            other = _partner(db, name, p.starts_at, p.ends_at)
            if other != p.id:
                db.execute(
                    "INSERT OR IGNORE INTO promotion_combinations(promotion_id, other_id) "
                    "VALUES (?, ?)",
                    [min(p.id, other), max(p.id, other)],
                )


def handler_for(kind: str) -> _Promotions:
    return _Promotions()


def export_rows(db, exponent: int):
    """Rows in the order of the promotions fields (see the module docstring)."""
    from shopkeeper.services.money import plain_amount
    from shopkeeper.services.orders import shop_now
    from shopkeeper.services.promotions import load_all, status

    names = dict(db.execute("SELECT id, name FROM promotions"))
    handles = dict(db.execute("SELECT id, handle FROM products"))
    skus = dict(db.execute("SELECT id, sku FROM variants"))
    word = {"product": "listing", "variant": "sku"}

    def money(v: int) -> str:
        return plain_amount(v, exponent)

    def percent(v: int) -> str:
        return plain_amount(v, 2) + "%"

    now = shop_now(db)
    for p in load_all(db):
        shown = percent if p.kind in PERCENT_KINDS else money
        tiers = "; ".join(f"{money(t)}:{shown(v)}" for t, v in p.tiers)
        targets = "; ".join(
            f"{word.get(t.kind, t.kind)}:"
            + str({"product": handles, "variant": skus}.get(t.kind, {}).get(t.value, t.value))
            for t in p.targets
        )
        combos = "; ".join(sorted(names[i] for i in p.combines_with))
        yield (
            p.name,
            p.kind,
            shown(p.value),
            p.threshold,
            p.starts_at,
            p.ends_at,
            p.channel,
            p.budget,
            p.notes,
            status(p, now),
            tiers,
            targets,
            combos,
            p.coupon_code,
            p.quantity_limit,
            p.per_buyer_limit,
            p.buy_quantity,
            p.get_quantity,
            p.cost,
            p.festival_key,
        )


def parse_targets(db, text: str) -> tuple:
    """ "listing:tea; sku:TEA-S; category:茶叶; tag:gift" -> Targets ("" = the whole shop);
    CellError naming the part that is wrong."""
    lookup = _Lookup(db)
    return tuple(sorted({lookup.target(part) for part in _split(text)}))


def targets_text(db, targets) -> str:
    """The text form of ``targets`` (listing handles and SKUs, not ids)."""
    handles = dict(db.execute("SELECT id, handle FROM products"))
    skus = dict(db.execute("SELECT id, sku FROM variants"))
    word = {"product": "listing", "variant": "sku"}
    names = {"product": handles, "variant": skus}
    return "; ".join(
        f"{word.get(t.kind, t.kind)}:{names.get(t.kind, {}).get(t.value, t.value)}" for t in targets
    )
