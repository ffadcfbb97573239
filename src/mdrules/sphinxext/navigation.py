"""The site navigation, built from the documents' titles alone: the same tree, far less work.

Furo asks Sphinx on every page for the whole navigation tree with ``titles_only``. Sphinx then
copies the full table of contents of every document (every article of both regulations, every
section of the API reference) and only afterwards throws all but the titles away. Here the
tables are cut down to their titles once per build, exactly as Sphinx would cut them, and Sphinx
builds each page's tree from those.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.environment.adapters.toctree import _toctree_copy

Toctree = Callable[..., str]


def titles_only(toc: nodes.bullet_list) -> nodes.bullet_list:
    r"""Return a document's table of contents as ``titles_only`` keeps it: titles and toctrees.

    >>> from docutils.core import publish_doctree
    >>> toc = publish_doctree("- Title\n\n  - Section\n").children[0]
    >>> titles_only(toc).astext(), toc.astext()
    ('Title', 'Title\n\nSection')
    """
    toc = toc.deepcopy()
    for top_level in toc.children:
        if isinstance(top_level, nodes.Element) and len(top_level) > 1:
            if subtrees := list(top_level.findall(addnodes.toctree)):
                below = top_level[1]
                assert isinstance(below, nodes.Element)
                below[:] = subtrees
            else:
                top_level.pop(1)
    return toc


class TitlesOnly:
    """The tables of contents of one build's documents, cut down to their titles."""

    def __init__(self) -> None:
        """Start with nothing cut."""
        self.tocs: dict[str, nodes.bullet_list] = {}
        self.source: dict[str, nodes.bullet_list] | None = None

    def of(self, app: Sphinx) -> dict[str, nodes.bullet_list]:
        """Return the cut tables, made from the environment's on first use in a build."""
        env = app.env
        if self.source is not env.tocs:
            tags = app.builder.tags
            self.tocs = {
                docname: titles_only(
                    _toctree_copy(toc, 2, env.metadata[docname].get("tocdepth", 0), False, tags)
                )
                for docname, toc in env.tocs.items()
            }
            self.source = env.tocs
        return self.tocs

    @contextmanager
    def swapped_in(self, app: Sphinx) -> Iterator[BuildEnvironment]:
        """Lend the environment the cut tables for one call."""
        env = app.env
        full = env.tocs
        env.tocs = self.of(app)
        try:
            yield env
        finally:
            env.tocs = full

    def wrap(self, app: Sphinx, toctree: Toctree) -> Toctree:
        """Return the page's ``toctree()``, building a titles-only, uncollapsed tree from titles."""

        def navigation(**options: object) -> str:
            if not options.get("titles_only") or options.get("collapse", True):
                return toctree(**options)
            with self.swapped_in(app):
                return toctree(**options)

        return navigation

    def add_to_page(
        self,
        app: Sphinx,
        pagename: str,
        templatename: str,
        context: dict[str, Any],
        doctree: object,
    ) -> None:
        """Give the page (and Furo, which runs after this) the faster ``toctree()``."""
        if "toctree" in context:
            context["toctree"] = self.wrap(app, context["toctree"])


def setup(app: Sphinx) -> None:
    """Connect before Furo, which computes its navigation at the default priority (500)."""
    app.connect("html-page-context", TitlesOnly().add_to_page, priority=400)
