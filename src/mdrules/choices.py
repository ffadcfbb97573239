"""Choices: the values a rule's input takes, named in English and accepted in Dutch too.

Every value of every question has one canonical form, an English identifier in lower case with
hyphens (``loss``, ``worn-battery``); that is what the JSON answers, the decision tables and the
command line's help show. The Dutch words of the regulations are accepted as well (``verlies``,
``matige-batterij``), and so are spaces, underscores, capitals and accents (``Privé``):

>>> class Event(Choice):
...     LOSS = "loss", "verlies"
...     THEFT = "theft", "diefstal"
>>> Event("verlies"), Event("Theft"), Event.LOSS.value
(<Event.LOSS: 'loss'>, <Event.THEFT: 'theft'>, 'loss')
>>> Event.LOSS.dutch
('verlies',)
>>> Event("kwijt")
Traceback (most recent call last):
...
mdrules.errors.InputError: verwacht een van verlies, diefstal (in het Engels: loss, theft);
opgegeven: 'kwijt'

The refusal is an :class:`~mdrules.errors.InputError` (a ``ValueError``), shown in either language:

>>> try:
...     Event("kwijt")
... except ValueError as error:
...     print(error.render("en"))
expected one of loss, theft (in Dutch: verlies, diefstal); got 'kwijt'
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Self

from babel import Locale

from mdrules.errors import InputError
from mdrules.i18n import N_, SOURCE_LANGUAGE, Phrase, Text, babel_locale, render


def normal_form(text: str) -> str:
    """Return a value as the vocabulary writes it: lower case, no accents, words joined by ``-``.

    >>> normal_form(" Privé_Gebruik "), normal_form("thin client")
    ('prive-gebruik', 'thin-client')
    """
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[\s_]+", "-", plain)


class Choice(StrEnum):
    """An enumeration of a rule's input: each member an English value and its Dutch words."""

    _value_: str
    _dutch_: tuple[str, ...]

    def __new__(cls, value: str, *dutch: str) -> Self:
        """Make a member from its English value and its Dutch words."""
        member = str.__new__(cls, value)
        member._value_ = value
        member._dutch_ = dutch
        return member

    @property
    def dutch(self) -> tuple[str, ...]:
        """The Dutch words for the member, in the vocabulary's form; the first is the usual one."""
        return self._dutch_

    @classmethod
    def _missing_(cls, value: object) -> Self:
        """Find the member for a value in another form or in Dutch; else say what is expected."""
        if isinstance(value, str):
            text = normal_form(value)
            for member in cls:
                if text == member.value or text in member.dutch:
                    return member
        msg = N_("verwacht een van {values}; opgegeven: {got}")
        raise InputError(msg, values=Listing(members=tuple(cls)), got=repr(value))


LISTED = N_("{words} (in het {language}: {others})")
"""How a list of values names the other language's words: "verlies (in het Engels: loss)"."""


def word(member: Choice, language: str) -> str:
    """Return a member's word in a language: its usual Dutch word in Dutch, else its value.

    >>> class Size(Choice):
    ...     SMALL = "small", "klein"
    ...     LARGE = "large"
    >>> word(Size.SMALL, "nl"), word(Size.SMALL, "en"), word(Size.LARGE, "nl")
    ('klein', 'small', 'large')
    """
    return member.dutch[0] if language == SOURCE_LANGUAGE and member.dutch else member.value


def listed(members: Iterable[Choice], language: str) -> str:
    """Return values as messages and help list them: the language's words, the other's in brackets.

    The words of the other language (English for Dutch, Dutch for English) are those that differ.

    >>> class Event(Choice):
    ...     LOSS = "loss", "verlies"
    ...     THEFT = "theft", "diefstal"
    ...     OTHER = "other"
    >>> listed(Event, "nl")
    'verlies, diefstal, other (in het Engels: loss, theft)'
    >>> listed(Event, "en")
    'loss, theft, other (in Dutch: verlies, diefstal)'
    >>> listed((Event.OTHER,), "nl")
    'other'
    """
    chosen = tuple(members)
    words = ", ".join(word(member, language) for member in chosen)
    name, others = other_words(chosen, language)
    if not others:
        return words
    values = {"words": words, "language": name, "others": ", ".join(others)}
    return render(LISTED, language, values)


def other_words(members: Iterable[Choice], language: str) -> tuple[str, list[str]]:
    """Return the other language's name, in this one, and the members' words in it that differ.

    >>> class Event(Choice):
    ...     LOSS = "loss", "verlies"
    ...     OTHER = "other"
    >>> other_words(Event, "nl"), other_words(Event, "en")
    (('Engels', ['loss']), ('Dutch', ['verlies']))
    """
    other = "en" if language == SOURCE_LANGUAGE else SOURCE_LANGUAGE
    name = str(Locale.parse(babel_locale(language)).languages[other])
    return name, [word(m, other) for m in members if word(m, other) != word(m, language)]


@dataclass(frozen=True)
class Listing(Text):
    """The values of some members as a value of a message: listed in the message's language.

    >>> class Event(Choice):
    ...     LOSS = "loss", "verlies"
    >>> from mdrules.i18n import format_value
    >>> format_value(Listing(members=(Event.LOSS,)), "nl")
    'verlies (in het Engels: loss)'
    """

    text: Phrase = LISTED
    members: tuple[Choice, ...] = ()

    def render(self, language: str = SOURCE_LANGUAGE) -> str:
        """Return the values in a language (see :func:`listed`)."""
        return listed(self.members, language)


@dataclass(frozen=True)
class OneOf:
    """The members of a choice a rule's input takes, when it takes only some of them.

    Put in the input's type hint, ``Annotated[DeviceKind, OneOf((DeviceKind.LAPTOP,))]``, it
    tells the command line which values to offer; the rule still checks what it gets.

    >>> class Size(Choice):
    ...     SMALL = "small", "klein"
    ...     LARGE = "large", "groot"
    >>> OneOf((Size.SMALL,)).members
    (<Size.SMALL: 'small'>,)
    """

    members: tuple[Choice, ...]
