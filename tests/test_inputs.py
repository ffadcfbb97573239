"""Inputs as people type them: phone numbers, dates, countries and numbers, on the command line."""

import argparse
import datetime as dt

import pytest

from command import run
from mdrules import inputs
from mdrules.commands import build_parser
from mdrules.decision import Outcome
from mdrules.errors import InputError
from mdrules.regulations.haarlem.s2_5_subscription import Service, subscription
from mdrules.vocabulary import COUNTRIES, EU_TERRITORIES, EUROPE, IN_EU, in_eu, in_europe

EROTIC = [
    "0031906123456", "+31906123456", "+31 906 123456", "+31 (0)906-123456", "0906-123456",
    "(0906) 123 456", "0906 12 34 56", "00 31 906 123 456", "0906.123.456", "0906/123456",
]  # fmt: skip
"""One 0906 number in the forms people write it."""


@pytest.mark.parametrize("number", EROTIC)
def test_a_0906_number_is_blocked_in_every_form(
    capsys: pytest.CaptureFixture[str], number: str
) -> None:
    """A 0906 number is blocked whatever its form: international, spaced, dashed, bracketed."""
    status, out, err = run(
        capsys, "ask", "haarlem", "subscription", "--service", "call", "--number", number
    )
    assert (status, err) == (0, "")
    assert out.startswith("Geblokkeerd: Het nummer 0906123456 is een 0906-nummer")


@pytest.mark.parametrize("number", ["0031900123456", "+31 900 1234567"])
def test_a_0900_number_is_not_allowed_in_international_form(number: str) -> None:
    """The rule itself reads the number's form, so a call from Python is covered too."""
    assert subscription(Service.CALL, number=number).outcome is Outcome.NOT_ALLOWED


@pytest.mark.parametrize(
    ("number", "dialled"),
    [("+44 906 123456", "0044906123456"), ("112", "112"), ("023-5115252", "0235115252")],
)
def test_other_numbers_are_dialled_as_from_the_netherlands(number: str, dialled: str) -> None:
    """A foreign number keeps its country code: 906 after +44 is no Dutch 0906 number."""
    assert inputs.phone_number(number) == dialled
    assert subscription(Service.CALL, number=number).outcome is Outcome.ALLOWED


@pytest.mark.parametrize(
    "number",
    [
        "0906-BEL",
        "\u0660\u0669\u0660\u0666\u0661\u0662\u0663\u0664\u0665\u0666",
        "+",
        "++31",
        "0906\n1",
    ],
)
def test_a_phone_number_of_other_signs_is_refused(number: str) -> None:
    """Letters, other scripts' digits and signs alone are refused, saying what was expected."""
    with pytest.raises(InputError, match=r"^verwacht een telefoonnummer") as refused:
        inputs.phone_number(number)
    assert refused.value.render("en").startswith("expected a phone number")


def test_a_refusal_is_dutch_and_english() -> None:
    """A refusal is Dutch, and in English as the command line has always written it."""
    with pytest.raises(InputError) as refused:
        inputs.phone_number("0906-BEL")
    assert str(refused.value) == (
        "verwacht een telefoonnummer van cijfers, spaties, +, -, (, ), . of /, zoals "
        "0906-1234567 of +31 906 1234567; opgegeven: '0906-BEL'"
    )
    assert refused.value.render("en") == (
        "expected a phone number of digits, spaces, +, -, (, ), . or /, such as 0906-1234567 or "
        "+31 906 1234567; got '0906-BEL'"
    )
    with pytest.raises(InputError) as refused:
        inputs.whole_number("-1")
    assert (
        str(refused.value) == "verwacht een geheel getal van 0 tot en met 1000000; opgegeven: '-1'"
    )
    assert refused.value.render("en") == "expected a whole number from 0 to 1000000; got '-1'"


@pytest.mark.parametrize(
    "typed",
    ["2026-11-28", "28-11-2026", "28/11/2026", "28.11.2026", "28 november 2026",
     "28 November 2026", "28 nov. 2026", "November 28, 2026", " 28 NOVEMBER 2026 "],
)  # fmt: skip
def test_dates_in_the_usual_forms(typed: str) -> None:
    """ISO, day-month-year and the month's name in Dutch or English are one date."""
    assert inputs.date(typed) == dt.date(2026, 11, 28)


