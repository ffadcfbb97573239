"""The command line's options of a question, made from its rule's signature and type hints.

Each parameter of a rule becomes one option: a value from its choices (in English or in Dutch),
a yes/no judgement, a number, a date, a country, a list. The option reads and checks what is
typed as the rule needs it.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import inspect
import types
import typing
from collections.abc import Callable
from typing import Any

from mdrules import inputs
from mdrules.choices import Choice, OneOf
from mdrules.errors import InputError
from mdrules.i18n import N_, Text, format_value
from mdrules.prompting import Input
from mdrules.ruleset import Rule


def converter(parse: Callable[[str], Any], expected: str | Text) -> Callable[[str], Any]:
    """Return an option's type: the parser, with its refusal as argparse reports it.

    >>> converter(int, "a whole number")("x")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: expected a whole number; got 'x'
    """
    expected = format_value(expected, "en")

    def convert(text: str) -> Any:  # noqa: ANN401 (the value's type depends on the option)
        try:
            return parse(text)
        except InputError as error:  # the parser's own message says what it expected
            raise argparse.ArgumentTypeError(str(error)) from None
        except ValueError:  # a built-in parser (int, fromisoformat, an enum)
            raise argparse.ArgumentTypeError(f"expected {expected}; got {text!r}") from None

    convert.__name__ = expected
    return convert


YES_NO = {"yes": True, "ja": True, "no": False, "nee": False}
"""The answers a yes/no option takes, in English and in Dutch."""


def yes_no(text: str) -> bool:
    """Read a yes/no judgement, in English or in Dutch.

    >>> yes_no(" Ja "), yes_no("no")
    (True, False)
    """
    if text.strip().lower() not in YES_NO:
        msg = N_("verwacht ja of nee (in het Engels: yes of no); gekregen: {got}")
        raise InputError(msg, got=repr(text))
    return YES_NO[text.strip().lower()]


SCALARS = inputs.PARSERS
"""The parsers of single values, by type: numbers, dates, times, text."""


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
    msg = f"expected one of {_listed(members)}; got {text!r}"
    raise InputError(msg)


def _listed(members: tuple[Choice, ...]) -> str:
    english = ", ".join(member.value for member in members)
    dutch = ", ".join(m.dutch[0] for m in members if m.dutch and m.dutch[0] != m.value)
    return f"{english} (in Dutch: {dutch})" if dutch else english


def _shown(default: object) -> str:
    """Return a default as the help shows it."""
    if isinstance(default, bool):
        return "yes" if default else "no"
    if isinstance(default, frozenset | tuple) or default in {"", None}:
        return "none"
    return str(default)


def add_option(parser: argparse.ArgumentParser, parameter: inspect.Parameter, hint: Any) -> None:  # noqa: ANN401 (a type hint)
    """Add the option for one parameter of a rule, typed after its hint.

    Every judgement is ``--name yes|no``; one that may be left open says so in its help.
    """
    flag = option_name(parameter.name)
    required = parameter.default is inspect.Parameter.empty
    default = None if required else parameter.default
    given: dict[str, Any] = {"required": required, "default": default}
    shown = "" if required else f" (default: {_shown(default)})"
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if members := choices_of(hint):
        dutch = ", ".join(m.dutch[0] for m in members if m.dutch and m.dutch[0] != m.value)
        parser.add_argument(
            flag,
            type=converter(functools.partial(_member, members), "one of " + _listed(members)),
            choices=members,
            metavar="{" + ",".join(member.value for member in members) + "}",
            help=(f"in Dutch also: {dutch}" if dutch else "") + shown,
            **given,
        )
    elif origin in {types.UnionType, typing.Union} and set(args) == {bool, type(None)}:
        parser.add_argument(
            flag,
            type=converter(yes_no, "yes or no"),
            metavar="yes|no",
            help="leave out when unknown: the answer names the condition",
            **given,
        )
    elif hint is bool:
        parser.add_argument(
            flag, type=converter(yes_no, "yes or no"), metavar="yes|no", help=shown, **given
        )
    elif origin is frozenset and args and args[0] in SCALARS:
        parse, expected = SCALARS[args[0]]
        parser.add_argument(
            flag,
            type=converter(parse, expected),
            action="append",
            default=None,
            metavar="VALUE",
            help=f"{format_value(expected, 'en')}; once for each",
        )
    elif hint in SCALARS:
        parse, expected = SCALARS[hint]
        parser.add_argument(
            flag,
            type=converter(parse, expected),
            help=format_value(expected, "en") + shown,
            **given,
        )
    else:
        msg = f"option {flag}: the command line cannot parse {hint!r}"
        raise TypeError(msg)


def add_question_options(parser: argparse.ArgumentParser, rule: Rule) -> None:
    """Add an option for each parameter of the rule."""
    hints = typing.get_type_hints(rule.function, include_extras=True)
    for parameter in inspect.signature(rule.function).parameters.values():
        add_option(parser, parameter, hints[parameter.name])


def question_inputs(rule: Rule) -> list[Input]:
    """Return a question's inputs, each with a parser of its option alone."""
    hints = typing.get_type_hints(rule.function, include_extras=True)
    found = []
    for parameter in inspect.signature(rule.function).parameters.values():
        alone = argparse.ArgumentParser(prog=rule.name, add_help=False, exit_on_error=False)
        add_option(alone, parameter, hints[parameter.name])
        required = parameter.default is inspect.Parameter.empty
        found.append(Input(option_name(parameter.name), required, alone))
    return found
