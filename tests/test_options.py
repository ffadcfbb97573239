"""The command line's vocabulary: one style of names and values, for both regulations."""

import argparse
import inspect
import re
import typing
from collections.abc import Iterator

import pytest

from mdrules.choices import Choice
from mdrules.cli import main
from mdrules.commands import build_parser
from mdrules.ruleset import Rule
from questions import RULES, calls

IDENTIFIER = r"[a-z0-9]+(-[a-z0-9]+)*"
"""An option's name (after ``--``) or a value: English words in lower case, joined by hyphens."""


def subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    """Return a parser's sub-command parser by name."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found: argparse.ArgumentParser = action.choices[name]
            return found
    msg = f"expected a sub-command {name!r}"
    raise LookupError(msg)


def question_options(question: Rule, language: str = "en") -> Iterator[argparse.Action]:
    """Yield the options of a question that come from its rule's parameters, in a language."""
    ask = subparser(build_parser(language), "ask")
    parser = subparser(subparser(ask, question.regulation), question.name)
    for action in parser._actions:
        if action.option_strings and action.dest not in {"help", "lang", "json"}:
            yield action


def choice_members(action: argparse.Action) -> list[Choice]:
    """Return the members an option offers in its help, converted as the command converts them."""
    offered = re.findall(r"[a-z0-9-]+", str(action.metavar or ""))
    assert callable(action.type)
    members = [action.type(value) for value in offered]
    assert all(isinstance(member, Choice) for member in members), members
    return typing.cast("list[Choice]", members)


@pytest.mark.parametrize("question", RULES, ids=lambda question: question.key)
def test_names_and_values_follow_one_style(question: Rule) -> None:
    """Every option is --lower-case-hyphenated and every value it offers is too."""
    for action in question_options(question):
        assert re.fullmatch("--" + IDENTIFIER, action.option_strings[0]), action.option_strings
        if action.metavar and str(action.metavar).startswith("{"):
            for member in choice_members(action):
                assert re.fullmatch(IDENTIFIER, member.value), member
                assert all(re.fullmatch(IDENTIFIER, word) for word in member.dutch), member


def test_one_name_for_one_notion(capsys: pytest.CaptureFixture[str]) -> None:
    """The judgement "needed for one's duties" and the day asked about have one name each."""
    names = {action.option_strings[0] for q in RULES for action in question_options(q)}
    assert "--necessary-for-duties" in names
    old = {"--necessary-for-office", "--necessary-for-function", "--function-requires", "--date"}
    assert not names & old
    assert main(["review", "haarlem", "--on", "2020-04-01"], {}) == 0
    with pytest.raises(SystemExit):
        main(["review", "--date", "2020-04-01"], {})
    assert "onbekende argumenten: --date" in capsys.readouterr().err


def judgements(question: Rule) -> list[str]:
    """Return the options of a question's yes/no judgements."""
    hints = typing.get_type_hints(question.function)
    return [
        "--" + name.replace("_", "-")
        for name in inspect.signature(question.function).parameters
        if hints[name] in {bool, bool | None}
    ]


@pytest.mark.parametrize(
    "question", [q for q in RULES if judgements(q)], ids=lambda question: question.key
)
def test_every_judgement_is_yes_or_no(question: Rule) -> None:
    """Each judgement is --name yes|no (ja|nee in Dutch), taking both; a bare --name is none."""
    dutch = {a.option_strings[0]: a.metavar for a in question_options(question, "nl")}
    for action in question_options(question):
        if action.option_strings[0] in judgements(question):
            assert action.metavar == "yes|no"
            assert dutch[action.option_strings[0]] == "ja|nee"
            assert callable(action.type)
            assert [action.type(word) for word in ("yes", "ja", "No", "nee")] == [
                True,
                True,
                False,
                False,
            ]
            assert action.nargs is None  # a value is required after the option


@pytest.mark.parametrize("question", RULES, ids=lambda question: question.key)
def test_dutch_and_english_values_are_one_value(question: Rule) -> None:
    """Each value is accepted by its Dutch words too, and means the same member."""
    for action in question_options(question):
        if action.metavar and str(action.metavar).startswith("{"):
            assert callable(action.type)
            for member in choice_members(action):
                for word in member.dutch:
                    assert action.type(word) is member
                    assert action.type(word.upper().replace("-", " ")) is member


@pytest.mark.parametrize("question", RULES, ids=lambda question: question.key)
def test_every_offered_value_is_taken(question: Rule) -> None:
    """A value an option offers is one its rule takes: Haarlem's --device offers no desktop."""
    answered = list(calls(question))
    for action in question_options(question):
        if action.metavar and str(action.metavar).startswith("{"):
            for member in choice_members(action):
                assert any(member in inputs.values() for inputs, _ in answered), (
                    f"{question.key} {action.option_strings[0]} offers {member.value}, "
                    "which the rule refuses in every call"
                )


@pytest.mark.parametrize(
    "argv",
    [
        ["haarlem", "security-code", "--code=--"],
        ["leeuwarden", "applies-to", "--role", "employee", "--college-applies", "yes"],
        ["leeuwarden", "means", "--item", "fiets"],
    ],
)
def test_messages_speak_of_options_not_of_python(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """An error names what was expected in the asker's words and language: no Python."""
    for locale, usage, error in (("nl_NL", "gebruik:", "fout:"), ("en_GB", "usage:", "error:")):
        try:
            status = main(["ask", *argv], {"LANG": locale})
        except SystemExit as exit_:  # argparse's own errors
            status = int(str(exit_.code))
        err = capsys.readouterr().err
        assert status == 2
        assert err.startswith(usage) or err.startswith(f"mdrules: {error}"), err
        for leak in ("frozenset", "college_applies", "[]", "Traceback", "_"):
            assert leak not in err.split(error, 1)[1], err
