"""The line of a role inside its paragraph, so that a warning points at the role, not the paragraph.

MyST gives a role, and the references it makes, the line its paragraph starts on. The role's own
line is that one plus the line breaks of the paragraph before it.
"""

from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform
from sphinx.util.docutils import SphinxRole


def outermost_text(node: nodes.Element) -> nodes.Element:
    """Return the paragraph (or title) a node of inline text belongs to.

    >>> paragraph = nodes.paragraph("", "", nodes.strong("", "x"))
    >>> outermost_text(paragraph[0]) is paragraph
    True
    """
    while isinstance(node.parent, nodes.TextElement):
        node = node.parent
    return node


def breaks_before(block: nodes.Element, target: nodes.Node | None = None) -> int:
    r"""Count the line breaks of a block's text before a node of it (all, without a node).

    >>> paragraph = nodes.paragraph("", "", nodes.Text("a\nb "), nodes.literal("", "c"))
    >>> breaks_before(paragraph, paragraph[1]), breaks_before(paragraph)
    (1, 1)
    """
    count = 0
    for node in block.findall(include_self=False):
        if node is target:
            break
        if isinstance(node, nodes.Text):
            count += node.astext().count("\n")
    return count


def role_location(role: SphinxRole) -> str:
    """Return ``source:line`` of a role being run: its paragraph's line plus the breaks before."""
    source, line = role.get_source_info()
    parent = role.inliner.parent
    if line is not None and isinstance(parent, nodes.Element):
        line += breaks_before(outermost_text(parent))
    return f"{source}:{line}" if line is not None else str(source)


class ReferenceLines(SphinxTransform):
    """Give each reference the line its role stands on, for the warning of a broken one.

    It runs before the text is translated, on the page's own lines.
    """

    default_priority = 5

    def apply(self, **kwargs: Any) -> None:  # noqa: ANN401 (Sphinx's signature)
        """Move each reference of a paragraph from its first line to its own."""
        for reference in self.document.findall(addnodes.pending_xref):
            parent = reference.parent
            if not isinstance(parent, nodes.TextElement):
                continue
            block = outermost_text(parent)
            if block.line is None or reference.line != block.line:
                continue
            reference.line = block.line + breaks_before(block, reference)


def setup_lines(app: Sphinx) -> None:
    """Register the transform that puts references on their own line."""
    app.add_transform(ReferenceLines)
