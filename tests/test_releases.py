"""Stored releases: ``mdrules release`` stores a snapshot, and the page of changes reads it.

The page compares the newest stored release with the tree being built, in the build's own process:
it runs no test and starts no process.
"""

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from mdrules.decision import OUTCOME_LABELS, Outcome
from mdrules.i18n import translate
from mdrules.sphinxext.content.changes import NEW_CALLS
from repository import copy_sources

HERE = Path(__file__).resolve().parent
CONF = """
import subprocess
import sys

project = "Demo"
extensions = ["myst_parser", "sphinx.ext.doctest", "mdrules.sphinxext"]
myst_enable_extensions = ["colon_fence", "attrs_block", "attrs_inline"]
locale_dirs = ["../locale"]
gettext_compact = False
smartquotes = False
html_theme = "furo"

# While the pages are read, no test runner can be imported and no process started.
sys.modules["pytest"] = None
sys.modules["sybil"] = None
_POPEN = subprocess.Popen


class _Refused(subprocess.Popen):
    def __init__(self, *args, **kwargs):
        raise RuntimeError(f"a process was started while the pages were read: {args!r}")


subprocess.Popen = _Refused


def _allow(app, env):
    subprocess.Popen = _POPEN  # the search index is made after the pages are written


def setup(app):
    app.connect("env-updated", _allow)
"""
"""The demo's Sphinx configuration, which refuses processes and pytest while pages are read."""

CHANGES_PAGE = "---\norphan: true\n---\n# Wijzigingen\n\n:::{changes} demo\n:::\n"

# Read the demo tree as the page does, and what its rules give for 40 days abroad.
CURRENT = """
import json, sys
from pathlib import Path
from mdrules.changes.since import current_snapshot, replay
from mdrules.changes.snapshot import Case
snapshot = current_snapshot(Path(sys.argv[1]), "demo")
[forty] = replay([Case(rule="demo.trip-abroad", inputs={"days": 40}, origin="", result={})])
print(json.dumps({"snapshot": snapshot.model_dump(mode="json"), "forty": forty}))
"""


def _demo_environment(regulations: Path) -> dict[str, str]:
    path = os.pathsep.join([str(regulations), os.environ.get("PYTHONPATH", "")])
    return {**os.environ, "MDRULES_REGULATIONS": "demo", "PYTHONPATH": path}


def _run(env: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        arguments, env=env, capture_output=True, text=True, check=False, timeout=600
    )


def _text(page: str) -> str:
    """Return the words of a page's article, without markup."""
    article = page[page.index("<article") : page.index("</article>")]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", article)).split())


def _older(current: dict[str, object], forty: dict[str, object]) -> dict[str, object]:
    """Return the demo's snapshot as a release 0 would have stored it.

    Its limit was 20 days, so 25 days abroad were refused as 40 days are now; and article 3.1 said
    "alle medewerkers" where it now says "iedereen".
    """
    old: dict[str, Any] = json.loads(json.dumps(current))
    old["registry"]["demo"]["version"] = "0"
    limit = old["parameters"]["demo.max_days_abroad"]
    assert (limit["nl"], limit["en"]) == ("30", "30"), limit
    limit["nl"] = limit["en"] = "20"
    if limit.get("value") is not None:  # kept as data, in the regulation's parameters.toml
        assert json.loads(limit["value"]) == 30, limit
        limit["value"] = json.dumps(20)
    [scope] = [unit for unit in old["articles"]["demo"] if unit["label"] == "demo-3-1"]
    assert "iedereen" in scope["nl"], scope
    assert "everyone" in scope["en"], scope
    scope["nl"] = scope["nl"].replace("iedereen", "alle medewerkers")
    scope["en"] = scope["en"].replace("everyone", "all staff")
    old["cases"] = [
        {"rule": "demo.trip-abroad", "inputs": {"days": 25}, "origin": "demo-2-1", "result": forty}
    ]
    return old


def _demo_tree(base: Path) -> tuple[Path, dict[str, str], dict[str, Any]]:
    """Copy the demo with a page of changes; return it, its environment and a release 0."""
    regulations = base / "regulations"
    demo = regulations / "demo"
    shutil.copytree(HERE / "regulations" / "demo", demo)
    (demo / "docs" / "wijzigingen.md").write_text(CHANGES_PAGE, encoding="utf-8")
    (base / "conf.py").write_text(CONF, encoding="utf-8")
    env = _demo_environment(regulations)
    read = _run(env, sys.executable, "-c", CURRENT, str(demo))
    assert read.returncode == 0, read.stderr
    current = json.loads(read.stdout)
    return demo, env, _older(current["snapshot"], current["forty"])


