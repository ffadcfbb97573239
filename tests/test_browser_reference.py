"""The API reference in a real browser: every page of it loads cleanly and meets WCAG 2.2 AA.

The reference's pages are most of the site's; they are visited here, apart from the readers'
pages of test_browser.py, so that two workers share the visits.
"""

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from browser import site_pages
from test_browser import Visit, visit_pages


@pytest.fixture(scope="session")
def reference_visits(browser: Browser, base_url: str, site: Path) -> dict[str, Visit]:
    """Open every page of the API reference once, light, on a desktop, in both editions."""
    return visit_pages(browser, base_url, [p for p in site_pages(site) if "/reference/api/" in p])


def test_every_reference_page_loads_cleanly_and_only_from_its_own_host(
    reference_visits: dict[str, Visit],
) -> None:
    """No console error, no failed request, nothing from another host, on any reference page."""
    assert len(reference_visits) > 100
    problems = {path: v.problems for path, v in reference_visits.items() if v.problems}
    assert problems == {}


def test_every_reference_page_meets_wcag_22_aa_light_on_a_desktop(
    reference_visits: dict[str, Visit],
) -> None:
    """axe-core finds no WCAG 2.1 or 2.2 A or AA violation on any page of the reference."""
    found = {path: v.violations for path, v in reference_visits.items() if v.violations}
    assert found == {}
