"""Bring the 简体中文 translation up to date with the code.

    python resources/translations/update.py [NEW.json]

1. pyside6-lupdate rescans every .py under shopkeeper/ into the .ts (existing
   translations are kept; strings gone from the code are dropped);
2. NEW.json, when given, fills translations: {"Context": {"English": "中文"}}, or a
   flat {"English": "中文"} that applies to that text in every context;
3. pyside6-lrelease compiles the .qm that the app loads.
It prints the strings still untranslated, as JSON ready to fill in.
"""

from __future__ import annotations

import fcntl
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS_FILE = HERE / "shopkeeper_zh_CN.ts"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        sys.exit(f"{name} is not installed (pip install PySide6-Essentials)")
    return found


def _fill(tree: ET.ElementTree, table: dict) -> None:
    flat = {k: v for k, v in table.items() if isinstance(v, str)}
    for context in tree.getroot().iter("context"):
        by_context = table.get(context.findtext("name"), {})
        by_context = by_context if isinstance(by_context, dict) else {}
        for message in context.iter("message"):
            source = message.findtext("source")
            text = by_context.get(source, flat.get(source))
            if text is None:
                continue
            translation = message.find("translation")
            translation.text = text
            translation.attrib.pop("type", None)


def _untranslated(tree: ET.ElementTree) -> dict:
    left: dict[str, dict[str, str]] = {}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            if kind == "unfinished" or not (translation.text or "").strip():
                left.setdefault(context.findtext("name"), {})[message.findtext("source")] = ""
    return left


def main(argv: list[str]) -> int:
    # Two runs at once would interleave their rewrites of the .ts: take turns.
    with open(HERE / ".update.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _update(argv)


def _update(argv: list[str]) -> int:
    sources = sorted(str(p) for p in (ROOT / "shopkeeper").rglob("*.py"))
    lupdate = [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(TS_FILE)]
    subprocess.run(lupdate, check=True, capture_output=True)
    tree = ET.parse(TS_FILE)
    if argv:
        for name in argv:
            _fill(tree, json.loads(Path(name).read_text(encoding="utf-8")))
        tree.write(TS_FILE, encoding="utf-8", xml_declaration=True)
        # lupdate again, to write the file in its own layout (small diffs).
        subprocess.run(lupdate, check=True, capture_output=True)
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(TS_FILE.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )
    left = _untranslated(tree)
    if left:
        print(json.dumps(left, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
