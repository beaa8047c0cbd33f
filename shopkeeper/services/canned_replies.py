"""Canned replies: saved answers with {variables}, in categories, English and Chinese.

The app sends nothing: a reply is filled in from the ticket (customer, order,
tracking number, listing, refund) and copied for pasting into the platform's chat.
A variable the app does not know, or knows but has no value for, is reported so
the seller sees it before copying.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected
from shopkeeper.services.changes import Change, recording
from shopkeeper.services.money import plain_amount
from shopkeeper.store import settings

VARIABLES = (
    "customer_name",
    "order_no",
    "tracking_no",
    "product_title",
    "refund_amount",
    "shop_name",
)
LANGUAGES = ("", "en", "zh")  # "" = any language


class ReplyRejected(InputRejected):
    EMPTY = QT_TRANSLATE_NOOP("UserError", "The reply is empty. Write something first.")
    UNKNOWN = QT_TRANSLATE_NOOP(
        "UserError",
        "The reply uses variables the app does not know: {names}. Known variables: {known}.",
    )
    NO_VALUE = QT_TRANSLATE_NOOP(
        "UserError", "This ticket has nothing to fill in for: {names}. Edit the reply first."
    )
    BAD_BRACES = QT_TRANSLATE_NOOP(
        "UserError", "The reply has an unmatched {{ or }}. Write variables as {{order_no}}."
    )
    NEEDS_TITLE = QT_TRANSLATE_NOOP("UserError", "A canned reply needs a title and a text.")
    DUPLICATE = QT_TRANSLATE_NOOP("UserError", 'There is already a canned reply called "{title}".')


@dataclass(frozen=True)
class CannedReply:
    id: int
    title: str
    body: str
    category: str
    language: str


@dataclass(frozen=True)
class Filled:
    """A reply with its variables filled in; ``unknown`` and ``missing`` list what is not."""

    text: str
    unknown: tuple[str, ...]  # names the app does not know
    missing: tuple[str, ...]  # known names with no value for this ticket

    @property
    def ready(self) -> bool:
        return bool(self.text.strip()) and not self.unknown and not self.missing


def variables_in(body: str) -> list[str]:
    """The {names} a reply uses, in order; ValueError for unmatched braces."""
    names = []
    for _literal, name, _spec, _conv in string.Formatter().parse(body):
        if name is not None and name not in names:
            names.append(name)
    return names


def fill(body: str, values: dict[str, str | None]) -> Filled:
    """Fill ``body``'s variables from ``values``; unknown or empty ones stay as {name}."""
    try:
        names = variables_in(body)
    except ValueError:
        raise ReplyRejected(ReplyRejected.BAD_BRACES) from None
    unknown = tuple(n for n in names if n not in VARIABLES)
    missing = tuple(n for n in names if n in VARIABLES and not values.get(n))

    def replace(match: re.Match) -> str:
        name = match[1]
        value = values.get(name) if name in VARIABLES else None
        return str(value) if value else match[0]

    text = re.sub(r"\{([^{}]*)\}", replace, body)
    return Filled(text.replace("{{", "{").replace("}}", "}"), unknown, missing)


def check_ready(filled: Filled) -> str:
    """The text to copy, or a clear message for an empty reply or unfilled variables."""
    if not filled.text.strip():
        raise ReplyRejected(ReplyRejected.EMPTY)
    if filled.unknown:
        raise ReplyRejected(
            ReplyRejected.UNKNOWN,
            names=", ".join("{" + n + "}" for n in filled.unknown),
            known=", ".join("{" + n + "}" for n in VARIABLES),
        )
    if filled.missing:
        raise ReplyRejected(
            ReplyRejected.NO_VALUE, names=", ".join("{" + n + "}" for n in filled.missing)
        )
    return filled.text


def ticket_values(db: Database, ticket_id: int, exponent: int = 2) -> dict[str, str | None]:
    """What each variable means for one ticket (None when the ticket has no such thing)."""
    row = db.execute(
        """SELECT c.name, c.platform_id, o.order_no, t.pending_order_no, o.tracking_no,
                  coalesce(p.title, pv.title), o.id
           FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id
           LEFT JOIN orders o ON o.id = t.order_id
           LEFT JOIN products p ON p.id = t.product_id
           LEFT JOIN variants v ON v.id = t.variant_id
           LEFT JOIN products pv ON pv.id = v.product_id
           WHERE t.id = ?""",
        [ticket_id],
    ).fetchone()
    if row is None:
        return {}
    name, platform_id, order_no, pending, tracking, title, order_id = row
    if title is None and order_id is not None:
        line = db.execute(
            "SELECT title FROM order_items WHERE order_id = ? ORDER BY line_no, id LIMIT 1",
            [order_id],
        ).fetchone()
        title = line[0] if line else None
    refund = None
    if order_id is not None:
        total = db.execute(
            "SELECT sum(amount) FROM refunds WHERE order_id = ?", [order_id]
        ).fetchone()[0]
        refund = plain_amount(total, exponent) if total else None
    return {
        "customer_name": name or platform_id,
        "order_no": order_no or pending,
        "tracking_no": tracking or None,
        "product_title": title,
        "refund_amount": refund,
        "shop_name": settings.get(db, settings.SHOP_NAME),
    }


def all_replies(db: Database) -> list[CannedReply]:
    return [
        CannedReply(*r)
        for r in db.execute(
            "SELECT id, title, body, category, language FROM canned_replies "
            "ORDER BY category, language, title"
        )
    ]


def search(db: Database, text: str = "", *, language: str | None = None) -> list[CannedReply]:
    """Replies whose title, text or category contains ``text`` (any case), in ``language``
    (or usable in any language)."""
    needle = text.strip().lower()
    found = []
    for reply in all_replies(db):
        if language and reply.language not in ("", language):
            continue
        if needle and needle not in f"{reply.title}\n{reply.body}\n{reply.category}".lower():
            continue
        found.append(reply)
    return found


def categories(db: Database) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT category FROM canned_replies WHERE category != '' ORDER BY 1"
        )
    ]


def _check(db: Database, title: str, body: str, language: str, reply_id: int | None) -> None:
    if not title.strip() or not body.strip():
        raise ReplyRejected(ReplyRejected.NEEDS_TITLE)
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}")
    fill(body, {})  # unmatched braces
    clash = db.execute(
        "SELECT id FROM canned_replies WHERE title = ? AND id != ?", [title.strip(), reply_id or 0]
    ).fetchone()
    if clash:
        raise ReplyRejected(ReplyRejected.DUPLICATE, title=title.strip())


def save(
    db: Database,
    title: str,
    body: str,
    *,
    category: str = "",
    language: str = "",
    reply_id: int | None = None,
) -> tuple[int, Change]:
    """Add a canned reply, or change one (``reply_id``)."""
    _check(db, title, body, language, reply_id)
    values = {
        "title": title.strip(),
        "body": body,
        "category": category.strip(),
        "language": language,
    }
    with recording(db, "Save canned reply") as rec:
        if reply_id is None:
            reply_id = rec.insert("canned_replies", values)
        else:
            rec.update("canned_replies", reply_id, values)
    return reply_id, rec.change


def delete(db: Database, reply_id: int) -> Change:
    with recording(db, "Delete canned reply") as rec:
        rec.delete("canned_replies", reply_id)
    return rec.change
