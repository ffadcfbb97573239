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
ValueError: expected one of loss, theft (in Dutch: verlies, diefstal); got 'kwijt'
"""

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Self


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
        msg = f"expected one of {cls.choices()}; got {value!r}"
        raise ValueError(msg)

    @classmethod
    def choices(cls) -> str:
        """Return the values, in English and in Dutch, as an error message lists them."""
        english = ", ".join(member.value for member in cls)
        dutch = ", ".join(m.dutch[0] for m in cls if m.dutch and m.dutch[0] != m.value)
        return f"{english} (in Dutch: {dutch})" if dutch else english


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
