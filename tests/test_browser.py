"""The site in a real browser: console, privacy, accessibility, switcher, highlighting, layout."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import furo
import pytest
from playwright.sync_api import Browser, Page, Request, ViewportSize
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from browser import site_pages
from conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
#: WCAG 2.2 adds one rule at level AA that axe can test: the size of tap targets (2.5.8).
WCAG_22_AA = [*WCAG_21_AA, "wcag22aa"]
DESKTOP: ViewportSize = {"width": 1280, "height": 900}


class Watcher:
    """Records what a page does wrong: console errors, failed loads, requests to other hosts."""

    def __init__(self, page: Page, base_url: str) -> None:
        """Start watching a page served from `base_url`."""
        self.problems: list[str] = []
        host = urlsplit(base_url).netloc
        page.on("console", lambda m: self._console(m.type, m.text))
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        page.on("requestfailed", self._failed)
        page.on(
            "response",
            lambda r: self.problems.append(f"{r.status}: {r.url}") if r.status >= 400 else None,
        )
        page.on(
            "request",
            lambda r: (
                self.problems.append(f"request to another host: {r.url}")
                if urlsplit(r.url).netloc not in {host, ""} and not r.url.startswith("data:")
                else None
            ),
        )

    def _failed(self, request: Request) -> None:
        # A load the browser cancels because the page moved on (the search box's Enter while the
        # favicon still loads) is no fault of the site; a missing file shows as its 404 instead.
        if request.failure != "net::ERR_ABORTED":
            self.problems.append(f"failed: {request.url} ({request.failure})")

    def _console(self, kind: str, text: str) -> None:
        if kind in {"error", "warning"}:
            self.problems.append(f"console {kind}: {text}")


def _axe(page: Page) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    options = {"runOnly": {"type": "tag", "values": WCAG_22_AA}, "resultTypes": ["violations"]}
    result = page.evaluate("options => axe.run(document, options)", options)
    violations: list[dict[str, Any]] = result["violations"]
    return violations


def _described(violations: list[dict[str, Any]]) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
    ]


def reader_pages(site: Path) -> list[str]:
    """Return the pages for readers: all but the API reference, which is for developers."""
    return [path for path in site_pages(site) if "/reference/api/" not in path]


def reference_sample(site: Path, largest: int = 3) -> list[str]:
    """Return some pages of the API reference: per edition its start page and the largest pages.

    The reference's pages come from one template and differ in their docstrings; the largest hold
    the most kinds of markup (signatures, fields, code, tables) the template shows.
    """
    sample = []
    for edition in ("nl", "en"):
        start = f"{edition}/reference/api/index.html"
        pages = [p for p in site_pages(site) if p.startswith(f"{edition}/reference/api/")]
        pages.remove(start)
        by_size = sorted(pages, key=lambda p: ((site / p).stat().st_size, p), reverse=True)
        sample += [start, *by_size[:largest]]
    return sample


def test_the_reference_sample_takes_pages_of_both_editions(site: Path) -> None:
    """The sample holds each edition's start page of the reference and three more of its pages."""
    sample = reference_sample(site)
    for edition in ("nl", "en"):
        pages = [path for path in sample if path.startswith(f"{edition}/reference/api/")]
        assert f"{edition}/reference/api/index.html" in pages
        assert len(pages) == 4, pages
    assert all((site / path).is_file() for path in sample)


@dataclass(frozen=True)
class Visit:
    """What one page did when opened and what axe-core found on it."""

    problems: list[str]
    violations: list[str]


def visit_pages(browser: Browser, base_url: str, paths: list[str]) -> dict[str, Visit]:
    """Open each page once, light, on a desktop: watch it load, then run axe-core.

    Each page is left to load until the network is idle, in a context of its own; then axe runs.
    """
    visits = {}
    for path in paths:
        context = browser.new_context(color_scheme="light", viewport=DESKTOP)
        page = context.new_page()
        watcher = Watcher(page, base_url)
        page.goto(f"{base_url}/{path}", wait_until="networkidle")
        problems = list(watcher.problems)  # what loading did, before axe runs
        visits[path] = Visit(problems, _described(_axe(page)))
        context.close()
    return visits


# For the session: a module's fixture is made again when a worker runs other tests between its
# two tests. The API reference's pages are visited by test_browser_reference.py, which another
# worker can run meanwhile.
@pytest.fixture(scope="session")
def desktop_light_visits(browser: Browser, base_url: str, site: Path) -> dict[str, Visit]:
    """Open every page for readers once, light, on a desktop (:func:`visit_pages`)."""
    return visit_pages(browser, base_url, reader_pages(site))


