"""Saved import mappings (``import_presets``), one per kind and name.

A preset is how the user told the wizard to read a file; saving one is not an edit
of shop data, so it is not an undo step.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from .mapping import MappingPreset, mapping_from_json


def save_preset(db: Database, preset: MappingPreset) -> None:
    """Store ``preset``, replacing the one of the same kind and name."""
    name = preset.name.strip()
    if not name:
        raise ValueError("a preset needs a name")
    mapping_json = json.dumps(preset.mapping, ensure_ascii=False)
    with db.conn:
        db.execute(
            """INSERT INTO import_presets (kind, name, mapping_json) VALUES (?, ?, ?)
               ON CONFLICT (kind, name) DO UPDATE SET mapping_json = excluded.mapping_json""",
            [preset.kind, name, mapping_json],
        )


def list_presets(db: Database, kind: str) -> list[MappingPreset]:
    """The presets of ``kind`` by name; a row whose JSON is not a mapping is skipped."""
    rows = db.execute(
        "SELECT name, mapping_json FROM import_presets WHERE kind = ? ORDER BY name COLLATE NOCASE",
        [kind],
    ).fetchall()
    presets = []
    for name, mapping_json in rows:
        try:
            presets.append(MappingPreset(kind, name, mapping_from_json(mapping_json)))
        except ValueError:
            continue
    return presets


def delete_preset(db: Database, kind: str, name: str) -> bool:
    """Remove a preset; False if there was none."""
    with db.conn:
        cursor = db.execute(
            "DELETE FROM import_presets WHERE kind = ? AND name = ?", [kind, name.strip()]
        )
    return cursor.rowcount > 0
