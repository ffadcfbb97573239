"""Numbered provisions: the ``provision`` directive, its nodes and their HTML."""

from collections.abc import Iterator
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.locale import _
from sphinx.transforms import SphinxTransform
from sphinx.util.docutils import SphinxDirective
from sphinx.writers.html5 import HTML5Translator
from sphinx.writers.text import TextTranslator

from mdrules.errors import LabelError
from mdrules.labels import number_parts, provision_label
from mdrules.metadata import Regulation
from mdrules.regulations import REGULATIONS
from mdrules.sphinxext.content.domain import RegulationDomain, regulation_domain
from mdrules.sphinxext.warning_types import MdrulesWarning, reported


class provision(nodes.General, nodes.Element):  # noqa: N801 (docutils names nodes in lower case)
    """A numbered provision: an article, lid, letter or sub-item, with its marker and label."""


class provision_list(nodes.General, nodes.Element):  # noqa: N801
    """A run of consecutive sibling provisions, rendered as one list."""


def label_reference(label: str, text: str) -> addnodes.pending_xref:
    """Return a link to a label (an article) that Sphinx resolves, or reports, at build time."""
    reference = addnodes.pending_xref(
        "", refdomain="std", reftype="ref", reftarget=label, refexplicit=True
    )
    reference += nodes.inline("", text)
    return reference


def regulation_of(docname: str) -> Regulation | None:
    """Return the regulation whose folder holds the document, if any.

    >>> regulation_of("haarlem/beleid").id
    'haarlem'
    >>> regulation_of("index") is None
    True
    """
    folder = docname.split("/", 1)[0]
    return REGULATIONS.get(folder) if "/" in docname else None


def default_marker(regulation: Regulation, number: str) -> str:
    """Return the marker a provision shows when the page does not set one.

    >>> default_marker(REGULATIONS["haarlem"], "2.3.16")
    '2.3.16'
    >>> default_marker(REGULATIONS["leeuwarden"], "4.1.c")
    'c.'
    """
    if regulation.marker_style == "full":
        return number
    return number_parts(number)[-1] + "."


def enclosing_provisions(env: BuildEnvironment) -> list[str]:
    """Return the labels of the provisions being parsed, outermost first."""
    stack = env.temp_data.setdefault("mdrules_provisions", [])
    assert isinstance(stack, list)
    return stack


class ProvisionDirective(SphinxDirective):
    """``{provision} NUMBER``: a numbered provision of the regulation of the current page."""

    required_arguments = 1
    has_content = True
    option_spec: ClassVar[dict[str, Any]] = {"marker": directives.unchanged_required}

    @reported(MdrulesWarning.PROVISION)
    def run(self) -> list[nodes.Node]:
        """Parse the provision's content under a node that carries its label."""
        regulation = regulation_of(self.env.docname)
        if regulation is None:
            folders = ", ".join(f"docs/{key}/" for key in REGULATIONS)
            msg = (
                f"a provision belongs on a regulation page (in {folders}); "
                f"got page {self.env.docname!r}"
            )
            raise self.error(msg)
        number = self.arguments[0]
        try:
            label = provision_label(regulation.id, number)
        except LabelError as error:
            raise self.error(f"provision number: {error}") from None
        marker = self.options.get("marker") or default_marker(regulation, number)
        node = provision(ids=[label], marker=marker, number=number, regulation=regulation.id)
        self.set_source_info(node)
        stack = enclosing_provisions(self.env)
        stack.append(label)
        try:
            self.state.nested_parse(self.content, self.content_offset, node)
        finally:
            stack.pop()
        regulation_domain(self.env).note_provision(
            label, regulation.id, number, self.env.docname, node
        )
        return [node]


def _parents_of_provisions(document: nodes.document) -> Iterator[nodes.Element]:
    for node in list(document.findall(provision)):
        parent = node.parent
        if parent is not None and not isinstance(parent, provision_list):
            yield parent


class GroupProvisions(SphinxTransform):
    """Wrap each run of consecutive sibling provisions in a ``provision_list``."""

    default_priority = 200

    def apply(self, **kwargs: Any) -> None:  # noqa: ANN401 (Sphinx's signature)
        """Group the runs, keeping every other child in place."""
        for parent in dict.fromkeys(_parents_of_provisions(self.document)):
            grouped: list[nodes.Node] = []
            run: provision_list | None = None
            for child in parent.children:
                if isinstance(child, provision):
                    if run is None:
                        run = provision_list()
                        grouped.append(run)
                    run.append(child)
                else:
                    run = None
                    grouped.append(child)
            parent.children = []
            parent.extend(grouped)


def visit_provision_list_html(self: HTML5Translator, node: provision_list) -> None:
    """Open the list of provisions."""
    self.body.append(self.starttag(node, "ol", CLASS="md-provisions"))


def depart_provision_list_html(self: HTML5Translator, node: provision_list) -> None:
    """Close the list of provisions."""
    self.body.append("</ol>\n")


def visit_provision_html(self: HTML5Translator, node: provision) -> None:
    """Open the item; its marker is a permalink to the provision's own label."""
    label = node["ids"][0]
    title = _("Link to this provision")
    self.body.append(self.starttag(node, "li", CLASS="md-provision"))
    self.body.append(
        f'<a class="md-marker" href="#{label}" title="{self.attval(title)}">'
        f"{self.encode(node['marker'])}</a>"
    )
    self.body.append('<div class="md-provision-body">')


def depart_provision_html(self: HTML5Translator, node: provision) -> None:
    """Close the item."""
    self.body.append("</div></li>\n")


def visit_provision_text(self: TextTranslator, node: provision) -> None:
    """Start the provision's text with its marker."""
    self.add_text(node["marker"] + " ")


def depart_nothing(self: nodes.NodeVisitor, node: nodes.Element) -> None:
    """Nothing to close."""
    return


def visit_nothing(self: nodes.NodeVisitor, node: nodes.Element) -> None:
    """Nothing to open."""
    return


def setup_provisions(app: Sphinx) -> None:
    """Register the ``reg`` domain, the ``provision`` directive and its nodes."""
    app.add_domain(RegulationDomain)
    app.add_directive("provision", ProvisionDirective)
    app.add_transform(GroupProvisions)
    app.add_node(
        provision_list,
        html=(visit_provision_list_html, depart_provision_list_html),
        text=(visit_nothing, depart_nothing),
    )
    app.add_node(
        provision,
        html=(visit_provision_html, depart_provision_html),
        text=(visit_provision_text, depart_nothing),
    )
