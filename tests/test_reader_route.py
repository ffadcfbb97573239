"""A reader's route in a real browser: from the start page to an answer, and examples folded."""

import pytest
from playwright.sync_api import Browser, ViewportSize

from test_browser import _in_view

PHONE: ViewportSize = {"width": 412, "height": 860}
DESKTOP: ViewportSize = {"width": 1280, "height": 900}

#: The situation on the start page, in each edition, and where each regulation's answer is.
STOLEN = {"nl": "Telefoon of laptop kwijt of gestolen", "en": "Phone or laptop lost or stolen"}
STOLEN_ANSWERS = {
    "Haarlem": "faq/haarlem.html#faq-haarlem-diefstal-weekend",
    "Leeuwarden": "faq/leeuwarden.html#faq-leeuwarden-telefoon-gestolen",
}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("regulation", sorted(STOLEN_ANSWERS))
def test_the_stolen_phone_answer_is_one_tap_from_the_start(
    browser: Browser, base_url: str, language: str, regulation: str, viewport: ViewportSize
) -> None:
    """On the start page, one tap on the regulation under "lost or stolen" shows its answer."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(f"{base_url}/{language}/index.html")
    item = page.locator("ul.md-start > li", has_text=STOLEN[language])
    item.get_by_role("link", name=regulation).click()
    page.wait_for_load_state()
    assert page.url.endswith(STOLEN_ANSWERS[regulation]), page.url
    assert _in_view(page, page.url.rsplit("#", 1)[1])
    context.close()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_navigation_names_the_municipalities_and_sets_author_pages_apart(
    browser: Browser, base_url: str, language: str
) -> None:
    """The regulations are named by municipality; pages for authors sit under their own caption."""
    page = browser.new_page()
    page.goto(f"{base_url}/{language}/index.html")
    tree = page.locator(".sidebar-tree")
    captions = tree.locator("p.caption").all_inner_texts()
    authors = {"nl": "Voor auteurs en beheerders", "en": "For authors and maintainers"}[language]
    assert authors.upper() in [caption.upper() for caption in captions]
    first = tree.locator("ul").first.locator("a").all_inner_texts()
    assert first[0].startswith(("Haarlem en Zandvoort", "Haarlem and Zandvoort"))
    assert first[1].startswith("Leeuwarden")
    author_list = tree.locator("p.caption", has_text=authors).locator(
        "xpath=following-sibling::ul[1]"
    )
    assert author_list.locator("a[href$='coverage.html']").count() == 1
    assert author_list.locator("a[href$='reference/index.html']").count() == 1
    page.close()


ARTICLE_HEIGHTS = """() => {
    const sections = [...document.querySelectorAll("article section[id]")].filter(
        s => s.querySelector(":scope > ol details.md-example, :scope > details.md-example")
    );
    const folded = sections.map(s => s.getBoundingClientRect().height);
    for (const e of document.querySelectorAll("details.md-example")) e.style.display = "none";
    const bare = sections.map(s => s.getBoundingClientRect().height);
    for (const e of document.querySelectorAll("details.md-example")) e.style.display = "";
    return sections.map((s, i) => [s.id, folded[i] / bare[i]]);
}"""


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("page_name", ["haarlem/beleid", "leeuwarden/regeling"])
def test_folded_examples_do_not_break_up_an_article(
    browser: Browser, base_url: str, language: str, page_name: str
) -> None:
    """On a phone an article with its examples folded is at most 1.5 times its own text's height."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{base_url}/{language}/{page_name}.html")
    ratios = page.evaluate(ARTICLE_HEIGHTS)
    context.close()
    assert len(ratios) >= 5
    too_tall = {label: round(ratio, 2) for label, ratio in ratios if ratio > 1.5}
    assert too_tall == {}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_one_button_opens_every_example_of_a_page(
    browser: Browser, base_url: str, language: str
) -> None:
    """Examples start folded; the button under the title opens them all, and folds them again."""
    page = browser.new_page()
    page.goto(f"{base_url}/{language}/haarlem/beleid.html")
    examples = page.locator("details.md-example")
    assert examples.count() > 20
    assert page.locator("details.md-example[open]").count() == 0
    button = page.locator("p.md-examples-all button")
    button.click()
    assert page.locator("details.md-example[open]").count() == examples.count()
    assert page.locator("details.md-example-code[open]").count() == 0  # code stays folded
    button.click()
    assert page.locator("details.md-example[open]").count() == 0
    page.close()
