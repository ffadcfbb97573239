"""The build-speed measures: switched off when the tools differ, with the same pages; no globals."""

import gc
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from myst_parser.mdit_to_docutils import base

from mdrules.sphinxext import speed
from mdrules.sphinxext.speed.navigation import Navigation

MakeApp = Callable[..., Any]

CONF = """
extensions = ["myst_parser", "autodoc2", "mdrules.sphinxext"]
html_theme = "furo"
autodoc2_packages = ["pkg"]
autodoc2_docstring_parser_regexes = [(r".*", "mdrules.sphinxext.speed.docstrings")]
autodoc2_hidden_objects = ["private", "inherited", "dunder"]
mdrules_navigation_folded = ["apidocs/index"]
"""

PAGES = {
    "index.md": "# Start\n\n```{toctree}\nover\napidocs/index\n```\n",
    "over.md": "# Over\n\nA page outside the reference.\n",
    "pkg/__init__.py": '"""A package.\n\nWith *emphasis* and ``code``.\n"""\n',
    "pkg/shapes.py": '''"""Shapes.

- a list
- of two
"""

import enum


class Colour(str, enum.Enum):
    """A colour.

    :param name: what it is called
    """

    RED = "red"


def area(side: float) -> float:
    """Return the area of a square.

    >>> area(2)
    4
    """
    return side * side
''',
}

#: The measures that rest on a distribution's version (the collector rests on none).
VERSIONED = [measure.name for measure in speed.MEASURES if measure.versions]


def build(make_app: MakeApp, srcdir: Path, conf: str = CONF) -> tuple[Any, dict[str, bytes]]:
    """Build the small project in ``srcdir``; return the app and every HTML page's bytes."""
    srcdir.mkdir(parents=True, exist_ok=True)
    (srcdir / "conf.py").write_text(conf, encoding="utf-8")
    for name, text in PAGES.items():
        (srcdir / name).parent.mkdir(parents=True, exist_ok=True)
        (srcdir / name).write_text(text, encoding="utf-8")
    app = make_app("html", srcdir=srcdir)
    app.build()
    outdir = Path(app.outdir)
    pages = {str(page.relative_to(outdir)): page.read_bytes() for page in outdir.rglob("*.html")}
    return app, pages


def speed_warnings(app: Any) -> list[str]:  # noqa: ANN401 (Sphinx's test app)
    """Return the build's warnings about speed measures."""
    return [line for line in app.warning.getvalue().splitlines() if "[mdrules.speed]" in line]


def test_the_installed_tools_are_those_the_measures_were_written_for() -> None:
    """On the pinned toolchain every measure is on (an upgrade shows here first)."""
    assert {measure.name: measure.mismatch() for measure in speed.MEASURES} == dict.fromkeys(
        [measure.name for measure in speed.MEASURES]
    )


def test_other_versions_switch_each_measure_off_once_with_the_same_pages(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another version of every tool: one warning per measure, and pages byte for byte the same."""
    app, usual = build(make_app, tmp_path / "usual")
    assert speed_warnings(app) == []
    assert "apidocs/pkg/pkg.shapes.html" in usual
    monkeypatch.setattr(speed, "installed", lambda distribution: "0.0.1")
    app, plain = build(make_app, tmp_path / "plain")
    warnings = speed_warnings(app)
    assert len(warnings) == len(VERSIONED), warnings
    for name in VERSIONED:
        assert sum(f"measure {name!r} is switched off" in line for line in warnings) == 1
    assert "0.0.1 is installed; it was written for" in warnings[0]
    assert sorted(plain) == sorted(usual)
    assert [page for page in usual if plain[page] != usual[page]] == []


def test_a_missing_private_attribute_switches_its_measure_off(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A private attribute gone (a tool changed within its version) also switches it off."""
    from furo import navigation as furo_navigation

    monkeypatch.delattr(furo_navigation, "get_navigation_tree")
    navigation = speed.MEASURES[[m.name for m in speed.MEASURES].index("navigation")]
    assert navigation.mismatch() == "furo.navigation:get_navigation_tree is missing"


def test_setup_changes_no_global_and_each_app_has_its_own_measures(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two apps in one process, one on other versions: each its own measures, no global left."""
    # Sphinx registers roles with docutils itself (the test app restores them): not checked here.
    before = (gc.get_threshold(), gc.get_freeze_count(), base.make_document, dict(os.environ))
    with monkeypatch.context() as patched:
        patched.setattr(speed, "installed", lambda distribution: "0.0.1")
        plain, _pages = build(make_app, tmp_path / "plain")
    usual, _pages = build(make_app, tmp_path / "usual")
    after = (gc.get_threshold(), gc.get_freeze_count(), base.make_document, dict(os.environ))
    assert after == before

    def navigations(app: Any) -> list[object]:  # noqa: ANN401 (Sphinx's test app)
        listeners = app.events.listeners["html-page-context"]
        return [
            item.handler
            for item in listeners
            if isinstance(getattr(item.handler, "__self__", None), Navigation)
        ]

    assert navigations(plain) == []
    assert len(navigations(usual)) == 2  # before and after Furo
    assert not hasattr(usual.env, "mdrules_state_machines")  # let go once the pages were read


def test_an_author_can_silence_the_speed_warnings(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``suppress_warnings = ["mdrules.speed"]`` silences them: they come after the config."""
    monkeypatch.setattr(speed, "installed", lambda distribution: "0.0.1")
    app, _pages = build(make_app, tmp_path, CONF + 'suppress_warnings = ["mdrules.speed"]\n')
    assert speed_warnings(app) == []
    assert "is switched off" not in app.warning.getvalue()
