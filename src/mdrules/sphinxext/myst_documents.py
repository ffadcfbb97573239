"""MyST's throwaway documents, made from settings computed once.

MyST-Parser's renderer sets itself up for every piece of Markdown it parses with
``options.get("document", make_document())``: the default is evaluated even when Sphinx hands
it the document, so docutils' default settings (an option parser of some eighty options) are
built and thrown away each time. A translated build parses every translated message on its own,
about 600 times per edition. Here ``make_document`` builds those settings once per parser class
and gives each new document its own copy of them: the same document as before, without the work.
"""

import copy

from docutils import SettingsSpec, nodes
from docutils.frontend import Values, get_default_settings
from docutils.parsers.rst import Parser as RSTParser
from docutils.utils import new_document
from myst_parser.mdit_to_docutils import base

#: Docutils' default settings, by the parser class they were built for.
_SETTINGS: dict[type[SettingsSpec], Values] = {}


def make_document(
    source_path: str = "notset", parser_cls: type[SettingsSpec] = RSTParser
) -> nodes.document:
    """Create a new docutils document with the parser class's default settings, as MyST does.

    >>> first, second = make_document(), make_document()
    >>> first.settings is second.settings, first.settings.tab_width == second.settings.tab_width
    (False, True)
    """
    settings = _SETTINGS.get(parser_cls)
    if settings is None:
        settings = _SETTINGS[parser_cls] = get_default_settings(parser_cls)
    return new_document(source_path, settings=copy.copy(settings))


def use_cached_settings() -> None:
    """Let MyST's renderer make its documents with the settings built once."""
    base.make_document = make_document
