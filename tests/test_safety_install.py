"""Installs that work everywhere, and a README that tells the truth about keys and safety."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from shopkeeper import paths
from shopkeeper.ui.dialogs.shortcuts_dialog import markdown_table, shortcut_rows

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SHORTCUTS = re.compile(r"<!-- shortcuts:[^\n]*-->\n(.*?)\n<!-- /shortcuts -->", re.S)


def test_readme_shortcut_table_is_the_windows_actions(window):
    """The README's shortcut table is exactly what Help > Keyboard shortcuts shows."""
    expected = markdown_table(shortcut_rows(window.menu_actions.all))
    (table,) = SHORTCUTS.findall(README)
    assert table == expected, f"paste this into the README:\n{expected}"
    assert "| Redo | Ctrl+Y |" in table and "Ctrl+Shift+Z" not in README


def test_readme_has_a_safety_section_naming_its_tests():
    """The README's Safety section exists and points at the tests that hold it."""
    section = README.split("## Safety", 1)[1].split("\n## ", 1)[0]
    assert "tests/test_safety_*.py" in section and "SIGKILL" in section
    assert list(ROOT.glob("tests/test_safety_*.py"))


def test_resources_are_found_in_the_checkout():
    """From the source tree, translations and icons are read from resources/."""
    assert paths.resources_path() == ROOT / "resources"
    assert paths.resource_path("translations", "shopkeeper_zh_CN.qm").is_file()


def test_resources_are_found_in_the_bundle(tmp_path, monkeypatch):
    """Inside the PyInstaller bundle, resources come from the bundle folder."""
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_path("icons", "app.svg") == tmp_path / "resources/icons/app.svg"


def test_a_built_package_carries_its_resources(tmp_path):
    """A non-editable build copies translations and icons into the package, and finds them."""
    build = tmp_path / "lib"
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(build)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    shipped = build / "shopkeeper" / "resources"
    assert (shipped / "translations" / "shopkeeper_zh_CN.qm").is_file()
    assert (shipped / "icons" / "app.svg").is_file()
    assert not list(shipped.rglob("*.py")) and not list(shipped.rglob("*.ts"))
    found = subprocess.run(
        [sys.executable, "-c", "import shopkeeper.paths as p; print(p.resources_path())"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(build), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout.strip() == str(shipped)


def test_selftest_with_shop_opens_that_shop_read_only(tmp_path):
    """`--selftest --shop PATH` visits every tab on that shop and leaves the file unchanged."""
    from safety_helpers import copy_of_shop

    shop = copy_of_shop(tmp_path / "big.db")
    before = shop.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "shopkeeper", "--selftest", "--shop", str(shop)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "opened read-only" in done.stdout and "selftest.shop.db" not in done.stdout
    assert shop.read_bytes() == before
    made = {p.name for p in tmp_path.iterdir()} - {"big.db", "big.db-wal", "big.db-shm", "home"}
    assert not made, "the self-test wrote nothing beside the shop"
