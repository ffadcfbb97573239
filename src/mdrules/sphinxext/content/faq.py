"""Frequently asked questions: each answer names its articles, and each article lists its FAQ.

Under a question (a heading with a label), ``{faq-basis} REGULATION ARTICLE ...`` records the entry
and shows links to the articles; the build warns about an article the handbook does not have. Every
provision that an entry cites gets a link back to the entry.
"""

from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.locale import _
from sphinx.util.docutils import SphinxDirective

from mdrules.errors import LabelError
from mdrules.labels import provision_label
from mdrules.regulations import REGULATIONS
from mdrules.sphinxext.content.domain import regulation_domain
from mdrules.sphinxext.content.provisions import label_reference, provision
from mdrules.sphinxext.warning_types import MdrulesWarning, reported


class FaqBasisDirective(SphinxDirective):
    """``{faq-basis} haarlem 2.3.8 2.7.3`` with ``:question: LABEL``, the label of the question."""

    required_arguments = 2
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Any]] = {"question": directives.unchanged_required}

    @reported(MdrulesWarning.FAQ)
    def run(self) -> list[nodes.Node]:
        """Record the entry and show its articles as links."""
        regulation, *articles = self.arguments[0:1] + self.arguments[1].split()
        if regulation not in REGULATIONS:
            choices = ", ".join(REGULATIONS)
            raise self.error(f"expected a regulation, one of {choices}; got {regulation!r}")
        question = self.options.get("question")
        if not question:
            raise self.error("expected :question: with the label of the question's heading")
        try:
            labels = [provision_label(regulation, article) for article in articles]
        except LabelError as error:
            raise self.error(f"article number: {error}") from None
        regulation_domain(self.env).note_faq(question, self.env.docname, labels)
        # Built in the page's language with its links; kept out of the page's catalog.
        paragraph = nodes.paragraph(classes=["md-faq-basis"], translatable=False)
        paragraph += nodes.strong("", _("Basis") + ": ")
        for position, (article, label) in enumerate(zip(articles, labels, strict=True)):
            if position:
                paragraph += nodes.Text(", ")
            name = f"{REGULATIONS[regulation].id.capitalize()} {article}"
            paragraph += label_reference(label, name)
        return [paragraph]


def add_faq_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Under each provision that FAQ entries cite, link to those entries."""
    domain = regulation_domain(app.env)
    cited: dict[str, list[str]] = {}
    for question, (_faq_doc, labels) in domain.faqs.items():
        for label in labels:
            cited.setdefault(label, []).append(question)
    std = app.env.domains.standard_domain
    for node in doctree.findall(provision):
        questions = cited.get(node["ids"][0], [])
        if not questions:
            continue
        aside = nodes.paragraph(classes=["md-aside", "md-faq-links"])
        aside += nodes.Text(_("Frequently asked") + ": ")
        for position, question in enumerate(sorted(questions)):
            faq_doc, anchor, title = std.labels.get(question, (None, None, question))
            if faq_doc is None:
                continue
            if position:
                aside += nodes.Text("; ")
            uri = app.builder.get_relative_uri(docname, faq_doc) + "#" + str(anchor)
            aside += nodes.reference("", title, internal=True, refuri=uri)
        node.append(aside)


def setup_faq(app: Sphinx) -> None:
    """Register the ``faq-basis`` directive and the links from articles to their questions."""
    app.add_directive("faq-basis", FaqBasisDirective)
    app.connect("doctree-resolved", add_faq_links)
