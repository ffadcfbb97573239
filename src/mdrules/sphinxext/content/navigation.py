"""The site navigation as the handbook shows it: Furo's tree, translated, with a branch folded.

Furo writes "Toggle navigation of ..." in English; the tree carries the build's translation.
Below a document named in ``mdrules_navigation_folded`` (the API reference: some fifty modules,
a tenth of every page) the tree shows items only on that document's own pages.

The tree is cut into its tags (:class:`Tree`); :mod:`mdrules.sphinxext.speed.navigation` makes it
once per build and marks it for each page, and gives each page the tree adapted here already.
"""

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.locale import _

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

    def branch(self, pagename: str) -> list[Item]:
        """Return the page's items and the items above them, each once."""
        branch: list[Item] = []
        for item in self.items:
            if item.docname == pagename:
                above: Item | None = item
                while above is not None and above not in branch:
                    branch.append(above)
                    above = above.parent
        return branch

    def fold(self, pieces: list[str], branch: Collection[Item], folded: Collection[str]) -> None:
        """Leave out of ``pieces`` the items below a folded document that is off the branch."""
        for item in self.items:
            has_children = item.children_end > item.checkbox >= 0
            if item.docname in folded and item not in branch and has_children:
                # Furo's item without children: no has-children, checkbox, label or list.
                pieces[item.start] = pieces[item.start].replace(" has-children", "", 1)
                for index in range(item.checkbox, item.children_end + 2):
                    pieces[index] = ""

    def for_page(
        self, pagename: str, builder: StandaloneHTMLBuilder, folded: Collection[str] = ()
    ) -> str:
        """Return the tree as Furo makes it on a page: links from there, its branch marked.

        The items below a document in ``folded`` are left out, but on that document's own
        pages (itself and those below it): there the branch is shown and open.
        """
        pieces = list(self.pieces)
        branch = self.branch(pagename)
        for item in branch:
            if item.docname == pagename:
                pieces[item.link] = _with_class(pieces[item.link], "current", at=0)
        self.fold(pieces, branch, folded)
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


def adapt_navigation(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Translate and fold the tree Furo made for the page (when no tree made once replaces it)."""
    html = context.get("furo_navigation_tree")
    builder = app.builder
    if not html or not isinstance(builder, StandaloneHTMLBuilder):
        return
    documents = {builder.get_relative_uri(pagename, name): name for name in app.env.found_docs}
    documents["#"] = documents.pop("", pagename)  # the page's own link
    tree = Tree.parse(translate_toggles(str(html)), documents)
    pieces = list(tree.pieces)
    tree.fold(pieces, tree.branch(pagename), app.config.mdrules_navigation_folded)
    context["furo_navigation_tree"] = "".join(pieces)


def setup_navigation(app: Sphinx) -> None:
    """Adapt the tree after Furo makes it (priority 500), before a tree made once replaces it."""
    app.add_config_value("mdrules_navigation_folded", [], "html", list)
    app.connect("html-page-context", adapt_navigation, priority=550)
