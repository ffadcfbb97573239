"""Inputs as people type them: whole numbers, dates, times, phone numbers, countries, languages.

Each parser takes the text a person typed and returns the value a rule computes with, or raises
an :class:`~mdrules.errors.InputError` that says what was expected and what came. Numbers are
written in the digits 0 to 9 only: a digit of another script is refused and named, so that what
was meant is never guessed. Years lie between :data:`FIRST_YEAR` and :data:`LAST_YEAR`.

>>> whole_number("12"), date("28 november 2026"), moment("28-11-2026 14:30")
(12, datetime.date(2026, 11, 28), datetime.datetime(2026, 11, 28, 14, 30))
>>> phone_number("+31 906 123456"), country("Griekenland"), country("EL")
('0906123456', 'GR', 'GR')
"""

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Annotated, Any

import phonenumbers
from babel import Locale
from pydantic import AfterValidator

from mdrules.errors import InputError
from mdrules.vocabulary import COUNTRIES, Country

FIRST_YEAR = 1900
"""The first year a date may name: earlier than any question needs, late enough to catch a typo."""
LAST_YEAR = 2200
"""The last year a date may name."""
LARGEST_NUMBER = 1_000_000
"""The largest whole number an option takes (a count of devices, gigabytes, days)."""
LONGEST_TEXT = 200
"""The most characters a text option (a code, a phone number) takes."""

_ASCII_DIGITS = frozenset("0123456789")


def _check_digits(text: str, expected: str) -> None:
    """Refuse a digit of another script, naming it: only the digits 0 to 9 are read."""
    other = next((c for c in text if c.isdigit() and c not in _ASCII_DIGITS), None)
    if other is not None:
        name = unicodedata.name(other, "a digit of another script")
        msg = (
            f"expected {expected} in the digits 0 to 9; got {text!r}, "
            f"which has {other!r} ({name}): other scripts' digits are not read"
        )
        raise InputError(msg)


def _check_length(text: str, expected: str) -> None:
    if len(text) > LONGEST_TEXT:
        msg = f"expected {expected} of at most {LONGEST_TEXT} characters; got {len(text)}"
        raise InputError(msg)


def whole_number(text: str, minimum: int = 0, maximum: int = LARGEST_NUMBER) -> int:
    """Read a whole number in the digits 0 to 9, within a range (both ends included).

    >>> whole_number(" 5 ")
    5
    >>> whole_number("11111111111111111111111111")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: expected a whole number from 0 to 1000000; got '111...111'
    >>> whole_number(chr(0x665) * 2)  # two Arabic-Indic fives
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: expected a whole number in the digits 0 to 9; got ...: other
    scripts' digits are not read
    """
    expected = f"a whole number from {minimum} to {maximum}"
    _check_digits(text, "a whole number")
    match = re.fullmatch(r"\s*([+-]?)([0-9]+)\s*", text)
    if match is None:
        msg = f"expected {expected}, such as 5; got {text!r}"
        raise InputError(msg)
    # Many digits are out of range whatever they are; int() would refuse over 4300 of them.
    value = int(match[1] + match[2]) if len(match[2]) <= len(str(maximum)) + 1 else None
    if value is None or not minimum <= value <= maximum:
        msg = f"expected {expected}; got {text!r}"
        raise InputError(msg)
    return value


def number(text: str) -> float:
    """Read a number such as 5.5 or 5,5, from 0 to :data:`LARGEST_NUMBER`.

    >>> number("5,5")
    5.5
    """
    expected = f"a number from 0 to {LARGEST_NUMBER}, such as 5.5"
    _check_digits(text, "a number")
    if re.fullmatch(r"\s*[0-9]{1,20}([.,][0-9]{1,20})?\s*", text) is None:
        msg = f"expected {expected}; got {text!r}"
        raise InputError(msg)
    value = float(text.strip().replace(",", "."))
    if not (math.isfinite(value) and value <= LARGEST_NUMBER):
        msg = f"expected {expected}; got {text!r}"
        raise InputError(msg)
    return value