@pytest.mark.parametrize(
    ("typed", "message", "english"),
    [("1" * 30, "verwacht een datum zoals", "expected a date such as"),
     ("1899-12-31", "verwacht een jaar van 1900 tot en met 2200",
      "expected a year from 1900 to 2200"),
     ("2201-01-01", "verwacht een jaar van 1900 tot en met 2200",
      "expected a year from 1900 to 2200"),
     ("31 juni 2026", "een datum die bestaat", "a date that exists"),
     ("28 brumaire 2026", "de naam van een maand", "the name of a month"),
     ("\u0662\u0660\u0662\u0666-\u0661\u0661-\u0662\u0668", "in de cijfers 0 tot en met 9",
      "in the digits 0 to 9")],
)  # fmt: skip
def test_odd_dates_are_refused(typed: str, message: str, english: str) -> None:
    """A date out of the years' range, or that does not exist, is refused: never 1111."""
    with pytest.raises(InputError, match=message) as refused:
        inputs.date(typed)
    assert english in refused.value.render("en")


def test_a_date_that_does_not_exist_in_english() -> None:
    """The examples of a date are joined with "or" in English, with "of" in Dutch."""
    with pytest.raises(InputError) as refused:
        inputs.date("2026-02-30")
    assert str(refused.value) == (
        "verwacht een datum die bestaat, zoals 2026-11-28, 28-11-2026 of 28 november 2026; "
        "opgegeven: '2026-02-30'"
    )
    assert refused.value.render("en") == (
        "expected a date that exists, such as 2026-11-28, 28-11-2026 or 28 November 2026; "
        "got '2026-02-30'"
    )


@pytest.mark.parametrize(
    "typed",
    ["2026-11-28T14:30", "2026-11-28 14:30", "28-11-2026 14:30", "28 november 2026 om 14:30",
     "28 November 2026 at 14.30", "2026-11-28, 14:30"],
)  # fmt: skip
def test_moments_in_the_usual_forms(typed: str) -> None:
    """A date in any usual form, and a time of day with a colon or a point."""
    assert inputs.moment(typed) == dt.datetime(2026, 11, 28, 14, 30)


def test_a_moment_with_a_zone_keeps_it() -> None:
    """An offset or Z makes an aware moment; the rules convert it to Amsterdam time."""
    assert inputs.moment("2026-11-28T13:30Z").utcoffset() == dt.timedelta(0)
    assert inputs.moment("2026-11-28 14:30+01:00").utcoffset() == dt.timedelta(hours=1)


@pytest.mark.parametrize("typed", ["2026-11-28", "28 november 2026", "28-11-2026"])
def test_a_date_alone_asks_for_the_time(capsys: pytest.CaptureFixture[str], typed: str) -> None:
    """A question that depends on the time asks for it, rather than take midnight."""
    status, out, err = run(capsys, "ask", "haarlem", "support", "--moment", typed)
    assert (status, out) == (2, "")
    assert (
        f"alleen een datum opgegeven ({typed!r}), maar het antwoord hangt af van het tijdstip"
        in err
    )
    assert "geef een datum en een tijdstip, zoals 2026-11-28 14:30" in err


def test_a_30_digit_moment_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """Thirty digits are no moment (Python's own parser reads them as 11 November 1111)."""
    status, _out, err = run(capsys, "ask", "haarlem", "support", "--moment", "1" * 30)
    assert status == 2
    assert f"opgegeven: {'1' * 30!r}" in err


@pytest.mark.parametrize(
    ("typed", "code"),
    [("tr", "TR"), ("Turkije", "TR"), ("TURKEY", "TR"), ("UK", "GB"), ("uk", "GB"),
     ("Verenigd Koninkrijk", "GB"), ("EL", "GR"), ("Griekenland", "GR"), ("greece", "GR"),
     ("Curaçao", "CW"), ("curacao", "CW"), ("Réunion", "RE"), ("IC", "ES"),
     ("Canarische Eilanden", "ES"), ("EA", "ES"), ("verenigde staten", "US"), ("VS", "US"),
     ("the Netherlands", "NL"), ("Holland", "NL")],
)  # fmt: skip
def test_countries_by_code_alias_or_name(typed: str, code: str) -> None:
    """A country by its code, a code used outside ISO 3166-1, or its Dutch or English name."""
    assert inputs.country(typed) == code


