"""The editions of the handbook: the language switcher and the notice on translated pages."""

from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

from mdrules.i18n import SOURCE_LANGUAGE
from mdrules.regulations import REGULATIONS

#: Each edition's language, by code, with its name in that language.
EDITIONS = {"nl": "Nederlands", "en": "English"}

#: The labels that name the same part in every edition: the regulations' and the questions'.
#: The switcher takes the one at the top of the window along (mdrules.js).
ANCHOR_PREFIXES = " ".join([*(f"{regulation}-" for regulation in REGULATIONS), "faq-"])

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
    context["mdrules_anchor_prefixes"] = ANCHOR_PREFIXES


def configure_edition(app: Sphinx, config: Config) -> None:
    """Name the handbook in the edition's language; mark a translated edition as a translation.

    Every page of a translated edition says that the Dutch text is authoritative.
    """
    language = config.language or SOURCE_LANGUAGE
    if language in config.mdrules_project:
        config.project = config.html_title = config.mdrules_project[language]
    if language in config.mdrules_copyright:
        config.copyright = config.mdrules_copyright[language]
    if language != SOURCE_LANGUAGE and config.html_theme == "furo":
        options = dict(config.html_theme_options)
        options.setdefault("announcement", TRANSLATION_NOTICE)
        config.html_theme_options = options


def setup_languages(app: Sphinx) -> None:
    """Name the edition and give every page the links to the other editions."""
    # The handbook's name and who holds its texts, by language (conf.py's are the Dutch ones).
    app.add_config_value("mdrules_project", {}, "html", types=[dict])
    app.add_config_value("mdrules_copyright", {}, "html", types=[dict])
    app.connect("config-inited", configure_edition)
    app.connect("html-page-context", add_language_links)
