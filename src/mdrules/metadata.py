"""What the handbook knows about a regulation besides its rules: title, pages, citation style.

Each regulation's package defines one :class:`Regulation`; its version and date come from its
revision register (:class:`~mdrules.revisions.Register`).
"""

import datetime as dt
from typing import Literal

from babel.dates import format_date
from pydantic import BaseModel, ConfigDict

from mdrules.decision import Citation, CitationStyle, RegulationId
from mdrules.errors import DefinitionError
from mdrules.i18n import babel_locale, translate
from mdrules.revisions import Register, Revision


class Regulation(BaseModel):
    """One published regulation.

    >>> demo = Regulation(id="demo", title="Demoregeling", authority="gemeente Demo",
    ...     page="demo/regeling", source="sources/demo/original.txt", marker_style="last",
    ...     title_in_source=True,
    ...     citation=CitationStyle(name="Demo", forms=("{regulation} {number}",)),
    ...     revision_register=Register(
    ...         revisions=(Revision(version="1", date=None, description="x"),)))
    >>> demo.version, [c.render() for c in demo.cite("1", "2.a")]
    ('1', ['Demo 1', 'Demo 2.a'])
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: RegulationId
    """Short identifier; the first part of every label and the folder of its pages."""
    title: str
    """Title of the regulation as the handbook shows it (in Dutch; translated on other pages)."""
    authority: str
    """The municipality or municipalities that set it."""
    page: str
    """Sphinx document name of the full text."""
    source: str
    """Path of the original text as received, relative to the repository root."""
    marker_style: Literal["full", "last"]
    """``full`` shows a provision's full number (``2.3.16``); ``last`` its last part and a dot."""
    title_in_source: bool
    """Whether the page title is a line of the original text."""
    citation: CitationStyle
    """How its articles are cited in answers."""
    revision_register: Register
    """The revision register: the source of the version and its date."""
    locale_dir: str | None = None
    """A folder with the catalogs of its answers (``en/LC_MESSAGES/mdrules.po``), for a
    regulation outside this package; ``None``: the package's catalog holds them."""

    @property
    def register(self) -> Register:
        """The revision register (:attr:`revision_register`)."""
        return self.revision_register

    @property
    def version(self) -> str:
        """The version the handbook publishes, from the register."""
        return self.register.current.version

    @property
    def version_date(self) -> dt.date | None:
        """Date of that version, or ``None`` when the source leaves it open."""
        return self.register.current.date

    def cite(self, *articles: str) -> tuple[Citation, ...]:
        """Return citations of articles of this regulation."""
        return tuple(
            Citation(regulation=self.id, article=article, style=self.citation)
            for article in articles
        )


FACTS = ("title", "authority", "version", "version_date")
"""The facts of a regulation the text can show (the ``{regulation}`` role)."""
TRANSLATED_FACTS = ("title", "authority")
"""Facts that are Dutch text, translated through the rules' catalog."""


def render_fact(regulation: Regulation, field: str, language: str) -> str | None:
    """Return one fact of a regulation as a page shows it in a language; ``None`` if unstated.

    >>> from mdrules.decision import CitationStyle
    >>> demo = Regulation(id="demo", title="Demoregeling", authority="gemeente Demo",
    ...     page="demo/regeling", source="sources/demo/original.txt", marker_style="last",
    ...     title_in_source=True, citation=CitationStyle(name="Demo", forms=("{number}",)),
    ...     revision_register=Register(revisions=(
    ...         Revision(version="1", date=dt.date(2019, 10, 30), description="x"),)))
    >>> render_fact(demo, "version_date", "nl"), render_fact(demo, "version_date", "en")
    ('30 oktober 2019', '30 October 2019')
    """
    if field not in FACTS:
        msg = f"expected a fact, one of {', '.join(FACTS)}; got {field!r}"
        raise DefinitionError(msg)
    value = getattr(regulation, field)
    if value is None:
        return None
    if isinstance(value, dt.date):
        return format_date(value, format="long", locale=babel_locale(language))
    if field in TRANSLATED_FACTS:
        return translate(str(value), language)
    return str(value)


def cite(regulation: Regulation, *articles: str) -> tuple[Citation, ...]:
    """Return citations of several articles of one regulation (see :meth:`Regulation.cite`)."""
    return regulation.cite(*articles)


__all__ = ["FACTS", "TRANSLATED_FACTS", "Regulation", "Revision", "cite", "render_fact"]
