"""Helpers the rules of leeuwarden share."""

from enum import StrEnum
from typing import TypeVar

from mdrules.errors import InputError
from mdrules.vocabulary import (
    Word,
)

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


def _kinds(words: tuple[Word[T], ...]) -> tuple[T, ...]:
    """Return the kinds a list of words names, in its order."""
    return tuple(word.kind for word in words)


def _member(kind: type[E], value: E | str) -> E:
    """Return a value as a member of an enumeration; text in English or Dutch.

    >>> from mdrules.regulations.leeuwarden import Facility, Purpose
    >>> _member(Facility, " Dienstfiets ")
    <Facility.SERVICE_BIKE: 'service-bike'>
    >>> _member(Purpose, "werk")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: expected one of business, private (in Dutch: ...); got 'werk'
    """
    if isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError as error:  # the choice's message lists the values in both languages
        raise InputError(str(error)) from None
