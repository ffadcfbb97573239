"""The API reference's docstrings: reStructuredText, read by state machines that are kept.

autodoc2 parses each docstring of the reference (about 650) into a document of its own, with the
parser that ``autodoc2_docstring_parser_regexes`` names. docutils' parser builds a new state
machine for every document: some twenty states, each with its transitions. Most of the time of a
short docstring went there. docutils already keeps the state machines of nested parses for the
next one (``RSTState.nested_sm_cache``); this parser keeps its own top-level machines the same
way, for one build: the machines live on the build's environment from ``builder-inited`` until
the documents are read (``env-updated``), and are never pickled with it. Without them (the
measure switched off, or a document of no build) it is docutils' parser. The documents are the
same as docutils' parser makes (tested). It rests on docutils' ``roles._roles``.

In ``conf.py``::

    autodoc2_docstring_parser_regexes = [(r".*", "mdrules.sphinxext.speed.docstrings")]
"""

from docutils import nodes
from docutils.parsers import rst
from docutils.parsers.rst import roles, states
from docutils.statemachine import string2lines
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

#: The attribute of a build environment that holds its idle machines.
ATTRIBUTE = "mdrules_state_machines"


class Machines:
    """State machines not in use, with the initial state and debug flag they were made for.

    >>> machines = Machines()
    >>> first = machines.take("Body", False)
    >>> machines.keep(("Body", False), first)
    >>> machines.take("Body", False) is first, machines.take("Body", False) is first
    (True, False)
    >>> import pickle
    >>> machines.keep(("Body", False), first)
    >>> pickle.loads(pickle.dumps(machines)).idle
    []
    """

    def __init__(self) -> None:
        """Start with none."""
        self.idle: list[tuple[tuple[str, bool], states.RSTStateMachine]] = []

    def __reduce__(self) -> tuple[type["Machines"], tuple[()]]:
        """Pickle as none: a machine holds the document it last read, with its streams."""
        return Machines, ()

    def take(self, initial_state: str, debug: bool) -> states.RSTStateMachine:
        """Return an idle state machine made for this initial state, or a new one."""
        for index, (key, machine) in enumerate(self.idle):
            if key == (initial_state, debug):
                del self.idle[index]
                return machine
        return states.RSTStateMachine(
            state_classes=states.state_classes, initial_state=initial_state, debug=debug
        )

    def keep(self, key: tuple[str, bool], machine: states.RSTStateMachine) -> None:
        """Keep a machine for the next document."""
        self.idle.append((key, machine))


def machines_of(document: nodes.document) -> Machines | None:
    """Return the machines of the build that parses the document, if it keeps any."""
    machines = getattr(getattr(document.settings, "env", None), ATTRIBUTE, None)
    return machines if isinstance(machines, Machines) else None


class Parser(rst.Parser):
    r"""docutils' reStructuredText parser, which keeps its state machine for the next document.

    >>> from types import SimpleNamespace
    >>> from docutils.frontend import get_default_settings
    >>> from docutils.utils import new_document
    >>> settings = get_default_settings(Parser)
    >>> settings.env = SimpleNamespace(mdrules_state_machines=Machines())
    >>> texts = ["A *short* text.", "- a list\n- of two"]
    >>> documents = [new_document("<doc>", settings) for _ in texts]
    >>> for text, document in zip(texts, documents, strict=True):
    ...     Parser().parse(text, document)
    >>> [document[0].tagname for document in documents]
    ['paragraph', 'bullet_list']
    >>> len(settings.env.mdrules_state_machines.idle)
    1
    """

    def parse(self, inputstring: str, document: nodes.document) -> None:
        """Parse ``inputstring`` into ``document``, as docutils' parser does."""
        machines = machines_of(document)
        if machines is None:
            super().parse(inputstring, document)
            return
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
            machine = machines.take(*key)
            machine.run(lines, document, inliner=self.inliner)
            # kept only after a run that ended well: one that raised may hold its document
            machines.keep(key, machine)
        # restore the "default" default role after parsing a document, as docutils does
        roles._roles.pop("", None)  # type: ignore[attr-defined]  # docutils' registry of roles
        self.finish_parse()


def keep_machines(app: Sphinx) -> None:
    """Give the build's environment its machines, for the documents it reads."""
    setattr(app.env, ATTRIBUTE, Machines())


def drop_machines(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Let the machines go once the documents are read: the environment is pickled next."""
    if hasattr(env, ATTRIBUTE):
        delattr(env, ATTRIBUTE)
    return []


def connect(app: Sphinx) -> None:
    """Keep state machines for the build's docstrings."""
    app.connect("builder-inited", keep_machines)
    app.connect("env-updated", drop_machines)
