"""The layers of the package do not import the layers beside them.

history/ and the Sphinx extension depend on the engine, not on each other; the engine's
comparison (changes/) depends on neither.
"""

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "src" / "mdrules"
# The probe's reading of a version renders a {regulation} role with that version's own
# render_fact, which versions so far keep in their Sphinx extension.
ALLOWED = {("changes/probe_text.py", "mdrules.sphinxext.facts")}


def imported(path: Path) -> set[str]:
    """Return every module an ``import`` statement of a file names, at any depth."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def crossings(package: str, forbidden: tuple[str, ...]) -> list[str]:
    """Return each import of a forbidden package in a package's files, as ``file: module``."""
    found = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        for name in sorted(imported(path)):
            allowed = any(
                relative == file and (name == module or name.startswith(module + "."))
                for file, module in ALLOWED
            )
            if name.startswith(forbidden) and not allowed:
                found.append(f"{relative}: {name}")
    return found


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("sphinxext", ("mdrules.history",)),
        ("history", ("mdrules.sphinxext",)),
        ("changes", ("mdrules.history", "mdrules.sphinxext")),
    ],
)
def test_a_layer_imports_no_layer_beside_it(package: str, forbidden: tuple[str, ...]) -> None:
    """No module of a layer imports one of the layers it must not depend on."""
    assert list((PACKAGE / package).rglob("*.py")), f"expected modules in {package}/"
    assert crossings(package, forbidden) == []


def test_an_import_inside_a_function_counts(tmp_path: Path) -> None:
    """An import inside a function, or of a name from a module, is found as well."""
    module = tmp_path / "module.py"
    module.write_text(
        "def f():\n    from mdrules.history.sources import git\n    import mdrules.sphinxext\n",
        encoding="utf-8",
    )
    assert imported(module) == {
        "mdrules.history.sources",
        "mdrules.history.sources.git",
        "mdrules.sphinxext",
    }
