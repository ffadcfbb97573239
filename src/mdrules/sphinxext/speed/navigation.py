"""The site navigation made once per build: Furo's tree for the root document, marked per page.

Furo asks Sphinx on every page for the whole navigation tree (rendered to HTML by a docutils
writer of its own) and then reworks that HTML with BeautifulSoup: together a tenth of a build.
Yet the tree is the same on every page but for two things: links are relative to the page, and
the branch that leads to the page is marked (``current`` on its items and lists, the page's own
link ``href="#"``, its checkboxes ``checked``, ``current-page`` on the last item). Here Furo's
tree is made once per build, for the root document (on no branch), cut into tags, and each page
gets a copy with its links and its branch changed, translated and folded as
:mod:`mdrules.sphinxext.content.navigation` does with Furo's own.

It rests on Furo's arguments to ``toctree()`` and its event priority, and on Sphinx's
``builder._get_local_toctree``. With ``mdrules_check_navigation = True`` every page is also given
Furo's own tree, and a page whose trees differ is a warning: the handbook's test builds turn it
on.
"""

from collections.abc import Callable
from functools import partial
from typing import Any

from furo import navigation as furo_navigation
from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder

from mdrules.sphinxext.content.navigation import Tree, translate_toggles
from mdrules.sphinxext.warning_types import MdrulesWarning, warn

#: The arguments Furo passes to ``toctree()`` for its navigation.
FURO_OPTIONS: dict[str, Any] = {
    "collapse": False,
    "titles_only": True,
    "maxdepth": -1,
    "includehidden": True,
}


def furo_tree(toctree: Callable[..., str]) -> str:
    """Return the navigation Furo itself makes from a page's ``toctree()``, translated."""
    return translate_toggles(furo_navigation.get_navigation_tree(toctree(**FURO_OPTIONS)))


class Navigation:
    """One build's navigation tree, made on first use."""

    def __init__(self) -> None:
        """Start with no tree."""
        self.tree: Tree | None = None
        self.source: object = None

    def of(self, app: Sphinx) -> Tree:
        """Return the tree of the build's documents (made again for another environment)."""
        env = app.env
        if self.tree is None or self.source is not env.tocs:
            builder = app.builder
            assert isinstance(builder, StandaloneHTMLBuilder)
            root = app.config.root_doc
            documents = {builder.get_relative_uri(root, name): name for name in env.found_docs}
            documents.pop("", None)  # the root itself is no entry of its own tree
            toctree = partial(builder._get_local_toctree, root)  # what a page gets as toctree()
            self.tree = Tree.parse(furo_tree(toctree), documents)
            self.source = env.tocs
        return self.tree

    def before_furo(
        self,
        app: Sphinx,
        pagename: str,
        templatename: str,
        context: dict[str, Any],
        doctree: object,
    ) -> None:
        """Spare Furo its navigation: its ``toctree()`` call gets nothing to rework."""
        if "toctree" not in context or "furo" not in app.extensions:
            return
        toctree = context["sphinx_toctree"] = context["toctree"]

        def navigation(**options: object) -> str:
            return "" if options == FURO_OPTIONS else str(toctree(**options))

        context["toctree"] = navigation

    def after_furo(
        self,
        app: Sphinx,
        pagename: str,
        templatename: str,
        context: dict[str, Any],
        doctree: object,
    ) -> None:
        """Give the page its copy of the tree (and check it against Furo's when asked to)."""
        if "sphinx_toctree" not in context:
            return
        builder = app.builder
        assert isinstance(builder, StandaloneHTMLBuilder)
        tree = self.of(app)
        folded = app.config.mdrules_navigation_folded
        context["furo_navigation_tree"] = tree.for_page(pagename, builder, folded)
        toctree = context["toctree"] = context.pop("sphinx_toctree")
        if not app.config.mdrules_check_navigation:
            return
        if (ours := tree.for_page(pagename, builder)) != (theirs := furo_tree(toctree)):
            warn(
                MdrulesWarning.NAVIGATION,
                "expected the navigation of %s to be Furo's own; it differs:\n%s\n%s",
                pagename,
                theirs,
                ours,
            )


def connect(app: Sphinx) -> None:
    """Connect around Furo, which computes its navigation at the default priority (500)."""
    navigation = Navigation()
    app.connect("html-page-context", navigation.before_furo, priority=400)
    app.connect("html-page-context", navigation.after_furo, priority=600)
