"""`mdrules diff` on real git repositories made in temporary folders."""

import json
import random
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT
from mdrules.cli import main
from mdrules.history.compare import Report
from mdrules.history.diff import diff
from mdrules.history.probe import scan_units
from mdrules.history.releases import changes_since_release, previous_release

# A lower-case word of the text, not part of a role's target or a parameter key.
WORD = re.compile(r"(?<![`{<\w.:])[a-z]{5,}(?![\w`}>])")
PAGES = {"haarlem": "docs/haarlem/beleid.md", "leeuwarden": "docs/leeuwarden/regeling.md"}


def git(repository: Path, *arguments: str) -> str:
    """Run git in a test repository."""
    done = subprocess.run(
        ["git", "-C", str(repository), *arguments], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def commit(repository: Path, message: str) -> None:
    """Commit everything in a test repository."""
    git(repository, "add", "-A")
    git(repository, "commit", "-q", "-m", message)


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Make a git repository of this handbook's sources, released as haarlem-1.04."""
    repository = tmp_path_factory.mktemp("origin")
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for name in listed:
        source = ROOT / name
        if source.is_file() and not name.startswith(("docs/reference/api/", "_build/")):
            target = repository / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git(repository, "init", "-q", "-b", "main")
    git(repository, "config", "user.email", "author@example.org")
    git(repository, "config", "user.name", "Author")
    commit(repository, "Haarlem 1.04")
    git(repository, "tag", "haarlem-1.04")
    return repository


@pytest.fixture
def repository(origin: Path, tmp_path: Path) -> Iterator[Path]:
    """Clone the origin to edit; snapshots of the tag are shared through the cache."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(origin), str(clone)], check=True)
    git(clone, "config", "user.email", "author@example.org")
    git(clone, "config", "user.name", "Author")
    cache = origin / "_build" / "history"
    if cache.is_dir():
        shutil.copytree(cache, clone / "_build" / "history")
    yield clone
    if (clone / "_build" / "history").is_dir():
        shutil.copytree(clone / "_build" / "history", cache, dirs_exist_ok=True)


def edit(repository: Path, path: str, old: str, new: str) -> None:
    """Replace one passage of a file, which must be there exactly once."""
    file = repository / path
    text = file.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
    file.write_text(text.replace(old, new), encoding="utf-8")


def text_lines(markdown: str, regulation: str) -> list[tuple[int, str]]:
    """Return the lines of a page that are article text (not examples or code), with their label."""
    owners: list[str] = []
    scan_units(markdown, regulation, owners)
    lines, depth_fences = [], []
    for number, line in enumerate(markdown.splitlines()):
        fence = re.match(r"^(:{3,}|`{3,})(\{[\w-]+\})?", line)
        if fence and fence.group(2) and fence.group(2) != "{provision}":
            depth_fences.append(fence.group(1))
            continue
        if depth_fences and line.strip() == depth_fences[-1]:
            depth_fences.pop()
            continue
        if not depth_fences and re.search(r"-\d", owners[number]):
            lines.append((number, owners[number]))
    return lines


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_word_edits_all_appear_as_changed_articles(repository: Path, seed: int) -> None:
    """Each word replaced in an article shows as an addition in that article's Dutch redline."""
    chance = random.Random(seed)
    expected: dict[str, str] = {}
    for regulation, path in PAGES.items():
        markdown = (repository / path).read_text(encoding="utf-8")
        lines = markdown.splitlines()
        candidates: dict[str, tuple[int, list[str]]] = {}
        for number, label in text_lines(markdown, regulation):
            words = WORD.findall(lines[number])
            if words and not lines[number].startswith(("(", ":")):
                candidates.setdefault(label, (number, words))
        for label in chance.sample(sorted(candidates), 2):
            number, words = candidates[label]
            marker = f"wijziging{seed}{len(expected)}"
            word = chance.choice(words)
            lines[number] = re.sub(
                rf"(?<![`{{<\w.:]){word}(?![\w`}}>])", marker, lines[number], count=1
            )
            expected[label] = marker
        (repository / path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(expected) == 4
    commit(repository, "Edit words")
    report = diff("haarlem-1.04", "HEAD", repository)
    changed = {str(change.new_label): change for change in report.articles}
    for label, marker in expected.items():
        assert label in changed, f"{label} not reported; reported {sorted(changed)}"
        added = [s.text for s in changed[label].nl if s.op == "+"]
        assert any(marker in text for text in added)
    assert set(changed) == set(expected)
    assert not report.parameters


def test_reflow_and_markup_are_not_amendments(repository: Path) -> None:
    """Re-wrapped lines and Markdown links changed to plain words are no changes."""
    for path in PAGES.values():
        file = repository / path
        text = file.read_text(encoding="utf-8")
        # Join every pair of text lines within a paragraph: a different wrapping, same words.
        text = re.sub(r"(?m)^([A-Za-z][^\n]*[a-z,])\n([a-z][^\n]*)$", r"\1 \2", text)
        file.write_text(text, encoding="utf-8")
    edit(
        repository,
        PAGES["haarlem"],
        "{term}`representatieve staat <Representatieve staat>`",
        "representatieve staat",
    )
    commit(repository, "Reflow")
    assert git(repository, "diff", "--stat", "haarlem-1.04", "HEAD")
    report = diff("haarlem-1.04", "HEAD", repository)
    assert report.articles == ()
    assert report.empty


def test_a_sentence_a_parameter_and_a_list(repository: Path) -> None:
    """The reviewer's case: the sentence, the parameter and the list, and the outcomes they move."""
    edit(
        repository,
        PAGES["haarlem"],
        "hardware nimmer onbeheerd",
        "hardware nooit onbeheerd",
    )
    edit(
        repository,
        "src/mdrules/regulations/haarlem/s2_4_devices.py",
        '"depreciation_smartphone_tablet_months",\n    36,',
        '"depreciation_smartphone_tablet_months",\n    48,',
    )
    edit(
        repository,
        "src/mdrules/regulations/haarlem/s2_3_security.py",
        '("0000", "1234"),',
        '("0000", "1234", "1111"),',
    )
    commit(repository, "Review proposal")
    report = diff("haarlem-1.04", "HEAD", repository)
    articles = {change.new_number: change for change in report.articles}
    assert set(articles) == {"2.3.6", "2.3.16", "2.4.6"}
    assert [(s.op, s.text) for s in articles["2.4.6"].nl if s.op != "="] == [
        ("-", "36"),
        ("+", "48"),
    ]
    assert articles["2.4.6"].en is not None
    assert ("+", "48") in [(s.op, s.text) for s in articles["2.4.6"].en]
    parameters = {change.key: change for change in report.parameters}
    assert set(parameters) == {
        "haarlem.depreciation_smartphone_tablet_months",
        "haarlem.forbidden_codes",
    }
    assert parameters["haarlem.forbidden_codes"].new == {
        "nl": "0000, 1234 en 1111",
        "en": "0000, 1234 and 1111",
    }
    rules = {change.rule for change in report.behaviour}
    assert rules == {"haarlem.replacement", "haarlem.security-code"}
    code = [c for c in report.behaviour if c.rule == "haarlem.security-code"]
    assert any(c.old["outcome"] == "allowed" and c.new["outcome"] == "not_allowed" for c in code)
    assert all("2.4.6" in c.articles for c in report.behaviour if c.rule == "haarlem.replacement")


def test_renumbered_added_and_removed_articles(repository: Path) -> None:
    """A provision moved to a new number is renumbered; a new one added; a dropped one removed."""
    page = PAGES["leeuwarden"]
    edit(repository, page, "::::::{provision} 15.2\n", "::::::{provision} 15.5\n")
    edit(
        repository,
        page,
        "::::::{provision} 15.4\n",
        "::::::{provision} 15.6\nEen geheel nieuw lid over de evaluatie van deze regeling.\n"
        "::::::\n\n::::::{provision} 15.4\n",
    )
    markdown = (repository / page).read_text(encoding="utf-8")
    start = markdown.index("::::::{provision} 14.2\n")
    end = markdown.index("::::::\n", start) + len("::::::\n")
    (repository / page).write_text(markdown[:start] + markdown[end:], encoding="utf-8")
    commit(repository, "Renumber")
    report = diff("haarlem-1.04", "HEAD", repository)
    kinds = {(c.kind, c.old_number, c.new_number) for c in report.articles}
    assert ("renumbered", "15.2", "15.5") in kinds
    assert ("added", None, "15.6") in kinds
    assert ("removed", "14.2", None) in kinds


def test_folders_can_be_compared_and_bad_versions_are_refused(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two folders compare like revisions; a name that is neither exits 2 with what was expected."""
    report = diff(str(repository), str(repository), repository)
    assert isinstance(report, Report)
    assert report.empty
    status = main(["diff", "no-such-tag", str(repository)])
    err = capsys.readouterr().err
    assert status == 2
    assert "expected a git revision or tag" in err
    assert "'no-such-tag'" in err
    status = main(["diff", str(repository / "docs"), str(repository)])
    assert status == 2
    assert "expected a folder with the handbook's sources" in capsys.readouterr().err


def test_diff_reads_the_repository_of_the_current_directory(
    repository: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Run in a checkout, `mdrules diff` compares that checkout, not the package's own sources."""
    edit(repository, PAGES["haarlem"], "hardware nimmer onbeheerd", "hardware nooit onbeheerd")
    commit(repository, "Edit")
    monkeypatch.chdir(repository / "docs")
    assert main(["diff", "haarlem-1.04", "HEAD", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [article["new_number"] for article in report["articles"]] == ["2.3.6"]
    outside = tmp_path_factory.mktemp("outside")
    monkeypatch.chdir(outside)
    assert main(["diff", "haarlem-1.04", "HEAD"]) == 2
    assert "expected a folder inside a git repository" in capsys.readouterr().err
    assert main(["diff", "haarlem-1.04", "HEAD", "--json", "--repo", str(repository)]) == 0
    assert json.loads(capsys.readouterr().out)["articles"]


def test_the_release_page_compares_with_the_previous_tag(repository: Path) -> None:
    """After a new version in the register, the page's report is against the previous tag."""
    assert previous_release(repository, "haarlem", "1.04") is None
    edit(
        repository,
        "src/mdrules/regulations/haarlem/metadata.py",
        '            reviewed_by="JZ",\n        ),\n',
        '            reviewed_by="JZ",\n        ),\n'
        "        Revision(\n"
        '            version="1.05",\n'
        "            date=dt.date(2026, 11, 23),\n"
        '            description=N_("Review"),\n'
        '            reviewed_by="HRM",\n'
        "        ),\n",
    )
    commit(repository, "Haarlem 1.05")
    assert previous_release(repository, "haarlem", "1.05") == "haarlem-1.04"
    release = changes_since_release(repository, "haarlem", "1.05")
    assert release is not None
    tag, report = release
    assert tag == "haarlem-1.04"
    assert [(f.field, f.old, f.new) for f in report.facts] == [
        ("version", "1.04", "1.05"),
        ("date", "2019-10-30", "2026-11-23"),
    ]
    git(repository, "tag", "haarlem-1.05")
    assert previous_release(repository, "haarlem", "1.05") == "haarlem-1.04"
    assert previous_release(repository, "leeuwarden", "2024") is None


# Whole-number parameters whose value any other whole number may take.
NUMBERS = [
    "icloud_free_gb",
    "depreciation_smartphone_tablet_months",
    "depreciation_laptop_months",
    "eu_data_gb_per_month",
    "wired_connection_days",
]


@pytest.mark.parametrize("seed", [1, 2])
def test_random_parameter_edits_all_appear(repository: Path, seed: int) -> None:
    """Each parameter given a new value is reported with its old and new value, nothing else."""
    chance = random.Random(seed)
    package = repository / "src" / "mdrules" / "regulations" / "haarlem"
    changed: dict[str, tuple[int, int]] = {}
    for name in chance.sample(NUMBERS, 2):
        pattern = re.compile(rf'("{name}",\s*\n\s*)(\d+)(,)')
        sources = [
            path for path in sorted(package.glob("*.py")) if pattern.search(path.read_text())
        ]
        assert len(sources) == 1, name
        text = sources[0].read_text(encoding="utf-8")
        match = pattern.search(text)
        assert match is not None, name
        old = int(match[2])
        new = old + chance.randint(1, 20)
        sources[0].write_text(pattern.sub(rf"\g<1>{new}\g<3>", text, count=1), encoding="utf-8")
        changed[f"haarlem.{name}"] = (old, new)
    commit(repository, "Edit parameters")
    report = diff("haarlem-1.04", "HEAD", repository)
    reported = {c.key: c for c in report.parameters}
    assert set(reported) == set(changed)
    for key, (old, new) in changed.items():
        assert reported[key].old == {"nl": str(old), "en": str(old)}
        assert reported[key].new == {"nl": str(new), "en": str(new)}
