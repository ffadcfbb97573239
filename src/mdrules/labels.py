"""The label scheme shared by both regulations.

A label is the regulation id followed by the parts of a provision's number, lower case, joined by
hyphens. It is the HTML anchor of the provision in every language and version.
"""

import re

from mdrules.errors import LabelError

_PART = re.compile(r"[0-9]+[a-z]?|[a-z]+")


def number_parts(number: str) -> list[str]:
    """Split a dot-separated provision number into its parts.

    >>> number_parts("2.3.16")
    ['2', '3', '16']
    >>> number_parts("4A.1.c")
    ['4a', '1', 'c']
    >>> number_parts("2.3.")
    Traceback (most recent call last):
    ...
    mdrules.errors.LabelError: expected a dot-separated number such as 2.3.16 or 4a.1.c, got '2.3.'
    """
    parts = number.strip().lower().split(".")
    if not parts or not all(_PART.fullmatch(part) for part in parts):
        msg = f"expected a dot-separated number such as 2.3.16 or 4a.1.c, got {number!r}"
        raise LabelError(msg)
    return parts


def provision_label(regulation: str, number: str) -> str:
    """Return the stable label (HTML anchor) of a provision.

    >>> provision_label("haarlem", "2.3.16")
    'haarlem-2-3-16'
    >>> provision_label("leeuwarden", "1.2.a.i")
    'leeuwarden-1-2-a-i'
    """
    return "-".join([regulation, *number_parts(number)])


def term_label(regulation: str, term: str) -> str:
    """Return the label of a term defined in a regulation's text.

    >>> term_label("leeuwarden", "Bring Your Own Device (BYOD)")
    'leeuwarden-term-bring-your-own-device-byod'
    """
    slug = re.sub(r"[^0-9a-z]+", "-", term.lower()).strip("-")
    return f"{regulation}-term-{slug}"