def test_every_page_loads_cleanly_and_only_from_its_own_host(
    desktop_light_visits: dict[str, Visit],
) -> None:
    """Every page loads with no console error, no failed request, nothing from another host."""
    assert len(desktop_light_visits) > 20
    problems = {path: v.problems for path, v in desktop_light_visits.items() if v.problems}
    assert problems == {}


def test_every_page_meets_wcag_22_aa_light_on_a_desktop(
    desktop_light_visits: dict[str, Visit],
) -> None:
    """axe-core finds no WCAG 2.1 or 2.2 A or AA violation on any page, light, on a desktop."""
    found = {path: v.violations for path, v in desktop_light_visits.items() if v.violations}
    assert found == {}


@pytest.mark.parametrize(
    ("scheme", "width"),
    [("dark", 1280), ("light", 412), ("dark", 412)],
    ids=["dark", "phone-light", "phone-dark"],
)
def test_reader_pages_meet_wcag_22_aa_in_every_setting(
    browser: Browser, base_url: str, site: Path, scheme: str, width: int
) -> None:
    """axe-core finds no WCAG 2.1 or 2.2 A or AA violation, dark, and at a phone's width.

    Every page for readers is checked, and a sample of the API reference (`reference_sample`):
    its pages share one template, and each of them is checked light on a desktop.
    """
    context = browser.new_context(
        color_scheme=scheme,  # type: ignore[arg-type]
        viewport={"width": width, "height": 900},
    )
    found: dict[str, list[str]] = {}
    page = context.new_page()
    for path in [*reader_pages(site), *reference_sample(site)]:
        page.goto(f"{base_url}/{path}", wait_until="load")
        if violations := _axe(page):
            found[path] = _described(violations)
    context.close()
    assert found == {}


@pytest.mark.parametrize(
    ("start", "link", "landing"),
    [
        ("nl/haarlem/beleid.html#haarlem-2-3-16", "English", "en/haarlem/beleid.html"),
        (
            "en/leeuwarden/regeling.html#leeuwarden-4-2-c",
            "Nederlands",
            "nl/leeuwarden/regeling.html",
        ),
    ],
)
def test_language_switch_lands_on_the_same_article(
    browser: Browser, base_url: str, start: str, link: str, landing: str
) -> None:
    """The switcher opens the same page in the other edition, at the same article."""
    page = browser.new_page()
    page.goto(f"{base_url}/{start}")
    anchor = start.split("#")[1]
    page.get_by_role("link", name=link, exact=True).first.click()
    page.wait_for_url(f"{base_url}/{landing}#{anchor}")
    assert page.locator(f"#{anchor}").is_visible()
    assert _in_view(page, anchor)
    page.close()


def _in_view(page: Page, anchor: str) -> bool:
    """Whether the anchored element's top is in the window, once the (smooth) scroll has ended."""
    script = """id => {
        const box = document.getElementById(id).getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight;
    }"""
    try:
        page.wait_for_function(script, arg=anchor, timeout=5_000)
    except PlaywrightTimeout:
        return False
    return True


@pytest.mark.parametrize("anchor", ["haarlem-2-4-6", "haarlem-2-9-1", "leeuwarden-10-3"])
def test_permalink_scrolls_to_its_article(browser: Browser, base_url: str, anchor: str) -> None:
    """Opening an article's permanent link shows that article in the window."""
    page = browser.new_page()
    regulation = "haarlem/beleid" if anchor.startswith("haarlem") else "leeuwarden/regeling"
    page.goto(f"{base_url}/nl/{regulation}.html#{anchor}")
    assert _in_view(page, anchor)
    page.close()


