"""Inputs as people type them: whole numbers, dates, times, phone numbers, countries, languages.

Each parser takes the text a person typed and returns the value a rule computes with, or raises
an :class:`~mdrules.errors.InputError` that says what was expected and what came, in Dutch (its
``render("en")`` in English). Numbers are written in the digits 0 to 9 only: a digit of another
script is refused and named, so that what was meant is never guessed. Years lie between
:data:`FIRST_YEAR` and :data:`LAST_YEAR`.

>>> whole_number("12"), date("28 november 2026"), moment("28-11-2026 14:30")
(12, datetime.date(2026, 11, 28), datetime.datetime(2026, 11, 28, 14, 30))
>>> phone_number("+31 906 123456"), country("Griekenland"), country("EL")
('0906123456', 'GR', 'GR')

What each parser expects (:data:`PARSERS`) is a message too, shown in the asker's language:

>>> from mdrules.i18n import format_value
>>> format_value(PARSERS[dt.date][1], "nl")
'een datum zoals 2026-11-28, 28-11-2026 of 28 november 2026'
>>> format_value(PARSERS[dt.date][1], "en")
'a date such as 2026-11-28, 28-11-2026 or 28 November 2026'
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
from mdrules.i18n import N_, AnyOf, Phrase, Text
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


REFUSED = N_("verwacht {expected}; opgegeven: {got}")
"""The refusal of most inputs: what was expected, then what came (``got``, as typed)."""


def _check_digits(text: str, expected: Phrase) -> None:
    """Refuse a digit of another script, naming it: only the digits 0 to 9 are read."""
    other = next((c for c in text if c.isdigit() and c not in _ASCII_DIGITS), None)
    if other is not None:
        msg = N_(
            "verwacht {expected} in de cijfers 0 tot en met 9; opgegeven: {got}, met {digit} "
            "({code}): cijfers van andere schriften worden niet gelezen"
        )
        code = f"U+{ord(other):04X}"
        raise InputError(msg, expected=expected, got=repr(text), digit=repr(other), code=code)


def _check_length(text: str, expected: Phrase) -> None:
    if len(text) > LONGEST_TEXT:
        msg = N_("verwacht {expected} van ten hoogste {maximum} tekens; opgegeven: {length} tekens")
        raise InputError(msg, expected=expected, maximum=LONGEST_TEXT, length=len(text))


def _range(minimum: int, maximum: int) -> Text:
    """Return "a whole number from 0 to 1000000": the bounds in digits, as they are typed."""
    values = {"minimum": str(minimum), "maximum": str(maximum)}
    return Text(N_("een geheel getal van {minimum} tot en met {maximum}"), values)


def whole_number(text: str, minimum: int = 0, maximum: int = LARGEST_NUMBER) -> int:
    """Read a whole number in the digits 0 to 9, within a range (both ends included).

    >>> whole_number(" 5 ")
    5
    >>> whole_number("11111111111111111111111111")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: verwacht een geheel getal van 0 tot en met 1000000; opgegeven:
    '111...111'
    >>> whole_number(chr(0x665) * 2)  # two Arabic-Indic fives
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: verwacht een geheel getal in de cijfers 0 tot en met 9; opgegeven:
    ...: cijfers van andere schriften worden niet gelezen
    """
    expected = _range(minimum, maximum)
    _check_digits(text, N_("een geheel getal"))
    match = re.fullmatch(r"\s*([+-]?)([0-9]+)\s*", text)
    if match is None:
        msg = N_("verwacht {expected}, zoals 5; opgegeven: {got}")
        raise InputError(msg, expected=expected, got=repr(text))
    # Many digits are out of range whatever they are; int() would refuse over 4300 of them.
    value = int(match[1] + match[2]) if len(match[2]) <= len(str(maximum)) + 1 else None
    if value is None or not minimum <= value <= maximum:
        raise InputError(REFUSED, expected=expected, got=repr(text))
    return value


def number(text: str) -> float:
    """Read a number such as 5.5 or 5,5, from 0 to :data:`LARGEST_NUMBER`.

    >>> number("5,5")
    5.5
    """
    expected = Text(
        N_("een getal van 0 tot en met {maximum}, zoals 5,5"), {"maximum": str(LARGEST_NUMBER)}
    )
    _check_digits(text, N_("een getal"))
    if re.fullmatch(r"\s*[0-9]{1,20}([.,][0-9]{1,20})?\s*", text) is None:
        raise InputError(REFUSED, expected=expected, got=repr(text))
    value = float(text.strip().replace(",", "."))
    if not (math.isfinite(value) and value <= LARGEST_NUMBER):
        raise InputError(REFUSED, expected=expected, got=repr(text))
    return value


def text(value: str) -> str:
    """Take a text as typed, up to :data:`LONGEST_TEXT` characters.

    >>> text("4821")
    '4821'
    """
    _check_length(value, N_("een tekst"))
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

_DATE_EXAMPLES = AnyOf(("2026-11-28", "28-11-2026", N_("28 november 2026")))
"""The forms of a date, as a message shows them: "2026-11-28, 28-11-2026 of 28 november 2026"."""
_DATE = Text(N_("een datum zoals {examples}"), {"examples": _DATE_EXAMPLES})


def _day(year: str, month: int, day: str, typed: str) -> dt.date:
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        msg = N_("verwacht een jaar van {first} tot en met {last}; opgegeven: {got}")
        raise InputError(msg, first=str(FIRST_YEAR), last=str(LAST_YEAR), got=repr(typed))
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        msg = N_("verwacht een datum die bestaat, zoals {examples}; opgegeven: {got}")
        raise InputError(msg, examples=_DATE_EXAMPLES, got=repr(typed)) from None


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
            msg = N_(
                "verwacht de naam van een maand, in het Nederlands of in het Engels; opgegeven: "
                "{name} in {got}"
            )
            raise InputError(msg, name=repr(name), got=repr(typed))
        return _day(year, MONTHS[_fold(name)], day, typed)
    return None


def date(typed: str) -> dt.date:
    """Read a date: ISO (2026-11-28), day-month-year (28-11-2026) or with the month's name.

    >>> date("2026-11-28") == date("28/11/2026") == date("28 Nov. 2026") == date("Nov 28, 2026")
    True
    >>> date("111111111111111111111111111111")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: verwacht een datum zoals 2026-11-28, ...; opgegeven: '111...111'
    >>> date("2026-02-30")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: verwacht een datum die bestaat, zoals ...; opgegeven: '2026-02-30'
    """
    _check_digits(typed, N_("een datum"))
    _check_length(typed, N_("een datum"))
    day = _date_or_none(typed)
    if day is None:
        raise InputError(REFUSED, expected=_DATE, got=repr(typed))
    return day


def time(typed: str) -> dt.time:
    """Read a time of day: 14:30, 9:05 or 14.30 (hours 0 to 23).

    >>> time("9.05")
    datetime.time(9, 5)
    """
    _check_digits(typed, N_("een tijdstip"))
    match = re.fullmatch(r"\s*([0-9]{1,2})[:.]([0-9]{2})(?::([0-9]{2}))?\s*", typed)
    if match is None or int(match[1]) > 23 or int(match[2]) > 59 or int(match[3] or 0) > 59:
        msg = N_("verwacht een tijdstip zoals 14:30 (uren 0 tot en met 23); opgegeven: {got}")
        raise InputError(msg, got=repr(typed))
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
    mdrules.errors.InputError: alleen een datum opgegeven ('2026-11-28'), maar het antwoord hangt
    af van het tijdstip: geef een datum en een tijdstip, zoals 2026-11-28 14:30
    """
    _check_digits(typed, N_("een datum en tijd"))
    _check_length(typed, N_("een datum en tijd"))
    match = _MOMENT.fullmatch(typed.strip())
    expected = Text(N_("een datum en een tijdstip, zoals 2026-11-28 14:30"))
    if match is None:
        if _date_or_none(typed) is not None:
            msg = N_(
                "alleen een datum opgegeven ({got}), maar het antwoord hangt af van het "
                "tijdstip: geef {expected}"
            )
            raise InputError(msg, expected=expected, got=repr(typed))
        raise InputError(REFUSED, expected=expected, got=repr(typed))
    day = _date_or_none(match["date"])
    if day is None:
        raise InputError(REFUSED, expected=expected, got=repr(typed))
    when = dt.datetime.combine(day, time(match["time"]))
    if zone := match["zone"]:
        offset = dt.timedelta(0)
        if zone.upper() != "Z":
            hours, minutes = int(zone[1:3]), int(zone[-2:])
            offset = dt.timedelta(hours=hours, minutes=minutes) * (-1 if zone[0] == "-" else 1)
        if abs(offset) >= dt.timedelta(hours=24):
            msg = N_(
                "verwacht een tijdverschil met UTC van minder dan 24 uur, zoals +01:00; "
                "opgegeven: {got}"
            )
            raise InputError(msg, got=repr(typed))
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
    mdrules.errors.InputError: verwacht een telefoonnummer van cijfers, spaties, +, -, (, ), . of
    /, zoals 0906-1234567 of +31 906 1234567; opgegeven: '0906-BEL'
    """
    expected = Text(
        N_(
            "een telefoonnummer van cijfers, spaties, +, -, (, ), . of /, zoals 0906-1234567 of "
            "+31 906 1234567"
        )
    )
    _check_digits(typed, N_("een telefoonnummer"))
    _check_length(typed, N_("een telefoonnummer"))
    if not typed:
        return ""
    if re.fullmatch(r"\s*\+?[0-9 ()./-]*[0-9][0-9 ()./-]*", typed) is None:
        raise InputError(REFUSED, expected=expected, got=repr(typed))
    try:
        parsed = phonenumbers.parse(typed, "NL", keep_raw_input=True)
    except phonenumbers.NumberParseException:
        raise InputError(REFUSED, expected=expected, got=repr(typed)) from None
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
    mdrules.errors.InputError: verwacht een land: een ISO 3166-1-code zoals NL, TR of US, of een
    naam zoals Turkije of Turkey; opgegeven: 'XX'
    """
    _check_length(typed, N_("een land"))
    code = typed.strip().upper()
    code = COUNTRY_ALIASES.get(code, code)
    if code in COUNTRIES:
        return code
    name = _fold(typed).removeprefix("the ").removeprefix("de ")  # the Netherlands, de VS
    if (named := COUNTRY_NAMES.get(name)) is not None:
        return named
    msg = N_(
        "verwacht een land: een ISO 3166-1-code zoals NL, TR of US, of een naam zoals Turkije of "
        "Turkey; opgegeven: {got}"
    )
    raise InputError(msg, got=repr(typed))


