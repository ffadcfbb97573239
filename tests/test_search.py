"""The readers' search: it lands on the article, part or FAQ question that answers, at its anchor.

The index (Pagefind's, made after each edition's build by ``mdrules.sphinxext.content.search``) is
checked as data first; then the search page of each edition is used as a reader would, in
headless Chromium, with a set of queries that staff type, each with the places one of the first
three results must lead to.
"""

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from playwright.sync_api import Browser, Page

from conftest import ROOT, Build
from mdrules.sphinxext.content.search import SynonymsError, parse_synonyms
from mdrules.sphinxext.content.search_index import read_records
from test_browser import AXE, WCAG_21_AA, Watcher

#: Queries per edition, each with the places (page#anchor) of which one must be in the top three.
THEFT_NL = ["faq/haarlem.html#faq-haarlem-diefstal-weekend", "haarlem/beleid.html#haarlem-2-3-8"]
THEFT_NL += ["faq/leeuwarden.html#faq-leeuwarden-telefoon-gestolen"]
THEFT_NL += ["leeuwarden/regeling.html#leeuwarden-10", "leeuwarden/regeling.html#leeuwarden-10-1"]
LOSS = ["faq/leeuwarden.html#faq-leeuwarden-byod-kwijt", "haarlem/beleid.html#haarlem-2-3-8"]
LOSS += ["haarlem/beleid.html#haarlem-2-3-9", "haarlem/beleid.html#haarlem-2-3-11"]
LOSS += ["leeuwarden/regeling.html#leeuwarden-10", "leeuwarden/regeling.html#leeuwarden-10-1"]
CODE = ["faq/haarlem.html#faq-haarlem-ontgrendelcode", "haarlem/beleid.html#haarlem-2-3-16"]
PIN = [*CODE, "leeuwarden/regeling.html#leeuwarden-6-2"]
PIN += ["faq/leeuwarden.html#faq-leeuwarden-collega-inloggen"]
PREMIUM = ["haarlem/beleid.html#haarlem-2-5-3", "faq/haarlem.html#faq-haarlem-betaalnummer"]
BYOD = ["leeuwarden/regeling.html#leeuwarden-4a", "leeuwarden/regeling.html#leeuwarden-4a-1"]
BYOD += ["faq/leeuwarden.html#faq-leeuwarden-werkmail-eigen-telefoon"]
RETURN = ["faq/leeuwarden.html#faq-leeuwarden-te-laat-ingeleverd"]
RETURN += ["faq/leeuwarden.html#faq-leeuwarden-laatste-werkdag"]
RETURN += ["leeuwarden/regeling.html#leeuwarden-7-2", "haarlem/beleid.html#haarlem-2-4-5"]
RETURN += ["faq/haarlem.html#faq-haarlem-einde-termijn"]
GAMBLING = [
    "faq/leeuwarden.html#faq-leeuwarden-gokken",
    "leeuwarden/regeling.html#leeuwarden-8-1-e",
]
ABROAD = [
    "faq/haarlem.html#faq-haarlem-buiten-eu",
    "faq/leeuwarden.html#faq-leeuwarden-data-buitenland",
]
ABROAD += ["haarlem/beleid.html#haarlem-2-5-4", "leeuwarden/regeling.html#leeuwarden-4-2-c"]
TURKEY = ABROAD[:2]
PASSWORD = ["leeuwarden/regeling.html#leeuwarden-6"]
PASSWORD += [f"leeuwarden/regeling.html#leeuwarden-6-{lid}" for lid in (1, 2, 3)]
PASSWORD += ["faq/leeuwarden.html#faq-leeuwarden-wachtwoord-ict"]
PASSWORD += ["faq/leeuwarden.html#faq-leeuwarden-wachtwoord-misbruik"]

