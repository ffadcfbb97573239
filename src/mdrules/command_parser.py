"""The command line's parser in the asker's language: Dutch by default, English on request.

The language is ``--lang`` when given, else the environment's locale (``LC_ALL``, ``LC_MESSAGES``,
``LANG``, the first one set, as POSIX reads them), else Dutch. Every word the parser shows comes
from the package's catalogs: the help, the usage line, the group titles, and argparse's own error
messages, which :class:`Parser` reads back from its English and says again in the language.

>>> language_from_environment({"LANG": "en_GB.UTF-8"}), language_from_environment({})
('en', 'nl')
>>> requested_language(["ask", "--lang", "EN", "haarlem"], {})
'en'
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections.abc import Mapping, Sequence
from typing import Any, NoReturn

from mdrules.errors import InputError
from mdrules.i18n import N_, SOURCE_LANGUAGE, AnyOf, Phrase, languages, render, translate

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
"""The environment's locale, in the order POSIX reads it: the first one set decides."""


def language_from_environment(environ: Mapping[str, str]) -> str:
    """Return the language of the environment's locale, if the handbook has it; else Dutch.

    >>> language_from_environment({"LC_ALL": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"})
    'nl'
    >>> language_from_environment({"LANG": "C.UTF-8"}), language_from_environment({"LANG": "fr_FR"})
    ('nl', 'nl')
    """
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            code = re.split(r"[_.@-]", value, maxsplit=1)[0].lower()
            return code if code in languages() else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def language(typed: str) -> str:
    """Read ``--lang``: a language of the handbook, in any case.

    >>> language(" EN ")
    'en'
    >>> language("fr")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: verwacht een taal: en of nl; opgegeven: 'fr'
    """
    code = typed.strip().lower()
    if code not in languages():
        msg = N_("verwacht een taal: {languages}; opgegeven: {got}")
        raise InputError(msg, languages=AnyOf(languages()), got=repr(typed))
    return code


def requested_language(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """Return the language a command asks for: its last ``--lang``, else the environment's.

    A ``--lang`` the handbook does not have is left to the parser to refuse, in the
    environment's language.

    >>> requested_language(["review", "--lang=en"], {"LANG": "nl_NL"})
    'en'
    >>> requested_language(["review", "--lang", "fr"], {"LANG": "en_GB"})
    'en'
    """
    found = None
    for at, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and at + 1 < len(argv):
            found = argv[at + 1]
        elif word.startswith("--lang="):
            found = word.partition("=")[2]
    if found is not None and found.strip().lower() in languages():
        return found.strip().lower()
    return language_from_environment(environ)


ARGPARSE_MESSAGES: tuple[tuple[re.Pattern[str], Phrase], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (r"argument (?P<argument>.+?): (?P<message>.+)", N_("{argument}: {message}")),
        (
            r"the following arguments are required: (?P<names>.+)",
            N_("verplicht, maar niet opgegeven: {names}"),
        ),
        (r"unrecognized arguments: (?P<words>.+)", N_("onbekende argumenten: {words}")),
        (
            r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)",
            N_("onbekende keuze {value}; kies uit {choices}"),
        ),
        (r"expected one argument", N_("heeft een waarde nodig; er is geen opgegeven")),
        (r"expected at most one argument", N_("verwacht hoogstens één waarde")),
        (r"expected at least one argument", N_("heeft ten minste één waarde nodig")),
        (
            r"ambiguous option: (?P<option>.+?) could match (?P<matches>.+)",
            N_("{option} is niet eenduidig: het kan {matches} zijn"),
        ),
        (r"ignored explicit argument (?P<value>.+)", N_("krijgt geen waarde; opgegeven: {value}")),
        (r"not allowed with argument (?P<other>.+)", N_("kan niet samen met {other}")),
        (
            r"one of the arguments (?P<names>.+) is required",
            N_("een van deze is verplicht: {names}"),
        ),
        (r"invalid (?P<type>.+?) value: (?P<value>.+)", N_("ongeldige waarde: {value}")),
    )
)
"""Argparse's own error messages (Python 3.11 and later), read back, each with its Dutch text."""


