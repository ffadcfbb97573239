"""Reading the handbook as its readers do: on a phone, on paper, and needing help.

Contacts a phone can dial; the language switch that follows the reader; the notice that fits a
phone; nothing floating over the text; targets a finger can hit; the entry page in dark mode;
the printed regulation; the accessibility statement. The whole-site checks (console, privacy,
axe-core on every page) are in test_browser.py.
"""

import io
import json
import re
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urljoin

import pypdf
import pytest
from playwright.sync_api import Browser, Page, ViewportSize

from browser import site_pages
from conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
REGULATION_PAGES = ["haarlem/beleid", "leeuwarden/regeling"]
PHONE: ViewportSize = {"width": 412, "height": 860}
DESKTOP: ViewportSize = {"width": 1280, "height": 860}

#: Every link and control that fails WCAG 2.5.8 (Target Size, Minimum): smaller than 24 by 24 CSS
#: pixels, not a link in a sentence, and so close to another target that a circle of 24 pixels
#: across, centred on it, meets that target or its circle. Footnote markers are held to 24 by 24
#: whatever their spacing.
SMALL_TARGETS = """() => {
  const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, "
    + "label[for]";
  const targets = [];
  for (const element of document.querySelectorAll(selector)) {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    if (box.width === 0 || box.height === 0 || style.visibility !== "visible") continue;
    let block = element.parentElement;
    while (block && getComputedStyle(block).display.startsWith("inline")) {
      block = block.parentElement;
    }
    const inSentence = style.display === "inline" && block
      && block.textContent.trim().length > element.textContent.trim().length;
    const marker = element.matches(".footnote-reference");
    targets.push({element, box, small: box.width < 23.5 || box.height < 23.5,
                  exempt: inSentence && !marker, marker});
  }
  const centre = (box) => [box.left + box.width / 2, box.top + box.height / 2];
  const meets = ([x, y], box) => Math.hypot(x - Math.max(box.left, Math.min(x, box.right)),
                                             y - Math.max(box.top, Math.min(y, box.bottom))) < 11.5;
  const crowded = (target) => targets.some((other) => {
    if (other === target || other.element.contains(target.element)
        || target.element.contains(other.element)) return false;
    const [x, y] = centre(target.box);
    const [u, v] = centre(other.box);
    return meets([x, y], other.box) || (other.small && Math.hypot(x - u, y - v) < 23.5);
  });
  return targets
    .filter((t) => t.small && !t.exempt && (t.marker || crowded(t)))
    .map((t) => `${t.element.outerHTML.slice(0, 80)} ${t.box.width}x${t.box.height}`);
}"""

#: The fixed and sticky elements in the window that lie over the article's text, but for a bar
#: across the top of the window (the phone's header), under which the text scrolls.
FLOATING_OVER_TEXT = """() => {
  const lines = [];
  const walker = document.createTreeWalker(document.querySelector("article"), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) {
      if (box.bottom > 0 && box.top < innerHeight) lines.push(box);
    }
  }
  const found = [];
  for (const element of document.querySelectorAll("body *")) {
    const style = getComputedStyle(element);
    if (!["fixed", "sticky"].includes(style.position) || style.visibility !== "visible") continue;
    const box = element.getBoundingClientRect();
    if (box.width * box.height === 0 || box.bottom <= 0 || box.top >= innerHeight
        || box.right <= 0 || box.left >= innerWidth) continue;
    if (box.top <= 0.5 && box.width >= innerWidth - 1) continue;
    const over = lines.filter((line) => line.left < box.right && line.right > box.left
      && line.top < box.bottom && line.bottom > box.top);
    if (over.length > 0) found.push(`${element.tagName.toLowerCase()}.${element.className}`);
  }
  return found;
}"""