QUERIES = {
    "nl": [
        ("gestolen", THEFT_NL),
        ("telefoon kwijt", LOSS),
        ("kwijt", [*LOSS, "faq/haarlem.html#faq-haarlem-oplader"]),
        ("pincode", PIN),
        ("0900", PREMIUM),
        ("0906", PREMIUM),
        ("betaalnummer", PREMIUM),
        ("BYOD", BYOD),
        ("eigen telefoon", [*BYOD, "faq/leeuwarden.html#faq-leeuwarden-byod-kwijt"]),
        ("laptop inleveren", RETURN),
        ("gokken", GAMBLING),
        ("buitenland data", ABROAD),
        ("Turkije", TURKEY),
        ("Türkiye", TURKEY),
        ("wachtwoord", PASSWORD),
    ],
    "en": [
        ("stolen", THEFT_NL),
        ("lost phone", [*LOSS, "faq/leeuwarden.html#faq-leeuwarden-telefoon-gestolen"]),
        ("unlock code", CODE),
        ("PIN", PIN),
        ("0900", PREMIUM),
        ("0906", PREMIUM),
        ("premium numbers", PREMIUM),
        ("BYOD", BYOD),
        ("return laptop", RETURN),
        ("gambling", GAMBLING),
        ("data abroad", ABROAD),
        ("Turkey", TURKEY),
        ("Türkiye", TURKEY),
        ("password", PASSWORD),
    ],
}
CASES = [
    (language, query, places) for language, cases in QUERIES.items() for query, places in cases
]

DONE = "#search-results[data-state=done]"
FAQ = {"/faq/haarlem.html", "/faq/leeuwarden.html"}


def _records(build: Build) -> dict[str, dict[str, Any]]:
    return {str(record["url"]): record for record in read_records(build.outdir / "pagefind")}


@pytest.mark.parametrize("build_name", ["dutch_build", "english_build"])
def test_the_index_has_the_readers_pages_and_not_the_api_reference(
    request: pytest.FixtureRequest, build_name: str
) -> None:
    """The readers' pages are indexed, the API reference is not, nor is Sphinx's index made."""
    build: Build = request.getfixturevalue(build_name)
    urls = set(_records(build))
    wanted = {"/haarlem/beleid.html", "/leeuwarden/regeling.html", "/faq/haarlem.html"}
    assert wanted | {"/faq/leeuwarden.html", "/faq/index.html", "/index.html"} <= urls
    assert not [url for url in urls if url.startswith("/reference/")]
    assert (build.outdir / "reference/api/mdrules/mdrules.regulations.haarlem.html").exists()
    assert not (build.outdir / "searchindex.js").exists()
    for page in build.outdir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "searchtools.js" not in html, page
        assert "searchindex.js" not in html, page


def test_every_provision_and_question_is_a_heading_of_the_index(
    dutch_build: Build, english_build: Build
) -> None:
    """Each provision, section and FAQ question is a heading of the index, with its citation."""
    for build, citation in ((dutch_build, "artikel 4 lid 1 onder c"), (english_build, None)):
        records = _records(build)
        for page in ("haarlem/beleid", "leeuwarden/regeling", "faq/haarlem", "faq/leeuwarden"):
            html = build.page(page)
            published = set(re.findall(r'<(?:li class="md-provision"|section) id="([^"]+)"', html))
            anchors = records[f"/{page}.html"]["anchors"]
            headings = {
                a["id"]: a["text"] for a in anchors if re.fullmatch(r"h[1-6]", a["element"])
            }
            assert published <= set(headings), (page, sorted(published - set(headings))[:5])
        titles = {a["id"]: a["text"] for a in records["/haarlem/beleid.html"]["anchors"]}
        assert titles["haarlem-2-3-16"] == "Haarlem 2.3.16"
        others = {a["id"]: a["text"] for a in records["/leeuwarden/regeling.html"]["anchors"]}
        assert others["leeuwarden-4-1-c"].startswith("Leeuwarden")
        if citation:
            assert others["leeuwarden-4-1-c"] == f"Leeuwarden {citation}"


