"""The English edition is English throughout, and no reader page of either edition shows code."""

import re
from pathlib import Path

import pytest

from conftest import Build
from dutch import dutch_sentences, is_dutch

#: What a Python session shows, outside the folded code of the examples.
CODE = re.compile(r"&gt;&gt;&gt;|\bprint\(|\bmdrules\.|\bdt\.date")


def reader_pages(build: Build) -> list[Path]:
    """Return the pages readers open: all but the reference (for developers), index and search."""
    skipped = {"genindex.html", "search.html", "py-modindex.html"}
    return sorted(
        path
        for path in build.outdir.rglob("*.html")
        if not path.relative_to(build.outdir).as_posix().startswith("reference/")
        and path.name not in skipped
    )


def test_no_dutch_sentence_on_an_english_reader_page(english_build: Build) -> None:
    """Examples, answers, comparison, footer and headings of the English pages are English."""
    assert english_build.returncode == 0, english_build.stderr
    found = {
        path.relative_to(english_build.outdir).as_posix(): sentences
        for path in reader_pages(english_build)
        if (sentences := dutch_sentences(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_check_finds_a_dutch_answer() -> None:
    """The check above can fail: a Dutch answer, even marked as Dutch, is found."""
    html = (
        '<html><body><div lang="nl"><p>Verplicht: de diefstal moet snel gemeld worden aan de '
        'beheerder.</p></div><p>Read the <span lang="nl">Nota Privacy beleid</span>.</p>'
        "</body></html>"
    )
    assert dutch_sentences(html) == ["de diefstal moet snel gemeld worden aan de beheerder."]
    assert not is_dutch("The administrator must be told quickly.")


@pytest.mark.parametrize("edition", ["dutch_build", "english_build"])
def test_no_reader_page_shows_code(edition: str, request: pytest.FixtureRequest) -> None:
    """Prompts, print calls and Python names appear only in the examples' folded code."""
    build: Build = request.getfixturevalue(edition)
    assert build.returncode == 0, build.stderr
    shown = {}
    for path in reader_pages(build):
        html = path.read_text(encoding="utf-8")
        html = re.sub(r'<details class="md-example-code".*?</details>', "", html, flags=re.DOTALL)
        html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.DOTALL)
        text = re.sub(r"<[^>]*>", " ", html)  # what the page shows, not its markup
        if hits := CODE.findall(text):
            shown[path.relative_to(build.outdir).as_posix()] = sorted(set(hits))
    assert shown == {}
