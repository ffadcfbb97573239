"""Asking for a question's inputs in turn, for ``mdrules ask REGULATION QUESTION`` in a terminal.

A servicedesk employee on the phone types the question alone; the command then asks for each
input it needs, with its choices and its default, checks each answer as the option would, and
answers. In a script (no terminal) nothing is asked: the command names what is missing.
"""

import argparse
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from mdrules.command_parser import say_argparse
from mdrules.errors import InputError
from mdrules.i18n import N_, SOURCE_LANGUAGE, render


@dataclass(frozen=True)
class Input:
    """One input of a question, as its command-line option takes it."""

    flag: str
    """The option, e.g. ``--code``."""
    required: bool
    parser: argparse.ArgumentParser
    """A parser of this option alone, which reads and checks an answer as the command does."""
    language: str = SOURCE_LANGUAGE
    """The language of the questions and of the refusals."""

    @property
    def dest(self) -> str:
        """The option's name in the parsed arguments, e.g. ``code``."""
        return self.flag.removeprefix("--").replace("-", "_")

    def describe(self) -> str:
        """Return the option's line of help: its form, its choices and its default."""
        lines = self.parser.format_help().splitlines()
        at = next((i for i, line in enumerate(lines) if line.strip().startswith(self.flag)), None)
        if at is None:
            return self.flag
        described = [line.strip() for line in lines[at:] if line.strip()]
        return " ".join(described)

    def read(self, answer: str) -> list[str]:
        """Return the command-line words of an answer, or raise ``ValueError`` saying why not.

        An empty answer keeps the default of an input that has one: no words.
        """
        if not answer.strip():
            if self.required:
                msg = N_("{flag} heeft geen standaardwaarde: een antwoord is nodig")
                raise ValueError(render(msg, self.language, {"flag": self.flag}))
            return []
        words = [self.flag, answer.strip()]
        try:
            self.parser.parse_args(words)
        except argparse.ArgumentError as error:
            raise ValueError(say_argparse(error.message, self.language)) from None
        return words


def given_flags(words: Iterable[str]) -> set[str]:
    """Return the options given on the command line, e.g. ``{"--code"}``.

    >>> sorted(given_flags(["--code", "1234", "--lang=en", "x"]))
    ['--code', '--lang']
    """
    return {word.partition("=")[0] for word in words if word.startswith("--")}


def ask_inputs(
    inputs: Sequence[Input],
    given: set[str],
    prompt: Callable[[str], str],
    say: Callable[[str], None],
    title: str = "",
) -> list[str]:
    """Ask for the inputs not given and return their command-line words.

    Every input is asked when none was given; otherwise only the required ones that are
    missing. The question's ``title`` comes first, when something is asked. An answer the
    option refuses is explained and asked again. When the person stops (Ctrl+D, ``EOFError``
    from ``prompt``) an :class:`~mdrules.errors.InputError` names the input left.

    >>> parser = argparse.ArgumentParser(exit_on_error=False, add_help=False)
    >>> _ = parser.add_argument("--days", type=int, required=True, help="days abroad")
    >>> answers = iter(["many", "12"])
    >>> ask_inputs([Input("--days", True, parser, "en")], set(), lambda _: next(answers), print)
    1 input to give; Enter keeps the default shown, Ctrl+D stops.
    --days DAYS  days abroad
    invalid value: 'many'
    ['--days', '12']
    """
    all_missing = not any(item.flag in given for item in inputs)
    asked = [i for i in inputs if i.flag not in given and (all_missing or i.required)]
    if asked:
        if title:
            say(title)
        language = asked[0].language
        count = (
            N_("Er wordt {count} gegeven gevraagd")
            if len(asked) == 1
            else N_("Er worden {count} gegevens gevraagd")
        )
        start = N_("{count}; Enter neemt de getoonde standaardwaarde over, Ctrl+D stopt.")
        say(render(start, language, {"count": render(count, language, {"count": len(asked)})}))
    words: list[str] = []
    for item in asked:
        say(item.describe())
        while True:
            try:
                words += item.read(prompt(f"{item.flag}: "))
            except EOFError:
                msg = N_("gestopt voordat {flag} beantwoord was; geef het op de opdrachtregel")
                raise InputError(msg, flag=item.flag) from None
            except ValueError as error:
                say(str(error))
                continue
            break
    return words
