"""Listing templates: the fields a seller fills the same way on every new listing
(category, brand, tags, description boilerplate, options …), saved under a name."""

from __future__ import annotations

import json

from sqlite_utils import Database

from shopkeeper.services.changes import Change, recording
from shopkeeper.services.listings_edit import ListingDraft

TEMPLATE_FIELDS = (
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


def templates(db: Database) -> list[tuple[int, str]]:
    return db.execute("SELECT id, name FROM listing_templates ORDER BY name").fetchall()


def save_template(db: Database, name: str, draft: ListingDraft) -> Change:
    """Save (or replace) the template ``name`` from a listing's reusable fields."""
    name = name.strip()
    if not name:
        raise ValueError("a template needs a name")
    values = {f: getattr(draft, f) for f in TEMPLATE_FIELDS}
    values["option_names"] = list(draft.option_names)
    text = json.dumps(values, ensure_ascii=False, sort_keys=True)
    row = db.execute("SELECT id FROM listing_templates WHERE name = ?", [name]).fetchone()
    with recording(db, "Save listing template") as rec:
        if row is None:
            rec.insert("listing_templates", {"name": name, "values_json": text})
        else:
            rec.update("listing_templates", row[0], {"values_json": text})
    return rec.change


def delete_template(db: Database, template_id: int) -> Change:
    with recording(db, "Delete listing template") as rec:
        rec.delete("listing_templates", template_id)
    return rec.change


def new_from_template(db: Database, template_id: int) -> ListingDraft:
    """A new, unsaved listing pre-filled from the template."""
    row = db.execute(
        "SELECT values_json FROM listing_templates WHERE id = ?", [template_id]
    ).fetchone()
    if row is None:
        raise KeyError(f"template {template_id} not found")
    values = json.loads(row[0])
    draft = ListingDraft(**{f: str(values.get(f, "")) for f in TEMPLATE_FIELDS if f in values})
    names = [str(n) for n in values.get("option_names", [])][:3]
    draft.option_names = tuple(names + [""] * (3 - len(names)))
    return draft
