"""The FAQ: enough questions, each with its articles and an executed example; links both ways."""

import re
from pathlib import Path

import pytest

from conftest import ROOT, Build
from mdrules.labels import provision_label
from mdrules.sphinxext.content.search_index import read_records

FAQ_PAGES = {"haarlem": ROOT / "docs/faq/haarlem.md", "leeuwarden": ROOT / "docs/faq/leeuwarden.md"}
ENTRY = re.compile(
    r"^\((?P<label>faq-[a-z0-9-]+)\)=\n## (?P<question>.+?)\n\n"
    r":::\{faq-basis\} (?P<regulation>\w+) (?P<articles>[^\n]+)\n:question: (?P=label)\n:::\n"
    r"(?P<body>.*?)(?=^\(faq-|\Z)",
    re.MULTILINE | re.DOTALL,
)


def entries(regulation: str) -> list[re.Match[str]]:
    """Return the FAQ entries of a regulation's page."""
    return list(ENTRY.finditer(FAQ_PAGES[regulation].read_text(encoding="utf-8")))


@pytest.mark.parametrize("regulation", sorted(FAQ_PAGES))
def test_each_regulation_has_fifteen_questions_with_examples(regulation: str) -> None:
    """At least 15 entries; each names its regulation and has a doctest that calls a rule."""
    found = entries(regulation)
    assert len(found) >= 15
    text = FAQ_PAGES[regulation].read_text(encoding="utf-8")
    assert text.count("{faq-basis}") == len(found)  # every entry has the expected form
    for entry in found:
        assert entry["regulation"] == regulation
        assert "```{doctest}" in entry["body"], entry["label"]
        assert f"from mdrules import {regulation}" in entry["body"] or "mdrules" in entry["body"]


def _anchors(html: str) -> set[str]:
    return set(re.findall(r'id="([^"]+)"', html))


@pytest.mark.parametrize("regulation", sorted(FAQ_PAGES))
def test_every_entry_links_to_existing_articles(dutch_build: Build, regulation: str) -> None:
    """Each entry's articles are anchors of the regulation page, and the entry links to them."""
    page = dutch_build.page(f"faq/{regulation}")
    anchors = _anchors(dutch_build.page(f"{regulation}/{_page(regulation)}"))
    for entry in entries(regulation):
        for article in entry["articles"].split():
            label = provision_label(regulation, article)
            assert label in anchors, (entry["label"], article)
            assert f"#{label}" in page


def _page(regulation: str) -> str:
    return "beleid" if regulation == "haarlem" else "regeling"


@pytest.mark.parametrize("build_name", ["dutch_build", "english_build"])
def test_cited_articles_link_back_to_their_questions(
    request: pytest.FixtureRequest, build_name: str
) -> None:
    """Under each article an entry cites stands a link to that entry, in both editions."""
    build: Build = request.getfixturevalue(build_name)
    for regulation in FAQ_PAGES:
        html = build.page(f"{regulation}/{_page(regulation)}")
        for entry in entries(regulation):
            target = f'href="../faq/{regulation}.html#{entry["label"]}"'
            assert target in html, entry["label"]


def test_a_question_is_found_by_search(dutch_build: Build, english_build: Build) -> None:
    """Every question of the FAQ pages is a place the search can lead to, in both editions."""
    for build in (dutch_build, english_build):
        records = {record["url"]: record for record in read_records(build.outdir / "pagefind")}
        for regulation in FAQ_PAGES:
            anchors = records[f"/faq/{regulation}.html"]["anchors"]
            headings = {anchor["id"] for anchor in anchors if anchor["element"] == "h2"}
            assert {entry["label"] for entry in entries(regulation)} <= headings


def test_faq_pages_exist_in_both_editions(dutch_build: Build, english_build: Build) -> None:
    """Both editions have both FAQ pages and the comparison page."""
    for build in (dutch_build, english_build):
        for name in ("faq/haarlem", "faq/leeuwarden", "faq/vergelijking"):
            assert Path(build.outdir / f"{name}.html").exists()
