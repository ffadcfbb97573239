"""Printed pages: the print stylesheet, and a running header with the title and the version.

``print.css`` leaves out of print what is for the screen (navigation, buttons, the skip link) and
what is no part of the regulation (the examples and asides). Each page also carries a small style
of its own, for print only, that puts its title at the top of every printed page and, on a page
with one regulation's version line, that version (``@page`` margin boxes): a page torn from the
printout still says what it is from.
"""

import html
import re
from typing import Any

from docutils import nodes
from markupsafe import Markup
from sphinx.application import Sphinx

from mdrules.i18n import SOURCE_LANGUAGE
from mdrules.regulations import RULESETS
from mdrules.review import version_label

#: The attribute a version line's paragraph names its regulation with.
REGULATION_ATTRIBUTE = "md_regulation"


def css_string(text: str) -> str:
    r"""Return text as a quoted CSS string that is safe inside a ``<style>`` element.

    >>> print(css_string('Regels "A" & <B>\\'))
    "Regels \22 A\22  & \3c B>\5c "
    """
    escaped = re.sub(r'["\\<\n]', lambda match: f"\\{ord(match.group()):x} ", text)
    return f'"{escaped}"'


def running_header(title: str, version: str | None) -> str:
    """Return the ``@page`` rule that heads every printed page with the title and the version.

    >>> running_header("Beleid", "Versie 1.04")
    '@page{@top-left{content:"Beleid"}@top-right{content:"Versie 1.04"}}'
    """
    boxes = f"@top-left{{content:{css_string(title)}}}"
    if version:
        boxes += f"@top-right{{content:{css_string(version)}}}"
    return f"@page{{{boxes}}}"


def page_regulations(doctree: nodes.document) -> set[str]:
    """Return the regulations whose version line the page shows."""
    return {
        str(node[REGULATION_ATTRIBUTE])
        for node in doctree.findall(nodes.paragraph)
        if REGULATION_ATTRIBUTE in node.attributes
    }


def add_running_header(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Give the page's template its print-only style (pages made from a document only)."""
    if not isinstance(doctree, nodes.document):
        return
    title = html.unescape(re.sub(r"<[^>]+>", "", str(context.get("title", "")))).strip()
    regulations = page_regulations(doctree)
    version = None
    if len(regulations) == 1:
        language = app.config.language or SOURCE_LANGUAGE
        version = version_label(RULESETS[regulations.pop()]).render(language)
    if title:
        style = running_header(title, version)
        context["mdrules_print_style"] = Markup(f'<style media="print">{style}</style>')


def setup_printing(app: Sphinx) -> None:
    """Add the print stylesheet and the running header."""
    app.add_css_file("print.css", media="print")
    app.connect("html-page-context", add_running_header)
