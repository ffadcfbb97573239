"""Mistakes an author makes, one at a time in a fresh copy of the repository, as `make html` runs.

Each must stop the build with a message at the page (or module) and line of the mistake that says
what to do, and no traceback. As an author meets them: the copy is built once without a mistake,
then each mistake is made, built again (only what it touches is read again) and undone.
"""

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT

PAGE = "docs/haarlem/beleid.md"
LEEUWARDEN = "docs/leeuwarden/regeling.md"
RULES = "src/mdrules/regulations/haarlem/s2_3_15_16_security.py"
IGNORED = shutil.ignore_patterns(".git", ".venv", "_build", "node_modules", "__pycache__")


@dataclass(frozen=True)
class Edit:
    """A replacement an author makes in one file of the repository."""

    path: str
    old: str
    new: str


def fresh_copy(tmp_path: Path) -> Path:
    """Return a copy of the repository's sources."""
    copy = tmp_path / "repository"
    for name in ("docs", "locale", "sources", "src", "site"):
        shutil.copytree(ROOT / name, copy / name, ignore=IGNORED)
    shutil.copy2(ROOT / "conf.py", copy / "conf.py")
    return copy


@contextmanager
def made(copy: Path, edit: Edit) -> Iterator[None]:
    """Make the edit in the copy while the block runs, then undo it."""
    path = copy / edit.path
    text = path.read_text(encoding="utf-8")
    assert text.count(edit.old) == 1, f"expected {edit.old!r} once in {edit.path}"
    path.write_text(text.replace(edit.old, edit.new), encoding="utf-8")
    try:
        yield
    finally:
        path.write_text(text, encoding="utf-8")


def run(copy: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """Run a command in the copy, with the copy's own package first on the path."""
    environment = {**os.environ, "PYTHONPATH": str(copy / "src")}
    return subprocess.run(
        command, cwd=copy, env=environment, capture_output=True, text=True, check=False
    )


def build(copy: Path, builder: str = "html") -> subprocess.CompletedProcess[str]:
    """Build the Dutch edition as `make html` does: warnings are errors, nitpicky."""
    return run(
        copy, sys.executable, "-m", "sphinx", "-b", builder, "-c", ".", "-W", "--keep-going",
        "-n", "-q", "-D", "language=nl", "-d", "_build/doctrees", "docs", f"_build/{builder}",
    )  # fmt: skip


def first_warning(stderr: str) -> str:
    """Return the first line of the build's warnings that names a place."""
    return next((line for line in stderr.splitlines() if "WARNING" in line), stderr)


MISTAKES = {
    "unclosed-provision": (
        Edit(PAGE, "Haarlem 2.3.16\n```\n:::\n::::\n", "Haarlem 2.3.16\n```\n:::\n"),
        f"{PAGE}:497",
        "close provision 2.3.16 with :::: before the heading 2.4 on line 497",
    ),
    "unknown-parameter": (
        Edit(PAGE, "(niet {param}`haarlem.forbidden_codes", "(niet {param}`haarlem.forbiden_codes"),
        f"{PAGE}:463",
        "expected a parameter key such as",
    ),
    "unknown-label": (
        Edit(PAGE, "<haarlem-2-7-3>", "<haarlem-2-7-33>"),
        f"{PAGE}:413",
        "has no part 2.7.33 (near it: 2.7.6, 2.7.7, 2.8, 2.8.1); did you mean 2.7.3",
    ),
    "number-not-in-original": (
        Edit(PAGE, "::::{provision} 2.3.16\n", "::::{provision} 2.3.166\n"),
        f"{PAGE}:459",
        "2.3.166 on line 459 is not in the original; the original has 2.3.15, 2.3.16, 2.4 here",
    ),
    "rule-cites-missing-article": (
        Edit(RULES, '"icloud-storage",\n    "2.3.15",', '"icloud-storage",\n    "2.3.51",'),
        f"{RULES}:25",
        f"cites haarlem 2.3.51, which its page {PAGE} does not have",
    ),
    "deleted-term": (
        Edit(PAGE, "Derden\n   Onder derden", "Onder derden"),
        f"{PAGE}:362",
        "term not in glossary: 'Derden': define it in its regulation's glossary, or link",
    ),
    "provision-never-closed": (
        Edit(LEEUWARDEN, "komen te vervallen.\n::::::\n", "komen te vervallen.\n"),
        f"{LEEUWARDEN}:1206",
        "provision 15.4, opened with :::::: on line 1206, is never closed: close it with",
    ),
    "stale-example": (
        Edit(PAGE, "Niet toegestaan: De code 1234 is niet", "Toegestaan: De code 1234 is niet"),
        f"{PAGE}:470",
        "the answer written under the example no longer matches what the rules answer",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a copy of the repository, built once without a mistake."""
    copy = fresh_copy(tmp_path_factory.mktemp("mistakes"))
    result = build(copy)
    assert result.returncode == 0, result.stderr
    return copy


@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_a_mistake_stops_the_build_at_its_line_with_the_fix(built: Path, mistake: str) -> None:
    """The first warning names the mistake's file and line and says what to do."""
    edit, place, words = MISTAKES[mistake]
    with made(built, edit):
        result = build(built)
    assert result.returncode != 0, result.stderr
    assert "Traceback" not in result.stderr
    first = first_warning(result.stderr)
    assert any(place + end in first for end in (":", ")")), result.stderr
    # A rule's mistake shows first where an example calls it; the fix comes with the check.
    assert words in (result.stderr if mistake.startswith("rule") else first), result.stderr
    if mistake == "number-not-in-original":
        assert "coverage.classify" not in result.stderr
    if mistake == "stale-example":
        assert "has no example under it" not in result.stderr


def test_a_changed_sentence_names_its_line_and_make_translations(tmp_path: Path) -> None:
    """The catalog gate names the page and line of a Dutch paragraph that has no translation."""
    edit = Edit(PAGE, "Als een mobile device storingen", "Als een mobiel device storingen")
    copy = fresh_copy(tmp_path)
    with made(copy, edit):
        assert build(copy, "gettext").returncode == 0
        result = run(copy, sys.executable, "-m", "mdrules.catalogs", "check", "_build/gettext")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert f"{PAGE}:411: untranslated in locale/en/LC_MESSAGES/haarlem/beleid.po" in result.stdout
    assert "run `make translations`" in result.stdout
