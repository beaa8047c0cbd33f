"""Finding listings as the seller types: ``search_ids`` answers the text by the
trigram full-text index (Chinese substrings) or LIKE under three characters, and
``filter_rows`` keeps the loaded rows the other filters allow, in memory.

Split from ``listings`` (which re-exports these names and composes both in ``find``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlite_utils import Database

if TYPE_CHECKING:
    from shopkeeper.services.listings import ProductRow


@dataclass(frozen=True)
class ListingFilter:
    text: str = ""
    status: str = ""  # "" = any
    category: str = ""
    tag: str = ""
    low_stock: bool = False
    has_problems: bool = False


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_ids(db: Database, text: str) -> set[int] | None:
    """Ids of products whose title, description, tags, handle or a SKU contain ``text``;
    None when there is no text to search for."""
    text = text.strip()
    if not text:
        return None
    like = _like(text)
    found: set[int] = set()
    if text.isascii():  # SKUs and handles are ASCII: a Chinese query skips these scans
        found = {
            r[0]
            for r in db.execute(
                "SELECT DISTINCT product_id FROM variants WHERE sku LIKE ? ESCAPE '\\'", [like]
            )
        }
        found |= {
            r[0]
            for r in db.execute("SELECT id FROM products WHERE handle LIKE ? ESCAPE '\\'", [like])
        }
    if len(text) >= 3:
        # A quoted phrase: the trigram index finds it as a substring, in any script.
        phrase = '"' + text.replace('"', '""') + '"'
        found |= {
            r[0]
            for r in db.execute(
                "SELECT rowid FROM products_fts WHERE products_fts MATCH ?", [phrase]
            )
        }
    else:
        found |= {
            r[0]
            for r in db.execute(
                "SELECT id FROM products WHERE title LIKE ? ESCAPE '\\' OR tags LIKE ? ESCAPE '\\'"
                " OR description LIKE ? ESCAPE '\\'",
                [like, like, like],
            )
        }
    return found


def filter_rows(
    rows: Iterable[ProductRow], flt: ListingFilter, matching: set[int] | None
) -> list[ProductRow]:
    """The rows the filter keeps; ``matching`` is what ``search_ids`` found for its text."""
    tag = flt.tag.casefold()
    kept = []
    for row in rows:
        if matching is not None and row.id not in matching:
            continue
        if flt.status and row.status != flt.status:
            continue
        if flt.category and row.category != flt.category:
            continue
        if tag and tag not in (t.casefold() for t in row.tag_list()):
            continue
        if flt.low_stock and not row.low_stock:
            continue
        if flt.has_problems and not row.problems:
            continue
        kept.append(row)
    return kept
