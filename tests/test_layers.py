"""The layers stay closed: imports go ui → services → store, and only ui/ touches Qt.

Every module's imports are read with ``ast`` (those inside functions too), so a
lazy import cannot slip past. A failure names the file, the line and the import.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "shopkeeper"
EXCHANGE = "shopkeeper.services.exchange"

# (modules under this prefix, must not import anything under these prefixes)
FORBIDDEN = [
    ("shopkeeper.ui", ("shopkeeper.store",)),
    ("shopkeeper.cli", ("shopkeeper.store",)),
    ("shopkeeper.store", ("shopkeeper.services", "shopkeeper.ui", "shopkeeper.cli")),
    ("shopkeeper.services", ("shopkeeper.ui", "shopkeeper.cli")),
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in ``path``; ``from a import b``
    gives ``a.b`` as well, since ``b`` may be a submodule."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def breaks(rule) -> list[str]:
    problems = []
    for path in sources():
        where = module_name(path)
        for line, name in imports(path):
            if rule(where, name):
                problems.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}")
    return sorted(set(problems))


@pytest.mark.parametrize(("layer", "forbidden"), FORBIDDEN, ids=[f[0] for f in FORBIDDEN])
def test_layers_import_only_downwards(layer, forbidden):
    """ui and the CLI reach the database only through services; store knows nothing above it."""
    assert (
        breaks(lambda where, name: under(where, layer) and any(under(name, f) for f in forbidden))
        == []
    )


def test_only_the_ui_imports_qt():
    """Nothing outside shopkeeper/ui imports PySide6 (services and store run headless)."""
    assert (
        breaks(lambda where, name: not under(where, "shopkeeper.ui") and under(name, "PySide6"))
        == []
    )


def test_ui_and_cli_use_only_the_public_exchange_surface():
    """The window and the CLI import exchange names from shopkeeper.services.exchange only."""
    from shopkeeper.services import exchange

    def reaches_in(where, name):
        if not (under(where, "shopkeeper.ui") or under(where, "shopkeeper.cli")):
            return False
        if not name.startswith(EXCHANGE + "."):
            return False
        return name[len(EXCHANGE) + 1 :] not in exchange.__all__

    assert breaks(reaches_in) == []


def test_every_public_exchange_name_resolves():
    """Each name in the exchange surface's __all__ loads (no stale entry)."""
    from shopkeeper.services import exchange

    missing = [name for name in exchange.__all__ if getattr(exchange, name, None) is None]
    assert missing == []


def test_importing_the_exchange_surface_loads_nothing_heavy():
    """`import shopkeeper.services.exchange` loads no reader or writer until a name is used,
    so the window starts without calamine and openpyxl."""
    code = (
        "import sys, shopkeeper.services.exchange as e; "
        f"print(sorted(m for m in sys.modules if m.startswith('{EXCHANGE}.')"
        " or m.split('.')[0] in ('openpyxl', 'python_calamine')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"


def test_the_rule_checker_sees_relative_and_lazy_imports(tmp_path, monkeypatch):
    """A relative import inside a function is resolved and caught like any other."""
    fake = tmp_path / "shopkeeper"
    (fake / "ui").mkdir(parents=True)
    (fake / "ui" / "__init__.py").write_text("")
    (fake / "ui" / "tab.py").write_text("def load():\n    from ..store import db\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert breaks(lambda where, name: under(name, "shopkeeper.store")) == [
        "shopkeeper/ui/tab.py:2 imports shopkeeper.store",
        "shopkeeper/ui/tab.py:2 imports shopkeeper.store.db",
    ]


def test_the_bundle_sees_every_module_behind_the_exchange_surface():
    """The surface loads its modules by name, so __init__ also imports each one statically
    (under TYPE_CHECKING) for PyInstaller's scan; a module missing there is missing from the
    desktop bundle."""
    from shopkeeper.services import exchange

    init = PACKAGE / "services" / "exchange" / "__init__.py"
    static = {
        f"{node.module}.{alias.name}" if node.module else alias.name
        for node in ast.walk(ast.parse(init.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.level == 1
        for alias in node.names
    }
    assert {module for module, _ in exchange._SURFACE.values()} - static == set()
