"""A third regulation, kept in tests/regulations/demo/, works without an edit to the engine.

It is chosen with ``MDRULES_REGULATIONS=demo`` (its parent on ``PYTHONPATH``) or by the path
of its folder: the handbook builds its page in Dutch and English with warnings as errors (its rules
cite, are covered and have examples), the command line lists and answers its questions, and
``mdrules diff`` compares two versions of it in a repository of its own.
"""

import json
import os
import re
import shutil
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
    listed = _run(sys.executable, "-m", "mdrules.cli", "questions", "--lang", "en")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "demo who-to-call (steps): Whom to call with a question about a device. [1.1]",
        "demo trip-abroad (permission): Whether a device may go abroad for a number of days. [2.1]",
    ]
    asked = _run(sys.executable, "-m", "mdrules.cli", "ask", "--lang", "en", "demo",
                 "trip-abroad", "--days", "40")  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    assert asked.stdout.splitlines() == [
        "Not allowed: A device may be taken abroad for no more than 30 days.",
        "Basis: Demo 2.1",
    ]


def test_a_regulation_is_chosen_by_the_path_of_its_folder(tmp_path: Path) -> None:
    """An entry with a slash is a package folder, relative to the current directory."""
    environment = {**os.environ, "MDRULES_REGULATIONS": "regulations/demo"}
    listed = subprocess.run(
        [sys.executable, "-m", "mdrules.cli", "questions", "--lang", "en"],
        cwd=HERE, env=environment, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith("demo who-to-call (steps): ")
    missing = subprocess.run(
        [sys.executable, "-m", "mdrules.cli", "questions", "--lang", "en"],
        cwd=tmp_path, env=environment, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert missing.returncode == 2
    assert missing.stderr == (
        "mdrules: error: expected a regulation's package folder with an __init__.py; "
        "got 'regulations/demo'\n"
    )


def _git(repository: Path, *arguments: str) -> None:
    subprocess.run(["git", "-C", str(repository), *arguments], check=True, capture_output=True)


def _demo_repository(root: Path) -> Path:
    """Lay the demo out as a handbook of its own, in a git repository: release ``demo-1``."""
    ignore = shutil.ignore_patterns("__pycache__", "*.mo", "docs", "locale")
    shutil.copytree(DEMO, root / "demo", ignore=ignore)
    shutil.copytree(DEMO / "docs", root / "docs")
    shutil.copytree(DEMO / "locale", root / "locale", ignore=shutil.ignore_patterns("*.mo"))
    _git(root, "init", "-q", "-b", "main")
    _git(root, "config", "user.email", "author@example.org")
    _git(root, "config", "user.name", "Author")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "Demo 1")
    _git(root, "tag", "demo-1")
    return root


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _set_max_days(package: Path, days: int) -> None:
    """Change the demo's parameter where it is written: its TOML, or else its rule module."""
    data = package / "parameters.toml"
    if data.is_file():
        text = data.read_text(encoding="utf-8")
        changed = re.sub(r"(\[max_days_abroad\][^\[]*?value = )30", rf"\g<1>{days}", text)
        assert changed != text
        data.write_text(changed, encoding="utf-8")
    else:
        _replace(package / "art1_2.py", '"max_days_abroad", 30,', f'"max_days_abroad", {days},')


def test_mdrules_diff_compares_two_versions_of_the_demo(tmp_path: Path) -> None:
    """A new parameter value, a changed word and the outcome they change are all reported."""
    repository = _demo_repository(tmp_path / "handbook")
    _set_max_days(repository / "demo", 45)
    page = repository / "docs" / "demo" / "regeling.md"
    _replace(page, "Bel met een vraag", "Bel bij een vraag")
    _replace(
        page,
        "Niet toegestaan: Een apparaat mag ten hoogste 30",
        "Toegestaan: Een apparaat mag ten hoogste 45",
    )
    _git(repository, "commit", "-q", "-am", "Demo 2")
    environment = {**os.environ, "MDRULES_REGULATIONS": "./demo"}
    environment.pop("PYTHONPATH", None)
    done = subprocess.run(
        [sys.executable, "-m", "mdrules.cli", "diff", "--json", "demo-1", "HEAD"],
        cwd=repository, env=environment, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert [(p["key"], p["old"]["nl"], p["new"]["nl"]) for p in report["parameters"]] == [
        ("demo.max_days_abroad", "30", "45")
    ]
    # 2.1 reads "ten hoogste 45 dagen" now: the parameter is part of the words a reader sees.
    assert [change["new_label"] for change in report["articles"]] == ["demo-1-1", "demo-2-1"]
    changed = {(c["rule"], json.dumps(c["inputs"])) for c in report["behaviour"]}
    assert ("demo.trip-abroad", '{"days": 40}') in changed


def test_mdrules_release_stores_the_demo_snapshot_in_its_own_folder(tmp_path: Path) -> None:
    """``mdrules release demo`` writes ``demo/releases/1.json`` of the demo's own repository."""
    repository = _demo_repository(tmp_path / "handbook")
    environment = {**os.environ, "MDRULES_REGULATIONS": "./demo"}
    environment.pop("PYTHONPATH", None)
    done = subprocess.run(
        [sys.executable, "-m", "mdrules.cli", "release", "demo"],
        cwd=repository, env=environment, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "git tag demo-1" in done.stdout
    stored = json.loads((repository / "demo" / "releases" / "1.json").read_text(encoding="utf-8"))
    assert "demo.trip-abroad" in json.dumps(stored)