def test_code_and_navigation_aids_are_left_out_and_pages_are_ranked_in_tiers(
    dutch_build: Build,
) -> None:
    """No code or navigation aid is indexed; the regulations and their FAQ are the first tier."""
    records = _records(dutch_build)
    for url, record in records.items():
        content = str(record["content"])
        assert ">>>" not in content, url
        assert "print(" not in content, url
        if url in FAQ:  # the articles an answer rests on (the comparison page shows them too)
            assert "Grondslag:" not in content, url
        if url.startswith(("/haarlem/", "/leeuwarden/")):  # the questions citing an article
            assert "Veelgestelde vragen:" not in content, url
        first = url in {"/haarlem/beleid.html", "/leeuwarden/regeling.html"} | FAQ
        assert record["meta"]["tier"] == ("0" if first else "1"), url


def test_the_published_pages_keep_their_markup(dutch_build: Build) -> None:
    """The index reads a view of each page; the page itself is published as Sphinx wrote it."""
    html = dutch_build.page("haarlem/beleid")
    assert '<li class="md-provision" id="haarlem-2-3-16">' in html
    assert "data-pagefind" not in html


def test_the_synonyms_tables_have_the_words_staff_use() -> None:
    """Each edition's table maps the words staff type to the words of the text."""
    dutch = parse_synonyms((ROOT / "locale/nl/SYNONYMS.md").read_text(encoding="utf-8"))
    english = parse_synonyms((ROOT / "locale/en/SYNONYMS.md").read_text(encoding="utf-8"))
    assert "code" in dutch["pincode"]
    assert "0906" in dutch["betaalnummer"]
    assert "byod" in dutch["eigen telefoon"]
    assert "verlies" in dutch["kwijt"]
    assert "ingeleverd" in dutch["inleveren"]
    assert "code" in english["pin"]
    assert "0900" in english["premium"]
    assert "byod" in english["own phone"]
    assert "loss" in english["lost"]
    assert "turkey" in english["turkiye"]


def test_a_table_row_without_the_words_of_the_text_is_refused() -> None:
    """A row that does not give both columns is an error that names the row."""
    table = "| searched word | words in the text |\n| --- | --- |\n| kwijt | |\n"
    with pytest.raises(SynonymsError, match="row 3"):
        parse_synonyms(table)


def _search(page: Page, base_url: str, language: str, query: str) -> list[str]:
    """Open the search page for a query; return the results' addresses, from the edition."""
    page.goto(f"{base_url}/{language}/search.html?q={quote(query)}")
    page.wait_for_selector(DONE, state="attached", timeout=15_000)
    hrefs: list[str] = page.eval_on_selector_all(
        "#md-search-list li > a", "links => links.map(a => a.href)"
    )
    prefix = f"{base_url}/{language}/"
    return [
        urlsplit(href).path.removeprefix(urlsplit(prefix).path) + "#" + urlsplit(href).fragment
        for href in hrefs
        if href.startswith(prefix)
    ]


