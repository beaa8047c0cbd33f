"""The A/B test log: two versions of a title, main image or price, with the visitors
and orders each got, and whether the difference is real, said in plain words.

The significance is a two-sided two-proportion z-test on the conversion rates
(orders ÷ visitors) with the pooled rate; the p-value comes from the normal
distribution through ``math.erfc``. It is a float: a statistic, never money.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected
from shopkeeper.services.changes import Change, recording

SUBJECTS = ("title", "image", "price")
FIELDS = (
    "name",
    "subject",
    "product_id",
    "version_a",
    "version_b",
    "visitors_a",
    "orders_a",
    "visitors_b",
    "orders_b",
    "started_on",
    "ended_on",
    "notes",
)

# The sentences a seller reads; {a}/{b} are the two conversion rates as percentages.
NOT_ENOUGH = QT_TRANSLATE_NOOP(
    "AbTest",
    "Not enough data yet: each version needs visitors and at least a few orders "
    "(about 5) before the difference means anything.",
)
CLEAR_WIN = QT_TRANSLATE_NOOP(
    "AbTest",
    "Version {winner} sells better ({rate_w} of visitors order, against {rate_l}). "
    "A gap this big would come from luck less than {odds} times in 100, so it is very "
    "likely real: keep version {winner}.",
)
LEANING = QT_TRANSLATE_NOOP(
    "AbTest",
    "Version {winner} looks better ({rate_w} against {rate_l}), but luck could "
    "still explain it ({odds} times in 100). Keep the test running before you decide.",
)
NO_DIFFERENCE = QT_TRANSLATE_NOOP(
    "AbTest",
    "No real difference so far ({rate_a} for A, {rate_b} for B): a gap like this "
    "comes from luck alone {odds} times in 100.",
)


class BadAbTest(InputRejected):
    template = QT_TRANSLATE_NOOP("UserError", "A/B test: {problem}. Nothing was saved.")


@dataclass(frozen=True)
class Verdict:
    z: float | None
    p_value: float | None
    template: str  # one of the sentences above, translated by the UI
    values: dict

    @property
    def text(self) -> str:
        return self.template.format(**self.values)

    @property
    def significant(self) -> bool:
        return self.p_value is not None and self.p_value < 0.05


def _pct(orders: int, visitors: int) -> str:
    return f"{100 * orders / visitors:.1f}%"


def significance(visitors_a: int, orders_a: int, visitors_b: int, orders_b: int) -> Verdict:
    """Two-proportion z-test of B's conversion against A's, in words."""
    if min(visitors_a, visitors_b) <= 0 or orders_a + orders_b < 5:
        return Verdict(None, None, NOT_ENOUGH, {})
    pooled = (orders_a + orders_b) / (visitors_a + visitors_b)
    spread = math.sqrt(pooled * (1 - pooled) * (1 / visitors_a + 1 / visitors_b))
    if spread == 0:
        return Verdict(None, None, NOT_ENOUGH, {})
    z = (orders_b / visitors_b - orders_a / visitors_a) / spread
    p = math.erfc(abs(z) / math.sqrt(2))
    rate_a, rate_b = _pct(orders_a, visitors_a), _pct(orders_b, visitors_b)
    winner = "B" if z > 0 else "A"
    values = {
        "winner": winner,
        "rate_w": rate_b if winner == "B" else rate_a,
        "rate_l": rate_a if winner == "B" else rate_b,
        "rate_a": rate_a,
        "rate_b": rate_b,
        "odds": max(1, round(p * 100)),
    }
    if p < 0.05:
        values["odds"] = 5 if p >= 0.01 else 1
        return Verdict(z, p, CLEAR_WIN, values)
    if p < 0.20:
        return Verdict(z, p, LEANING, values)
    return Verdict(z, p, NO_DIFFERENCE, values)


def _check(values: dict) -> dict:
    if not str(values.get("name", "")).strip():
        raise BadAbTest(problem="give the test a name")
    if values.get("subject", "title") not in SUBJECTS:
        raise BadAbTest(problem=f"what is tested must be one of {', '.join(SUBJECTS)}")
    for side in ("a", "b"):
        visitors, orders = values.get(f"visitors_{side}", 0), values.get(f"orders_{side}", 0)
        if visitors < 0 or orders < 0:
            raise BadAbTest(problem="visitors and orders cannot be negative")
        if orders > visitors:
            raise BadAbTest(problem=f"version {side.upper()} has more orders than visitors")
    started = values.get("started_on") or dt.date.today().isoformat()
    ended = values.get("ended_on")
    if ended and ended < started:
        raise BadAbTest(problem="it ends before it starts")
    return {**values, "started_on": started}


def add(db: Database, **values) -> Change:
    values = _check({k: v for k, v in values.items() if k in FIELDS})
    with recording(db, "Add A/B test") as rec:
        rec.insert("ab_tests", values)
    return rec.change


def update(db: Database, test_id: int, **values) -> Change:
    current = next(iter(_rows(db, "WHERE id = ?", [test_id])), None)
    if current is None:
        raise BadAbTest(problem="that test no longer exists")
    merged = _check({**{k: current[k] for k in FIELDS}, **values})
    with recording(db, "Edit A/B test") as rec:
        rec.update("ab_tests", test_id, {k: merged[k] for k in values if k in FIELDS})
    return rec.change


def delete(db: Database, test_id: int) -> Change:
    with recording(db, "Delete A/B test") as rec:
        rec.delete("ab_tests", test_id)
    return rec.change


def _rows(db: Database, where: str = "", args=()) -> list[dict]:
    cursor = db.execute(f"SELECT * FROM ab_tests {where}", list(args))
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def all_tests(db: Database) -> list[dict]:
    """Every test, newest first, each with its ``verdict``."""
    tests = _rows(db, "ORDER BY started_on DESC, id DESC")
    for test in tests:
        test["verdict"] = significance(
            test["visitors_a"], test["orders_a"], test["visitors_b"], test["orders_b"]
        )
    return tests
