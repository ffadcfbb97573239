"""The editions of the handbook: the language switcher and the notice on translated pages."""

from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

from mdrules.i18n import SOURCE_LANGUAGE

#: Each edition's language, by code, with its name in that language.
EDITIONS = {"nl": "Nederlands", "en": "English"}

TRANSLATION_NOTICE = (
    "This is the English translation of the handbook. The Dutch text is the authoritative text."
)


def language_links(pagename: str, current: str) -> list[dict[str, Any]]:
    """Return a link to the same page in every edition, relative so any path or folder works.

    >>> [link["url"] for link in language_links("haarlem/beleid", "nl")]
    ['../../nl/haarlem/beleid.html', '../../en/haarlem/beleid.html']
    """
    up = "../" * (pagename.count("/") + 1)
    return [
        {
            "code": code,
            "name": name,
            "url": f"{up}{code}/{pagename}.html",
            "current": code == current,
        }
        for code, name in EDITIONS.items()
    ]


def add_language_links(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Give every page's template the links to the other editions."""
    context["mdrules_languages"] = language_links(pagename, app.config.language or SOURCE_LANGUAGE)


def add_translation_notice(app: Sphinx, config: Config) -> None:
    """Say on every page of a translated edition that the Dutch text is authoritative."""
    if (config.language or SOURCE_LANGUAGE) != SOURCE_LANGUAGE and config.html_theme == "furo":
        options = dict(config.html_theme_options)
        options.setdefault("announcement", TRANSLATION_NOTICE)
        config.html_theme_options = options