def check_option_values(argv: Sequence[str]) -> None:
    """Refuse an option given ``--`` as its value (``--code=--``): it is no value of any option.

    >>> check_option_values(["ask", "haarlem", "security-code", "--code=--"])
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: verwacht een waarde na --code=; opgegeven: '--', wat geen waarde is
    """
    for argument in argv:
        option, equals, value = argument.partition("=")
        if option.startswith("--") and equals and value == "--":
            msg = N_("verwacht een waarde na {option}=; opgegeven: '--', wat geen waarde is")
            raise InputError(msg, option=option)


PARSERS: dict[object, tuple[Callable[[str], Any], Text]] = {
    int: (whole_number, _range(0, LARGEST_NUMBER)),
    float: (number, Text(N_("een getal zoals 5,5"))),
    str: (text, Text(N_("tekst van ten hoogste {maximum} tekens"), {"maximum": LONGEST_TEXT})),
    dt.date: (date, _DATE),
    dt.datetime: (moment, Text(N_("een datum en tijd zoals 2026-11-28 14:30"))),
    dt.time: (time, Text(N_("een tijdstip zoals 14:30"))),
    Country: (country, Text(N_("een land, met code (NL, TR) of naam"))),
    PhoneText: (phone_number, Text(N_("een telefoonnummer zoals 0906-1234567"))),
}
"""The parser of each type a rule's parameter can have, with what it expects: a message, shown
in the asker's language with :func:`mdrules.i18n.format_value`."""