def test_phone_layout_opens_the_navigation(browser: Browser, base_url: str) -> None:
    """On a phone-sized window the menu button opens the navigation with both regulations."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{base_url}/nl/index.html")
    navigation = page.locator(".sidebar-drawer")
    assert navigation.bounding_box() is None or navigation.bounding_box()["x"] < 0  # type: ignore[index]
    page.locator("label.nav-overlay-icon").click()
    page.wait_for_timeout(400)
    box = navigation.bounding_box()
    assert box is not None
    assert box["x"] >= 0
    assert page.get_by_role(
        "link", name="Regeling gebruik (communicatie)middelen"
    ).first.is_visible()
    context.close()


def test_axe_is_installed() -> None:
    """The accessibility rules come from the npm registry, installed by `make test`."""
    assert AXE.exists(), "expected node_modules/axe-core; run `make test` (npm ci)"
    version = json.loads((AXE.parent / "package.json").read_text(encoding="utf-8"))["version"]
    assert version == json.loads((ROOT / "package.json").read_text())["devDependencies"]["axe-core"]


# Every element's computed style (and that of its ::before and ::after), as one hash per element.
STYLES = """() => {
  const hash = (text) => {
    let h = 0;
    for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    return h;
  };
  const style = (element, pseudo) => {
    const computed = getComputedStyle(element, pseudo);
    if (pseudo && computed.content === "none") return "none";
    const names = Array.from(computed).sort();  // custom properties come in no fixed order
    return names.map((name) => name + ":" + computed.getPropertyValue(name)).join(";");
  };
  return Array.from(document.querySelectorAll("*"), (element) =>
    element.tagName + "." + element.className + " " +
    hash(style(element, null) + style(element, "::before") + style(element, "::after")));
}"""
FURO_CSS = Path(furo.__file__).parent / "theme" / "furo" / "static" / "styles" / "furo.css"


def _styles(browser: Browser, url: str, setting: dict[str, Any], *, original: bool) -> list[str]:
    """Return the computed styles of a page, with the site's furo.css or Furo's own."""
    context = browser.new_context(
        color_scheme=setting["scheme"], viewport={"width": setting["width"], "height": 900}
    )
    if setting["theme"]:
        context.add_init_script(f"localStorage.setItem('theme', '{setting['theme']}')")
    page = context.new_page()
    if original:
        page.route("**/_static/styles/furo.css*", lambda route: route.fulfill(path=FURO_CSS))
    page.goto(url, wait_until="load")
    if "/search.html?" in url:  # the results come after the page has loaded
        page.wait_for_selector("#search-results[data-state=done]", state="attached")
    count = -1
    while count != (count := page.evaluate("document.querySelectorAll('*').length")):
        page.wait_for_timeout(300)  # until nothing more comes in
    styles: list[str] = page.evaluate(STYLES)
    context.close()
    return styles


@pytest.mark.parametrize(
    "setting",
    [
        {"scheme": "light", "theme": None, "width": 1280},
        {"scheme": "dark", "theme": None, "width": 1280},
        {"scheme": "light", "theme": "dark", "width": 412},
    ],
    ids=["light", "dark", "phone-dark-chosen"],
)
def test_theme_stylesheet_cut_changes_no_style(
    browser: Browser, base_url: str, setting: dict[str, Any]
) -> None:
    """With furo.css cut to what the pages use, every element looks as with Furo's whole sheet."""
    pages = [
        "nl/haarlem/beleid.html",
        "en/wijzigingen.html",
        "nl/coverage.html",
        "en/faq/haarlem.html",
        "nl/reference/api/mdrules/mdrules.decision.html",
        "nl/search.html?q=wachtwoord",
    ]
    for path in pages:
        url = f"{base_url}/{path}"
        cut = _styles(browser, url, setting, original=False)
        whole = _styles(browser, url, setting, original=True)
        assert len(cut) == len(whole) > 100, path
        differ = [(a, b) for a, b in zip(cut, whole, strict=True) if a != b]
        assert differ == [], (path, differ[:5])


@pytest.mark.parametrize(
    ("path", "word", "hide"),
    [
        ("nl/leeuwarden/regeling.html", "wachtwoord", "Zoekresultaten verbergen"),
        ("en/haarlem/beleid.html", "depreciation", "Hide Search Matches"),
    ],
)
def test_words_from_the_search_are_marked(
    browser: Browser, base_url: str, path: str, word: str, hide: str
) -> None:
    """A page opened from the search marks the words; other pages never load the scripts."""
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{base_url}/{path}", wait_until="load")
    assert not any("sphinx_highlight" in url for url in requested), requested
    page.goto(f"{base_url}/{path}?highlight={word}", wait_until="load")
    page.wait_for_selector("span.highlighted", timeout=5_000)
    marked = page.eval_on_selector_all("span.highlighted", "spans => spans.map(s => s.textContent)")
    assert marked
    assert all(word in text.lower() for text in marked), marked
    assert page.get_by_text(hide).count() == 1
    page.close()
