"""Worked examples beside an article: the ``example`` directive.

An example holds cases. A case is its situation, one or more paragraphs of page text (translated
like any other), followed by a ``{doctest}`` block that asks the rules. The build runs the block,
takes every decision it prints and shows it under the situation, rendered in the page's language.
The code stays in the page: it runs as a test under pytest (Sybil) and ``sphinx-build -b doctest``,
and a reader can open it, folded under "How the rule computes this".

The build also compares what a block prints with the answer written under it, so a stale example
stops ``make html`` at its page and line, as it stops ``make test``.
"""

import doctest
import io
from collections.abc import Iterator
from contextlib import redirect_stdout
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.locale import _
from sphinx.transforms import SphinxTransform
from sphinx.util.docutils import SphinxDirective
from sphinx.writers.html5 import HTML5Translator

from mdrules.decision import Decision
from mdrules.errors import TranslationError
from mdrules.i18n import SOURCE_LANGUAGE
from mdrules.labels import provision_label
from mdrules.sphinxext.content import sessions
from mdrules.sphinxext.content.answers import decision_nodes
from mdrules.sphinxext.content.dependencies import note_rendering
from mdrules.sphinxext.content.domain import regulation_domain
from mdrules.sphinxext.content.provisions import (
    depart_nothing,
    enclosing_provisions,
    regulation_of,
    visit_nothing,
)
from mdrules.sphinxext.warning_types import MdrulesWarning, reported, warn

#: The options the pages' doctests run with (as in conf.py and the Sybil set-up).
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


class example(nodes.General, nodes.Element):  # noqa: N801 (docutils names nodes in lower case)
    """A folded example: its summary, its cases and its code."""


class example_summary(nodes.General, nodes.TextElement):  # noqa: N801
    """The line a folded example shows."""


class example_code(nodes.General, nodes.Element):  # noqa: N801
    """The code of an example's cases, folded, for authors."""


def visit_example_html(self: HTML5Translator, node: example) -> None:
    """Open the disclosure."""
    self.body.append(f'<details class="{" ".join(node["classes"])}">')


def depart_example_html(self: HTML5Translator, node: example) -> None:
    """Close the disclosure."""
    self.body.append("</details>")


def visit_summary_html(self: HTML5Translator, node: example_summary) -> None:
    """Open the summary line."""
    self.body.append(f'<summary class="{" ".join(node["classes"])}">')


def depart_summary_html(self: HTML5Translator, node: example_summary) -> None:
    """Close the summary line."""
    self.body.append("</summary>")


def visit_code_html(self: HTML5Translator, node: example_code) -> None:
    """Open the folded code: the calls that compute the cases."""
    self.body.append(
        f'<details class="md-example-code"><summary>{self.encode(node["title"])}</summary>'
    )


def depart_code_html(self: HTML5Translator, node: example_code) -> None:
    """Close the folded code."""
    self.body.append("</details>")


class examples_toggle(nodes.General, nodes.Element):  # noqa: N801
    """A button that opens, or folds again, every example of the page (shown by mdrules.js)."""


def visit_toggle_html(self: HTML5Translator, node: examples_toggle) -> None:
    """Write the button, hidden until the script makes it work."""
    self.body.append(
        '<p class="md-aside md-examples-all" hidden>'
        '<button type="button" aria-pressed="false" '
        f'data-close="{self.attval(node["close"])}">{self.encode(node["open"])}</button></p>'
    )


def depart_toggle_html(self: HTML5Translator, node: examples_toggle) -> None:
    """Nothing to close: the visit wrote the whole button."""


class AddExamplesToggle(SphinxTransform):
    """On a page with examples, put the button that opens them all under its title."""

    default_priority = 900

    def apply(self, **kwargs: Any) -> None:  # noqa: ANN401 (the base signature)
        """Add the button after the page title, when the page has an example."""
        if next(iter(self.document.findall(example)), None) is None:
            return
        section = next(iter(self.document.findall(nodes.section)), None)
        if section is None:
            return
        toggle = examples_toggle(
            open=str(_("Open all examples")), close=str(_("Fold all examples"))
        )
        section.insert(1, toggle)


class ExampleError(Exception):
    """A case that cannot be shown: no situation, no decision, an answer that no longer matches."""

    def __init__(self, message: str, line: int | None) -> None:
        """Keep the message and the page's line it is about."""
        super().__init__(message)
        self.line = line


def _cases(content: nodes.Element) -> Iterator[tuple[list[nodes.Node], nodes.literal_block]]:
    """Yield each case of an example: the nodes of its situation and its doctest block."""
    situation: list[nodes.Node] = []
    for child in list(content.children):
        if isinstance(child, nodes.literal_block) and child.get("testnodetype") == "doctest":
            if not any(isinstance(node, nodes.paragraph) for node in situation):
                msg = (
                    "expected the situation in words, a paragraph before the example's doctest "
                    "block (such as 'Je telefoon wordt op zaterdagavond gestolen.'); got none"
                )
                raise ExampleError(msg, child.line)
            yield situation, child
            situation = []
        else:
            situation.append(child)
    if situation:
        msg = "expected a doctest block after the situation of an example's last case; got none"
        raise ExampleError(msg, situation[0].line)