def _build(base: Path, demo: Path, env: dict[str, str], language: str) -> str:
    """Build the demo in a language, incrementally; return its page of changes."""
    out = base / language
    built = _run(
        env, sys.executable, "-m", "sphinx", "-b", "html", "-W", "--keep-going", "-n", "-q",
        "-c", str(base), "-D", f"language={language}", str(demo / "docs"), str(out),
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    return (out / "wijzigingen.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Build the demo with a stored release 0 in both languages; return each page of changes."""
    base = tmp_path_factory.mktemp("releases")
    demo, env, old = _demo_tree(base)
    (demo / "releases").mkdir()
    (demo / "releases" / "0.json").write_text(json.dumps(old), encoding="utf-8")
    return {language: _build(base, demo, env, language) for language in ("nl", "en")}


def test_a_release_stored_or_removed_later_rebuilds_the_page(tmp_path: Path) -> None:
    """An incremental build rereads the page when a release is stored or removed after it."""
    demo, env, old = _demo_tree(tmp_path)
    nothing = "Er is geen eerdere versie om mee te vergelijken"
    assert nothing in _build(tmp_path, demo, env, "nl")
    (demo / "releases").mkdir()
    (demo / "releases" / "0.json").write_text(json.dumps(old), encoding="utf-8")
    assert "vergeleken met de vorige release, demo-0." in _build(tmp_path, demo, env, "nl")
    (demo / "releases" / "0.json").unlink()
    assert nothing in _build(tmp_path, demo, env, "nl")


@pytest.mark.parametrize(
    ("language", "intro", "staff", "everyone"),
    [
        (
            "nl",
            "Versie 1 vergeleken met de vorige release, demo-0.",
            "alle medewerkers",
            "iedereen",
        ),
        ("en", "Version 1 compared with the previous release, demo-0.", "all staff", "everyone"),
    ],
)
def test_the_page_shows_a_parameter_a_word_and_an_outcome(
    demo_site: dict[str, str], language: str, intro: str, staff: str, everyone: str
) -> None:
    """Against the stored release: the limit's new value, the amended words, the changed answer."""
    page = demo_site[language]
    text = _text(page)
    assert intro in text
    assert "demo.max_days_abroad (Demo 2.1): 20 → 30" in text
    removed = re.findall(
        r'class="md-del"><span class="md-visually-hidden">[^<]*</span>([^<]*)<', page
    )
    added = re.findall(
        r'class="md-ins"><span class="md-visually-hidden">[^<]*</span>([^<]*)<', page
    )
    assert (removed, added) == ([staff], [everyone])
    refused = translate(OUTCOME_LABELS[Outcome.NOT_ALLOWED], language)
    allowed = translate(OUTCOME_LABELS[Outcome.ALLOWED], language)
    assert f"mdrules ask demo trip-abroad --days 25: {refused} (Demo 2.1) → {allowed}" in text
    assert translate(NEW_CALLS, language) in text


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Make a git repository of this handbook's tracked sources."""
    repository = tmp_path_factory.mktemp("checkout")
    copy_sources(repository)
    subprocess.run(["git", "-C", str(repository), "init", "-q", "-b", "main"], check=True)
    return repository


def _release(repository: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """Run ``mdrules release haarlem`` in a repository, with that repository's package."""
    env = {**os.environ, "PYTHONPATH": str(repository / "src")}
    env.pop("MDRULES_REGULATIONS", None)
    return subprocess.run(
        [sys.executable, "-m", "mdrules.cli", "release", "haarlem", *options],
        cwd=repository,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_release_stores_the_same_bytes_and_refuses_another_snapshot(checkout: Path) -> None:
    """The snapshot is stored in the regulation's folder; a differing one is replaced only by force.

    The same tree gives the same bytes: the forced snapshot equals the first one.
    """
    stored = checkout / "src" / "mdrules" / "regulations" / "haarlem" / "releases" / "1.04.json"
    first = _release(checkout)
    assert first.returncode == 0, first.stderr
    assert "git tag haarlem-1.04" in first.stdout
    data = stored.read_bytes()
    assert data.endswith(b"}\n")
    snapshot = json.loads(data)
    assert list(snapshot["registry"]) == ["haarlem"]
    assert {case["rule"].split(".")[0] for case in snapshot["cases"]} == {"haarlem"}
    assert {p["regulation"] for p in snapshot["parameters"].values()} == {"haarlem"}
    assert len(snapshot["cases"]) > 100  # the decision tables ran, not only the examples
    assert (
        data == (json.dumps(snapshot, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode()
    )
    stored.write_bytes(data.replace(b'"1.04"', b'"1.03"', 1))
    refused = _release(checkout)
    assert refused.returncode == 2
    assert "--force" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert stored.read_bytes() != data
    forced = _release(checkout, "--force")
    assert forced.returncode == 0, forced.stderr
    assert stored.read_bytes() == data


def test_the_editions_share_a_report_computed_from_the_same_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A report is kept under the digest of its files: reused while they are the same, not after."""
    from mdrules.changes import since
    from mdrules.changes.snapshot import dumps
    from mdrules.changes.stored import StoredRelease

    snapshot = since.current_snapshot(ROOT, "haarlem")
    path = tmp_path / "releases" / "1.03.json"
    path.parent.mkdir()
    path.write_text(dumps(snapshot), encoding="utf-8")
    release = StoredRelease("1.03", path)
    cache = tmp_path / "cache"
    first = since.cached_changes_since(release, ROOT, "haarlem", "haarlem-1.03", cache)
    assert first.parameters == ()

    def recompute(*_arguments: object) -> None:
        raise AssertionError("expected the kept report to be reused")

    with monkeypatch.context() as patched:
        patched.setattr(since, "changes_since", recompute)
        again = since.cached_changes_since(release, ROOT, "haarlem", "haarlem-1.03", cache)
    assert again == first
    data = snapshot.model_dump(mode="json")
    data["parameters"]["haarlem.icloud_free_gb"] |= {"nl": "4", "en": "4", "value": "4"}
    path.write_text(dumps(type(snapshot).model_validate(data)), encoding="utf-8")
    changed = since.cached_changes_since(release, ROOT, "haarlem", "haarlem-1.03", cache)
    assert [change.key for change in changed.parameters] == ["haarlem.icloud_free_gb"]
    assert len(list(cache.glob("haarlem-*.json"))) == 1
