"""The kinds of warning the extension gives: ``type="mdrules"`` and one subtype of these each.

An author silences one kind in ``conf.py``, for instance
``suppress_warnings = ["mdrules.coverage"]``; ``"mdrules"`` silences them all.

>>> MdrulesWarning.COVERAGE.suppressed_as
'mdrules.coverage'
"""

from collections.abc import Callable
from enum import Enum
from functools import wraps
from typing import TypeVar

from docutils import nodes
from docutils.parsers.rst import DirectiveError
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

#: Where a warning points: a page, a page and line, or a node.
Location = str | tuple[str | None, int | None] | nodes.Node | None

#: The type of every warning of the extension.
TYPE = "mdrules"

logger = logging.getLogger(__name__)


class MdrulesWarning(Enum):
    """The subtype of a warning: what it is about."""

    COVERAGE = "coverage"
    """A cited article that does not exist, or a part neither encoded nor classified."""
    DUPLICATE = "duplicate"
    """A provision defined twice."""
    EXAMPLE = "example"
    """An example whose cases cannot be read or computed."""
    NAVIGATION = "navigation"
    """The navigation made once differs from the theme's own on a page (a check of tests)."""
    PROVISION = "provision"
    """A provision directive used where it cannot be, or with a number that is not one."""
    FACT = "fact"
    """A ``{regulation}`` role that names no regulation or no fact of one."""
    PARAMETER = "parameter"
    """A ``{param}`` or ``{countries}`` role that names nothing known, or an unknown form."""
    TERM = "term"
    """A ``{defn}`` role outside a regulation's page."""
    FAQ = "faq"
    """A FAQ basis that names no regulation, question or article."""
    COMPARISON = "comparison"
    """A comparison whose question or answer cannot be computed."""
    REVISIONS = "revisions"
    """A list of revisions or a version line that names no regulation."""
    REFERENCE = "reference"
    """A link to a part or a term of a regulation that it does not have."""
    STRUCTURE = "structure"
    """A regulation page whose headings, nesting or order of parts is not the original's."""
    STYLESHEET = "stylesheet"
    """The theme's stylesheet is served whole: it could not be read to cut it."""
    SPEED = "speed"
    """A build-speed measure switched off: the installed tools are not the ones it was made for."""

    @property
    def suppressed_as(self) -> str:
        """Return what ``suppress_warnings`` names this kind with."""
        return f"{TYPE}.{self.value}"


def warn(subtype: MdrulesWarning, message: str, *args: object, location: Location = None) -> None:
    """Log a warning of the extension, of type ``mdrules`` and the given subtype."""
    logger.warning(message, *args, location=location, type=TYPE, subtype=subtype.value)


Run = TypeVar("Run", bound=Callable[..., list[nodes.Node]])


def reported(subtype: MdrulesWarning) -> Callable[[Run], Run]:
    """Turn the errors a directive raises (``raise self.error(...)``) into typed warnings.

    The warning names the page and the directive's line; the directive gives no content.
    """

    def decorate(run: Run) -> Run:
        @wraps(run)
        def reporting(self: SphinxDirective) -> list[nodes.Node]:
            try:
                return run(self)
            except DirectiveError as error:
                warn(subtype, "%s", error.msg, location=self.get_location())
                return []

        return reporting  # type: ignore[return-value]

    return decorate