def _html(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_phone_numbers_and_e_mail_addresses_are_links(site: Path, language: str) -> None:
    """The servicedesk's number is a ``tel:`` link in E.164 form, its address a ``mailto:`` one.

    Every ``tel:`` and ``mailto:`` link of the edition is well formed, and the number that the
    Haarlem page names in 2.3.8 is no longer plain text anywhere outside an example.
    """
    links: dict[str, set[str]] = {}
    for path in site_pages(site / language):
        html = _html(site / language, path)
        for href, text in re.findall(r'<a [^>]*href="((?:tel|mailto):[^"]+)"[^>]*>(.*?)</a>', html):
            shown = unescape(re.sub("<[^>]+>", "", text))  # Sphinx cloaks e-mail addresses
            links.setdefault(unquote(unescape(href)), set()).add(shown)
        if not path.startswith("reference/"):  # the reference shows the number in code
            prose = re.sub(r'<div class="md-example-body.*?</pre>', "", html, flags=re.DOTALL)
            prose = prose.replace('href="tel:+31235115252">023-5115252<', "")
            assert ">023-5115252<" not in prose, path
    for href in links:
        assert re.fullmatch(r"tel:\+31[1-9][0-9]{8}|mailto:[\w.-]+@[\w-]+(\.[\w-]+)+", href), href
    assert links["tel:+31235115252"] >= {"023-5115252"}
    assert links["mailto:servicedesk.iv@haarlem.nl"] == {"servicedesk.iv@haarlem.nl"}
    assert "mailto:datalekmelden@haarlem.nl" in links


def _settled(page: Page) -> None:
    """Wait until the part the address names is in the window and the (smooth) scroll has ended."""
    in_view = """() => {
        const part = location.hash && document.getElementById(location.hash.slice(1));
        return !part || part.getBoundingClientRect().top < innerHeight;
    }"""
    page.wait_for_function(in_view, timeout=5_000)
    last = None
    for _ in range(50):
        position = page.evaluate("scrollY")
        if position == last:
            return
        last = position
        page.wait_for_timeout(150)


def _scroll_to_top_of_window(page: Page, anchor: str) -> None:
    """Scroll on as a reader does (a wheel), until `anchor` heads the window, below the header."""
    size = page.viewport_size or DESKTOP
    page.mouse.move(size["width"] * 0.7, size["height"] / 2)  # over the text, not the menu
    page.mouse.wheel(0, 600)
    _settled(page)
    page.evaluate(
        """id => {
            const header = document.querySelector(".mobile-header").offsetHeight;  // sticky
            const top = document.getElementById(id).getBoundingClientRect().top + scrollY;
            window.scrollTo({top: top - header, behavior: "instant"});
        }""",
        anchor,
    )


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize(
    ("start", "read", "link", "landing"),
    [
        (
            "nl/leeuwarden/regeling.html#leeuwarden-4-2-c",
            "leeuwarden-12",
            "English",
            "en/leeuwarden/regeling.html",
        ),
        ("en/faq/haarlem.html", "faq-haarlem-simkaart", "Nederlands", "nl/faq/haarlem.html"),
    ],
    ids=["article-after-anchor", "question"],
)
def test_language_switch_opens_the_part_in_view(
    browser: Browser,
    base_url: str,
    viewport: ViewportSize,
    start: str,
    read: str,
    link: str,
    landing: str,
) -> None:
    """After scrolling on, the switch opens the part at the top of the window, not the anchor."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(f"{base_url}/{start}")
    _settled(page)
    _scroll_to_top_of_window(page, read)
    if viewport["width"] < 600:
        page.locator("label.nav-overlay-icon").click()  # the switch is in the menu
        page.wait_for_timeout(400)
    page.get_by_role("link", name=link, exact=True).first.click()
    page.wait_for_url(re.compile(re.escape(f"{base_url}/{landing}#") + ".+"))
    anchor = page.url.split("#")[1]
    assert anchor == read or anchor.startswith(f"{read}-"), page.url
    _settled(page)
    top = page.evaluate("id => document.getElementById(id).getBoundingClientRect().top", anchor)
    assert 0 <= top < viewport["height"] / 2
    context.close()


@pytest.mark.parametrize("path", ["en/haarlem/beleid.html", "en/toegankelijkheid.html"])
def test_english_notice_wraps_on_a_phone(browser: Browser, base_url: str, path: str) -> None:
    """At 412 pixels the notice wraps onto more lines, whole, and nothing scrolls sideways."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{base_url}/{path}")
    sizes = page.evaluate(
        """() => {
            const notice = document.querySelector(".announcement");
            const text = notice.querySelector(".announcement-content").getBoundingClientRect();
            return {page: document.documentElement.scrollWidth, scroll: notice.scrollWidth,
                    width: notice.clientWidth, left: text.left, right: text.right,
                    lines: text.height / parseFloat(getComputedStyle(notice).lineHeight)};
        }"""
    )
    context.close()
    assert sizes["page"] <= PHONE["width"]
    assert sizes["scroll"] <= sizes["width"]
    assert sizes["left"] >= 0
    assert sizes["right"] <= PHONE["width"]
    assert sizes["lines"] >= 1.5, sizes  # wrapped, not cut off


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_nothing_floats_over_the_text(
    browser: Browser, base_url: str, viewport: ViewportSize
) -> None:
    """No fixed or sticky element covers the text, also when the reader scrolls back up.

    Furo shows its "back to top" button over the text on scrolling up; the handbook has none.
    """
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(f"{base_url}/nl/haarlem/beleid.html")
    found = []
    for position in (4000, 3700, 9000, 8800):
        page.evaluate("y => window.scrollTo({top: y, behavior: 'instant'})", position)
        page.wait_for_timeout(150)
        found += page.evaluate(FLOATING_OVER_TEXT)
    context.close()
    assert found == []


