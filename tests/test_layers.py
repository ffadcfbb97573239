"""The layers of the package do not import the layers beside them.

history/ and the Sphinx extension depend on the engine, not on each other; the engine's
comparison (changes/) depends on neither.
"""

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "src" / "mdrules"
# None: the probe reads an older version's render_fact from that version's own extension by
# name (importlib), which is not this package's dependency on its extension.
ALLOWED: set[tuple[str, str]] = set()


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


def regulation_names(path: Path, names: tuple[str, ...]) -> list[str]:
    """Return each string of a file's code (not a docstring) that names one of the regulations."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    documentation = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        f"{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in documentation
        and any(name in node.value.lower() for name in names)
    ]


def test_the_engine_names_no_regulation() -> None:
    """Outside regulations/, no code names a regulation (docstrings' examples may)."""
    names = ("haarlem", "leeuwarden", "zandvoort")
    found = [
        f"{path.relative_to(PACKAGE).as_posix()}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if "regulations" not in path.relative_to(PACKAGE).parts
        for line in regulation_names(path, names)
    ]
    assert found == []


def test_a_named_regulation_is_found(tmp_path: Path) -> None:
    """A string in code that names a regulation is found; a docstring is not."""
    module = tmp_path / "module.py"
    module.write_text('"""About Haarlem."""\nKEY = "haarlem.x"\n', encoding="utf-8")
    assert regulation_names(module, ("haarlem",)) == ["2: 'haarlem.x'"]