@pytest.mark.parametrize(
    ("language", "query", "places"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_a_query_lands_on_the_part_that_answers(
    browser: Browser, base_url: str, language: str, query: str, places: list[str]
) -> None:
    """One of the first three results is the part that answers, at its anchor; none is API."""
    page = browser.new_page()
    watcher = Watcher(page, base_url)
    found = _search(page, base_url, language, query)
    page.close()
    assert found, query
    assert set(found[:3]) & set(places), (query, found[:5])
    assert not [place for place in found if place.startswith("reference/")]
    assert watcher.problems == []


@pytest.mark.parametrize(
    ("language", "query", "words"),
    [("nl", "gestolen", {"gestolen", "diefstal"}), ("en", "stolen", {"stolen", "theft"})],
)
def test_a_result_opens_its_part_with_the_words_marked(
    browser: Browser, base_url: str, language: str, query: str, words: set[str]
) -> None:
    """Following a result opens its page scrolled to the part, with the words found marked."""
    page = browser.new_page(viewport={"width": 412, "height": 800})
    watcher = Watcher(page, base_url)
    page.goto(f"{base_url}/{language}/search.html?q={quote(query)}")
    page.wait_for_selector(DONE, state="attached", timeout=15_000)
    first = page.locator("#md-search-list li > a").first
    anchor = str(first.get_attribute("href")).split("#")[1]
    first.click()
    page.wait_for_url(re.compile(f"#{anchor}$"))
    in_view = """id => {
        const box = document.getElementById(id).getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight;
    }"""
    page.wait_for_function(in_view, arg=anchor, timeout=5_000)
    page.wait_for_selector("span.highlighted", timeout=5_000)
    marked = page.eval_on_selector_all("span.highlighted", "spans => spans.map(s => s.textContent)")
    assert {text.lower() for text in marked} & words, marked
    page.close()
    assert watcher.problems == []


@pytest.mark.parametrize(
    ("language", "start", "summary"),
    [
        ("nl", "haarlem/beleid.html", "resultaten voor"),
        ("en", "faq/leeuwarden.html", "results for"),
    ],
)
def test_the_search_box_of_any_page_leads_to_the_results(
    browser: Browser, base_url: str, language: str, start: str, summary: str
) -> None:
    """The sidebar's box leads to search.html?q=; typing there searches again, address kept."""
    page = browser.new_page()
    watcher = Watcher(page, base_url)
    page.goto(f"{base_url}/{language}/{start}")
    page.locator("input.sidebar-search").first.fill("BYOD")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"search\.html\?q=BYOD"))
    page.wait_for_selector(DONE, state="attached", timeout=15_000)
    assert summary in page.inner_text("#md-search-status")
    assert page.locator("#md-search-list li").count() > 0
    box = page.locator(".md-search-form input")
    box.fill("0906")
    page.wait_for_url(re.compile(r"\?q=0906"), timeout=5_000)
    page.wait_for_selector(DONE, state="attached", timeout=15_000)
    assert "0906" in page.inner_text("#md-search-status")
    page.close()
    assert watcher.problems == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_nothing_found_and_no_query_are_said_in_the_page_language(
    browser: Browser, base_url: str, language: str
) -> None:
    """An empty query asks for words; a query nothing matches says so, without an error."""
    page = browser.new_page()
    watcher = Watcher(page, base_url)
    page.goto(f"{base_url}/{language}/search.html")
    page.wait_for_selector(DONE, state="attached", timeout=15_000)
    prompt = page.inner_text("#md-search-status")
    page.goto(f"{base_url}/{language}/search.html?q=xyzzyplugh")
    page.wait_for_selector(DONE, state="attached", timeout=15_000)
    nothing = page.inner_text("#md-search-status")
    page.close()
    expected = {
        "nl": ("Typ de woorden", "Niets gevonden"),
        "en": ("Type the words", "Nothing found"),
    }
    assert prompt.startswith(expected[language][0])
    assert nothing.startswith(expected[language][1])
    assert "xyzzyplugh" in nothing
    assert watcher.problems == []


@pytest.mark.parametrize(("scheme", "width"), [("light", 412), ("dark", 1280)])
def test_the_results_meet_wcag_21_aa(
    browser: Browser, base_url: str, scheme: str, width: int
) -> None:
    """axe-core finds no WCAG 2.1 A or AA violation on a page of results, light or dark."""
    context = browser.new_context(
        color_scheme=scheme,  # type: ignore[arg-type]
        viewport={"width": width, "height": 900},
    )
    page = context.new_page()
    page.goto(f"{base_url}/nl/search.html?q={quote('telefoon kwijt')}")
    page.wait_for_selector(DONE, state="attached", timeout=15_000)
    page.add_script_tag(path=str(AXE))
    options = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
    result = page.evaluate("options => axe.run(document, options)", options)
    context.close()
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []


def test_the_search_page_loads_no_search_of_sphinx(site: Path) -> None:
    """The search page loads the handbook's script and Pagefind's, not Sphinx's searchtools."""
    html = (site / "nl/search.html").read_text(encoding="utf-8")
    assert "_static/mdrules-search.js" in html
    assert 'import("./pagefind/pagefind.js")' in html
    assert 'rel="preload" href="pagefind/wasm.nl.pagefind"' in html
    assert (site / "en/pagefind/wasm.en.pagefind").exists()
    assert "searchtools" not in html
    assert (site / "nl/pagefind/pagefind.js").exists()
    assert not (site / "nl/pagefind/pagefind-ui.js").exists()
