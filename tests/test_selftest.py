"""`shopkeeper --selftest` proves a bundle names countries in every UI language, and the
Babel locale data pyinstaller.spec keeps is exactly what those names need."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from babel import localedata

ROOT = Path(__file__).resolve().parent.parent
BABEL_DATA = Path(localedata._dirname)
OFFSCREEN = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

# Run in a fresh process, so no Babel cache hides a file: which .dat files are opened while
# the self-test's country check runs (and an unknown language falls back), and what it says.
PROBE = """
import json, sys
from pathlib import Path
opened = set()
def seen(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].endswith(".dat"):
        opened.add(Path(args[0]).stem)
sys.addaudithook(seen)
from babel import localedata
if sys.argv[1]:
    localedata._dirname = sys.argv[1]  # where a bundle's copy of locale-data would be
from shopkeeper.services.countries import country_names
from shopkeeper.ui.app import _selftest_country_names
problems = _selftest_country_names()
try:
    names = {lang: country_names(lang)["DE"] for lang in ("zh_CN", "xx_YY")}
except Exception as exc:
    names = type(exc).__name__
print(json.dumps({"problems": problems, "opened": sorted(opened), "DE": names}))
"""


def _kept_by_spec() -> list[str]:
    """BABEL_LOCALES as pyinstaller.spec lists it (the spec runs only inside PyInstaller)."""
    tree = ast.parse((ROOT / "pyinstaller.spec").read_text(encoding="utf-8"))
    (found,) = [
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(getattr(target, "id", None) == "BABEL_LOCALES" for target in node.targets)
    ]
    return sorted(ast.literal_eval(found))


def _probe(tmp_path: Path, keep: list[str] | None = None) -> dict:
    """The probe on Babel's full data, or on a folder with only the ``keep`` locales."""
    folder = ""
    if keep is not None:
        folder = tmp_path / "locale-data"
        folder.mkdir()
        for name in keep:
            shutil.copy(BABEL_DATA / f"{name}.dat", folder)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        env=OFFSCREEN,
        check=True,
    )
    return json.loads(done.stdout)


def test_the_bundle_keeps_exactly_the_babel_files_the_ui_languages_open(tmp_path):
    """With all of Babel's data, naming countries in English and Chinese opens the spec's
    files and no others: none is missing from the bundle, none is dead weight."""
    found = _probe(tmp_path)
    assert found["problems"] == []
    assert found["opened"] == sorted([*_kept_by_spec(), "global"])


def test_the_files_the_bundle_keeps_name_countries_in_both_languages(tmp_path):
    """With only the kept files, as in the bundle, the self-test's country check passes, and
    a language not shipped shows English names rather than an error."""
    found = _probe(tmp_path, _kept_by_spec())
    assert found["problems"] == []
    assert found["DE"] == {"zh_CN": "德国", "xx_YY": "Germany"}


def test_a_bundle_without_chinese_locale_data_fails_the_check_and_says_why(tmp_path):
    """Chinese data left out: names silently turn English, and the self-test says so."""
    found = _probe(tmp_path, ["root", "en", "en_US"])
    assert found["problems"] == ["zh_CN names CN 'China (CN)', expected '中国 (CN)'"]


def test_a_bundle_without_english_locale_data_fails_the_check(tmp_path):
    """English data left out: every language fails (English is everyone's fallback)."""
    found = _probe(tmp_path, ["root", "zh", "zh_Hans", "zh_Hans_CN"])
    assert [problem.split(":")[0] for problem in found["problems"]] == ["en", "en_US", "zh_CN"]


def test_selftest_reports_country_names_loaded():
    """`shopkeeper --selftest` passes from the source tree and says the names loaded."""
    done = subprocess.run(
        [sys.executable, "-m", "shopkeeper", "--selftest"],
        capture_output=True,
        text=True,
        timeout=120,
        env=OFFSCREEN,
    )
    assert done.returncode == 0, done.stderr
    assert "country names loaded" in done.stdout