def say_argparse(message: str, language: str) -> str:
    """Return one of argparse's error messages in a language; another message as it is.

    >>> say_argparse("the following arguments are required: --code", "nl")
    'verplicht, maar niet opgegeven: --code'
    >>> say_argparse("argument --kind: invalid choice: 'x' (choose from 'a', 'b')", "en")
    "argument --kind: invalid choice 'x'; choose from 'a', 'b'"
    """
    for pattern, text in ARGPARSE_MESSAGES:
        if match := pattern.fullmatch(message):
            values = match.groupdict()
            if "message" in values:  # an argument's message: argparse's own, or one of ours
                values["message"] = say_argparse(values["message"], language)
            return translate(text, language).format(**values)
    return message


class Parser(argparse.ArgumentParser):
    """An argument parser whose help, usage and errors are in one language of the catalogs.

    Options and positional arguments go into groups titled in that language, and ``-h`` is
    described in it; argparse's error messages are said again in it (:func:`say_argparse`).

    >>> parser = Parser(prog="demo", language="nl")
    >>> _ = parser.add_argument("--days", type=int, required=True)
    >>> print(parser.format_usage().strip())
    gebruik: demo [-h] --days DAYS
    """

    default_language = SOURCE_LANGUAGE
    """The language of a parser made without one: a sub-command's, made by argparse."""

    def __init__(self, *args: Any, language: str | None = None, **kwargs: Any) -> None:  # noqa: ANN401 (argparse's own parameters)
        """Make a parser that speaks ``language``."""
        kwargs["add_help"] = False
        kwargs.setdefault("allow_abbrev", False)  # an option is named in full, --lang too
        super().__init__(*args, **kwargs)
        self.language = language or self.default_language
        self.arguments = self.add_argument_group(self.say(N_("argumenten")))
        self.options = self.add_argument_group(self.say(N_("opties")))
        self.options.add_argument(
            "-h", "--help", action="help", help=self.say(N_("toon deze hulp en stop"))
        )

    def say(self, text: str, **values: object) -> str:
        """Return a message in the parser's language."""
        return render(text, self.language, values)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:  # noqa: ANN401 (argparse's own parameters)
        """Add an argument to the options or to the arguments, as the help lists them."""
        positional = bool(args) and not str(args[0]).startswith("-")
        group = self.arguments if positional else self.options
        return group.add_argument(*args, **kwargs)

    def add_commands(self, **kwargs: Any) -> argparse._SubParsersAction[Parser]:  # noqa: ANN401 (argparse's own parameters)
        """Add sub-commands, titled and made as parsers of this language."""
        commands: argparse._SubParsersAction[Parser] = self.add_subparsers(
            title=self.say(N_("opdrachten")), parser_class=speaking(self.language), **kwargs
        )
        return commands

    def format_usage(self) -> str:
        """Return the usage line, headed in the parser's language."""
        return self._headed(super().format_usage())

    def format_help(self) -> str:
        """Return the help, headed in the parser's language."""
        return self._headed(super().format_help())

    def _headed(self, text: str) -> str:
        english = "usage: "
        if text.startswith(english):
            return self.say(N_("gebruik: ")) + text.removeprefix(english)
        return text

    def error(self, message: str) -> NoReturn:
        """Print the usage and the error in the parser's language, and exit with 2."""
        self.print_usage(sys.stderr)
        said = say_argparse(message, self.language)
        self.exit(2, self.say(N_("{prog}: fout: {message}"), prog=self.prog, message=said) + "\n")


@functools.cache
def speaking(language: str) -> type[Parser]:
    """Return the class of parsers that speak a language, for argparse to make sub-commands with.

    >>> speaking("en")().language
    'en'
    """
    return type(f"Parser_{language}", (Parser,), {"default_language": language})
