"""How each part of a regulation is covered: encoded by a rule, left to judgement, or informative.

A part that a rule cites is encoded. Every other part without sub-parts is classified by its
regulation's ``coverage.py``, with a one-line reason; the handbook build warns about any part
left out.
"""

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from mdrules.errors import DefinitionError, DuplicateError
from mdrules.labels import provision_label
from mdrules.metadata import Regulation


class Status(StrEnum):
    """How a part of a regulation is covered."""

    ENCODED = "encoded"
    """A rule computes what the part says."""
    JUDGEMENT = "judgement"
    """The part leaves the decision to a person or body; no rule can compute it."""
    INFORMATIVE = "informative"
    """The part describes, explains or refers; there is nothing to compute."""


class Classification(BaseModel):
    """Why a part is not encoded by a rule."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    status: Status
    """Judgement or informative."""
    reason: Annotated[str, Field(min_length=10)]
    """One line, in Dutch: why it is not encoded."""


def classify(
    regulation: Regulation, status: Status, reason: str, *articles: str
) -> dict[str, Classification]:
    """Classify parts of a regulation that no rule encodes, all for the same reason, by label."""
    if status is Status.ENCODED:
        msg = "a part is encoded by citing it from a rule, not by classifying it"
        raise DefinitionError(msg)
    classification = Classification(status=status, reason=reason)
    found: dict[str, Classification] = {}
    for article in articles:
        label = provision_label(regulation.id, article)
        if label in found:
            msg = f"{regulation.id} {article} is classified twice"
            raise DuplicateError(msg)
        found[label] = classification
    return found


def classifications(*groups: dict[str, Classification]) -> dict[str, Classification]:
    """Join the groups of :func:`classify`; a part classified twice is an error."""
    joined: dict[str, Classification] = {}
    for group in groups:
        for label, classification in group.items():
            if label in joined:
                msg = f"{label} is classified twice"
                raise DuplicateError(msg)
            joined[label] = classification
    return joined
