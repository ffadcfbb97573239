"""How each part of a regulation is covered: encoded by a rule, left to judgement, or informative.

A part that a rule cites is encoded. Every other part without sub-parts is classified here, by its
regulation's module, with a one-line reason; the handbook build warns about any part left out.
"""

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from mdrules.decision import RegulationId
from mdrules.labels import provision_label


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


CLASSIFICATIONS: dict[str, Classification] = {}
"""The classification of every part that no rule encodes, by label."""


def classify(regulation: RegulationId, status: Status, reason: str, *articles: str) -> None:
    """Classify parts of a regulation that no rule encodes, all for the same reason."""
    if status is Status.ENCODED:
        msg = "a part is encoded by citing it from a rule, not by classifying it"
        raise ValueError(msg)
    for article in articles:
        label = provision_label(regulation, article)
        if label in CLASSIFICATIONS:
            msg = f"{regulation} {article} is classified twice"
            raise ValueError(msg)
        CLASSIFICATIONS[label] = Classification(status=status, reason=reason)
