"""A third regulation, kept in tests/regulations/demo/, works without an edit to the engine.

It is chosen with ``MDRULES_REGULATIONS=demo`` (its folder's parent on ``PYTHONPATH``): the handbook
builds its page in Dutch and English with warnings as errors (its rules cite, are covered and have
examples), and the command line lists and answers its questions.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DEMO = HERE / "regulations" / "demo"
CONF = """
project = "Demo"
extensions = ["myst_parser", "sphinx.ext.doctest", "mdrules.sphinxext"]
myst_enable_extensions = ["colon_fence", "attrs_block", "attrs_inline"]
locale_dirs = ["../locale"]
gettext_compact = False
smartquotes = False
html_theme = "furo"
"""
"""The demo's Sphinx configuration: the handbook's settings that its pages need."""


def _environment() -> dict[str, str]:
    """Return the environment that chooses the demo regulation alone."""
    path = os.pathsep.join([str(HERE / "regulations"), os.environ.get("PYTHONPATH", "")])
    return {**os.environ, "MDRULES_REGULATIONS": "demo", "PYTHONPATH": path}


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        arguments, env=_environment(), capture_output=True, text=True, check=False, timeout=600
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_demo_regulation_builds_without_warnings(tmp_path: Path, language: str) -> None:
    """Its page builds with -W -n in both languages, with the rules' answers under the articles."""
    (tmp_path / "conf.py").write_text(CONF, encoding="utf-8")
    out = tmp_path / language
    result = _run(
        sys.executable, "-m", "sphinx", "-b", "html", "-W", "--keep-going", "-n", "-q",
        "-c", str(tmp_path), "-D", f"language={language}", str(DEMO / "docs"), str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    page = (out / "demo" / "regeling.html").read_text(encoding="utf-8")
    assert 'id="demo-2"' in page
    if language == "nl":
        assert "Een apparaat mag ten hoogste 30 dagen mee naar het buitenland." in page
    else:
        assert "A device may be taken abroad for no more than 30 days." in page
        assert "Demo 2.1" in page


def test_the_command_lists_and_answers_the_demo_questions() -> None:
    """``mdrules questions`` lists the demo's two questions; ``ask`` answers one in English."""
    listed = _run(sys.executable, "-m", "mdrules.cli", "questions")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "demo who-to-call: Whom to call with a question about a device. [1.1]",
        "demo trip-abroad: Whether a device may go abroad for a number of days. [2.1]",
    ]
    asked = _run(sys.executable, "-m", "mdrules.cli", "ask", "--lang", "en", "demo",
                 "trip-abroad", "--days", "40")  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    assert asked.stdout.splitlines() == [
        "Not allowed: A device may be taken abroad for no more than 30 days.",
        "Basis: Demo 2.1",
    ]
