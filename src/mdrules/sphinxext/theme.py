"""Furo's page, adapted: its interface strings in the build's language, and complete ARIA.

Furo writes a few labels into its templates without marking them for translation, and Sphinx gives
the captions of the navigation ``role="heading"`` without a level (an ARIA error). The template
``page.html`` of the handbook passes Furo's page through the filter below, which translates exactly
those labels with the build's message catalog (``locale/<language>/LC_MESSAGES/sphinx.po``) and
gives the captions their level.
"""

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


def adapt_theme(html: str) -> Markup:
    """Translate the unmarked labels and complete the captions' ARIA; leave all else alone."""
    for label in UNMARKED_LABELS:
        translated = _(label)
        html = html.replace(f'aria-label="{label}"', f'aria-label="{translated}"')
        html = html.replace(f"<title>{label}</title>", f"<title>{translated}</title>")
    return Markup(html.replace(*CAPTION_HEADING))


def register_filter(app: Sphinx) -> None:
    """Make the filter available to the templates of HTML builders."""
    templates = getattr(app.builder, "templates", None)
    environment = getattr(templates, "environment", None)
    if environment is not None:
        environment.filters["mdrules_adapt_theme"] = adapt_theme
