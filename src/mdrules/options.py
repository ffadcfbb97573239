"""The command line's options of a question, made from its rule's signature and type hints.

Each parameter of a rule becomes one option: a value from its choices (in English or in Dutch),
a yes/no judgement, a number, a date, a country, a list. The option reads and checks what is
typed as the rule needs it.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import inspect
import types
import typing
from collections.abc import Callable
from typing import Any

from mdrules import inputs
from mdrules.choices import Choice, Listing, OneOf, other_words, word
from mdrules.command_parser import Parser
from mdrules.errors import InputError, MdrulesError
from mdrules.i18n import N_, SOURCE_LANGUAGE, Phrase, format_value, render
from mdrules.prompting import Input
from mdrules.ruleset import Rule
from mdrules.vocabulary import Country


def converter(
    parse: Callable[[str], Any], expected: object, language: str = SOURCE_LANGUAGE
) -> Callable[[str], Any]:
    """Return an option's type: the parser, with its refusal as argparse reports it, in a language.

    >>> converter(int, N_("een taal"), "en")("x")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: expected a language; got 'x'
    """

    def convert(text: str) -> Any:  # noqa: ANN401 (the value's type depends on the option)
        try:
            return parse(text)
        except MdrulesError as error:  # the parser's own message says what it expected
            raise argparse.ArgumentTypeError(error.render(language)) from None
        except ValueError:  # a built-in parser (int, fromisoformat, an enum)
            refusal = InputError(inputs.REFUSED, expected=expected,
                                 got=repr(text))  # fmt: skip
            raise argparse.ArgumentTypeError(refusal.render(language)) from None

    convert.__name__ = format_value(expected, language)
    return convert


YES_NO = {"yes": True, "ja": True, "no": False, "nee": False}
"""The answers a yes/no option takes, in English and in Dutch."""


def yes_no(text: str) -> bool:
    """Read a yes/no judgement, in English or in Dutch.

    >>> yes_no(" Ja "), yes_no("no")
    (True, False)
    """
    if text.strip().lower() not in YES_NO:
        msg = N_("verwacht ja of nee (in het Engels: yes of no); opgegeven: {got}")
        raise InputError(msg, got=repr(text))
    return YES_NO[text.strip().lower()]


SCALARS = inputs.PARSERS
"""The parsers of single values, by type: numbers, dates, times, text."""

METAVARS: dict[object, Phrase] = {
    int: N_("GETAL"),
    float: N_("GETAL"),
    str: N_("TEKST"),
    dt.date: N_("DATUM"),
    dt.datetime: N_("MOMENT"),
    dt.time: N_("TIJD"),
    Country: N_("LAND"),
    inputs.PhoneText: N_("TELEFOONNUMMER"),
}
"""What the help calls the value of an option of each type."""


def option_name(name: str) -> str:
    """Return a parameter's option.

    >>> option_name("necessary_for_duties")
    '--necessary-for-duties'
    """
    return "--" + name.replace("_", "-")


def choices_of(hint: object) -> tuple[Choice, ...]:
    """Return the values an input takes from its choices: of one, of a union, or those named."""
    if typing.get_origin(hint) is typing.Annotated:
        named = [item for item in typing.get_args(hint)[1:] if isinstance(item, OneOf)]
        return named[0].members if named else ()
    union = typing.get_origin(hint) in {types.UnionType, typing.Union}
    kinds = typing.get_args(hint) if union else (hint,)
    if all(isinstance(kind, type) and issubclass(kind, Choice) for kind in kinds):
        return tuple(member for kind in kinds for member in kind)
    return ()


def _member(members: tuple[Choice, ...], text: str) -> Choice:
    """Return the member a text names, in English or in Dutch."""
    for kind in dict.fromkeys(type(member) for member in members):
        with contextlib.suppress(ValueError):
            member = kind(text)
            if member in members:
                return member
    msg = N_("verwacht een van {values}; opgegeven: {got}")
    raise InputError(msg, values=Listing(members=members), got=repr(text))


def _shown(default: object, language: str) -> str:
    """Return a default as the help shows it."""
    if isinstance(default, bool):
        return render(N_("ja") if default else N_("nee"), language, {})
    if isinstance(default, Choice):
        return word(default, language)
    if isinstance(default, frozenset | tuple) or default in {"", None}:
        return render(N_("geen"), language, {})
    return format_value(default, language)


def add_option(
    parser: argparse.ArgumentParser,
    parameter: inspect.Parameter,
    hint: Any,  # noqa: ANN401 (a type hint)
    language: str = SOURCE_LANGUAGE,
) -> None:
    """Add the option for one parameter of a rule, typed after its hint, in a language.

    Every judgement is ``--name yes|no``; one that may be left open says so in its help.
    """
    flag = option_name(parameter.name)
    required = parameter.default is inspect.Parameter.empty
    default = None if required else parameter.default
    given: dict[str, Any] = {"required": required, "default": default}
    say = functools.partial(render, language=language)
    shown = (
        ""
        if required
        else say(N_(" (standaard: {default})"), values={"default": _shown(default, language)})
    )
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    yes_or_no = say(N_("ja|nee"), values={})
    if members := choices_of(hint):
        name, others = other_words(members, language)
        words = {"language": name, "words": ", ".join(others)}
        also = say(N_("ook in het {language}: {words}"), values=words) if others else ""
        parser.add_argument(
            flag,
            type=converter(functools.partial(_member, members), Listing(members=members), language),
            choices=members,
            metavar="{" + ",".join(word(member, language) for member in members) + "}",
            help=(also + shown).strip(),
            **given,
        )
    elif origin in {types.UnionType, typing.Union} and set(args) == {bool, type(None)}:
        parser.add_argument(
            flag,
            type=converter(yes_no, N_("ja of nee"), language),
            metavar=yes_or_no,
            help=say(
                N_("weglaten als het niet bekend is: het antwoord noemt dan de voorwaarde"),
                values={},
            ),
            **given,
        )
    elif hint is bool:
        parser.add_argument(
            flag, type=converter(yes_no, N_("ja of nee"), language), metavar=yes_or_no,
            help=shown.strip(), **given,
        )  # fmt: skip
    elif origin is frozenset and args and args[0] in SCALARS:
        parse, expected = SCALARS[args[0]]
        parser.add_argument(
            flag,
            type=converter(parse, expected, language),
            action="append",
            default=None,
            metavar=say(METAVARS[args[0]], values={}),
            help=say(
                N_("{expected}; geef de optie voor elke waarde opnieuw"),
                values={"expected": expected},
            ),
        )
    elif hint in SCALARS:
        parse, expected = SCALARS[hint]
        parser.add_argument(
            flag,
            type=converter(parse, expected, language),
            metavar=say(METAVARS[hint], values={}),
            help=format_value(expected, language) + shown,
            **given,
        )
    else:
        msg = f"option {flag}: the command line cannot parse {hint!r}"
        raise TypeError(msg)


def add_question_options(
    parser: argparse.ArgumentParser, rule: Rule, language: str = SOURCE_LANGUAGE
) -> None:
    """Add an option for each parameter of the rule."""
    hints = typing.get_type_hints(rule.function, include_extras=True)
    for parameter in inspect.signature(rule.function).parameters.values():
        add_option(parser, parameter, hints[parameter.name], language)


def question_inputs(rule: Rule, language: str = SOURCE_LANGUAGE) -> list[Input]:
    """Return a question's inputs, each with a parser of its option alone."""
    hints = typing.get_type_hints(rule.function, include_extras=True)
    found = []
    for parameter in inspect.signature(rule.function).parameters.values():
        alone = Parser(prog=rule.name, exit_on_error=False, language=language)
        add_option(alone, parameter, hints[parameter.name], language)
        required = parameter.default is inspect.Parameter.empty
        found.append(Input(option_name(parameter.name), required, alone, language))
    return found
