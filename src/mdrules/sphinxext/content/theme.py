"""Furo's page, adapted: its interface strings in the build's language, and complete ARIA.

Furo writes a few labels into its templates without marking them for translation, and Sphinx gives
the captions of the navigation ``role="heading"`` without a level (an ARIA error). The template
``page.html`` of the handbook passes Furo's page through the filter below, which translates exactly
those labels with the build's message catalog (``locale/<language>/LC_MESSAGES/sphinx.po``),
gives the captions their level and leaves out the icons the page does not show, and Furo's
"back to top" button, which floats over the text (the header with the menu stays at the top).
"""

import re

from markupsafe import Markup
from sphinx.application import Sphinx
from sphinx.locale import _

#: Labels that Furo writes untranslated, as ``aria-label`` attributes or SVG titles.
UNMARKED_LABELS = (
    "Toggle site navigation sidebar",
    "Toggle table of contents sidebar",
    "Toggle Light / Dark / Auto color theme",
    "Contents",
    "Menu",
    "Expand",
    "Light mode",
    "Dark mode",
    "Auto light/dark, in light mode",
    "Auto light/dark, in dark mode",
)


#: Navigation captions ("Regelingen") are headings one level below the page title.
CAPTION_HEADING = (
    'class="caption" role="heading"',
    'class="caption" role="heading" aria-level="2"',
)


#: An icon of Furo's, drawn once per page and shown where the page refers to it.
ICON = re.compile(r'\s*<symbol id="([\w-]+)".*?</symbol>', re.DOTALL)


#: Furo's "back to top" button: shown over the text whenever the reader scrolls up.
BACK_TO_TOP = re.compile(r'\s*<a href="#" class="back-to-top[^"]*">.*?</a>', re.DOTALL)


def drop_unused_icons(html: str) -> str:
    """Leave out the icons the page never shows (Furo's edit and view buttons are off).

    >>> drop_unused_icons('<symbol id="a">A</symbol><symbol id="b">B</symbol><use href="#a">')
    '<symbol id="a">A</symbol><use href="#a">'
    """
    return ICON.sub(lambda icon: icon.group() if f'"#{icon.group(1)}"' in html else "", html)


def adapt_theme(html: str) -> Markup:
    """Translate the unmarked labels, complete the captions' ARIA, drop unused icons and buttons."""
    for label in UNMARKED_LABELS:
        translated = _(label)
        html = html.replace(f'aria-label="{label}"', f'aria-label="{translated}"')
        html = html.replace(f"<title>{label}</title>", f"<title>{translated}</title>")
    html = BACK_TO_TOP.sub("", html.replace(*CAPTION_HEADING))
    return Markup(drop_unused_icons(html))


def register_filter(app: Sphinx) -> None:
    """Make the filter available to the templates of HTML builders."""
    templates = getattr(app.builder, "templates", None)
    environment = getattr(templates, "environment", None)
    if environment is not None:
        environment.filters["mdrules_adapt_theme"] = adapt_theme


def setup_theme(app: Sphinx) -> None:
    """Offer the templates the filter that adapts Furo's page."""
    app.connect("builder-inited", register_filter)
