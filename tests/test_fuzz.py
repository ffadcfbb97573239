"""No input makes the command fail with a traceback: seeded generated calls of every question.

The calls are generated from the command's own parser, so a new question or option is covered
without touching this file: each option gets values of its parameter's type (valid ones, so that
the rules run) and hostile ones (huge numbers, ``--``, empty text, other scripts' digits, odd
dates, long text). ``diff`` and ``release`` read and write the repository and are left out.
"""

import argparse
import collections
import contextlib
import datetime as dt
import io
import random
import re
import typing
from collections.abc import Iterator

import pytest

import mdrules.cli
from mdrules.cli import main
from mdrules.command_parser import requested_language
from mdrules.commands import build_parser
from mdrules.i18n import languages
from mdrules.ruleset import Rule

SEED = 16
CALLS = 1500

HOSTILE = [
    "", " ", "-", "--", "---", "-1", "0", "+5", "1_000", "1e5", "0x10", "nan", "inf", "½", "\u00b2",
    "1" * 26, "9" * 30, "9" * 5000, "\u0661\u0662\u0663\u0664", "\u0665\u0665", "\uff11\uff12",
    "\u07c1", "\x00", "\n", "\t1", "é", "ß" * 300,
    "a" * 10_000, "🙂", "\u202e1234", "%s", "{0}", "{}", "$(true)", "'; --", "None", "null",
    "true", "yes", "no", "ja", "nee", "XX", "xx", "EU", "ZZ", "Ελλάδα",
    "0000-01-01", "9999-12-31", "1899-12-31", "2201-01-01", "2026-02-30", "2026-13-01",
    "28-11-2026", "28 november 2026", "31 juni 2026", "28 Smarch 2026", "2026-11-28T25:00",
    "2026-11-28T14:30+25:00", "2026-11-28T14:30Z", "2026-11-28 14:61", "T", ":", "24:00",
    "+", "++31", "(((", "0" * 100, "+31", "0031", "00", "+999 123", "0906-BEL",
]  # fmt: skip
"""Values no option should take, or should take only with care."""

SHARP = ["--", "", "1" * 26, "9" * 30, "\u0665\u0665", "2026-11-28", "-", "a" * 10_000]
"""The values that once ended in a traceback, or were read as something else: drawn more often."""

VALID: dict[object, list[str]] = {
    int: ["0", "1", "2", "3", "5", "8", "50", "1000000", "1000001", "-1"],
    str: ["1234", "0000", "4821", "12a4", "", "739251"],
    dt.date: ["2019-10-30", "2023-11-23", "2026-11-23", "23-11-2026", "23 november 2026",
              "1 March 2024", "2026-12-31", "1900-01-01", "2200-12-31"],
    dt.datetime: ["2026-11-23T10:00", "2026-11-23 17:00", "2026-11-23 17:01", "21-11-2026 12:00",
                  "28 november 2026 om 9:05", "2026-11-23T15:59Z", "2026-11-23T08:00+01:00",
                  "2026-11-28"],
    "country": ["NL", "nl", "TR", "US", "NO", "CY", "GB", "UK", "EL", "RE", "AW", "Duitsland",
                "Greece", "verenigde staten", "Curacao", "IC", "CH", "GL"],
    "phone": ["0906-1234567", "0031906123456", "+31 906 123456", "+31 (0)900-1234567",
              "(0909) 123 456", "0235115252", "112", "+44 20 7946 0958", "06 12345678"],
}  # fmt: skip
"""Values of each parameter type that a rule can answer on, and a few just outside."""


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse has no public way to walk its sub-commands
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def questions(
    parser: argparse.ArgumentParser,
) -> Iterator[tuple[list[str], Rule, argparse.ArgumentParser]]:
    """Yield each question's words (``ask REGULATION QUESTION``), its rule and its parser."""
    for regulation, per_regulation in _subcommands(_subcommands(parser)["ask"]).items():
        for name, question in _subcommands(per_regulation).items():
            rule = question.get_default("rule")
            assert isinstance(rule, Rule), f"expected a rule as the default of {name}"
            yield ["ask", regulation, name], rule, question


def _pool(hint: object) -> list[str]:
    """Return the valid values for a parameter's type hint."""
    text = str(hint)
    if "country_code" in text:
        return VALID["country"]
    if "phone_number" in text:
        return VALID["phone"]
    if typing.get_origin(hint) is frozenset:
        return _pool(typing.get_args(hint)[0])
    return VALID.get(hint, [])


def _values(action: argparse.Action, hint: object, choices: list[str]) -> list[str]:
    if action.choices is not None:
        return [str(getattr(choice, "value", choice)) for choice in action.choices]
    if action.metavar == "yes|no":
        return ["yes", "no", "ja", "nee", "YES", "maybe"]
    return _pool(hint) or choices