def test_targets_are_large_enough_and_nothing_scrolls_sideways(
    browser: Browser, base_url: str, site: Path
) -> None:
    """Every link and button is 24 by 24 pixels, in a sentence, or far enough from others.

    On the reader pages of both editions and the entry page, at a phone's and a desktop's width;
    and at a phone's width no page is wider than the window (WCAG 1.4.10, reflow).
    """
    pages = [path for path in site_pages(site) if "/reference/api/" not in path]
    found: dict[str, list[str]] = {}
    for viewport in (PHONE, DESKTOP):
        context = browser.new_context(viewport=viewport)
        for path in pages:
            page = context.new_page()
            page.goto(f"{base_url}/{path}", wait_until="load")
            problems = page.evaluate(SMALL_TARGETS)
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > viewport["width"]:
                problems.append(f"the page is {width} pixels wide")
            if problems:
                found[f"{path} at {viewport['width']}"] = problems
            page.close()
        context.close()
    assert found == {}


def _luminance(colour: str) -> float:
    red, green, blue = (int(part) / 255 for part in re.findall(r"\d+", colour)[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_entry_page_follows_the_colour_scheme(browser: Browser, base_url: str, scheme: str) -> None:
    """The entry page is dark when the system asks for dark, light otherwise; axe finds nothing."""
    context = browser.new_context(color_scheme=scheme)  # type: ignore[arg-type]
    page = context.new_page()
    page.goto(f"{base_url}/index.html")
    colours = page.evaluate(
        """() => [getComputedStyle(document.body).backgroundColor,
                  getComputedStyle(document.body).color]"""
    )
    page.add_script_tag(path=str(AXE))
    options = {"runOnly": {"type": "tag", "values": ["wcag2aa", "wcag21aa", "wcag22aa"]}}
    violations = page.evaluate("options => axe.run(document, options)", options)["violations"]
    context.close()
    background = 1.0 if colours[0] == "rgba(0, 0, 0, 0)" else _luminance(colours[0])
    if scheme == "dark":
        assert background < 0.2 < _luminance(colours[1]), colours
    else:
        assert background > 0.8 > _luminance(colours[1]), colours
    assert violations == []


def _printed(page: Page) -> list[str]:
    """Print the page to A4 as a browser does; return the text of each sheet."""
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    return [sheet.extract_text() for sheet in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _words(text: str) -> str:
    return " ".join(text.replace("¶", "").split())


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("docname", REGULATION_PAGES)
def test_regulation_prints_as_a_clean_text(
    browser: Browser, base_url: str, language: str, docname: str
) -> None:
    """A regulation prints as its text alone, with its title and version on every sheet.

    No skip link, menu, button or example (no ``>>>``), and no heading alone at the foot of a
    sheet. Measured on 1 December 2026: 9 and 8 sheets, where 22 to 29 were printed before.
    """
    page = browser.new_page()
    page.goto(f"{base_url}/{language}/{docname}.html", wait_until="load")
    title = _words(page.inner_text("h1"))
    version = _words(page.inner_text("p.md-version")).split(";")[0]
    headings = [
        _words(h) for h in page.eval_on_selector_all("h2, h3", "hs => hs.map(h => h.innerText)")
    ]
    sheets = _printed(page)
    page.close()
    assert 3 <= len(sheets) <= 12
    for number, sheet in enumerate(sheets, start=1):
        text = _words(sheet)
        where = f"sheet {number} of {len(sheets)}"
        assert title in text, where
        assert version in text, where
        assert f"{number} / {len(sheets)}" in text, where
        for screen_only in ("Naar de inhoud", "Skip to content", ">>>", "Nederlands English"):
            assert screen_only not in text, (where, screen_only)
        body = _words(text.replace(title, "").replace(version, "").replace(f"{number} / ", ""))
        if number < len(sheets):
            assert not any(body.endswith(heading) for heading in headings), where


@pytest.mark.parametrize("language", ["nl", "en"])
def test_accessibility_statement_is_in_every_footer(site: Path, language: str) -> None:
    """Each edition has the statement, in its table of contents and in every page's footer."""
    edition = site / language
    statement = edition / "toegankelijkheid.html"
    assert statement.exists()
    pages = site_pages(edition)
    assert len(pages) > 40
    for path in pages:
        footer = re.search(r"<footer>.*?</footer>", _html(edition, path), re.DOTALL)
        assert footer is not None, path
        hrefs = re.findall(r'<a class="md-statement-link" href="([^"]+)"', footer.group())
        assert [urljoin(f"file:///{language}/{path}", href) for href in hrefs] == [
            f"file:///{language}/toegankelijkheid.html"
        ], path
    caption = {"nl": "Over dit handboek", "en": "About this handbook"}[language]
    start = _html(edition, "index.html")
    about = re.search(
        rf'<span class="caption-text">{caption}</span></p>\s*<ul>.*?</ul>', start, re.DOTALL
    )
    assert about is not None
    assert 'href="toegankelijkheid.html"' in about.group()
    entry = _html(site, "index.html")
    assert f'href="{language}/toegankelijkheid.html"' in entry


@pytest.mark.parametrize("language", ["nl", "en"])
def test_accessibility_statement_names_what_was_tested(site: Path, language: str) -> None:
    """The statement names the standard, its status, the test tools as installed, the contacts."""
    html = _html(site / language, "toegankelijkheid.html")
    text = _words(unescape(re.sub(r"<[^>]+>", " ", html)))
    axe = json.loads((AXE.parent / "package.json").read_text(encoding="utf-8"))["version"]
    for fact in ("WCAG 2.1", "EN 301 549", "WCAG 2.2", f"axe-core {axe}", "412", "1280"):
        assert fact in text, fact
    assert "Status: C" in text
    assert {"nl": "1 december 2026", "en": "1 December 2026"}[language] in text
    assert 'href="tel:+31235115252"' in html
    assert "mailto:servicedesk" in unquote(unescape(html))
    assert "ServiceDesk SSC" in text
