"""The API reference's docstrings: reStructuredText, read by state machines that are kept.

autodoc2 parses each docstring of the reference (about 650) into a document of its own, with the
parser that ``autodoc2_docstring_parser_regexes`` names. docutils' parser builds a new state
machine for every document: some twenty states, each with its transitions. Most of the time of a
short docstring went there. docutils already keeps the state machines of nested parses for the
next one (``RSTState.nested_sm_cache``); this parser keeps its own top-level machines the same
way. The documents are the same as docutils' parser makes (tested).

In ``conf.py``: ``autodoc2_docstring_parser_regexes = [(r".*", "mdrules.sphinxext.docstrings")]``.
"""

from docutils import nodes
from docutils.parsers import rst
from docutils.parsers.rst import roles, states
from docutils.statemachine import string2lines

#: Machines not in use, with the initial state and debug flag they were made for.
_IDLE: list[tuple[tuple[str, bool], states.RSTStateMachine]] = []


def _machine(initial_state: str, debug: bool) -> states.RSTStateMachine:
    """Return an idle state machine made for this initial state, or a new one."""
    for index, (key, machine) in enumerate(_IDLE):
        if key == (initial_state, debug):
            del _IDLE[index]
            return machine
    return states.RSTStateMachine(
        state_classes=states.state_classes, initial_state=initial_state, debug=debug
    )


class Parser(rst.Parser):
    r"""docutils' reStructuredText parser, which keeps its state machine for the next document.

    >>> from docutils.frontend import get_default_settings
    >>> from docutils.utils import new_document
    >>> settings = get_default_settings(Parser)
    >>> texts = ["A *short* text.", "- a list\n- of two"]
    >>> documents = [new_document("<doc>", settings) for _ in texts]
    >>> for text, document in zip(texts, documents, strict=True):
    ...     Parser().parse(text, document)
    >>> [document[0].tagname for document in documents]
    ['paragraph', 'bullet_list']
    """

    def parse(self, inputstring: str, document: nodes.document) -> None:
        """Parse ``inputstring`` into ``document``, as docutils' parser does."""
        self.setup_parse(inputstring, document)
        settings = document.settings
        # fallbacks for a document with generic settings only, as docutils has them
        settings.setdefault("tab_width", 8)
        settings.setdefault("syntax_highlight", "long")
        lines = string2lines(inputstring, tab_width=settings.tab_width, convert_whitespace=True)
        limit = settings.line_length_limit
        too_long = [number for number, line in enumerate(lines, 1) if len(line) > limit]
        if too_long:
            message = f"Line {too_long[0]} exceeds the line-length-limit."
            document.append(document.reporter.error(message))
        else:
            key = (self.initial_state, bool(document.reporter.debug_flag))
            machine = _machine(*key)
            machine.run(lines, document, inliner=self.inliner)
            # kept only after a run that ended well: one that raised may hold its document
            _IDLE.append((key, machine))
        # restore the "default" default role after parsing a document, as docutils does
        roles._roles.pop("", None)  # type: ignore[attr-defined]  # docutils' registry of roles
        self.finish_parse()