def text(value: str) -> str:
    """Take a text as typed, up to :data:`LONGEST_TEXT` characters.

    >>> text("4821")
    '4821'
    """
    _check_length(value, "a text")
    return value


def _fold(word: str) -> str:
    """Return a word without case, accents or a closing full stop: "Mrt." is "mrt"."""
    decomposed = unicodedata.normalize("NFKD", word.strip().rstrip(".").casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for language in ("nl", "en"):
        months = Locale(language).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for month, name in months[context][width].items():
                    names[_fold(str(name))] = int(month)
    return names | {"sept": 9, "mrt": 3, "mar": 3}


MONTHS = _month_names()
"""The months by their names in Dutch and English, full and short ("november", "nov.")."""

_DATE_EXAMPLES = "2026-11-28, 28-11-2026 or 28 november 2026"
_TIME_EXAMPLES = "14:30"


def _day(year: str, month: int, day: str, typed: str) -> dt.date:
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        msg = f"expected a year from {FIRST_YEAR} to {LAST_YEAR}; got {typed!r}"
        raise InputError(msg)
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        msg = f"expected a date that exists, such as {_DATE_EXAMPLES}; got {typed!r}"
        raise InputError(msg) from None


def _date_or_none(typed: str) -> dt.date | None:
    """Read a date in one of the usual forms, or return None when it is in none of them."""
    value = typed.strip()
    if match := re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", value):
        return _day(match[1], int(match[2]), match[3], typed)
    if match := re.fullmatch(r"([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4})", value):
        return _day(match[4], int(match[3]), match[1], typed)
    named: tuple[str, str, str] | None = None  # day, month's name, year
    if match := re.fullmatch(r"([0-9]{1,2})\.?\s+([^\W\d_]+\.?)\s+([0-9]{4})", value):
        named = (match[1], match[2], match[3])
    elif match := re.fullmatch(r"([^\W\d_]+\.?)\s+([0-9]{1,2}),?\s+([0-9]{4})", value):
        named = (match[2], match[1], match[3])  # English: November 28, 2026
    if named is not None:
        day, name, year = named
        if _fold(name) not in MONTHS:
            msg = f"expected the name of a month, in Dutch or English; got {name!r} in {typed!r}"
            raise InputError(msg)
        return _day(year, MONTHS[_fold(name)], day, typed)
    return None


def date(typed: str) -> dt.date:
    """Read a date: ISO (2026-11-28), day-month-year (28-11-2026) or with the month's name.

    >>> date("2026-11-28") == date("28/11/2026") == date("28 Nov. 2026") == date("Nov 28, 2026")
    True
    >>> date("111111111111111111111111111111")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: expected a date such as 2026-11-28, ...; got '111...111'
    >>> date("2026-02-30")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: expected a date that exists, such as ...; got '2026-02-30'
    """
    _check_digits(typed, "a date")
    _check_length(typed, "a date")
    day = _date_or_none(typed)
    if day is None:
        msg = f"expected a date such as {_DATE_EXAMPLES}; got {typed!r}"
        raise InputError(msg)
    return day


def time(typed: str) -> dt.time:
    """Read a time of day: 14:30, 9:05 or 14.30 (hours 0 to 23).

    >>> time("9.05")
    datetime.time(9, 5)
    """
    _check_digits(typed, "a time")
    match = re.fullmatch(r"\s*([0-9]{1,2})[:.]([0-9]{2})(?::([0-9]{2}))?\s*", typed)
    if match is None or int(match[1]) > 23 or int(match[2]) > 59 or int(match[3] or 0) > 59:
        msg = f"expected a time such as {_TIME_EXAMPLES} (hours 0 to 23); got {typed!r}"
        raise InputError(msg)
    return dt.time(int(match[1]), int(match[2]), int(match[3] or 0))


_MOMENT = re.compile(
    r"(?P<date>.+?)(?:\s*[T,]\s*|\s+(?:om|at)\s+|\s+)"
    r"(?P<time>[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?)(?P<zone>Z|[+-][0-9]{2}:?[0-9]{2})?",
    re.IGNORECASE,
)


def moment(typed: str) -> dt.datetime:
    """Read a date and a time of day; a date alone is refused, for the answer depends on the time.

    A moment without a zone is Amsterdam time (see :func:`mdrules.vocabulary.local`).

    >>> moment("2026-11-28T14:30"), moment("28 november 2026 om 9:05")
    (datetime.datetime(2026, 11, 28, 14, 30), datetime.datetime(2026, 11, 28, 9, 5))
    >>> moment("2026-11-28")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: expected a date and a time of day, such as 2026-11-28 14:30: the
    answer depends on the time; got '2026-11-28', a date alone
    """
    _check_digits(typed, "a date and time")
    _check_length(typed, "a date and time")
    match = _MOMENT.fullmatch(typed.strip())
    expected = f"a date and a time of day, such as 2026-11-28 {_TIME_EXAMPLES}"
    if match is None:
        if _date_or_none(typed) is not None:
            msg = (
                f"expected {expected}: the answer depends on the time; got {typed!r}, a date alone"
            )
        else:
            msg = f"expected {expected}; got {typed!r}"
        raise InputError(msg)
    day = _date_or_none(match["date"])
    if day is None:
        msg = f"expected {expected}; got {typed!r}"
        raise InputError(msg)
    when = dt.datetime.combine(day, time(match["time"]))
    if zone := match["zone"]:
        offset = dt.timedelta(0)
        if zone.upper() != "Z":
            hours, minutes = int(zone[1:3]), int(zone[-2:])
            offset = dt.timedelta(hours=hours, minutes=minutes) * (-1 if zone[0] == "-" else 1)
        if abs(offset) >= dt.timedelta(hours=24):
            msg = f"expected a time zone offset under 24 hours, such as +01:00; got {typed!r}"
            raise InputError(msg)
        when = when.replace(tzinfo=dt.timezone(offset))
    return when


def phone_number(typed: str) -> str:
    """Return a phone number as it is dialled from the Netherlands, in digits alone.

    Every form people write is read (0031 and +31, spaces, hyphens, brackets, a ``(0)``), so
    that the prefix of a number (0900, 0906, 0909) shows whatever its form. A number of another
    country is dialled with 00 and its country code.

    >>> phone_number("0031906123456"), phone_number("+31 (0)906-1234"), phone_number("(0906) 1234")
    ('0906123456', '09061234', '09061234')
    >>> phone_number("112"), phone_number("+44 20 7946 0958")
    ('112', '00442079460958')
    >>> phone_number("")  # no number
    ''
    >>> phone_number("0906-BEL")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: expected a phone number of digits, spaces, +, -, (, ), . or /,
    such as 0906-1234567 or +31 906 1234567; got '0906-BEL'
    """
    expected = "a phone number of digits, spaces, +, -, (, ), . or /"
    example = "such as 0906-1234567 or +31 906 1234567"
    _check_digits(typed, "a phone number")
    _check_length(typed, "a phone number")
    if not typed:
        return ""
    if re.fullmatch(r"\s*\+?[0-9 ()./-]*[0-9][0-9 ()./-]*", typed) is None:
        msg = f"expected {expected}, {example}; got {typed!r}"
        raise InputError(msg)
    try:
        parsed = phonenumbers.parse(typed, "NL", keep_raw_input=True)
    except phonenumbers.NumberParseException:
        msg = f"expected {expected}, {example}; got {typed!r}"
        raise InputError(msg) from None
    significant = phonenumbers.national_significant_number(parsed)
    if parsed.country_code_source == phonenumbers.CountryCodeSource.FROM_DEFAULT_COUNTRY:
        return phonenumbers.normalize_digits_only(typed)  # dialled as written: 0906..., 112
    if parsed.country_code == phonenumbers.country_code_for_region("NL"):
        return "0" + significant
    return f"00{parsed.country_code}{significant}"


PhoneText = Annotated[str, AfterValidator(phone_number)]
"""A phone number as typed; a rule sees it as :func:`phone_number` returns it."""

COMMON_NAMES: dict[str, str] = {
    "turkey": "TR", "holland": "NL", "czech republic": "CZ", "great britain": "GB",
    "england": "GB", "engeland": "GB", "scotland": "GB", "schotland": "GB", "wales": "GB",
    "northern ireland": "GB", "noord-ierland": "GB", "usa": "US", "amerika": "US",
    "america": "US", "united states of america": "US", "vs": "US", "vk": "GB",
}  # fmt: skip
"""Names people use that are not the name CLDR gives (Turkiye, United Kingdom)."""

COUNTRY_ALIASES: dict[str, str] = {"UK": "GB", "EL": "GR", "IC": "ES", "EA": "ES"}
"""Codes outside ISO 3166-1 that people use, with the country they name: UK for the United
Kingdom, EL for Greece (as the EU writes it), IC for the Canary Islands and EA for Ceuta and
Melilla (parts of Spain)."""


def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in ("nl", "en"):
        for code, name in Locale(language).territories.items():
            code = COUNTRY_ALIASES.get(str(code), str(code))
            if code in COUNTRIES:
                names[_fold(str(name))] = code
    return names | COMMON_NAMES


COUNTRY_NAMES = _country_names()
"""Each country by its name in Dutch and in English, without case or accents."""


def country(typed: str) -> str:
    """Return the ISO 3166-1 alpha-2 code of a country given by code or by name (Dutch, English).

    >>> country("tr"), country("UK"), country("Duitsland"), country("usa"), country("Curacao")
    ('TR', 'GB', 'DE', 'US', 'CW')
    >>> country("the Netherlands"), country("NEDERLAND")
    ('NL', 'NL')
    >>> country("XX")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: expected a country: an ISO 3166-1 code such as NL, TR or US, or a
    name such as Turkije or Turkey; got 'XX'
    """
    _check_length(typed, "a country")
    code = typed.strip().upper()
    code = COUNTRY_ALIASES.get(code, code)
    if code in COUNTRIES:
        return code
    name = _fold(typed).removeprefix("the ").removeprefix("de ")  # the Netherlands, de VS
    if (named := COUNTRY_NAMES.get(name)) is not None:
        return named
    msg = (
        "expected a country: an ISO 3166-1 code such as NL, TR or US, or a name such as "
        f"Turkije or Turkey; got {typed!r}"
    )
    raise InputError(msg)


def language(typed: str) -> str:
    """Return a language code in lower case: ``EN`` is ``en``.

    >>> language(" EN ")
    'en'
    """
    _check_length(typed, "a language")
    return typed.strip().lower()


def check_option_values(argv: Sequence[str]) -> None:
    """Refuse an option given ``--`` as its value (``--code=--``): it is no value of any option.

    >>> check_option_values(["ask", "haarlem", "security-code", "--code=--"])
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: expected a value after --code=; got '--', which is no value
    """
    for argument in argv:
        option, equals, value = argument.partition("=")
        if option.startswith("--") and equals and value == "--":
            msg = f"expected a value after {option}=; got '--', which is no value"
            raise InputError(msg)


PARSERS: dict[object, tuple[Callable[[str], Any], str]] = {
    int: (whole_number, f"a whole number from 0 to {LARGEST_NUMBER}"),
    float: (number, "a number such as 5.5"),
    str: (text, f"text of at most {LONGEST_TEXT} characters"),
    dt.date: (date, f"a date such as {_DATE_EXAMPLES}"),
    dt.datetime: (moment, "a date and time such as 2026-11-28 14:30"),
    dt.time: (time, "a time such as 14:30"),
    Country: (country, "a country, by code (NL, TR) or name"),
    PhoneText: (phone_number, "a phone number such as 0906-1234567"),
}
"""The parser of each type a rule's parameter can have, with what it expects."""
