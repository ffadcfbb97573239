"""Furo's interface strings in the language of the build.

Furo writes a few labels into its templates without marking them for translation. The template
``page.html`` of the handbook passes Furo's page through the filter below, which translates exactly
those labels with the build's message catalog (``locale/<language>/LC_MESSAGES/sphinx.po``).
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


def translate_theme_labels(html: str) -> Markup:
    """Translate the unmarked labels in a rendered page; leave all other text alone."""
    for label in UNMARKED_LABELS:
        translated = _(label)
        html = html.replace(f'aria-label="{label}"', f'aria-label="{translated}"')
        html = html.replace(f"<title>{label}</title>", f"<title>{translated}</title>")
    return Markup(html)


def register_filter(app: Sphinx) -> None:
    """Make the filter available to the templates of HTML builders."""
    templates = getattr(app.builder, "templates", None)
    environment = getattr(templates, "environment", None)
    if environment is not None:
        environment.filters["mdrules_theme_labels"] = translate_theme_labels
