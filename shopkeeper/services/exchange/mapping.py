"""Which column of a sheet holds which canonical field.

``auto_map`` proposes a mapping from header texts; the wizard lets the user
change it, and a ``MappingPreset`` remembers the choice by header *text*, so a
preset still applies after the columns of the next month's file have moved.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from shopkeeper.services.exchange.fields import Field, fields

_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"))
_SEPARATORS = re.compile(r"[\s_\-\u2010-\u2015\u2212]+")


def normalize_header(text: object) -> str:
    """Fold a header text for matching.

    Case-folds; turns full-width forms into half-width (NFKC, so ＳＫＵ and
    （克） match SKU and (克)); drops BOMs and zero-width characters; treats runs
    of whitespace, underscores and hyphens as one space; strips the ends and the
    '*' that templates put on required columns and a trailing ':'.
    """
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).translate(_INVISIBLE)
    text = _SEPARATORS.sub(" ", text.casefold()).strip()
    return text.strip("*").rstrip(":").strip()


def _compact(normalized: str) -> str:
    return normalized.replace(" ", "")


@cache
def _index(kind: str) -> tuple[dict[str, tuple[str, int]], dict[str, str], dict[str, str]]:
    """normalized synonym -> (field id, priority); compact form -> field id; id/label -> id."""
    exact: dict[str, tuple[str, int]] = {}
    compact: dict[str, str | None] = {}
    names: dict[str, str] = {}
    for f in fields(kind):
        for rank, synonym in enumerate(f.synonyms):
            key = normalize_header(synonym)
            exact.setdefault(key, (f.id, rank))
            c = _compact(key)
            compact[c] = f.id if compact.get(c, f.id) == f.id else None
        for name in (f.id, f.label):
            names.setdefault(normalize_header(name), f.id)
    unambiguous = {k: v for k, v in compact.items() if v is not None}
    return exact, unambiguous, names


def auto_map(kind: str, headers: list[str]) -> dict[str, int]:
    """Propose field id -> column index, each column used at most once.

    First an exact match of the normalized header with a synonym (the field's
    earlier synonym, then the leftmost column, wins); then the same ignoring
    spaces ("OrderID" = "Order ID"); then the field's own id or English label.
    """
    exact, compact, names = _index(kind)
    normalized = [normalize_header(h) for h in headers]
    best: dict[str, tuple[int, int]] = {}  # field id -> (priority, column)
    for col, key in enumerate(normalized):
        hit = exact.get(key)
        if hit and (hit[0] not in best or hit[1] < best[hit[0]][0]):
            best[hit[0]] = (hit[1], col)
    found = {fid: col for fid, (_, col) in best.items()}
    used = set(found.values())
    for lookup in (lambda k: compact.get(_compact(k)), names.get):
        for col, key in enumerate(normalized):
            fid = lookup(key) if key else None
            if fid and fid not in found and col not in used:
                found[fid] = col
                used.add(col)
    return {f.id: found[f.id] for f in fields(kind) if f.id in found}


def missing_required(kind: str, mapping: dict[str, int]) -> list[Field]:
    """The required fields of ``kind`` that ``mapping`` leaves without a column."""
    return [f for f in fields(kind) if f.required and mapping.get(f.id) is None]


def known_headers(kind: str) -> set[str]:
    """Every header text that maps to a field of ``kind``, for finding the header row.

    Holds each synonym, field id and label both as written and normalized, so a
    reader may compare either raw cell text or ``normalize_header`` of it.
    """
    texts: set[str] = set()
    for f in fields(kind):
        for text in (*f.synonyms, f.id, f.label):
            texts.add(text)
            texts.add(normalize_header(text))
    return texts


@dataclass
class MappingPreset:
    """A named mapping the user saved: field id -> header text (not column index)."""

    kind: str
    name: str
    mapping: dict[str, str] = field(default_factory=dict)


def make_preset(kind: str, name: str, mapping: dict[str, int], headers: list[str]) -> MappingPreset:
    """A preset that remembers the header texts of the columns in ``mapping``."""
    fields(kind)
    texts = {fid: str(headers[col]) for fid, col in mapping.items() if 0 <= col < len(headers)}
    return MappingPreset(kind, name.strip(), texts)


def apply_preset(preset: MappingPreset, headers: list[str]) -> dict[str, int]:
    """Field id -> column index for ``headers``, finding each column by its header text.

    An identical header wins over one that only matches after normalizing; fields
    whose header is absent, and ids the kind no longer has, are left out.
    """
    ids = [f.id for f in fields(preset.kind)]
    normalized = [normalize_header(h) for h in headers]
    raw = ["" if h is None else str(h) for h in headers]
    found: dict[str, int] = {}
    used: set[int] = set()
    for same in (
        lambda col, text: raw[col] == text,
        lambda col, text: normalized[col] == normalize_header(text),
    ):
        for fid in ids:
            text = preset.mapping.get(fid)
            if fid in found or not text:
                continue
            for col in range(len(headers)):
                if col not in used and same(col, text):
                    found[fid] = col
                    used.add(col)
                    break
    return {fid: found[fid] for fid in ids if fid in found}


def preset_to_json(preset: MappingPreset) -> str:
    return json.dumps(
        {"kind": preset.kind, "name": preset.name, "mapping": preset.mapping}, ensure_ascii=False
    )


def _checked_mapping(data: object) -> dict[str, str]:
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise ValueError("a mapping must be an object of field id -> header text")
    return data


def mapping_from_json(text: str) -> dict[str, str]:
    """A preset's field id -> header text mapping; ValueError if it is not one."""
    return _checked_mapping(json.loads(text))


def preset_from_json(text: str) -> MappingPreset:
    """The preset ``preset_to_json`` wrote; ValueError for anything else."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("a preset must be a JSON object")
    kind, name = data.get("kind"), data.get("name")
    if not isinstance(kind, str) or not isinstance(name, str):
        raise ValueError("a preset needs a kind and a name")
    fields(kind)
    return MappingPreset(kind, name, _checked_mapping(data.get("mapping", {})))
