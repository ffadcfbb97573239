"""The Dutch build: clean, reproducible, and Dutch in its interface too."""

import re
from pathlib import Path

import furo
import pytest
import sphinx
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from jinja2.ext import babel_extract

from conftest import ROOT, Build, build_handbook, examples_run
from mdrules.regulations import REGULATIONS, RULESETS
from mdrules.sphinxext.content.navigation import TOGGLE_LABEL
from mdrules.sphinxext.content.theme import UNMARKED_LABELS


def _pages(build: Build) -> list[Path]:
    return sorted(build.outdir.rglob("*.html"))


def test_build_has_no_warnings(dutch_build: Build) -> None:
    """The build with -W --keep-going -n succeeds and prints no warning."""
    assert dutch_build.stderr == ""
    assert dutch_build.returncode == 0


def test_build_is_reproducible(dutch_build: Build, tmp_path: Path) -> None:
    """A second build of the same sources gives the same bytes in every file."""
    again = build_handbook(tmp_path / "html", tmp_path / "doctrees")
    assert again.returncode == 0, again.stderr
    first = {
        p.relative_to(dutch_build.outdir): p.read_bytes()
        for p in dutch_build.outdir.rglob("*")
        if p.is_file()
    }
    second = {
        p.relative_to(again.outdir): p.read_bytes() for p in again.outdir.rglob("*") if p.is_file()
    }
    assert sorted(first) == sorted(second)
    differing = [str(name) for name in first if first[name] != second[name]]
    assert differing == []


def test_every_page_is_dutch(dutch_build: Build) -> None:
    """Every page declares Dutch as its language."""
    pages = _pages(dutch_build)
    assert len(pages) >= 5
    for page in pages:
        assert re.search(r'<html [^>]*lang="nl"', page.read_text(encoding="utf-8")), page


def _theme_messages() -> set[str]:
    """Every message Furo's templates mark for translation, exactly as Jinja looks them up."""
    messages: set[str] = set()
    for template in Path(furo.__file__).parent.joinpath("theme", "furo").rglob("*.html"):
        with template.open("rb") as handle:
            for _line, _function, message, _comments in babel_extract(
                handle, ["_", "gettext"], [], {"extensions": "jinja2.ext.i18n"}
            ):
                singular = message[0] if isinstance(message, tuple) else message
                if isinstance(singular, str) and singular:
                    messages.add(singular)
    return messages


def test_theme_messages_have_dutch_translations() -> None:
    """Every interface string of the theme is translated: by our catalog or Sphinx's own."""
    with (ROOT / "locale/nl/LC_MESSAGES/sphinx.po").open("rb") as handle:
        ours = read_po(handle)
    with (
        Path(sphinx.__file__)
        .parent.joinpath("locale/nl/LC_MESSAGES/sphinx.mo")
        .open("rb") as handle
    ):
        sphinx_nl = read_mo(handle)
    wanted = _theme_messages() | set(UNMARKED_LABELS) | {TOGGLE_LABEL}
    assert "Skip to content" in wanted
    missing = sorted(
        message
        for message in wanted
        if not ((m := ours.get(message)) and m.string)
        and not ((m := sphinx_nl.get(message)) and m.string)
    )
    assert missing == []


@pytest.mark.parametrize(
    "english",
    [
        "Skip to content",
        "Back to top",
        "On this page",
        "Toggle site navigation sidebar",
        "Toggle navigation of",
        "Toggle Light / Dark / Auto color theme",
        "Last updated on",
        "Made with",
        "Link to this provision",
        "Link to this heading",
        "Link to this definition",
        "Link to this term",
    ],
)
def test_no_english_interface_string_in_dutch_pages(dutch_build: Build, english: str) -> None:
    """The theme's and the extension's interface strings appear in Dutch on every page."""
    for page in _pages(dutch_build):
        assert english not in page.read_text(encoding="utf-8"), page


def test_dutch_interface_strings_are_shown(dutch_build: Build) -> None:
    """The skip link, search box and "last updated" line are in Dutch."""
    html = dutch_build.page("haarlem/beleid")
    assert "Naar de inhoud" in html
    assert 'placeholder="Zoeken"' in html
    assert re.search(r"Laatst bijgewerkt op \d{1,2} [a-z]+ \d{4}", html)


