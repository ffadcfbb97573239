"""Executed examples beside an article: the ``example`` directive."""

from docutils import nodes
from sphinx.locale import _
from sphinx.util.docutils import SphinxDirective
from sphinx.writers.html5 import HTML5Translator

from mdrules.i18n import SOURCE_LANGUAGE
from mdrules.labels import provision_label
from mdrules.sphinxext import sessions
from mdrules.sphinxext.domain import regulation_domain
from mdrules.sphinxext.provisions import enclosing_provisions, regulation_of


class example_body(nodes.General, nodes.Element):  # noqa: N801 (docutils names nodes in lower case)
    """The code and answers of an example, in Dutch (the source language)."""


def visit_example_body_html(self: HTML5Translator, node: example_body) -> None:
    """Open the body, marked as Dutch."""
    self.body.append(f'<div class="md-example-body" lang="{SOURCE_LANGUAGE}">')


def depart_example_body_html(self: HTML5Translator, node: example_body) -> None:
    """Close the body."""
    self.body.append("</div>")


class ExampleDirective(SphinxDirective):
    """A framed example under an article; its ``{doctest}`` blocks run as tests.

    Inside a provision it illustrates that provision; elsewhere on a regulation page it names the
    article as its argument (``{example} 2.1``). On other pages (the FAQ) it illustrates no
    article. The frame is not part of the regulation's text (class ``md-aside``).
    """

    has_content = True
    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        """Parse the example and note which article it stands under."""
        container = nodes.container(classes=["md-aside", "md-example"])
        self.set_source_info(container)
        title_text = _("Example, computed by the rules")
        if (self.config.language or SOURCE_LANGUAGE) != SOURCE_LANGUAGE:
            title_text = _(
                "Example, computed by the rules; the answer is in Dutch, the authoritative "
                "language (mdrules --lang en answers in English)"
            )
        title = nodes.paragraph("", title_text, classes=["md-example-title"])
        container += title
        # The answers are Dutch in every edition: say so to screen readers and translators.
        body = example_body()
        container += body
        self.state.nested_parse(self.content, self.content_offset, body)
        for block in body.findall(nodes.literal_block):
            if block.get("language") == "pycon":
                block["language"] = sessions.LANGUAGE  # prompts marked, the rest plain text
        stack = enclosing_provisions(self.env)
        regulation = regulation_of(self.env.docname)
        if regulation is None:
            return [container]  # an example on another page (the FAQ) illustrates no article
        if self.arguments:
            label = provision_label(regulation.id, self.arguments[0])
        elif stack:
            label = stack[-1]
        else:
            msg = (
                "an example belongs inside the provision it illustrates, or names the article "
                "of a regulation page it stands under: {example} 2.1"
            )
            raise self.error(msg)
        regulation_domain(self.env).note_example(label, self.env.docname, self.lineno)
        return [container]