@pytest.mark.parametrize("typed", ["XX", "EU", "NLD", "", "Atlantis", "\u0665\u0665"])
def test_an_unknown_country_is_refused(typed: str) -> None:
    """What names no country is refused, with the forms a country may take."""
    with pytest.raises(InputError, match=r"^verwacht een land: een ISO 3166-1-code") as refused:
        inputs.country(typed)
    assert refused.value.render("en") == (
        "expected a country: an ISO 3166-1 code such as NL, TR or US, or a name such as Turkije "
        f"or Turkey; got {typed!r}"
    )


def test_country_by_name_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    """Leeuwarden's data abroad takes a country by its Dutch name."""
    status, out, _err = run(capsys, "ask", "leeuwarden", "data-abroad", "--country", "noorwegen")
    assert status == 0
    assert "(Noorwegen) ligt in Europa" in out


@pytest.mark.parametrize(
    ("code", "eu", "europe"),
    [("RE", True, True), ("GF", True, True), ("AX", True, True), ("MF", True, True),
     ("GL", False, False), ("AW", False, False), ("CW", False, False), ("BQ", False, False),
     ("NC", False, False)],
)  # fmt: skip
def test_territories_in_and_outside_the_eu(code: str, eu: bool, europe: bool) -> None:
    """The outermost regions and Aland are in the EU (and so in Europe); the OCTs are not."""
    assert (in_eu(code), in_europe(code)) == (eu, europe)


def test_the_eu_is_its_members_and_their_territories() -> None:
    """The territories are countries of ISO 3166-1, and all of them count in Europe."""
    assert EU_TERRITORIES <= COUNTRIES
    assert len(IN_EU) == 27 + 7
    assert IN_EU <= EUROPE


@pytest.mark.parametrize(
    ("typed", "message"),
    [("1" * 26, "verwacht een geheel getal van 0 tot en met 1000000; opgegeven: '" + "1" * 26),
     ("1000001", "van 0 tot en met 1000000; opgegeven: '1000001'"),
     ("-1", "van 0 tot en met 1000000; opgegeven: '-1'"),
     ("\u0665\u0665", "opgegeven: '\u0665\u0665', met '\u0665' (U+0665)"),
     ("\uff15", "U+FF15"),
     ("1e5", "zoals 5; opgegeven: '1e5'"), ("", "zoals 5; opgegeven: ''")],
)  # fmt: skip
def test_numbers_have_a_range_and_ascii_digits(
    capsys: pytest.CaptureFixture[str], typed: str, message: str
) -> None:
    """A whole number out of range, or in other digits, is refused with what was expected."""
    status, out, err = run(capsys, "ask", "haarlem", "icloud-storage", f"--storage-gb={typed}")
    assert (status, out) == (2, "")
    assert message in err
    assert "Traceback" not in err


def _value_options() -> list[list[str]]:
    """Each option of every command that takes a value, with the words before it."""
    found: list[list[str]] = []

    def walk(parser: argparse.ArgumentParser, words: list[str]) -> None:
        for action in parser._actions:  # argparse has no public way to walk its sub-commands
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*words, name])
            elif action.option_strings and action.nargs != 0:
                found.append([*words, action.option_strings[0]])

    walk(build_parser(), [])
    return found


@pytest.mark.parametrize("words", _value_options(), ids=" ".join)
def test_two_dashes_are_no_value_of_any_option(
    capsys: pytest.CaptureFixture[str], words: list[str]
) -> None:
    """``--x=--`` is refused for every option, not read as an empty list or as not given."""
    *command, option = words
    status, out, err = run(capsys, *command, f"{option}=--")
    assert (status, out) == (2, "")
    assert f"verwacht een waarde na {option}=; opgegeven: '--'" in err


def test_the_language_in_capitals(capsys: pytest.CaptureFixture[str]) -> None:
    """--lang EN is English, as --lang en."""
    status, out, _err = run(
        capsys, "ask", "--lang", "EN", "haarlem", "security-code", "--code", "1234"
    )
    assert status == 0
    assert out.startswith("Not allowed: ")
