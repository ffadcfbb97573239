"""The readers' search: Pagefind's index of the built pages, on the edition's ``search.html``.

Sphinx's own search (``searchindex.js`` and its scripts) is switched off: it finds pages, not the
article that answers, and loads its whole index for every query. After each edition's build, the
pages of the readers' search are indexed by Pagefind (:mod:`.search_index`) into
``<edition>/pagefind/``. The search page (``docs/_templates/search.html``) keeps its address, so
``search.html?q=WORDS`` still works as a link; ``mdrules-search.js`` asks Pagefind, adds the
synonyms of the edition's language, and lists each matching article, part or FAQ question at its
anchor, with the words found marked (``?highlight=``, as before).

The synonyms are kept with the terminology, in ``locale/<language>/SYNONYMS.md``: a table of the
words readers type that the text does not use, and the words the text has instead.
"""

import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.locale import _

from mdrules.i18n import SOURCE_LANGUAGE
from mdrules.regulations import REGULATIONS
from mdrules.sphinxext.content.domain import regulation_domain
from mdrules.sphinxext.content.search_index import index_view, write_index

#: Pages outside the readers' search: the API reference (English, for programmers).
EXCLUDED_FOLDERS = ("reference/",)
#: Where the search writes its index, in each edition's output folder.
BUNDLE = "pagefind"
SYNONYMS_FILE = "SYNONYMS.md"
ROW = re.compile(r"^\|(.*)\|\s*$")


class SynonymsError(ValueError):
    """A synonyms table that cannot be read."""


def normalized(text: str) -> str:
    """Return text as the search compares it: lower case, without accents, spaces folded.

    >>> normalized("  Türkiye  Data ")
    'turkiye data'
    """
    decomposed = unicodedata.normalize("NFD", text.lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def parse_synonyms(markdown: str, source: str = SYNONYMS_FILE) -> dict[str, list[str]]:
    """Read a synonyms table: searched words (comma-separated), then the words of the text.

    Other lines (the explanation above the table) are ignored; the first row is the header.

    >>> table = '''Intro.
    ...
    ... | searched word | words in the text | why |
    ... | --- | --- | --- |
    ... | kwijt, verloren | verlies, vermissing | the text names the event |
    ... '''
    >>> parse_synonyms(table)
    {'kwijt': ['verlies', 'vermissing'], 'verloren': ['verlies', 'vermissing']}
    """
    rows = [ROW.match(line) for line in markdown.splitlines()]
    cells = [[cell.strip() for cell in row.group(1).split("|")] for row in rows if row]
    synonyms: dict[str, list[str]] = {}
    for number, row in enumerate(cells[2:], start=3):
        if len(row) < 2 or not row[0] or not row[1]:
            msg = (
                f"{source}: expected row {number} of the table to give the searched words and "
                f"the words of the text; got {row!r}"
            )
            raise SynonymsError(msg)
        words = [normalized(word) for word in row[1].split(",") if word.strip()]
        for key in row[0].split(","):
            if key.strip():
                synonyms[normalized(key)] = words
    return synonyms


def read_synonyms(app: Sphinx, language: str) -> dict[str, list[str]]:
    """Return the synonyms of a language, from the first catalog folder that has them."""
    for folder in app.config.locale_dirs:
        path = Path(app.srcdir, folder, language, SYNONYMS_FILE)
        if path.exists():
            return parse_synonyms(path.read_text(encoding="utf-8"), str(path))
    return {}


def interface_strings() -> dict[str, str]:
    """Return the search page's messages, in the build's language (``{query}``, ``{count}``)."""
    return {
        "prompt": _("Type the words to search for, then press Enter."),
        "searching": _("Searching…"),
        "none": _("Nothing found for {query}. Try another word, or fewer words."),
        "one": _("1 result for {query}"),
        "many": _("{count} results for {query}"),
        "also": _("Also searched for: {words}"),
        "failed": _("The search could not be loaded. Reload the page to try again."),
        "within": _("in"),
    }


def switch_off_sphinx_search(app: Sphinx) -> None:
    """Make no ``searchindex.js`` and no search page of Sphinx's: this module makes the page."""
    if isinstance(app.builder, StandaloneHTMLBuilder):
        app.builder.search = False


def search_page(app: Sphinx) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Give the HTML builder the search page, at its usual address."""
    if app.builder.format != "html":
        return
    language = app.config.language or SOURCE_LANGUAGE
    settings = {"strings": interface_strings(), "synonyms": read_synonyms(app, language)}
    # In a <script> element: no "</script>" may occur, so "<" is escaped.
    data = json.dumps(settings, ensure_ascii=False).replace("<", "\\u003c")
    yield "search", {"mdrules_search": data}, "search.html"


def add_search_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Load the search's script and style on the search page only."""
    if pagename == "search":
        app.add_js_file("mdrules-search.js", type="module")
        app.add_css_file("mdrules-search.css")


def in_readers_search(docname: str) -> bool:
    """Whether a page is in the readers' search.

    >>> in_readers_search("faq/haarlem"), in_readers_search("reference/api/mdrules/mdrules.rules")
    (True, False)
    """
    return not docname.startswith(EXCLUDED_FOLDERS)


def citation(regulation: str, number: str, language: str) -> str:
    """Return a provision's citation as a reader writes it, in a language.

    >>> citation("leeuwarden", "4.1.c", "nl"), citation("haarlem", "2.3.16", "nl")
    ('Leeuwarden artikel 4 lid 1 onder c', 'Haarlem 2.3.16')
    """
    if regulation not in REGULATIONS:  # a regulation the build does not know: its name, the number
        return f"{regulation.capitalize()} {number}"
    return REGULATIONS[regulation].cite(number)[0].render(language)


def provision_titles(app: Sphinx, language: str) -> dict[str, str]:
    """Return each provision's citation in the edition's language, by label."""
    return {
        label: citation(entry.regulation, entry.number, language)
        for label, entry in regulation_domain(app.env).provisions.items()
    }


def index_edition(app: Sphinx, exception: Exception | None) -> None:
    """Index the edition's pages in the readers' search, after its build."""
    if exception is not None or app.builder.format != "html":
        return
    if not app.config.mdrules_search_index:
        return
    language = app.config.language or SOURCE_LANGUAGE
    domain = regulation_domain(app.env)
    first_tier = {entry.docname for entry in domain.provisions.values()}
    first_tier |= {docname for docname, _labels in domain.faqs.values()}
    titles = provision_titles(app, language)
    outdir = Path(app.outdir)
    pages = {}
    for docname in sorted(app.env.found_docs):
        path = outdir / app.builder.get_target_uri(docname)
        if in_readers_search(docname) and path.exists():
            html = path.read_text(encoding="utf-8")
            pages[path.relative_to(outdir).as_posix()] = index_view(
                html, titles, 0 if docname in first_tier else 1
            )
    write_index(pages, outdir / BUNDLE)


def setup_search(app: Sphinx) -> None:
    """Switch Sphinx's search off, make the search page, and index each built edition.

    ``mdrules_search_index = False`` (``-D mdrules_search_index=0``) makes no index, for a
    preview: the pages are the same, the search page finds nothing.
    """
    app.add_config_value("mdrules_search_index", True, "", bool)
    app.connect("builder-inited", switch_off_sphinx_search)
    app.connect("html-collect-pages", search_page)
    app.connect("html-page-context", add_search_assets)
    # After the stylesheets are cut (priority 900): the index reads the pages as published.
    app.connect("build-finished", index_edition, priority=950)
