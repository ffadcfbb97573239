"""The theme's stylesheet cut to the rules that an edition's pages can use.

Furo's ``furo.css`` styles everything Sphinx and docutils can write: option lists, field lists,
line numbers, "version added" notes, a dozen kinds of admonition. After a build this keeps, of
each rule, the selectors whose every class, id and attribute (outside ``:not(...)`` and the like)
occurs in the edition: in a page's
HTML (its markup, and the words of its inline scripts) or in one of its scripts, which add
classes and attributes at run time (``scrolled``, ``dataset.theme``). A rule none of whose
selectors can match is left out; element selectors, ``@font-face`` and the like stay. The cut is
made again in every build, from that build's pages, so a page that starts to use a construct gets
its style back.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

#: A class, id or attribute in a selector (``.name``, ``#name``, ``[name``).
SELECTOR_NAME = re.compile(r"[.#](-?[_a-zA-Z][\w-]*)|\[\s*([\w-]+)")
#: Names a page's markup gives: class and id values, attribute names, and any word of its scripts.
#: (Without a word boundary before ``class`` the search is twice as fast; the values of an
#: attribute such as ``data-id`` are taken too, which can keep a rule more, never one less.)
ATTRIBUTE = re.compile(r"""(?:class|id)=["']([^"']*)["']""")
ATTRIBUTE_NAME = re.compile(r"\s([a-z][\w:-]*)=")
WORD = re.compile(r"[A-Za-z_][\w-]*")
#: ``element.dataset.fooBar`` sets the attribute ``data-foo-bar``.
DATASET = re.compile(r"\bdataset\.([A-Za-z]\w*)")
#: At-rules whose body is rules in their turn.
GROUPING = ("@media", "@supports", "@layer", "@container")


def names_in_page(html: str) -> set[str]:
    """Return the class, id and attribute names of a page, and the words of its inline scripts.

    >>> sorted(names_in_page('<p class="a b" id="c" data-x="1">text<script>go()</script></p>'))
    ['a', 'b', 'c', 'class', 'data-x', 'go', 'id']
    """
    names = {name for value in ATTRIBUTE.findall(html) for name in value.split()}
    names |= set(ATTRIBUTE_NAME.findall(html))
    for script in re.findall(r"<script[^>]*>(.*?)</script>", html, re.DOTALL):
        names |= names_in_script(script)
    return names


def names_in_script(script: str) -> set[str]:
    """Return every word of a script, and the attributes its ``dataset`` names stand for.

    >>> sorted(names_in_script('document.body.dataset.colorTheme = "dark"'))
    ['body', 'colorTheme', 'dark', 'data-color-theme', 'dataset', 'document']
    """
    names = set(WORD.findall(script))
    for key in DATASET.findall(script):
        names.add("data-" + re.sub(r"[A-Z]", lambda upper: "-" + upper.group().lower(), key))
    return names


def split_selectors(prelude: str) -> list[str]:
    """Split a selector list at its top-level commas (not those inside ``:is(...)``).

    >>> split_selectors("a,:is(b,c) d,e")
    ['a', ':is(b,c) d', 'e']
    """
    selectors, depth, start = [], 0, 0
    for index, char in enumerate(prelude):
        depth += (char in "([") - (char in ")]")
        if char == "," and depth == 0:
            selectors.append(prelude[start:index])
            start = index + 1
    return [*selectors, prelude[start:]]


@dataclass
class Block:
    """A comment, a rule (``prelude{body}``) or a group of blocks (``@media ...{...}``)."""

    prelude: str
    body: "str | list[Block]"


def parse(css: str) -> list[Block]:
    """Cut a stylesheet into its top-level blocks (comments are blocks with an empty body).

    >>> [(b.prelude, b.body) for b in parse("/*! c */a{x:1}@media p{b{y:2}}")][:2]
    [('/*! c */', ''), ('a', 'x:1')]
    """
    blocks, position = _parse(css, 0)
    if position < len(css.rstrip()):
        msg = f"expected a stylesheet of balanced braces; an unmatched '}}' at {position}"
        raise ValueError(msg)
    return blocks


def _parse(css: str, position: int) -> tuple[list[Block], int]:
    blocks: list[Block] = []
    while position < len(css):
        if css[position].isspace():
            position += 1
        elif css[position] == "}":
            return blocks, position
        elif css.startswith("/*", position):
            end = css.index("*/", position) + 2
            blocks.append(Block(css[position:end], ""))
            position = end
        else:
            brace = css.find("{", position)
            semicolon = css.find(";", position)
            if 0 <= semicolon < brace or brace < 0:  # ``@charset "utf-8";``, ``@import ...;``
                end = len(css) if semicolon < 0 else semicolon + 1
                blocks.append(Block(css[position:end], ""))
                position = end
                continue
            prelude = css[position:brace]
            if prelude.startswith(GROUPING):
                inner, end = _parse(css, brace + 1)
                blocks.append(Block(prelude, inner))
            else:
                end, depth = brace + 1, 1
                while depth:
                    if end >= len(css):
                        msg = f"expected '}}' to close the rule {prelude.strip()!r}"
                        raise ValueError(msg)
                    depth += (css[end] == "{") - (css[end] == "}")
                    end += 1
                blocks.append(Block(prelude, css[brace + 1 : end - 1]))
                position = end
                continue
            position = end + 1
    return blocks, position


def usable(selector: str, present: set[str]) -> bool:
    """Whether every class, id and attribute a selector names occurs in the edition.

    >>> usable("body[data-theme=dark] .sidebar:hover", {"data-theme", "sidebar"})
    True
    >>> usable(".field-list dt", {"sidebar"}), usable("dl:not(.field-list) dt", {"sidebar"})
    (False, True)
    """
    return all(
        (name or attribute) in present
        for name, attribute in SELECTOR_NAME.findall(outside_parentheses(selector))
    )


def outside_parentheses(selector: str) -> str:
    """Return a selector without what its ``:not(...)``, ``:is(...)`` and the like hold.

    Names in there need not occur for the selector to match (``:not(.footnote)`` matches where
    there is no footnote), so they are not asked for.

    >>> outside_parentheses("dl[class]:not(.option-list):not(.glossary) > dt")
    'dl[class]:not():not() > dt'
    """
    kept, depth = [], 0
    for char in selector:
        depth -= char == ")"
        if depth == 0:
            kept.append(char)
        depth += char == "("
    return "".join(kept)


def keep_used(blocks: Iterable[Block], present: set[str]) -> str:
    r"""Write the blocks back, with only the selectors that can match and licence comments.

    >>> css = "/*! MIT */a,.x{c:1}/* map */@media p{.x{c:2}}.y,.x b{c:3}"
    >>> keep_used(parse(css), {"y"})
    '/*! MIT */a{c:1}.y{c:3}'
    """
    kept: list[str] = []
    for block in blocks:
        if isinstance(block.body, list):
            inner = keep_used(block.body, present)
            if inner:
                kept.append(f"{block.prelude}{{{inner}}}")
        elif block.prelude.startswith("/*"):
            if block.prelude.startswith("/*!"):  # a licence: kept, as the minifier keeps it
                kept.append(block.prelude)
        elif block.prelude.startswith("@"):  # @font-face, @keyframes, @charset ...;
            statement = block.prelude.endswith(";")
            kept.append(block.prelude if statement else f"{block.prelude}{{{block.body}}}")
        elif selectors := [s for s in split_selectors(block.prelude) if usable(s, present)]:
            kept.append(f"{','.join(selectors)}{{{block.body}}}")
    return "".join(kept)
