"""The API reference's docstring parser: docutils' documents, from state machines that are kept."""

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from docutils import nodes
from docutils.frontend import get_default_settings
from docutils.parsers import rst
from docutils.parsers.rst import Directive, directives
from docutils.utils import new_document

from mdrules.sphinxext.speed import docstrings

#: The state machines a build keeps, for the parses of these tests.
MACHINES = docstrings.Machines()

TEXTS = [
    "A *short* text with ``code`` and a `link <https://example.org>`_.",
    "Title\n=====\n\nA section, as module docstrings have.\n\nSub\n---\n\nBelow.",
    "- one\n- two\n\n  - nested\n\n1. first\n2. second",
    ":param name: what it is called\n:returns: whether it is valid",
    ">>> 1 + 1\n2\n\nAnd after the example::\n\n    literal text\n",
    "term\n    its definition\n\n.. note:: A directive.\n\n   With a body.",
    "A :unknown:`role` gives an error in the document.",
    "An unclosed *emphasis gives a warning.",
    "",
]


class Failing(Directive):
    """A directive that stops the parse with an exception."""

    def run(self) -> list[nodes.Node]:
        """Fail."""
        raise RuntimeError("stopped")


@pytest.fixture
def failing_directive() -> Iterator[None]:
    """Register the ``failing`` directive for one test."""
    directives.register_directive("failing", Failing)
    yield
    directives._directives.pop("failing", None)  # type: ignore[attr-defined]


def parse(parser: rst.Parser, text: str, **settings: object) -> str:
    """Return the document that ``parser`` makes of ``text``, as a pseudo-XML text."""
    values = get_default_settings(rst.Parser)
    values.report_level = 5  # the messages are in the document; none on the terminal
    for name, value in settings.items():
        setattr(values, name, value)
    values.env = SimpleNamespace(mdrules_state_machines=MACHINES)  # a build's environment
    document = new_document("<docstring>", values)
    parser.parse(text, document)
    return document.pformat()


def test_same_documents_as_docutils_one_after_another() -> None:
    """Each text, parsed after all the others by a kept machine, gives docutils' document."""
    for _ in range(2):
        for text in TEXTS:
            assert parse(docstrings.Parser(), text) == parse(rst.Parser(), text), text


def test_one_machine_serves_every_docstring() -> None:
    """The parses after the first reuse its state machine: no new one is made."""
    parse(docstrings.Parser(), TEXTS[0])
    machines = {id(machine) for _, machine in MACHINES.idle}
    for text in TEXTS:
        parse(docstrings.Parser(), text)
    assert {id(machine) for _, machine in MACHINES.idle} == machines


def test_too_long_lines_are_reported_as_docutils_does() -> None:
    """A line over the limit gives docutils' error in the document, and nothing parsed."""
    text = "short\n" + "x" * 50
    ours = parse(docstrings.Parser(), text, line_length_limit=20)
    assert ours == parse(rst.Parser(), text, line_length_limit=20)
    assert "Line 2 exceeds the line-length-limit." in ours


@pytest.mark.usefixtures("failing_directive")
def test_a_parse_that_fails_leaves_no_trace() -> None:
    """A machine that stopped on an exception is dropped; the next docstring is parsed as usual."""
    parse(docstrings.Parser(), TEXTS[0])
    idle = [machine for _, machine in MACHINES.idle]
    with pytest.raises(RuntimeError, match="stopped"):
        parse(docstrings.Parser(), "Before.\n\n.. failing::\n\nAfter.")
    kept = [machine for _, machine in MACHINES.idle]
    assert not any(machine in kept for machine in idle)  # the failed one took the idle one
    for text in TEXTS:
        assert parse(docstrings.Parser(), text) == parse(rst.Parser(), text), text
