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
    """Return a value as a member of an enumeration; text is matched on the member's value.

    >>> from mdrules.regulations.leeuwarden import Facility, Purpose
    >>> _member(Facility, " Dienstfiets ")
    <Facility.SERVICE_BIKE: 'dienstfiets'>
    >>> _member(Purpose, "werk")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: expected one of zakelijk, prive; got 'werk'
    """
    if isinstance(value, kind):
        return value
    try:
        return kind(str(value).strip().lower())
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        msg = f"expected one of {choices}; got {value!r}"
        raise InputError(msg) from None
