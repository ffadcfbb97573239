"""Every warning of the extension has a type and a subtype, so that an author can silence it."""

import ast
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mdrules import sphinxext
from mdrules.sphinxext.warning_types import MdrulesWarning

MakeApp = Callable[..., Any]

SOURCES = sorted(Path(sphinxext.__file__).parent.rglob("*.py"))
#: Calls of docutils' reporter that stay: they make the document docutils' own parser makes.
REPORTER_KEPT = {"docstrings.py"}


def calls(path: Path) -> Iterator[ast.Call]:
    """Yield every call in a module."""
    yield from (
        node for node in ast.walk(ast.parse(path.read_text())) if isinstance(node, ast.Call)
    )


def untyped_warnings(path: Path) -> list[str]:
    """Return the logger calls of a module that give no type or subtype, and reporter messages."""
    found = []
    for call in calls(path):
        function = call.func
        if not isinstance(function, ast.Attribute):
            continue
        owner = ast.unparse(function.value)
        keywords = {keyword.arg for keyword in call.keywords}
        is_logger = "log" in owner.lower() and function.attr in {"warning", "error", "critical"}
        if is_logger and not {"type", "subtype"} <= keywords:
            found.append(f"{path.name}:{call.lineno}: {ast.unparse(call)[:60]}")
        is_reporter = owner.endswith("reporter") and function.attr in {"warning", "error", "severe"}
        if is_reporter and path.name not in REPORTER_KEPT:
            found.append(f"{path.name}:{call.lineno}: {ast.unparse(call)[:60]}")
    return found


def unknown_subtypes(path: Path) -> list[str]:
    """Return the ``MdrulesWarning.X`` a module names that the enum does not have."""
    return [
        f"{path.name}:{node.lineno}: {node.attr}"
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Attribute)
        and ast.unparse(node.value) == "MdrulesWarning"
        and node.attr not in MdrulesWarning.__members__
    ]


def test_the_check_finds_an_untyped_warning(tmp_path: Path) -> None:
    """A logger call without type and subtype, and a reporter message, are found."""
    module = tmp_path / "module.py"
    module.write_text(
        'logger.warning("x", type="mdrules", subtype="a")\nlogger.warning("y")\n'
        'self.inliner.reporter.error("z", line=1)\n'
    )
    assert untyped_warnings(module) == [
        "module.py:2: logger.warning('y')",
        "module.py:3: self.inliner.reporter.error('z', line=1)",
    ]


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: path.name)
def test_every_warning_has_a_type_and_a_subtype(path: Path) -> None:
    """Each logger call names type and subtype; directives and roles warn through the logger."""
    assert untyped_warnings(path) == []
    assert unknown_subtypes(path) == []


def test_the_warnings_are_called_through_the_enum() -> None:
    """Every subtype is used somewhere, and the sources use no subtype as a bare string."""
    text = "\n".join(path.read_text() for path in SOURCES)
    unused = [kind for kind in MdrulesWarning if f"MdrulesWarning.{kind.name}" not in text]
    assert unused == []
    assert 'subtype="' not in text


PAGE = "# T\n\n{param}`haarlem.no_such_parameter`\n"


def build(make_app: MakeApp, srcdir: Path, conf: str, page: str = PAGE) -> str:
    """Build one page (by default with an unknown parameter); return the warnings."""
    srcdir.mkdir(parents=True, exist_ok=True)
    (srcdir / "conf.py").write_text(f'extensions = ["myst_parser", "mdrules.sphinxext"]\n{conf}')
    (srcdir / "index.md").write_text(page, encoding="utf-8")
    app = make_app("html", srcdir=srcdir)
    app.build()
    return str(app.warning.getvalue())


def test_suppress_warnings_silences_one_subtype(make_app: MakeApp, tmp_path: Path) -> None:
    """``suppress_warnings = ["mdrules.parameter"]`` silences that kind, at the page's line."""
    shown = build(make_app, tmp_path / "shown", "")
    assert "index.md:3: WARNING: expected a parameter key" in shown
    assert "[mdrules.parameter]" in shown
    silenced = build(make_app, tmp_path / "silenced", 'suppress_warnings = ["mdrules.parameter"]\n')
    assert "expected a parameter key" not in silenced


def test_a_directive_error_is_a_typed_warning_at_its_line(
    make_app: MakeApp, tmp_path: Path
) -> None:
    """``{changes}`` of an unknown regulation warns as mdrules.revisions, at its line."""
    page = "# T\n\nText.\n\n```{changes} nowhere\n```\n"
    shown = build(make_app, tmp_path / "changes", "", page)
    assert (
        "index.md:5: WARNING: expected a regulation, one of haarlem, leeuwarden; got 'nowhere'"
        in shown
    )
    assert "[mdrules.revisions]" in shown
