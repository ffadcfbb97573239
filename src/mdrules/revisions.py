"""The revision register: every version of a regulation, with its date and who reviewed it.

The register is the single source of a regulation's version and date, of the version table in the
handbook, and of the last review from which the next one is due. To publish a new version, an
author adds a :class:`Revision` at the end of its register, in the regulation's ``metadata.py``
(see the README's release step).
"""

import datetime as dt
import itertools

from pydantic import BaseModel, ConfigDict, model_validator


class Revision(BaseModel):
    """One line of a revision register.

    >>> Revision(version="1.04", date=dt.date(2019, 10, 30), description="Opmerkingen JZ",
    ...          reviewed_by="JZ").reviewed_on
    datetime.date(2019, 10, 30)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    """Version identifier as the regulation writes it (``1.04``, ``2024``)."""
    date: dt.date | None
    """Date of this line, or ``None`` where the regulation leaves it open (``[datum]``)."""
    description: str
    """What changed, in Dutch; for a regulation with its own version table, its words verbatim."""
    reviewed_by: str | None = None
    """Who assessed the text on that date, as the register names them; ``None`` for a draft."""

    @property
    def reviewed_on(self) -> dt.date | None:
        """The date of the review this line records, or ``None`` when it records none."""
        return self.date if self.reviewed_by is not None else None


class Register(BaseModel):
    """The revisions of one regulation, oldest first.

    >>> register = Register(revisions=(
    ...     Revision(version="1.0", date=dt.date(2019, 6, 6), description="Concept"),
    ...     Revision(version="1.1", date=dt.date(2019, 10, 30), description="Review",
    ...              reviewed_by="JZ")))
    >>> register.current.version
    '1.1'
    >>> register.last_review
    datetime.date(2019, 10, 30)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    revisions: tuple[Revision, ...]

    @model_validator(mode="after")
    def _in_order(self) -> "Register":
        if not self.revisions:
            msg = "expected at least one revision in a register; got none"
            raise ValueError(msg)
        dates = [revision.date for revision in self.revisions if revision.date is not None]
        for earlier, later in itertools.pairwise(dates):
            if later < earlier:
                msg = f"expected the revisions oldest first; got {later} after {earlier}"
                raise ValueError(msg)
        return self

    @property
    def current(self) -> Revision:
        """The last revision: the version the handbook publishes."""
        return self.revisions[-1]

    @property
    def last_reviewed(self) -> Revision | None:
        """The line of the last dated review, or ``None`` when none is recorded."""
        reviewed = [r for r in self.revisions if r.reviewed_on is not None]
        return max(reviewed, key=lambda r: r.reviewed_on or dt.date.min, default=None)

    @property
    def last_review(self) -> dt.date | None:
        """The date of the last recorded review, or ``None`` when none is recorded."""
        return self.last_reviewed.reviewed_on if self.last_reviewed else None