def run_case(block: nodes.literal_block, namespace: dict[str, Any], source: str) -> list[object]:
    """Run a doctest block in the page's namespace; return what its ``print`` calls showed.

    What each statement prints must match the answer written under it.
    """
    shown: list[object] = []

    def show(*values: object, **options: Any) -> None:  # noqa: ANN401 (print's signature)
        shown.extend(values)
        print(*values, **options)

    namespace["print"] = show
    checker = doctest.OutputChecker()
    first_line = (block.line or 0) + 1
    for case in doctest.DocTestParser().get_examples(block.astext()):
        line = first_line + case.lineno
        output = io.StringIO()
        try:
            with redirect_stdout(output):
                exec(compile(case.source, f"{source}:{line}", "single"), namespace)
        except Exception as error:  # an author's code may fail any way
            msg = f"the example's code raised {type(error).__name__}: {error}"
            raise ExampleError(msg, line) from None
        if not checker.check_output(case.want, output.getvalue(), FLAGS):
            msg = (
                "the answer written under the example no longer matches what the rules answer; "
                "write what they answer now (or fix the rule):\n"
                f"expected:\n{case.want}got:\n{output.getvalue()}"
            )
            raise ExampleError(msg, line)
    return shown


def _calls(block: nodes.literal_block) -> nodes.literal_block:
    r"""Return the block's code without the answers written under it, which the case shows.

    >>> _calls(nodes.literal_block("", ">>> print(1 +\n... 1)\n2\n")).astext()
    '>>> print(1 +\n... 1)'
    """
    lines = []
    for case in doctest.DocTestParser().get_examples(block.astext()):
        first, *rest = case.source.rstrip("\n").split("\n")
        lines += [f">>> {first}", *(f"... {line}" for line in rest)]
    text = "\n".join(lines)
    shown = nodes.literal_block(text, text, language=sessions.LANGUAGE)
    shown.source, shown.line = block.source, block.line
    return shown


def _test(block: nodes.literal_block) -> nodes.comment:
    """Return the block as a test that ``sphinx-build -b doctest`` runs and no page shows."""
    test = nodes.comment(block.rawsource, block.astext(), **block.attributes)
    test.source, test.line = block.source, block.line
    return test


class ExampleDirective(SphinxDirective):
    """A folded worked example under an article; its ``{doctest}`` blocks run as tests.

    Inside a provision it illustrates that provision; elsewhere on a regulation page it names the
    article as its argument (``{example} 2.1``). On other pages (the FAQ) it illustrates no
    article. The frame is not part of the regulation's text (class ``md-aside``).
    """

    has_content = True
    optional_arguments = 1

    @reported(MdrulesWarning.EXAMPLE)
    def run(self) -> list[nodes.Node]:
        """Parse the cases, compute their answers and note which article the example is under."""
        note_rendering(self.env)  # its code may ask any regulation's rules
        content = nodes.container()
        self.state.nested_parse(self.content, self.content_offset, content)
        # A broken example still stands under its article: its own warning is the one to fix.
        label = self._label()
        if label is not None:
            regulation_domain(self.env).note_example(label, self.env.docname, self.lineno)
        try:
            node = self._example(content)
        except ExampleError as error:
            line = self.lineno if error.line is None else error.line
            warn(MdrulesWarning.EXAMPLE, "%s", error, location=(self.env.docname, line))
            return []
        return [node]

    def _example(self, content: nodes.container) -> example:
        language = self.config.language or SOURCE_LANGUAGE
        namespace = self.env.temp_data.setdefault("mdrules_example_namespace", {})
        assert isinstance(namespace, dict)
        source = self.env.doc2path(self.env.docname)
        node = example(classes=["md-aside", "md-example"])
        self.set_source_info(node)
        cases = list(_cases(content))
        count = len(cases)
        title = _("Example") if count == 1 else _("{count} examples").format(count=count)
        node += example_summary("", title, classes=["md-example-summary"])
        code = example_code(title=_("How the rule computes this"))
        for situation, block in cases:
            case = nodes.container(classes=["md-case"])
            case.extend(situation)
            shown = run_case(block, namespace, str(source))
            decisions = [value for value in shown if isinstance(value, Decision)]
            if not decisions or len(decisions) != len(shown):
                msg = (
                    "expected the example's doctest block to print the decisions of rules, "
                    f"print(<regulation>.<rule>(...)); got {len(decisions)} decisions among "
                    f"{len(shown)} printed values"
                )
                raise ExampleError(msg, block.line)
            for decision in decisions:
                try:
                    case += decision_nodes(decision, language)
                except TranslationError as error:
                    msg = f"the answer cannot be shown in {language}: {error}"
                    raise ExampleError(msg, block.line) from None
            node += case
            code += _calls(block)
            code += _test(block)
        node += code
        return node

    def _label(self) -> str | None:
        """Return the label of the article the example illustrates, on a regulation page."""
        regulation = regulation_of(self.env.docname)
        if regulation is None:
            return None  # an example on another page (the FAQ) illustrates no article
        if self.arguments:
            return provision_label(regulation.id, self.arguments[0])
        stack = enclosing_provisions(self.env)
        if stack:
            return stack[-1]
        msg = (
            "an example belongs inside the provision it illustrates, or names the article "
            "of a regulation page it stands under: {example} 2.1"
        )
        raise self.error(msg)


def setup_examples(app: Sphinx) -> None:
    """Register the ``example`` directive, its nodes and the lexer of its sessions."""
    app.add_directive("example", ExampleDirective)
    app.add_transform(AddExamplesToggle)
    app.add_lexer(sessions.LANGUAGE, sessions.SessionLexer)
    for node, visit, depart in (
        (example, visit_example_html, depart_example_html),
        (example_summary, visit_summary_html, depart_summary_html),
        (example_code, visit_code_html, depart_code_html),
        (examples_toggle, visit_toggle_html, depart_toggle_html),
    ):
        app.add_node(node, html=(visit, depart), text=(visit_nothing, depart_nothing))