def _option_words(
    generator: random.Random, action: argparse.Action, hint: object, choices: list[str]
) -> list[str]:
    """Return one option's words: a flag alone, or the option and a value in one of two forms."""
    flag = generator.choice(action.option_strings)
    if action.nargs == 0:  # a flag: --x or --no-x
        return [flag]
    draw = generator.random()
    if draw < 0.15:
        value = generator.choice(SHARP)
    elif draw < 0.35:
        value = generator.choice(HOSTILE)
    elif draw < 0.45:
        value = generator.choice(choices)  # every enumeration's values, for any option
    else:
        value = generator.choice(_values(action, hint, choices) or HOSTILE)
    if generator.random() < 0.5:
        return [f"{flag}={value}"]
    words = [flag, value]
    if action.nargs is None and action.default is None and generator.random() < 0.2:
        words += [flag, generator.choice(_values(action, hint, choices) or HOSTILE)]
    return words


def calls(seed: int = SEED, count: int = CALLS) -> Iterator[list[str]]:
    """Yield ``count`` argument lists: questions with generated options, reviews, listings."""
    generator = random.Random(seed)
    parser = build_parser()
    asked = list(questions(parser))
    choices = sorted(
        {
            str(getattr(choice, "value", choice))
            for _words, _rule, question in asked
            for action in question._actions
            if action.choices is not None
            for choice in action.choices
        }
    )
    review = _subcommands(parser)["review"]
    for number in range(count):
        if number % 50 == 0:
            yield generator.choice([["questions"], ["review"], ["review", "--json"]])
            continue
        if number % 25 == 0:
            options = [a for a in review._actions if a.option_strings and a.dest != "help"]
            words = ["review", *generator.sample(["haarlem", "leeuwarden", "--", "x"], k=1)]
            for action in generator.sample(options, k=generator.randint(0, len(options))):
                words += _option_words(generator, action, dt.date, choices)
            yield words
            continue
        words, rule, question = asked[number % len(asked)]
        hints = typing.get_type_hints(rule.function, include_extras=True)
        words = list(words)
        for action in question._actions:
            if not action.option_strings or action.dest == "help":
                continue
            if generator.random() < (0.9 if action.required else 0.5):
                words += _option_words(generator, action, hints.get(action.dest), choices)
        if generator.random() < 0.02:
            words.append("--help")
        yield words


def run(argv: list[str]) -> tuple[int, str]:
    """Run the command in process; return its status and what it wrote to stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(argv, {})
        except SystemExit as stop:  # argparse's own errors and --help
            status = stop.code if isinstance(stop.code, int) else 2
    return status, err.getvalue()


OTHER_LANGUAGE_WORDS = {
    "nl": re.compile(
        r"(?<![\w-])(?:usage|error|expected|got|argument|invalid|required|unrecognized)(?![\w-])"
    ),
    "en": re.compile(
        r"(?<![\w-])(?:gebruik|fout|verwacht|opgegeven|verplicht|onbekende|herkend)(?![\w-])"
    ),
}
"""Words that show a refusal is not in the language asked for: argparse's or our own."""


@pytest.fixture
def one_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Build the parser once per language for all calls: building it is most of a call's time."""
    parsers = {language: build_parser(language) for language in languages()}
    monkeypatch.setattr(mdrules.cli, "build_parser", lambda language: parsers[language])


@pytest.mark.usefixtures("one_parser")
def test_no_traceback_for_any_generated_input() -> None:
    """Every generated call ends with 0, 1 or 2 and a message, never with a traceback."""
    statuses: collections.Counter[int] = collections.Counter()
    failures: list[str] = []
    for argv in calls():
        try:
            status, err = run(argv)
        except Exception as error:  # each fault is reported with its call
            failures.append(f"{argv!r}: {type(error).__name__}: {error}")
            continue
        statuses[status] += 1
        if status not in {0, 1, 2} or "Traceback" in err:
            failures.append(f"{argv!r}: exit {status}: {err[-300:]}")
        language = requested_language(argv, {})
        if status == 2 and (stray := OTHER_LANGUAGE_WORDS[language].findall(err)):
            failures.append(f"{argv!r}: {language} refusal with words {stray}: {err[-300:]}")
    assert not failures, f"{len(failures)} of {CALLS} calls failed:\n" + "\n".join(failures[:20])
    assert sum(statuses.values()) == CALLS
    assert statuses[0] > CALLS / 10, f"expected many answers, got {dict(statuses)}"
    assert statuses[2] > CALLS / 10, f"expected many refusals, got {dict(statuses)}"


def test_every_question_and_option_is_generated() -> None:
    """The generated calls ask every question and give every option at least once."""
    parser = build_parser()
    generated = list(calls())
    for words, _rule, question in questions(parser):
        asked = [argv for argv in generated if argv[:3] == words]
        assert asked, f"expected calls of {' '.join(words)}; got none"
        given = {word.partition("=")[0] for argv in asked for word in argv}
        for action in question._actions:
            if action.option_strings and action.dest != "help":
                assert given & set(action.option_strings), f"{words}: no {action.option_strings}"
