"""Every visible string has a Chinese translation, and the compiled .qm files are current."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "shopkeeper_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def _tool(name):
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def _sources():
    return sorted(str(p) for p in (ROOT / "shopkeeper").rglob("*.py"))


def _messages(ts_file: Path):
    tree = ET.parse(ts_file)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def test_ts_file_lists_every_string_in_the_code(tmp_path):
    """The .ts file is up to date with the code (run pyside6-lupdate after adding strings)."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *_sources(), "-ts", str(fresh)], check=True, capture_output=True
    )
    in_code = {(ctx, m.findtext("source")) for ctx, m in _messages(fresh)}
    in_ts = {
        (ctx, m.findtext("source"))
        for ctx, m in _messages(TS_FILE)
        if m.find("translation").get("type") not in ("obsolete", "vanished")
    }
    missing = sorted(in_code - in_ts)
    assert not missing, f"strings missing from {TS_FILE.name}: {missing[:10]}"


def test_every_string_has_a_chinese_translation():
    """No visible string is left untranslated in 简体中文."""
    untranslated = [
        (ctx, m.findtext("source"))
        for ctx, m in _messages(TS_FILE)
        if m.find("translation").get("type") not in ("obsolete", "vanished")
        and (
            m.find("translation").get("type") == "unfinished"
            or not (m.findtext("translation") or "").strip()
        )
    ]
    assert not untranslated, f"untranslated: {untranslated[:10]}"


def test_placeholders_survive_translation():
    """A translation keeps every {placeholder} of its English text."""
    import re

    broken = []
    for ctx, m in _messages(TS_FILE):
        source, target = m.findtext("source"), m.findtext("translation") or ""
        if set(re.findall(r"\{\w+\}", source)) != set(re.findall(r"\{\w+\}", target)):
            broken.append((ctx, source))
    assert not broken, broken[:10]


def test_compiled_qm_matches_ts(tmp_path):
    """The committed .qm is what pyside6-lrelease makes from the .ts (run it after editing)."""
    out = tmp_path / "check.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(out)], check=True, capture_output=True
    )
    assert out.read_bytes() == QM_FILE.read_bytes()


def test_chinese_ui_shows_chinese_menus(qtbot, runner, errors, isolated_home):
    """With 简体中文 chosen, the menus are in Chinese."""
    from PySide6.QtWidgets import QApplication

    from shopkeeper.ui.app_settings import AppSettings
    from shopkeeper.ui.i18n import install_translators
    from shopkeeper.ui.main_window import MainWindow

    app = QApplication.instance()
    try:
        assert install_translators(app, "zh_CN") == "zh_CN"
        win = MainWindow(AppSettings(isolated_home / "s.ini"), runner, errors)
        qtbot.addWidget(win)
        titles = [a.text() for a in win.menuBar().actions()]
        assert any("文件" in t for t in titles), titles
    finally:
        install_translators(app, "en")
