"""The API reference's analysis: stored once per content, and the same pages as autodoc2's own."""

import subprocess
import sys
from pathlib import Path

from autodoc2.config import Config

from mdrules.sphinxext.speed.api_analysis import STORE, analysis_key, skippable_modules

CONF = """extensions = ["myst_parser", "autodoc2", "mdrules.sphinxext"]
autodoc2_packages = ["../shapes"]
autodoc2_render_plugin = "myst"
"""
SHAPES = '''"""Shapes."""

import enum
import re

from pydantic import BaseModel


class Kind(enum.Enum):
    """A kind of shape."""

    ROUND = "round"


class Shape(BaseModel):
    """A shape."""

    name: str
    """What it is called."""


def valid(name: str) -> bool:
    """Say whether a name is valid."""
    return re.fullmatch("[a-z]+", name) is not None
'''
INDEX = "# Shapes\n\n```{toctree}\napidocs/index\n```\n"


def make_project(root: Path) -> Path:
    """Write a project documenting the package ``shapes``; return its source folder."""
    (root / "shapes").mkdir()
    (root / "shapes" / "__init__.py").write_text(SHAPES, encoding="utf-8")
    docs = root / "docs"
    docs.mkdir()
    (docs / "conf.py").write_text(CONF, encoding="utf-8")
    (docs / "index.md").write_text(INDEX, encoding="utf-8")
    return docs


def build(docs: Path, name: str) -> str:
    """Build the project with its doctrees in ``_build/doctrees/<name>``; return the module page."""
    build = docs.parent / "_build"
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-W", "-q", "-E"]
    command += ["-d", str(build / "doctrees" / name), str(docs), str(build / name)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return (build / name / "apidocs" / "shapes" / "shapes.html").read_text(encoding="utf-8")


def stored(docs: Path) -> list[str]:
    """Return the names of the stored analyses."""
    return sorted(path.name for path in (docs.parent / "_build" / "doctrees" / STORE).iterdir())


def test_builds_beside_each_other_share_one_analysis(tmp_path: Path) -> None:
    """A second build (another edition) reuses the stored analysis and shows the same page."""
    docs = make_project(tmp_path)
    first = build(docs, "nl")
    assert len(stored(docs)) == 1
    assert build(docs, "en") == first
    assert len(stored(docs)) == 1
    assert "What it is called." in first
    generated = (docs / "apidocs" / "shapes" / "shapes.md").read_text(encoding="utf-8")
    assert "Shape(/, **data: typing.Any)" in generated  # the constructor pydantic gives it


def test_an_edited_module_is_analysed_again(tmp_path: Path) -> None:
    """A change to the package gives a new analysis in place of the old; the page shows it."""
    docs = make_project(tmp_path)
    build(docs, "nl")
    before = stored(docs)
    module = tmp_path / "shapes" / "__init__.py"
    module.write_text(SHAPES.replace("What it is called.", "Its name."), encoding="utf-8")
    page = build(docs, "en")
    assert "Its name." in page
    after = stored(docs)
    assert len(after) == 1  # the new analysis replaces the old
    assert after != before


def test_the_key_depends_on_the_content(tmp_path: Path) -> None:
    """The stored analysis is named by the files' content, not their dates."""
    module = tmp_path / "shapes.py"
    module.write_text(SHAPES, encoding="utf-8")
    packages = {"shapes": [(module, "shapes")]}
    key = analysis_key(packages, Config())
    module.write_text(SHAPES, encoding="utf-8")
    assert analysis_key(packages, Config()) == key
    module.write_text(SHAPES + "\n", encoding="utf-8")
    assert analysis_key(packages, Config()) != key


def test_astroid_skips_only_what_no_class_builds_on(tmp_path: Path) -> None:
    """Modules a class takes its base from are analysed; the others the package imports are not."""
    module = tmp_path / "shapes.py"
    module.write_text(SHAPES, encoding="utf-8")
    assert skippable_modules({"shapes": [(module, "shapes")]}) == {"re"}


def test_inherited_members_are_analysed_when_the_reference_shows_them(tmp_path: Path) -> None:
    """Hidden inherited members are left out of the analysis, but the constructor; shown, all."""
    docs = make_project(tmp_path)
    generated = docs / "apidocs" / "shapes" / "shapes.md"
    build(docs, "hidden")
    hidden = generated.read_text(encoding="utf-8")
    assert "Shape(/, **data: typing.Any)" in hidden  # the inherited constructor is still read
    assert "model_dump" not in hidden
    conf = docs / "conf.py"
    conf.write_text(CONF + 'autodoc2_hidden_objects = ["private", "dunder"]\n', encoding="utf-8")
    build(docs, "shown")
    shown = generated.read_text(encoding="utf-8")
    assert "Shape.model_dump" in shown  # a member of pydantic's BaseModel, analysed again
    assert len(stored(docs)) == 1  # the other configuration's analysis replaced the first
