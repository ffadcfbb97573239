"""Terms that a regulation defines inline: the ``{defn}`` role."""

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxRole
from sphinx.util.nodes import split_explicit_title
from sphinx.writers.html5 import HTML5Translator

from mdrules.labels import term_label
from mdrules.sphinxext.content.provisions import depart_nothing, regulation_of, visit_nothing
from mdrules.sphinxext.warning_types import MdrulesWarning, warn


class defined_term(nodes.Inline, nodes.TextElement):  # noqa: N801 (docutils names nodes in lower case)
    """The defining occurrence of a term, rendered as ``<dfn>``."""


class DefinitionRole(SphinxRole):
    """``{defn}`Term` `` marks where the text defines a term.

    A translation writes ``{defn}`Shown <Term>` ``, keeping the Dutch term as the target.

    The label comes from the term (the part in angle brackets, if any), so it is the same in every
    language: ``leeuwarden-term-gebruiker``.
    """

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        """Return an index entry and the marked term."""
        regulation = regulation_of(self.env.docname)
        if regulation is None:
            warn(
                MdrulesWarning.TERM,
                "a term definition belongs on a regulation page; got page %r",
                self.env.docname,
                location=self.get_location(),
            )
            return [], []
        _, shown, term = split_explicit_title(self.text)
        label = term_label(regulation.id, term)
        node = defined_term(self.rawtext, shown, ids=[label], classes=["md-dfn"])
        self.set_source_info(node)
        index = addnodes.index(entries=[("single", shown, label, "main", None)])
        std = self.env.domains.standard_domain
        std.note_hyperlink_target(label, self.env.docname, label, shown)
        return [index, node], []


def visit_defined_term_html(self: HTML5Translator, node: defined_term) -> None:
    """Open the ``<dfn>`` element."""
    self.body.append(self.starttag(node, "dfn", ""))


def depart_defined_term_html(self: HTML5Translator, node: defined_term) -> None:
    """Close the ``<dfn>`` element."""
    self.body.append("</dfn>")


def setup_terms(app: Sphinx) -> None:
    """Register the ``{defn}`` role and its node."""
    app.add_role("defn", DefinitionRole())
    app.add_node(
        defined_term,
        html=(visit_defined_term_html, depart_defined_term_html),
        text=(visit_nothing, depart_nothing),
    )
