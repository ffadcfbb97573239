"""The theme's stylesheet cut to the rules that an edition's pages can use.

Furo's ``furo.css`` styles everything Sphinx and docutils can write: option lists, field lists,
line numbers, "version added" notes, a dozen kinds of admonition. After a build, tinycss2 reads
the stylesheet, and each rule keeps the selectors whose every class, id and attribute (outside
``:not(...)``, ``:is(...)`` and the like) occurs in the edition: in a page's markup (class and
id values, attribute names, the words of its inline scripts) or in one of its scripts, which add
classes and attributes at run time (``scrolled``, ``dataset.theme``). A rule none of whose
selectors can match is left out; a selector the cut cannot judge, element selectors,
``@font-face`` and the like stay, and what stays is copied as the stylesheet writes it. The cut
is made again in every build, from that build's pages, so a page that starts to use a construct
gets its style back. A stylesheet the parser finds an error in is served whole, with a warning
(``mdrules.stylesheet``).
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import unescape
from itertools import accumulate
from pathlib import Path

import tinycss2
from sphinx.application import Sphinx
from tinycss2.ast import (
    AtRule,
    Comment,
    HashToken,
    IdentToken,
    LiteralToken,
    Node,
    ParseError,
    QualifiedRule,
    SquareBracketsBlock,
    WhitespaceToken,
)

from mdrules.errors import StylesheetError
from mdrules.sphinxext.content.assets import checksum, edition_pages, restamp
from mdrules.sphinxext.warning_types import MdrulesWarning, warn

#: The stylesheet cut after the build, as the pages name it.
THEME = "_static/styles/furo.css"
#: At-rules whose block holds rules in its turn: the rules inside are cut one by one.
GROUPING = frozenset({"media", "supports", "layer", "container"})

#: A start tag and what it holds after its name (a quoted value may hold a ``>``).
TAG = re.compile(r"""<[a-zA-Z][^\s/>]*([^>"']*(?:(?:"[^"]*"|'[^']*'|["'])[^>"']*)*)>""")
#: A script: its start tag, and what it holds (read as words, not as markup).
SCRIPT = re.compile(r"(<script[^>]*>)(.*?)</script>", re.DOTALL)
#: One attribute of a start tag: its name, then its value in double, single or no quotes.
ATTRIBUTE = re.compile(r"""([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
#: A word of a script, and ``element.dataset.fooBar``, which sets the attribute ``data-foo-bar``.
WORD = re.compile(r"[A-Za-z_][\w-]*")
DATASET = re.compile(r"\bdataset\.([A-Za-z]\w*)")


def names_in_pages(pages: Iterable[str]) -> set[str]:
    """Return the class, id and attribute names of pages, and the words of their scripts.

    Attributes without a value count (``<details open>``), and so do the words of inline event
    handlers (``onclick``). A tag written alike on many pages is read once.

    >>> page = '<p title="1 > 0" class="a b" data-x=1 hidden>text<script id=c>go()</script></p>'
    >>> sorted(names_in_pages([page, '<p class="a">']))
    ['a', 'b', 'c', 'class', 'data-x', 'go', 'hidden', 'id', 'title']
    """
    tags: set[str] = set()
    scripts: set[str] = set()
    for html in pages:
        parts = SCRIPT.split(html)  # markup, a script's start tag, what it holds, markup ...
        scripts.update(parts[2::3])
        for markup in parts[0::3] + parts[1::3]:
            tags.update(TAG.findall(markup))
    names: set[str] = set()
    for attributes in tags:
        for written, double, single, bare in ATTRIBUTE.findall(attributes):
            name = written.lower()
            names.add(name)
            if name in {"class", "id"} or name.startswith("on"):
                value = unescape(double or single or bare)
                names |= set(value.split()) if name in {"class", "id"} else names_in_script(value)
    for script in scripts:
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


def asked_names(selector: Sequence[Node]) -> set[str] | None:
    r"""Return the classes, ids and attributes a selector matches only where they occur.

    What a function such as ``:not(...)`` or ``:is(...)`` holds is not asked for: ``:not(.x)``
    matches where there is no ``x``. None means that the selector cannot be judged (a namespace,
    an error): it is kept.

    >>> def asked(text): return asked_names(tinycss2.parse_component_value_list(text))
    >>> sorted(asked("body[data-theme=dark] .sidebar:not(.hidden) > #top"))
    ['data-theme', 'sidebar', 'top']
    >>> asked(".text-align\\:left"), asked("[svg|href]"), asked("a")
    ({'text-align:left'}, None, set())
    """
    names: set[str] = set()
    tokens = [token for token in selector if not isinstance(token, Comment)]
    for index, token in enumerate(tokens):
        if isinstance(token, LiteralToken) and token.value == ".":
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if not isinstance(following, IdentToken):
                return None
            names.add(following.value)
        elif isinstance(token, HashToken):
            if not token.is_identifier:
                return None
            names.add(token.value)
        elif isinstance(token, SquareBracketsBlock):
            attribute = attribute_name(token.content)
            if attribute is None:
                return None
            names.add(attribute.lower())
        elif isinstance(token, ParseError):
            return None
    return names


def attribute_name(content: Sequence[Node]) -> str | None:
    """Return the name an attribute selector asks for, or None for one with a namespace.

    >>> def name(text): return attribute_name(tinycss2.parse_component_value_list(text))
    >>> name(" data-theme = dark"), name("*|href"), name("xlink|href")
    ('data-theme', None, None)
    """
    tokens = [token for token in content if not isinstance(token, WhitespaceToken | Comment)]
    if not tokens or not isinstance(tokens[0], IdentToken):
        return None
    if len(tokens) > 1 and isinstance(tokens[1], LiteralToken) and tokens[1].value == "|":
        return None
    return tokens[0].value


@dataclass(frozen=True)
class Source:
    """A stylesheet's text, so that what the parser read can be copied as it is written."""

    text: str
    line_starts: tuple[int, ...]

    @classmethod
    def of(cls, css: str) -> "Source":
        r"""Take a stylesheet's text, with its line breaks as the parser counts them.

        >>> Source.of("a{}\r\nb{}").line_starts
        (0, 4)
        """
        text = css.replace("\0", "\ufffd").replace("\r\n", "\n").replace("\r", "\n")
        text = text.replace("\f", "\n")
        lengths = (len(line) + 1 for line in text.split("\n")[:-1])
        return cls(text, (0, *accumulate(lengths)))

    def offset(self, node: Node) -> int:
        """Return where a node the parser read starts in the text."""
        return self.line_starts[node.source_line - 1] + node.source_column - 1

    def block(self, rule: QualifiedRule | AtRule, start: int, end: int) -> tuple[int, int]:
        """Return where a rule's ``{`` and its closing ``}`` are, the rule being text[start:end].

        The parser keeps the block's content, not the braces: the ``{`` is just before the
        content's first token (or the ``}`` of an empty block).
        """
        content = rule.content or []
        opening = (self.offset(content[0]) if content else end - 1) - 1
        if not (start <= opening < end - 1 and self.text[opening] + self.text[end - 1] == "{}"):
            msg = (
                f"expected a block in braces after {tinycss2.serialize(rule.prelude).strip()!r} "
                f"at line {rule.source_line}; got {self.text[start:end][:60]!r}"
            )
            raise StylesheetError(msg)
        return opening, end - 1


def keep_used(css: str, present: set[str]) -> str:
    r"""Return a stylesheet with only the selectors that can match, and its licence comments.

    >>> css = "/*! MIT */a,.x{c:1}/* map */@media p{.x{c:2}}.y,.x b{c:'3'}"
    >>> keep_used(css, {"y"})
    "/*! MIT */a{c:1}.y{c:'3'}"
    >>> keep_used("a{c:1}}", set())
    Traceback (most recent call last):
    ...
    mdrules.errors.StylesheetError: expected a stylesheet without errors; got 'EOF reached before {}
    block for a qualified rule' at line 1, column 7
    """
    source = Source.of(css)
    rules = tinycss2.parse_stylesheet(source.text, skip_comments=False)
    return _kept(source, rules, len(source.text), present)


def _kept(source: Source, nodes: Sequence[Node], end: int, present: set[str]) -> str:
    """Write back the rules text[…:end] holds, as far as they can match."""
    starts = [source.offset(node) for node in nodes]
    kept: list[str] = []
    for node, start, stop in zip(nodes, starts, [*starts[1:], end], strict=True):
        if isinstance(node, ParseError):
            msg = (
                "expected a stylesheet without errors; "
                f"got {node.message.rstrip('.')!r} at line {node.source_line}, "
                f"column {node.source_column}"
            )
            raise StylesheetError(msg)
        if isinstance(node, Comment):
            if node.value.startswith("!"):  # a licence: kept, as the minifier keeps it
                kept.append(source.text[start:stop])
        elif isinstance(node, QualifiedRule):
            kept.append(_kept_rule(source, node, start, stop, present))
        elif isinstance(node, AtRule):
            kept.append(_kept_at_rule(source, node, start, stop, present))
    return "".join(kept)


def _kept_rule(source: Source, rule: QualifiedRule, start: int, end: int, present: set[str]) -> str:
    """Write back a rule with the selectors that can match, or nothing when none can."""
    opening, _closing = source.block(rule, start, end)
    used = [
        source.text[begin:finish]
        for selector, begin, finish in selectors(source, rule, start, opening)
        if (names := asked_names(selector)) is None or names <= present
    ]
    return ",".join(used) + source.text[opening:end] if used else ""


def selectors(
    source: Source, rule: QualifiedRule, start: int, opening: int
) -> list[tuple[list[Node], int, int]]:
    """Split a rule's selector list at its commas: each selector's tokens, where its text is.

    A comma inside ``:is(...)`` belongs to the function's block, not to the list.

    >>> source = Source.of("a,:is(b,c) d{}")
    >>> rule = tinycss2.parse_stylesheet(source.text)[0]
    >>> [source.text[begin:end] for _tokens, begin, end in selectors(source, rule, 0, 12)]
    ['a', ':is(b,c) d']
    """
    found: list[tuple[list[Node], int, int]] = []
    tokens: list[Node] = []
    begin = start
    for token in rule.prelude:
        if isinstance(token, LiteralToken) and token.value == ",":
            found.append((tokens, begin, source.offset(token)))
            tokens, begin = [], source.offset(token) + 1
        else:
            tokens.append(token)
    return [*found, (tokens, begin, opening)]


def _kept_at_rule(source: Source, rule: AtRule, start: int, end: int, present: set[str]) -> str:
    """Write back ``@media`` and the like with the rules inside that can match; others whole."""
    if rule.lower_at_keyword not in GROUPING or rule.content is None:
        return source.text[start:end]  # @font-face, @keyframes, @charset ...;
    opening, closing = source.block(rule, start, end)
    inside = tinycss2.parse_blocks_contents(rule.content, skip_comments=False)
    judged = QualifiedRule | AtRule | Comment | WhitespaceToken | ParseError
    if not all(isinstance(node, judged) for node in inside):
        return source.text[start:end]  # declarations in a group: not judged, kept
    rules = _kept(source, inside, closing, present)
    return f"{source.text[start : opening + 1]}{rules}}}" if rules else ""


def cut_theme_stylesheet(app: Sphinx, exception: Exception | None) -> None:
    """Cut ``furo.css`` to what the edition's pages and scripts can use; update the pages."""
    outdir = Path(app.outdir)
    theme = outdir / THEME
    if exception is not None or app.builder.format != "html" or not theme.exists():
        return
    if not app.config.mdrules_cut_stylesheet:
        return
    pages = edition_pages(outdir)
    present = names_in_pages(pages.values())
    for script in sorted((outdir / "_static").rglob("*.js")):
        present |= names_in_script(script.read_text(encoding="utf-8"))
    try:
        css = keep_used(theme.read_text(encoding="utf-8"), present)
    except StylesheetError as error:
        warn(MdrulesWarning.STYLESHEET, "%s is served whole: %s", THEME, error)
        return
    theme.write_text(css, encoding="utf-8")
    restamp(pages, {THEME: checksum(css.encode())})


def setup_unused_css(app: Sphinx) -> None:
    """Cut the theme's stylesheet after the build, with the other stylesheets (priority 900).

    ``mdrules_cut_stylesheet = False`` (``-D mdrules_cut_stylesheet=0``) serves it whole, for a
    preview: the pages look the same (the cut changes no style), and a save is shown sooner.
    """
    app.add_config_value("mdrules_cut_stylesheet", True, "", bool)
    app.connect("build-finished", cut_theme_stylesheet, priority=900)
