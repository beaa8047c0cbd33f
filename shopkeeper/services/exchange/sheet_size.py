"""How many rows an .xlsx sheet holds, found before the sheet is loaded.

python-calamine loads a whole sheet into memory; a hostile or runaway sheet of
millions of rows would take seconds and gigabytes before it could be refused. The
sheet's XML usually declares its size (``<dimension ref="A1:K6400000"/>``) in its
first bytes; when it does not, its ``<row`` tags are counted while streaming, up to
the limit, in fixed-size chunks.

Counting is most of the cost of that pass over a large sheet, so a sheet whose root
element has no namespace prefix (openpyxl's, Excel's, ours) is counted with a pattern
that starts with the literal ``<row``, which ``re`` finds with a fast substring search
(about 0.2 s for 500 MB); only a prefixed sheet (``<x:worksheet>``) pays for the
general pattern, about five times slower. Decompressing stays the floor (about 0.6 s).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]*\d+(?::[A-Z]*(\d+))?"')
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>]")
_PLAIN_ROW_TAG = re.compile(rb"<row[\s>]")
_ROOT = re.compile(rb"<(\w+:)?worksheet[\s>]")
_CHUNK = 1 << 20
_MIN_ROW_BYTES = 20  # '<row r="1048576">' and its end: a smaller sheet cannot reach the limit
# Sheets without a declared size are counted only from this size on: below it calamine's
# own check after loading costs little memory, and ordinary imports skip a second pass.
_COUNT_FROM = 192 * 1024 * 1024


def _attrs(tag: bytes) -> dict[str, str]:
    return {k.decode().split(":")[-1]: v.decode("utf-8", "replace") for k, v in _ATTR.findall(tag)}


def sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member holding ``sheet``'s XML, from the workbook and its relationships."""
    try:
        workbook = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return None
    rel_id = None
    for tag in _SHEET.findall(workbook):
        attrs = _attrs(tag)
        if attrs.get("name") == sheet:
            rel_id = attrs.get("id")
            break
    for tag in re.findall(rb"<(?:\w+:)?Relationship\b[^>]*>", rels):
        attrs = _attrs(tag)
        if rel_id and attrs.get("Id") == rel_id:
            target = attrs.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    return None


def rows_at_least(path: Path, sheet: str, limit: int) -> int | None:
    """The sheet's row count when it reaches ``limit`` (declared or counted), else None.

    Reads at most the sheet's first bytes when it declares its dimension; otherwise
    streams it once, stopping as soon as ``limit`` rows are seen. Memory stays at one
    chunk whatever the sheet's size.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            part = sheet_part(archive, sheet)
            if part is None:
                return None
            info = archive.getinfo(part)
            with archive.open(info) as stream:
                head = stream.read(64 * 1024)
                declared = _DIMENSION.search(head)
                if declared and declared.group(1):
                    rows = int(declared.group(1))
                    return rows if rows >= limit else None
                if info.file_size < max(_MIN_ROW_BYTES * limit, _COUNT_FROM):
                    return None
                return _count_rows(head, stream, limit)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None  # the container checks and calamine report damaged files


def _count_rows(head: bytes, stream, limit: int) -> int | None:
    # Rows share the root's namespace; no writer binds a prefix for them further in.
    root = _ROOT.search(head)
    row_tag = _PLAIN_ROW_TAG if root and not root.group(1) else _ROW_TAG
    count, tail = 0, b""
    chunk = head
    while chunk:
        data = tail + chunk
        count += len(row_tag.findall(data))
        if count >= limit:
            return count
        tail = data[-16:]  # a tag cut between chunks is counted in the next one
        count -= len(row_tag.findall(tail))
        chunk = stream.read(_CHUNK)
    return None
