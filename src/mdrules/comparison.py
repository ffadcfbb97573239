"""The topics both regulations govern, and the questions that compare them.

The comparison page asks each question of the rules at build time, so what it shows is what the
rules and their parameters say, in the page's language.
"""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mdrules.i18n import Phrase


@dataclass(frozen=True)
class Question:
    """One question put to one regulation's rule."""

    caption: Phrase
    """What is asked, as the page shows it."""
    rule: str
    """The rule's key, ``regulation.question``."""
    arguments: dict[str, Any] = field(default_factory=dict)
    """The rule's inputs."""


@dataclass(frozen=True)
class Topic:
    """A subject both regulations govern, with the questions that compare them."""

    title: Phrase
    questions: tuple[Question, ...]


SATURDAY_NIGHT = dt.datetime(2026, 11, 21, 23, 30)
"""A moment outside office hours, for the questions about loss and theft."""
LAST_WORKING_DAY = dt.date(2026, 12, 31)

TOPICS: tuple[Topic, ...] = ()
