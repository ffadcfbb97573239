"""The English edition: complete catalogs, no Dutch on English pages, links between editions."""

import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest

from conftest import ROOT, Build, examples_run
from dutch import dutch_sentences
from mdrules.catalogs import check, templates
from mdrules.fidelity import read_page
from mdrules.regulations import REGULATIONS, RULESETS, Regulation
from mdrules.sphinxext.content.languages import language_links
from mdrules.sphinxext.content.search_index import read_records


@pytest.fixture(scope="module")
def pot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the message templates of the current Dutch sources."""
    out = tmp_path_factory.mktemp("gettext")
    command = [sys.executable, "-m", "sphinx", "-b", "gettext", "-c", str(ROOT), "-q"]
    command += ["-d", str(out / ".doctrees"), str(ROOT / "docs"), str(out)]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    return out


def test_every_catalog_is_complete(pot_dir: Path) -> None:
    """Every page catalog has all messages of its Dutch page, translated, none fuzzy or obsolete."""
    statuses = check(pot_dir, "en")
    assert {s.page for s in statuses} >= {"index", "haarlem/beleid", "leeuwarden/regeling"}
    problems = {
        s.page: {
            "fuzzy": s.fuzzy,
            "untranslated": s.untranslated + s.missing,
            "obsolete": s.obsolete,
        }
        for s in statuses
        if not s.complete
    }
    assert problems == {}


def test_api_reference_has_no_catalog(pot_dir: Path) -> None:
    """The API reference stays English in both editions; the rest of the reference is translated."""
    pages = templates(pot_dir)
    assert not [page for page in pages if page.startswith("reference/api/")]
    assert not (ROOT / "locale/en/LC_MESSAGES/reference/api").exists()
    assert {"reference/index", "reference/command-line"} <= set(pages)


def test_english_build_has_no_warnings(english_build: Build) -> None:
    """The English edition builds with -W --keep-going -n and prints no warning."""
    assert english_build.stderr == ""
    assert english_build.returncode == 0


def _sentences(text: str) -> set[str]:
    parts = re.split(r"(?<=[.;:?!])\s+", text)
    return {part for part in parts if len(part.split()) >= 6}


PAGES = [
    "index",
    "aannames",
    "coverage",
    "faq/index",
    "faq/haarlem",
    "faq/leeuwarden",
    "faq/vergelijking",
    *(r.page for r in REGULATIONS.values()),
]


@pytest.mark.parametrize("page", PAGES)
def test_no_dutch_sentence_on_an_english_page(
    dutch_build: Build, english_build: Build, page: str
) -> None:
    """No sentence of the Dutch page appears untranslated on its English page."""
    regulation = REGULATIONS["leeuwarden"]  # read_page keeps the title of such a page
    dutch, _ids = read_page(dutch_build.page(page), regulation)
    english, _ids = read_page(english_build.page(page), regulation)
    shown = [sentence for sentence in _sentences(dutch) if sentence in english]
    assert shown == []


@pytest.mark.parametrize("regulation", list(REGULATIONS.values()), ids=list(REGULATIONS))
def test_both_editions_have_the_same_labels(
    dutch_build: Build, english_build: Build, regulation: Regulation
) -> None:
    """Every article anchor of a Dutch page exists on its English page, so a switch lands on it."""
    _text, dutch_ids = read_page(dutch_build.page(regulation.page), regulation)
    _text, english_ids = read_page(english_build.page(regulation.page), regulation)
    labels = {i for i in dutch_ids if i.startswith(regulation.id + "-")}
    assert len(labels) > 50
    assert labels <= english_ids


def test_language_switcher_links_to_the_same_page(dutch_build: Build, english_build: Build) -> None:
    """Each page links to itself in the other edition, by a relative link that resolves."""
    for build, other in ((dutch_build, "en"), (english_build, "nl")):
        for path in build.outdir.rglob("*.html"):
            page = path.relative_to(build.outdir).with_suffix("").as_posix()
            html = path.read_text(encoding="utf-8")
            (link,) = [x for x in language_links(page, build_language(build)) if x["code"] == other]
            assert f'href="{link["url"]}" hreflang="{other}"' in html, page


def build_language(build: Build) -> str:
    """Return the language a build was made in."""
    match = re.search(r'<html[^>]* lang="([a-z]+)"', build.page("index"))
    assert match
    return match.group(1)


@pytest.mark.parametrize(
    ("edition", "word"), [("nl", "diefstal"), ("en", "theft")], ids=["diefstal", "theft"]
)
def test_search_finds_the_theft_provisions(
    dutch_build: Build, english_build: Build, edition: str, word: str
) -> None:
    """Each edition's index has diefstal (nl) or theft (en) in both regulations' theft parts."""
    build = dutch_build if edition == "nl" else english_build
    records = {record["url"]: record for record in read_records(build.outdir / "pagefind")}
    for page, article in (
        ("haarlem/beleid", "haarlem-2-3-8"),
        ("leeuwarden/regeling", "leeuwarden-10-1"),
    ):
        record = records[f"/{page}.html"]
        words = record["content"].split()
        (anchor,) = [a for a in record["anchors"] if a["id"] == article]
        following = [a["location"] for a in record["anchors"] if a["location"] > anchor["location"]]
        part = words[anchor["location"] : min(following, default=len(words))]
        assert any(w.lower().strip(".,;") == word for w in part), (page, part)


def _headings(html: str) -> list[str]:
    found = re.findall(r"<h([1-6])>(.*?)<a class=\"headerlink\"", html, flags=re.DOTALL)
    return [re.sub(r"<[^>]+>", "", text).strip() for _level, text in found]


#: The reference's own pages: their lists of values and options are code, the same in both
#: editions, so they are checked for Dutch prose (below) rather than for shared sentences.
REFERENCE_PAGES = ["reference/index", "reference/command-line"]


@pytest.mark.parametrize("page", REFERENCE_PAGES)
def test_the_english_reference_reads_as_english(english_build: Build, page: str) -> None:
    """The command line's reference is English in the English edition, titles of questions too.

    The English titles keep a Dutch term here and there ("office holder (ambtsdrager)"), which
    the check may read as Dutch; they are left out.
    """
    summaries = [question.title_in("en") for question in RULESETS.rules.values()]
    found = dutch_sentences(english_build.page(page))
    assert [s for s in found if not any(s in summary for summary in summaries)] == []


def test_the_reference_lists_each_question_by_its_title(
    dutch_build: Build, english_build: Build
) -> None:
    """Each edition's command line reference shows every question's title in its language."""
    dutch = unescape(dutch_build.page("reference/command-line"))
    english = unescape(english_build.page("reference/command-line"))
    for question in RULESETS.rules.values():
        assert question.title in dutch, question.key
        assert question.title_in("en") in english, question.key
    assert "; in het Nederlands ook " in dutch
    assert "; in Dutch also " in english


@pytest.mark.parametrize("page", [*PAGES, *REFERENCE_PAGES])
def test_every_heading_is_translated(dutch_build: Build, english_build: Build, page: str) -> None:
    """No heading of an English page is the Dutch one: a msgstr Markdown misreads falls back."""
    dutch = _headings(dutch_build.page(page))
    english = _headings(english_build.page(page))
    assert len(dutch) == len(english)
    assert len(dutch) >= 1
    assert [d for d, e in zip(dutch, english, strict=True) if d == e] == []


def test_examples_run_in_the_english_edition(english_build: Build, tmp_path: Path) -> None:
    """`sphinx-build -b doctest` in English runs every example of the pages without a failure."""
    result = examples_run(english_build, "en", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = (tmp_path / "doctest" / "output.txt").read_text(encoding="utf-8")
    assert re.search(r"^\s*0 failures in tests$", summary, re.MULTILINE)
    assert not re.search(r"^\s*0 tests$", summary, re.MULTILINE)


def test_english_pages_say_they_are_a_translation(dutch_build: Build, english_build: Build) -> None:
    """Every English page says the Dutch text is authoritative and names the handbook in English."""
    for path in english_build.outdir.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "The Dutch text is the authoritative text." in html, path
    assert "<title>Mobile devices handbook</title>" in english_build.page("index")
    assert "The Dutch text is the authoritative text." not in dutch_build.page("index")
    assert "<title>Handboek mobiele middelen</title>" in dutch_build.page("index")
