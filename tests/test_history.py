"""`mdrules diff` on real git repositories made in temporary folders."""

import json
import os
import random
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT
from mdrules.changes.compare import BehaviourChange, Report
from mdrules.changes.probe_calls import result, what
from mdrules.changes.probe_text import UnreadableError, scan_units
from mdrules.changes.probe_values import parameters as probe_parameters
from mdrules.changes.snapshot import Snapshot
from mdrules.changes.wording import outcome
from mdrules.cli import main
from mdrules.decision import Decision, Message, Outcome
from mdrules.history.diff import diff
from mdrules.history.releases import changes_since_release, previous_release
from mdrules.history.snapshot import PROBE
from mdrules.history.terminal import summary
from mdrules.parameters import render
from mdrules.regulations import REGULATIONS, RULESETS
from repository import copy_sources

# A lower-case word of the text, not part of a role's target or a parameter key.
WORD = re.compile(r"(?<![`{<\w.:])[a-z]{5,}(?![\w`}>])")
PAGES = {"haarlem": "docs/haarlem/beleid.md", "leeuwarden": "docs/leeuwarden/regeling.md"}
HAARLEM_PARAMETERS = "src/mdrules/regulations/haarlem/parameters.toml"


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
    copy_sources(repository)
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
        HAARLEM_PARAMETERS,
        "[depreciation_smartphone_tablet_months]\nvalue = 36\n",
        "[depreciation_smartphone_tablet_months]\nvalue = 48\n",
    )
    edit(
        repository,
        HAARLEM_PARAMETERS,
        'value = ["0000", "1234"]',
        'value = ["0000", "1234", "1111"]',
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
    assert rules == {"haarlem.replacement", "haarlem.security-code", "haarlem.device-security"}
    code = [c for c in report.behaviour if c.rule == "haarlem.security-code"]
    assert any(c.old["outcome"] == "allowed" and c.new["outcome"] == "not_allowed" for c in code)
    # The step to set a SIM card code now names one more code it may not be: what to do changed.
    security = [c for c in report.behaviour if c.rule == "haarlem.device-security"]
    assert all(c.old["outcome"] == c.new["outcome"] for c in security)
    assert all("0000, 1234 of 1111" in " ".join(c.new["steps"]["nl"]) for c in security)
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
    assert "verwacht een git-revisie of -tag" in err
    assert "'no-such-tag'" in err
    status = main(["diff", str(repository / "docs"), str(repository)])
    assert status == 2
    assert "verwacht een map met de bronnen van het handboek" in capsys.readouterr().err


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
    assert "ligt niet in een git-repository" in capsys.readouterr().err
    assert main(["diff", "haarlem-1.04", "HEAD", "--json", "--repo", str(repository)]) == 0
    assert json.loads(capsys.readouterr().out)["articles"]


def test_the_release_page_compares_with_the_previous_tag(repository: Path) -> None:
    """After a new version in the register, the report is against the previous release tag."""
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
    source = repository / HAARLEM_PARAMETERS
    changed: dict[str, tuple[int, int]] = {}
    for name in chance.sample(NUMBERS, 2):
        pattern = re.compile(rf"^(\[{name}\]\nvalue = )(\d+)$", re.MULTILINE)
        text = source.read_text(encoding="utf-8")
        match = pattern.search(text)
        assert match is not None, name
        old = int(match[2])
        new = old + chance.randint(1, 20)
        source.write_text(pattern.sub(rf"\g<1>{new}", text, count=1), encoding="utf-8")
        changed[f"haarlem.{name}"] = (old, new)
    commit(repository, "Edit parameters")
    report = diff("haarlem-1.04", "HEAD", repository)
    reported = {c.key: c for c in report.parameters}
    assert set(reported) == set(changed)
    for key, (old, new) in changed.items():
        assert reported[key].old == {"nl": str(old), "en": str(old)}
        assert reported[key].new == {"nl": str(new), "en": str(new)}


def moment(change: BehaviourChange) -> str:
    """Return the moment of an incident call, as recorded."""
    return str(change.inputs["moment"]["$datetime"])


def test_a_changed_step_or_contact_is_a_changed_outcome(repository: Path) -> None:
    """Mail instead of call at 17:00, or another address to mail: outcomes; other words: rewording.

    The servicedesk closes at 16:30 instead of 17:00, and takes reports at another address.
    """
    edit(
        repository,
        HAARLEM_PARAMETERS,
        "[servicedesk_closes]\nvalue = 17:00:00\n",
        "[servicedesk_closes]\nvalue = 16:30:00\n",
    )
    edit(
        repository,
        HAARLEM_PARAMETERS,
        '"servicedesk.iv@haarlem.nl"',
        '"meldingen@haarlem.nl"',
    )
    commit(repository, "The servicedesk closes earlier and has a new address")
    report = diff("haarlem-1.04", "HEAD", repository)
    changed = [c for c in report.behaviour if c.rule == "haarlem.incident"]
    reworded = [c for c in report.reworded if c.rule == "haarlem.incident"]
    at_five = [c for c in changed if moment(c) == "2026-11-23T17:00:00"]
    assert at_five, "the call at 17:00 is not a changed outcome"
    for change in at_five:  # in office hours before, outside them now: mail instead of call
        assert change.old["outcome"] == change.new["outcome"] == "required"
        assert "bel 023-5115252" in change.old["steps"]["nl"][0]
        assert "mail naar meldingen@haarlem.nl" in change.new["steps"]["nl"][0]
    saturday = [c for c in changed if moment(c) == "2026-11-21T12:00:00"]
    assert saturday, "the call on Saturday is not a changed outcome"
    for change in saturday:  # outside office hours in both: another address
        assert "servicedesk.iv@haarlem.nl" in change.old["contacts"]
        assert change.new["contacts"] == ["meldingen@haarlem.nl"]
    noon = [c for c in reworded if moment(c) == "2026-11-23T12:00:00"]
    assert noon, "the call at noon, only its office hours worded anew, is not a rewording"
    assert {moment(c) for c in noon}.isdisjoint(moment(c) for c in changed)
    for change in noon:
        assert change.old["steps"] == change.new["steps"]
        assert "17:00" in change.old["text"]["nl"]
        assert "16:30" in change.new["text"]["nl"]
    shown = outcome(at_five[0].new, "haarlem", "en", at_five[0].old)
    assert "1. Inform the administrator quickly: e-mail meldingen@haarlem.nl." in shown
    assert "Inform the administrator quickly" in summary(report, "en")


SECURITY_TABLE = "src/mdrules/regulations/haarlem/tables/s2_3_15_16_security.toml"
CODE_ROW = 'inputs = { code = "4821", kind = "sim" }\noutcome = '


def test_parameters_and_decision_tables_are_compared_as_data(repository: Path) -> None:
    """A value of parameters.toml and an answer a decision table expects, changed.

    The ICT-Loket opens at 9:30; the table of 2.3.16 expects the code 4821 to be refused on a SIM
    card while the rule still allows it: the row's expected outcome is a changed outcome. Once the
    code is forbidden too, the call itself answers differently, and is reported once.
    """
    edit(
        repository,
        HAARLEM_PARAMETERS,
        "[ict_loket_opens]\nvalue = 09:00:00\n",
        "[ict_loket_opens]\nvalue = 09:30:00\n",
    )
    edit(repository, SECURITY_TABLE, CODE_ROW + '"allowed"', CODE_ROW + '"not_allowed"')
    commit(repository, "The ICT-Loket opens later; 4821 is to be refused")
    report = diff("haarlem-1.04", "HEAD", repository)
    parameters = {change.key: change for change in report.parameters}
    assert parameters["haarlem.ict_loket_opens"].old == {"nl": "9:00", "en": "9:00"}
    assert parameters["haarlem.ict_loket_opens"].new == {"nl": "9:30", "en": "9:30"}
    assert "haarlem.ict_loket_hours" in parameters  # its start is the opening time
    code = [c for c in report.behaviour if c.rule == "haarlem.security-code"]
    assert [(c.origin, c.inputs, c.old, c.new) for c in code] == [
        (
            "haarlem/s2_3_15_16_security/security-code-4",
            {"code": "4821", "kind": "sim"},
            {"outcome": "allowed", "articles": ["2.3.16"]},
            {"outcome": "not_allowed", "articles": ["2.3.16"]},
        )
    ]
    assert "Not allowed (Haarlem 2.3.16)" in summary(report, "en")
    edit(
        repository,
        HAARLEM_PARAMETERS,
        'value = ["0000", "1234"]',
        'value = ["0000", "1234", "4821"]',
    )
    commit(repository, "4821 is forbidden")
    report = diff("haarlem-1.04", "HEAD", repository)
    sim = [
        c
        for c in report.behaviour
        if c.rule == "haarlem.security-code"
        and c.inputs.get("code") == "4821"
        and "sim" in json.dumps(c.inputs)
    ]
    assert len(sim) == 1
    assert (sim[0].old["outcome"], sim[0].new["outcome"]) == ("allowed", "not_allowed")
    assert "text" in sim[0].new  # the rule's answer, not the table's expectation


# Structured values whose rules' rendering is no text a page shows (a model's fields, a name the
# rules derive): the probe writes them from the data alone.
NOT_RENDERED_ALIKE = {
    "haarlem.device_combinations",
    "haarlem.servicedesk_hours",
    "haarlem.ict_loket_hours",
    "haarlem.ict_loket_zandvoort_hours",
}


def test_the_probe_reads_parameters_as_data_as_the_pages_write_them() -> None:
    """The probe's values, read from parameters.toml alone, are the values the rules render."""
    found = probe_parameters(ROOT)
    assert set(found) == set(RULESETS.parameters)
    for key, parameter in RULESETS.parameters.items():
        assert found[key]["value"] is not None
        assert found[key]["article"] == parameter.citation.article
        if key not in NOT_RENDERED_ALIKE:
            shown = {language: render(parameter, language) for language in ("nl", "en")}
            assert {language: found[key][language] for language in shown} == shown, key


def test_a_version_it_cannot_read_is_an_error(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A parameter the version lacks, or a rule that crashes: exit status 2, saying what failed."""
    edit(
        repository,
        PAGES["haarlem"],
        "hardware nimmer onbeheerd",
        "hardware {param}`haarlem.no_such_parameter` onbeheerd",
    )
    commit(repository, "A parameter that does not exist")
    assert main(["diff", "haarlem-1.04", "HEAD", "--repo", str(repository)]) == 2
    err = capsys.readouterr().err
    assert "versie 'HEAD' kon niet gelezen worden" in err
    assert "reading the articles: docs/haarlem/beleid.md, haarlem-2-3-6:" in err
    assert "cannot render {param}`haarlem.no_such_parameter` in nl" in err
    assert "the version has no parameter haarlem.no_such_parameter" in err
    git(repository, "revert", "--no-edit", "HEAD")
    edit(
        repository,
        "src/mdrules/regulations/haarlem/s2_3_15_16_security.py",
        "def security_code(code: str, kind: CodeKind = CodeKind.SIM) -> Decision:\n",
        "def security_code(code: str, kind: CodeKind = CodeKind.SIM) -> Decision:\n"
        "    raise KeyError('forbidden_codes')\n",
    )
    commit(repository, "A rule that crashes")
    assert main(["diff", "haarlem-1.04", "HEAD", "--repo", str(repository)]) == 2
    err = capsys.readouterr().err
    assert "versie 'HEAD' kon niet gelezen worden: running the examples and tests:" in err
    assert "the call haarlem.security-code {" in err
    assert "failed: KeyError: 'forbidden_codes'" in err


def test_the_examples_are_read_without_pytest(tmp_path: Path) -> None:
    """Without pytest the probe runs the pages' and docstrings' examples, and names the tables."""
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    (hidden / "sitecustomize.py").write_text('import sys\nsys.modules["pytest"] = None\n')
    out = tmp_path / "snapshot.json"
    done = subprocess.run(
        [sys.executable, "-P", str(PROBE), "snapshot", str(ROOT), str(out)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(hidden), "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert done.returncode == 0, done.stderr
    snapshot = Snapshot.model_validate_json(out.read_text(encoding="utf-8"))
    assert snapshot.skipped == ["tests/test_haarlem.py", "tests/test_leeuwarden.py"]
    origins = {case.origin.split("::")[0] for case in snapshot.cases}
    assert {"haarlem-2-3-16", "docs/faq/haarlem.md"} <= origins
    assert any(origin.startswith("src/mdrules/regulations/haarlem/") for origin in origins)
    assert not any(origin.startswith("tests/") for origin in origins)


def test_a_refusal_is_an_outcome_and_a_crash_an_error() -> None:
    """A rule refusing its input gives a refusal; any other failure names the call that failed."""

    def refuse() -> Decision:
        raise ValueError("expected a code of digits; got 'x'")

    def crash() -> Decision:
        raise KeyError("forbidden_codes")

    def mistyped() -> Decision:
        raise TypeError("unsupported operand")

    name = what("haarlem.security-code", {"code": "x"})
    assert result(refuse, name) == {"error": "ValueError: expected a code of digits; got 'x'"}
    failed = (
        r"^the call haarlem\.security-code \{\"code\": \"x\"\} failed: KeyError: 'forbidden_codes'$"
    )
    with pytest.raises(UnreadableError, match=failed):
        result(crash, name)
    with pytest.raises(UnreadableError, match="failed: TypeError: unsupported operand"):
        result(mistyped, name)
    assert "unreplayable" in result(mistyped, name, replayed=True)


def test_a_missing_english_answer_is_no_error_but_a_broken_message_is() -> None:
    """An untranslated answer has no English; a message that cannot be filled in is an error."""
    untranslated = Decision(
        outcome=Outcome.REQUIRED,
        citations=REGULATIONS["haarlem"].cite("2.3.8"),
        explanation=Message(text="Een zin die de catalogus niet kent."),
        steps=(Message(text="Mail naar {email}.", values={"email": "x@example.org"}),),
    )
    given = result(lambda: untranslated, "haarlem.incident {}")
    assert given["text"]["en"] is None
    assert given["text"]["nl"].startswith("Verplicht: Een zin die de catalogus niet kent.")
    assert given["steps"] == {"nl": ["Mail naar x@example.org."], "en": None}
    assert given["contacts"] == ["x@example.org"]
    broken = untranslated.model_copy(update={"explanation": Message(text="Om {time}.")})
    with pytest.raises(
        UnreadableError, match=r"^the answer to haarlem\.incident \{\}: .* KeyError"
    ):
        result(lambda: broken, "haarlem.incident {}")


def test_an_option_of_either_enumeration_is_carried_between_versions() -> None:
    """A means recorded by a version with one enumeration of means replays as a device or not."""
    from mdrules.changes.probe_calls import decode, encode
    from mdrules.regulations.leeuwarden import Facility, Means
    from mdrules.vocabulary import DeviceKind

    assert decode({"$enum": "Means", "value": "laptop"}, Means) is DeviceKind.LAPTOP
    assert decode({"$enum": "Means", "value": "druppel"}, Means) is Facility.DRUPPEL
    assert decode(encode(Facility.SOFTWARE), Means) is Facility.SOFTWARE
