"""The site navigation: Furo's tree, made once per build and marked for each page.

Furo asks Sphinx on every page for the whole navigation tree (rendered to HTML by a docutils
writer of its own) and then reworks that HTML with BeautifulSoup: together a tenth of a build.
Yet the tree is the same on every page but for two things: links are relative to the page, and
the branch that leads to the page is marked (``current`` on its items and lists, the page's own
link ``href="#"``, its checkboxes ``checked``, ``current-page`` on the last item). Here Furo's
tree is made once per build, for the root document (on no branch), cut into tags, and each page
gets a copy with its links and its branch changed.

Furo writes "Toggle navigation of ..." in English; the tree carries the build's translation.
Below a document named in ``mdrules_navigation_folded`` (the API reference: some fifty modules,
a tenth of every page) the tree shows items only on that document's own pages.
With ``mdrules_check_navigation = True`` every page is also given Furo's own tree, and a page
whose trees differ is a warning: the handbook's test builds turn it on.
"""

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from furo import navigation as furo_navigation
from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.locale import _
from sphinx.util import logging

LOGGER = logging.getLogger(__name__)

#: The arguments Furo passes to ``toctree()`` for its navigation.
FURO_OPTIONS: dict[str, Any] = {
    "collapse": False,
    "titles_only": True,
    "maxdepth": -1,
    "includehidden": True,
}

TAG = re.compile(r"<(/?)([a-z]+)\b[^>]*>")
HREF = re.compile(r' href="([^"]*)"')
CLASS = re.compile(r' class="([^"]*)"')
#: Furo's label of a checkbox that opens a branch, which it writes in English.
TOGGLE_LABEL = "Toggle navigation of %s"
TOGGLE = re.compile(r'aria-label="Toggle navigation of ([^"]*)"')


def translate_toggles(html: str) -> str:
    """Give Furo's checkbox labels ("Toggle navigation of X") in the build's language.

    >>> translate_toggles('<input aria-label="Toggle navigation of FAQ"/>')
    '<input aria-label="Toggle navigation of FAQ"/>'
    """
    return TOGGLE.sub(lambda m: f'aria-label="{_(TOGGLE_LABEL) % m.group(1)}"', html)


def _with_class(tag: str, name: str, *, at: int | None = None) -> str:
    """Return a start tag with a class added (at a position of its class list, or last).

    >>> _with_class("<ul>", "current"), _with_class('<li class="l1 more">', "current", at=1)
    ('<ul class="current">', '<li class="l1 current more">')
    """
    found = CLASS.search(tag)
    if found is None:
        return f'{tag[:-1]} class="{name}">'
    classes = found.group(1).split()
    classes.insert(len(classes) if at is None else at, name)
    return f"{tag[: found.start(1)]}{' '.join(classes)}{tag[found.end(1) :]}"


@dataclass(eq=False)
class Item:
    """A ``<li>`` of the tree: where its tags are among the pieces, and what it links to."""

    start: int
    parent: "Item | None"
    list_start: int
    link: int = -1
    checkbox: int = -1
    docname: str | None = None
    children_start: int = -1
    children_end: int = -1


@dataclass
class Tree:
    """Furo's navigation for the root document, cut into tags and the text between them."""

    pieces: list[str]
    items: list[Item]
    links: dict[int, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, html: str, documents: dict[str, str]) -> "Tree":
        """Cut the tree's HTML at its tags; note each item's list, link, checkbox and document.

        ``documents`` maps a link as the root document writes it to the document it names.
        """
        pieces: list[str] = []
        items: list[Item] = []
        links: dict[int, str] = {}
        lists: list[int] = []
        open_items: list[Item] = []
        end = 0
        for tag in TAG.finditer(html):
            pieces.append(html[end : tag.start()])
            end = tag.end()
            index = len(pieces)
            pieces.append(tag.group())
            closing, name = tag.group(1), tag.group(2)
            if name == "ul" and closing:
                opened = lists.pop()
                if open_items and open_items[-1].children_start == opened:
                    open_items[-1].children_end = index
            elif name == "ul":
                lists.append(index)
                if open_items and open_items[-1].children_start < 0:
                    open_items[-1].children_start = index
            elif name == "li" and closing:
                open_items.pop()
            elif name == "li":
                parent = open_items[-1] if open_items else None
                open_items.append(Item(index, parent, lists[-1] if lists else -1))
                items.append(open_items[-1])
            elif name == "a" and not closing and open_items and open_items[-1].link < 0:
                open_items[-1].link = index
                href = HREF.search(tag.group())
                if href and href.group(1) in documents:
                    links[index] = open_items[-1].docname = documents[href.group(1)]
            elif name == "input" and open_items and open_items[-1].checkbox < 0:
                open_items[-1].checkbox = index
        pieces.append(html[end:])
        return cls(pieces, items, links)

    def for_page(
        self, pagename: str, builder: StandaloneHTMLBuilder, folded: Collection[str] = ()
    ) -> str:
        """Return the tree as Furo makes it on a page: links from there, its branch marked.

        The items below a document in ``folded`` are left out, but on that document's own
        pages (itself and those below it): there the branch is shown and open.
        """
        pieces = list(self.pieces)
        branch: list[Item] = []  # the page's items and the items above them
        for item in self.items:
            if item.docname == pagename:
                pieces[item.link] = _with_class(pieces[item.link], "current", at=0)
                above: Item | None = item
                while above is not None and above not in branch:
                    branch.append(above)
                    above = above.parent
        for item in self.items:
            has_children = item.children_end > item.checkbox >= 0
            if item.docname in folded and item not in branch and has_children:
                # Furo's item without children: no has-children, checkbox, label or list.
                pieces[item.start] = pieces[item.start].replace(" has-children", "", 1)
                for index in range(item.checkbox, item.children_end + 2):
                    pieces[index] = ""
        for index, docname in self.links.items():
            target = builder.get_relative_uri(pagename, docname)
            pieces[index] = HREF.sub(f' href="{target or "#"}"', pieces[index], count=1)
        marked_lists: set[int] = set()
        for item in branch:
            pieces[item.start] = _with_class(pieces[item.start], "current", at=1)
            if item.checkbox >= 0:
                pieces[item.checkbox] = pieces[item.checkbox].replace(
                    ' class="', ' checked="" class="', 1
                )
            if item.list_start >= 0 and item.list_start not in marked_lists:
                marked_lists.add(item.list_start)
                pieces[item.list_start] = _with_class(pieces[item.list_start], "current")
        if branch:
            last = max(branch, key=lambda item: item.start)
            pieces[last.start] = _with_class(pieces[last.start], "current-page")
        return "".join(pieces)


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
            LOGGER.warning(
                "expected the navigation of %s to be Furo's own; it differs:\n%s\n%s",
                pagename,
                theirs,
                ours,
                type="mdrules",
                subtype="navigation",
            )


def setup(app: Sphinx) -> None:
    """Connect around Furo, which computes its navigation at the default priority (500)."""
    navigation = Navigation()
    app.add_config_value("mdrules_check_navigation", False, "", bool)
    app.add_config_value("mdrules_navigation_folded", [], "html", list)
    app.connect("html-page-context", navigation.before_furo, priority=400)
    app.connect("html-page-context", navigation.after_furo, priority=600)
