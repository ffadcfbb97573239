"""Messages in Dutch (the source language) and their translations, with values formatted per locale.

Message ids are the Dutch text with ``{name}`` placeholders. A translation comes from the package's
catalog ``mdrules/locale/<language>/LC_MESSAGES/mdrules.po``, read with babel; Dutch needs none.
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol, runtime_checkable

from babel import Locale
from babel.dates import format_date, format_time
from babel.lists import format_list
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

from mdrules.errors import TranslationError

SOURCE_LANGUAGE = "nl"
#: The babel locale that formats dates and numbers for each language of the handbook.
BABEL_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
LOCALE_DIR = Path(__file__).parent / "locale"

#: Number words for the counts the regulations write out ("maximaal twee").
NUMBER_WORDS = {
    "nl": ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
}


class Phrase(str):
    """A Dutch word or phrase used as a value in a message; it is translated with the message.

    >>> format_value(Phrase("laptop"), "nl")
    'laptop'
    """

    __slots__ = ()

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[object], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        """Validate a phrase as text, kept as a phrase (a parameter's words, read from data)."""
        return core_schema.no_info_after_validator_function(cls, core_schema.str_schema())


@runtime_checkable
class Named(Protocol):
    """A value whose text in a message is a Dutch phrase: shown translated, like a Phrase."""

    @property
    def name(self) -> Phrase:
        """The value's Dutch name, a message."""
        ...


class Territory(str):
    """A country by its ISO 3166-1 code, shown by its name in the message's language.

    >>> format_value(Territory("US"), "nl"), format_value(Territory("US"), "en")
    ('Verenigde Staten', 'United States')
    """

    __slots__ = ()


def N_(text: str) -> Phrase:  # noqa: N802 (the gettext name for a message marked, not translated)
    """Mark a Dutch text as a message, to be translated where it is shown.

    >>> N_("Toegestaan")
    'Toegestaan'
    """
    return Phrase(text)


class AnyOf(tuple[object, ...]):
    """Alternatives: a list a sentence joins with "of" / "or".

    >>> format_value(AnyOf(("0000", "1234")), "nl")
    '0000 of 1234'
    """

    __slots__ = ()


def languages() -> list[str]:
    """Return the languages messages can be rendered in.

    >>> "nl" in languages()
    True
    """
    found = {p.parent.parent.name for p in LOCALE_DIR.glob("*/LC_MESSAGES/mdrules.po")}
    return sorted({SOURCE_LANGUAGE} | found)


_EXTRA_LOCALE_DIRS: list[Path] = []
"""Folders of regulations' own catalogs (a regulation outside this package), searched second."""


def add_locale_dir(path: Path) -> None:
    """Also take translations from ``path/<language>/LC_MESSAGES/mdrules.po``."""
    if path not in _EXTRA_LOCALE_DIRS:
        _EXTRA_LOCALE_DIRS.append(path)
        catalog.cache_clear()


@cache
def catalog(language: str) -> Catalog:
    """Return the message catalog of a language other than Dutch (with any added catalogs)."""
    path = LOCALE_DIR / language / "LC_MESSAGES" / "mdrules.po"
    try:
        with path.open("rb") as handle:
            found = read_po(handle, locale=language)
    except OSError:
        msg = f"expected a language in {', '.join(languages())}; got {language!r}"
        raise TranslationError(msg) from None
    for folder in _EXTRA_LOCALE_DIRS:
        extra = folder / language / "LC_MESSAGES" / "mdrules.po"
        if extra.is_file():
            with extra.open("rb") as handle:
                for message in read_po(handle, locale=language):
                    if message.id and found.get(message.id) is None:
                        found[message.id] = message
    return found


def translate(msgid: str, language: str) -> str:
    """Return the text of a message in a language; Dutch is the message id itself.

    >>> translate("Toegestaan.", "nl")
    'Toegestaan.'
    """
    if language == SOURCE_LANGUAGE:
        return msgid
    message = catalog(language).get(msgid)
    if message is None or not message.string or message.fuzzy:
        msg = f"the {language} catalog has no translation of {msgid!r}"
        raise TranslationError(msg)
    return str(message.string)


@dataclass(frozen=True)
class Text:
    """A Dutch message with the values of its placeholders, shown in a language when it is used.

    >>> format_value(Text(N_("een getal tot {maximum}"), {"maximum": 5000}), "nl")
    'een getal tot 5.000'
    """

    text: Phrase
    values: Mapping[str, object] = field(default_factory=dict)

    def render(self, language: str = SOURCE_LANGUAGE) -> str:
        """Return the message in a language."""
        return render(self.text, language, self.values)


def render(text: str, language: str, values: Mapping[str, object]) -> str:
    """Return a message in a language: a marked text translated, its values formatted.

    A text not marked with :func:`N_` (a message for an author) is shown as it is.

    >>> render(N_("Vervanging na {months} maanden."), "nl", {"months": 36})
    'Vervanging na 36 maanden.'
    """
    template = translate(text, language) if isinstance(text, Phrase) else text
    if not values:
        return template
    return template.format(**{key: format_value(v, language) for key, v in values.items()})


def number_words(value: int, language: str) -> str:
    """Write a small count as a word.

    >>> number_words(2, "nl"), number_words(2, "en")
    ('twee', 'two')
    """
    words = NUMBER_WORDS.get(language, NUMBER_WORDS["en"])
    return words[value] if 0 <= value < len(words) else format_decimal(value, locale=language)


def babel_locale(language: str) -> str:
    """Return the locale that formats values for a language: British English for English.

    >>> babel_locale("en"), babel_locale("nl")
    ('en_GB', 'nl_NL')
    """
    return BABEL_LOCALES.get(language, language)


def format_value(value: object, language: str) -> str:
    """Format a value for a sentence in a language: numbers, dates, times and lists.

    >>> format_value(dt.date(2019, 10, 30), "nl")
    '30 oktober 2019'
    >>> format_value(dt.time(7, 45), "nl")
    '7:45'
    >>> format_value(["0000", "1234"], "nl")
    '0000 en 1234'
    >>> format_value(5000, "nl")
    '5.000'
    >>> format_value(dt.date(2019, 10, 30), "en")
    '30 October 2019'
    """
    locale = babel_locale(language)
    if isinstance(value, Phrase):
        return translate(value, language)
    rendered = getattr(value, "render", None)  # a message of its own: Text, an error, a Message
    if callable(rendered):
        return str(rendered(language))
    name = getattr(value, "name", None)  # a Named value; isinstance of a protocol is slow
    if isinstance(name, Phrase):
        return translate(name, language)
    if isinstance(value, Territory):
        return str(Locale.parse(locale).territories[value])
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format_decimal(value, locale=locale)
    if isinstance(value, dt.datetime):
        day = format_date(value, "long", locale=locale)
        return f"{day} {format_time(value, 'H:mm', locale=locale)}"
    if isinstance(value, dt.date):
        return format_date(value, format="long", locale=locale)
    if isinstance(value, dt.time):
        return format_time(value, "H:mm", locale=locale)
    if isinstance(value, Sequence) and not isinstance(value, str):
        items = [format_value(item, language) for item in value]
        if isinstance(value, AnyOf):
            return format_list(items, style="or", locale=locale)
        return format_list(items, locale=locale)
    return str(value)
