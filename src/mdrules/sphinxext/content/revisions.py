"""The revision register on the pages: the version table and the version line.

``{revisions} haarlem`` renders the register as the regulation's version table; ``{version-line}
haarlem`` the version, its date and when the next review is due. Both are rendered in the page's
language from :mod:`mdrules.revisions`, so the register is their single source.
"""

import re
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.locale import _
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective

from mdrules.i18n import SOURCE_LANGUAGE, translate
from mdrules.labels import provision_label
from mdrules.metadata import Regulation
from mdrules.regulations import REGULATIONS, RULESETS
from mdrules.review import version_line
from mdrules.sphinxext.content.dependencies import note_rendering
from mdrules.sphinxext.content.provisions import label_reference
from mdrules.sphinxext.warning_types import MdrulesWarning, reported

_ARTICLE = re.compile(r"\b\d+(?:\.\d+)+\b")


def regulation_argument(directive: SphinxDirective) -> Regulation:
    """Return the regulation a directive names as its argument, or stop with what is expected."""
    key = directive.arguments[0]
    if key not in REGULATIONS:
        msg = f"expected a regulation, one of {', '.join(REGULATIONS)}; got {key!r}"
        raise directive.error(msg)
    return REGULATIONS[key]


def linked(text: str, regulation: str) -> list[nodes.Node]:
    """Return a text with its article numbers as links, kept as text where no such article is.

    >>> [type(n).__name__ for n in linked("Aanpassingen 2.5.3 & 2.5.4", "haarlem")]
    ['Text', 'pending_xref', 'Text', 'pending_xref']
    """
    result: list[nodes.Node] = []
    position = 0
    for match in _ARTICLE.finditer(text):
        result.append(nodes.Text(text[position : match.start()]))
        reference = label_reference(provision_label(regulation, match[0]), match[0])
        reference["md_optional"] = True
        result.append(reference)
        position = match.end()
    result.append(nodes.Text(text[position:]))
    return [node for node in result if not (isinstance(node, nodes.Text) and not str(node))]


class OptionalReferences(SphinxPostTransform):
    """Leave an article number of the register as text when the page has no such article.

    A register names removed articles too ("Artikel 1.2 verwijderd").
    """

    default_priority = 5  # before Sphinx resolves references (10)

    def run(self, **kwargs: Any) -> None:  # noqa: ANN401 (Sphinx's signature)
        """Unlink the optional references whose label does not exist."""
        labels = self.env.domains.standard_domain.anonlabels
        for node in list(self.document.findall(addnodes.pending_xref)):
            if node.get("md_optional") and node["reftarget"] not in labels:
                node.replace_self(nodes.Text(node.astext()))


class RevisionsDirective(SphinxDirective):
    """``{revisions} haarlem``: the version table, one row per line of the register."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {"class": directives.class_option}

    @reported(MdrulesWarning.REVISIONS)
    def run(self) -> list[nodes.Node]:
        """Render the register as a table: version, date (dd-mm-yyyy), description."""
        note_rendering(self.env, self.arguments[:1])
        regulation = regulation_argument(self)
        language = self.config.language or SOURCE_LANGUAGE
        table = nodes.table(classes=["md-revisions"])
        group = nodes.tgroup(cols=3)
        table += group
        for width in (10, 15, 75):
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        row = nodes.row()
        for title in (_("Version"), _("Date"), _("Description")):
            row += nodes.entry("", nodes.paragraph("", title))
        head += row
        group += head
        body = nodes.tbody()
        for revision in regulation.register.revisions:
            row = nodes.row()
            date = revision.date.strftime("%d-%m-%Y") if revision.date else _("not stated")
            row += nodes.entry("", nodes.paragraph("", revision.version))
            row += nodes.entry("", nodes.paragraph("", date))
            description = translate(revision.description, language)
            row += nodes.entry("", nodes.paragraph("", "", *linked(description, regulation.id)))
            body += row
        group += body
        return [table]


class VersionLineDirective(SphinxDirective):
    """``{version-line} haarlem``: the version, its date, and when the next review is due."""

    required_arguments = 1
    has_content = False

    @reported(MdrulesWarning.REVISIONS)
    def run(self) -> list[nodes.Node]:
        """Render the line in the page's language; it is no part of the regulation's text."""
        note_rendering(self.env, self.arguments[:1])
        regulation = regulation_argument(self)
        language = self.config.language or SOURCE_LANGUAGE
        line, citations = version_line(RULESETS[regulation.id])
        paragraph = nodes.paragraph(classes=["md-aside", "md-version"], translatable=False)
        paragraph["md_regulation"] = regulation.id  # the running header of print (printing.py)
        paragraph += nodes.Text(line.render(language))
        for citation in citations:
            paragraph += nodes.Text(" (")
            paragraph += label_reference(citation.label, citation.render(language))
            paragraph += nodes.Text(")")
        paragraph += nodes.Text(".")
        return [paragraph]


def setup_revisions(app: Sphinx) -> None:
    """Register the ``revisions`` and ``version-line`` directives and their references."""
    app.add_directive("revisions", RevisionsDirective)
    app.add_directive("version-line", VersionLineDirective)
    app.add_post_transform(OptionalReferences)
