"""The README stays true: its tabs, its two set-up commands, and CI running its test command."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands():
    return re.findall(r"```bash\n(.+?)\n```", README)


def test_readme_opens_with_the_two_setup_commands():
    """The first two code blocks install and start the app, then install and run the tests."""
    run_app, run_tests = _commands()[:2]
    assert run_app.endswith("shopkeeper") and "pip install -e ." in run_app
    assert ".[test]" in run_tests and "pytest" in run_tests


def test_ci_runs_the_readme_test_command():
    """.ci/run calls exactly the README's test command."""
    assert _commands()[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_tab_is_described(qapp, shop, runner, errors):
    """Each tab of the main window has its own entry in the README's list of tabs."""
    from PySide6.QtGui import QUndoStack

    from shopkeeper.ui import tabs
    from shopkeeper.ui.tab_context import TabContext

    for tab_class in tabs.TAB_CLASSES:
        tab = tab_class(TabContext(shop, runner, QUndoStack(), errors))
        assert f"- **{tab.windowTitle()}**" in README, tab.windowTitle()
        tab.deleteLater()
