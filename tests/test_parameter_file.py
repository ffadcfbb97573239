"""A regulation's ``parameters.toml``: typed values, and errors that name the file and the key."""

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from mdrules.errors import DuplicateError, ParameterFileError
from mdrules.i18n import Phrase
from mdrules.parameter_file import FIELDS, ParameterFile
from mdrules.parameters import PhoneNumber
from mdrules.regulations import RULESETS
from mdrules.regulations.haarlem.metadata import HAARLEM
from mdrules.vocabulary import DeviceKind, TimeWindow, Word

GOOD = """\
[opens]
value = 07:45:00
article = "2.7.3"
description = "Opening time."

[hours]
article = "2.7.3"
description = "Opening hours."

[hours.value]
days = [0, 1, 2, 3, 4]
start = { parameter = "opens" }
end = 17:00:00
"""


def parameter_file(tmp_path: Path, text: str) -> ParameterFile:
    """Write a parameters.toml of Haarlem's metadata into a temporary folder and read it."""
    path = tmp_path / "parameters.toml"
    path.write_text(text, encoding="utf-8")
    return ParameterFile(HAARLEM, path)


def test_values_are_typed_and_a_reference_takes_the_other_value(tmp_path: Path) -> None:
    """A time is a time, opening hours a TimeWindow whose start is the other parameter's value."""
    parameters = parameter_file(tmp_path, GOOD)
    opens = parameters.parameter("opens", dt.time)
    hours = parameters.parameter("hours", TimeWindow)
    assert opens.value == dt.time(7, 45)
    assert hours.value == TimeWindow(days=frozenset(range(5)), start=opens.value, end=dt.time(17))
    assert hours.citation.article == "2.7.3"
    assert list(parameters.parameters()) == ["haarlem.opens", "haarlem.hours"]


def test_words_phone_numbers_and_phrases_get_the_types_of_today(tmp_path: Path) -> None:
    """Words of the text are phrases (translated where shown); a phone number is a PhoneNumber."""
    parameters = parameter_file(
        tmp_path,
        '[devices]\nvalue = [{ kind = "laptop", name = "laptop" }]\narticle = "2.1"\n'
        'description = "d"\n\n[phone]\nvalue = { area = "023", subscriber = "5115252" }\n'
        'article = "2.7.3"\ndescription = "d"\n',
    )
    devices = parameters.parameter("devices", tuple[Word[DeviceKind], ...]).value
    assert devices == (Word(DeviceKind.LAPTOP, Phrase("laptop")),)
    assert isinstance(devices[0].name, Phrase)
    assert devices[0].kind is DeviceKind.LAPTOP
    assert parameters.parameter("phone", PhoneNumber).value.dashed == "023-5115252"


def test_a_claim_without_a_table_names_the_file_and_the_key(tmp_path: Path) -> None:
    """A rule module claims a parameter the file lacks."""
    parameters = parameter_file(tmp_path, GOOD)
    with pytest.raises(ParameterFileError) as error:
        parameters.parameter("closes", dt.time)
    assert str(error.value) == (
        f"{tmp_path / 'parameters.toml'}: expected a table [closes] for parameter "
        "haarlem.closes; there is none (the tables are hours, opens)"
    )


def test_a_table_no_module_claims_is_an_error(tmp_path: Path) -> None:
    """The file holds a parameter no rule uses: the ruleset cannot be made."""
    parameters = parameter_file(tmp_path, GOOD)
    parameters.parameter("opens", dt.time)
    with pytest.raises(ParameterFileError, match=r"no module claims \[hours\]$"):
        parameters.parameters()


def test_a_wrong_type_says_what_was_expected_and_what_came(tmp_path: Path) -> None:
    """A count written as text, a time as a number, a device that is no kind of device."""
    parameters = parameter_file(
        tmp_path,
        GOOD
        + '\n[max]\nvalue = "two"\narticle = "2.4.1"\ndescription = "d"\n'
        + '\n[devices]\nvalue = [{ kind = "phone", name = "telefoon" }]\narticle = "2.1"\n'
        + 'description = "d"\n',
    )
    with pytest.raises(ParameterFileError) as error:
        parameters.parameter("max", int)
    assert str(error.value).startswith(
        f"{tmp_path / 'parameters.toml'} [max] value: expected int; got 'two': "
    )
    with pytest.raises(
        ParameterFileError, match=r"\[hours\] value: expected time; got \{.days.: \[0, 1"
    ):
        parameters.parameter("hours", dt.time)
    with pytest.raises(ParameterFileError) as error:
        parameters.parameter("devices", tuple[Word[DeviceKind], ...])
    assert "[devices] value[0]['kind']: expected tuple[" in str(error.value)
    assert "got 'phone'" in str(error.value)


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        (
            'value = 2\ndescription = "d"',
            "expected the keys value, article, description; article missing",
        ),
        ('article = "2.4.1"\ndescription = "d"', "value missing"),
        ('value = 2\narticle = "2.4.1"\ndescription = "d"\nunit = "devices"', "unknown key unit"),
        ('value = 2\narticle = 241\ndescription = "d"', "article: expected text; got 241"),
        ('value = 2\narticle = "two"\ndescription = "d"', "article: expected an article number"),
        (
            'value = { parameter = "max" }\narticle = "2.4.1"\ndescription = "d"',
            "{ parameter = 'max' } refers to itself",
        ),
        (
            'value = { parameter = "min" }\narticle = "2.4.1"\ndescription = "d"',
            "{ parameter = 'min' } names no table of the file",
        ),
    ],
    ids=[
        "no-article",
        "no-value",
        "unknown-key",
        "article-not-text",
        "article-not-a-number",
        "self-reference",
        "unknown-reference",
    ],
)
def test_a_malformed_table_is_an_error(tmp_path: Path, table: str, problem: str) -> None:
    """Each table has a value, an article and a description, and nothing else."""
    parameters = parameter_file(tmp_path, f"[max]\n{table}\n")
    with pytest.raises(ParameterFileError) as error:
        parameters.parameter("max", int)
    assert str(error.value).startswith(f"{tmp_path / 'parameters.toml'} [max]")
    assert problem in str(error.value)


def test_a_parameter_claimed_twice_is_an_error(tmp_path: Path) -> None:
    """Two modules cannot both claim one parameter."""
    parameters = parameter_file(tmp_path, GOOD)
    parameters.parameter("opens", dt.time)
    with pytest.raises(DuplicateError, match=r"haarlem\.opens is claimed twice"):
        parameters.parameter("opens", dt.time)


def test_a_missing_or_broken_file_is_an_error(tmp_path: Path) -> None:
    """No file, or a file that is not TOML, names the file."""
    with pytest.raises(
        ParameterFileError,
        match=r"parameters\.toml: expected the parameters of regulation haarlem; no such file",
    ):
        ParameterFile(HAARLEM, tmp_path / "parameters.toml")
    with pytest.raises(ParameterFileError, match=r"parameters.toml: expected TOML; "):
        parameter_file(tmp_path, "[max\nvalue = 2\n")


@pytest.mark.parametrize("regulation", list(RULESETS))
def test_every_parameter_of_a_regulation_is_in_its_file(regulation: str) -> None:
    """The ruleset's parameters are the tables of its parameters.toml, each with three keys."""
    ruleset = RULESETS[regulation]
    assert ruleset.folder is not None
    tables = tomllib.loads((ruleset.folder / "parameters.toml").read_text(encoding="utf-8"))
    assert [f"{regulation}.{name}" for name in tables] == list(ruleset.parameters)
    assert all(set(table) == set(FIELDS) for table in tables.values())
