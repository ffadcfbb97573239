"""Executed examples beside an article: the ``example`` directive."""

from docutils import nodes
from sphinx.locale import _
from sphinx.util.docutils import SphinxDirective

from mdrules.sphinxext.domain import regulation_domain
from mdrules.sphinxext.provisions import enclosing_provisions


class ExampleDirective(SphinxDirective):
    """A framed example under an article; its ``{doctest}`` blocks run as tests.

    The frame is not part of the regulation's text (class ``md-aside``).
    """

    has_content = True
    optional_arguments = 0

    def run(self) -> list[nodes.Node]:
        """Parse the example and note which article it stands under."""
        container = nodes.container(classes=["md-aside", "md-example"])
        self.set_source_info(container)
        title = nodes.paragraph(
            "", _("Example, computed by the rules"), classes=["md-example-title"]
        )
        container += title
        self.state.nested_parse(self.content, self.content_offset, container)
        stack = enclosing_provisions(self.env)
        if not stack:
            raise self.error("an example belongs inside the provision it illustrates")
        label = stack[-1]
        regulation_domain(self.env).note_example(label, self.env.docname, self.lineno)
        return [container]