def test_landing_page_renders_facts_from_the_registry(dutch_build: Build) -> None:
    """The landing page shows each regulation's title and version from the registry."""
    html = dutch_build.page("index")
    for regulation in REGULATIONS.values():
        assert regulation.title in html
        assert regulation.version in html
    assert "30 oktober 2019" in html
    assert 'href="haarlem/beleid.html"' in html
    assert 'href="leeuwarden/regeling.html"' in html


def test_entry_page_leads_to_both_editions() -> None:
    """The entry page links to both editions, relatively, so it works on any path."""
    html = (ROOT / "site/index.html").read_text(encoding="utf-8")
    assert 'href="nl/index.html"' in html
    assert 'href="en/index.html"' in html
    assert '<html lang="nl">' in html


def test_examples_pass_under_sphinx_doctest(dutch_build: Build, tmp_path: Path) -> None:
    """`sphinx-build -b doctest` runs every example of the pages, without a failure."""
    result = examples_run(dutch_build, "nl", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = (tmp_path / "doctest" / "output.txt").read_text(encoding="utf-8")
    tests = int(re.search(r"^\s*(\d+) tests?$", summary, re.MULTILINE).group(1))  # type: ignore[union-attr]
    assert tests >= 2
    assert re.search(r"^\s*0 failures in tests$", summary, re.MULTILINE)


def test_api_reference_shows_fields_with_their_meaning(dutch_build: Build) -> None:
    """The API reference describes each pydantic field, without a misleading value."""
    html = dutch_build.page("reference/api/mdrules/mdrules.decision")
    assert "The articles it rests on." in html
    assert "What the rule concludes." in html
    assert "Field(...)" not in html
    assert "Create a new model by parsing" not in html


def _extension_messages() -> set[str]:
    """Every message the extension passes to Sphinx's translator `_()`."""
    import ast

    found: set[str] = set()
    for path in (ROOT / "src/mdrules/sphinxext").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(str(node.args[0].value))
    return found


def test_every_extension_message_has_a_dutch_translation() -> None:
    """Each interface string of the extension is in the Dutch catalog, so no English shows."""
    with (ROOT / "locale/nl/LC_MESSAGES/sphinx.po").open("rb") as handle:
        catalog = read_po(handle)
    messages = _extension_messages()
    assert {"Basis", "Frequently asked", "Link to this provision"} <= messages
    assert sorted(m for m in messages if not ((e := catalog.get(m)) and e.string)) == []


def test_the_register_renders_the_version_table_and_the_version_lines(dutch_build: Build) -> None:
    """The version table comes from the register; existing articles are linked, removed ones not."""
    page = dutch_build.page("haarlem/beleid")
    table = page[page.index('class="md-revisions') :]
    table = table[: table.index("</table>")]
    assert table.count("<tr") == 1 + len(REGULATIONS["haarlem"].register.revisions)
    assert "30-10-2019" in table
    assert 'href="#haarlem-2-5-3"' in table
    assert 'href="#haarlem-2-2-1"' in table
    assert "Artikel 1.2 verwijderd" in table
    line = "Versie 1.04 van 30 oktober 2019; volgende beoordeling uiterlijk op 30 april 2020"
    for docname in ("haarlem/beleid", "faq/haarlem", "wijzigingen"):
        assert line in dutch_build.page(docname), docname
    leeuwarden = "Versie 2024, zonder datum in de regeling"
    for docname in ("leeuwarden/regeling", "faq/leeuwarden", "wijzigingen"):
        assert leeuwarden in dutch_build.page(docname), docname


def test_the_page_of_changes_names_the_previous_release_or_its_absence(dutch_build: Build) -> None:
    """Without a stored release of an earlier version the page says so; with one, it names it."""
    from mdrules.changes.stored import previous_release

    page = dutch_build.page("wijzigingen")
    for key, ruleset in RULESETS.items():
        release = previous_release(ruleset)
        if release is None:
            assert "Er is geen eerdere versie om mee te vergelijken" in page
        else:
            assert f"vergeleken met de vorige release, {key}-{release.version}." in page
