"""Helpers the rules of leeuwarden share."""

from typing import TypeVar

from mdrules.choices import Choice
from mdrules.vocabulary import (
    Word,
)

E = TypeVar("E", bound=Choice)
T = TypeVar("T")


def _kinds(words: tuple[Word[T], ...]) -> tuple[T, ...]:
    """Return the kinds a list of words names, in its order."""
    return tuple(word.kind for word in words)


def _member(kind: type[E], value: E | str) -> E:
    """Return a value as a member of a choice; text in English or Dutch.

    A text that names no member is refused with the choice's own message, which lists the
    values in both languages.

    >>> from mdrules.regulations.leeuwarden import Facility, Purpose
    >>> _member(Facility, " Dienstfiets ")
    <Facility.SERVICE_BIKE: 'service-bike'>
    >>> _member(Purpose, "werk")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: verwacht een van zakelijk, prive (in het Engels: business,
    private); opgegeven: 'werk'
    """
    if isinstance(value, kind):
        return value
    return kind(value)
