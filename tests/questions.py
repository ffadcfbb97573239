"""Calls of every question with inputs of every kind its options take, for tests over all rules.

The inputs are the values a person would give: each member of a choice, yes, no and unknown for
a judgement, a few dates, moments, amounts, codes and countries. Each question gets at most
``LIMIT`` of their combinations, chosen with a fixed seed so a run can be repeated.
"""

import datetime as dt
import inspect
import itertools
import random
import types
import typing
from collections.abc import Iterator
from typing import Any

from mdrules.choices import Choice, OneOf
from mdrules.decision import Decision
from mdrules.errors import InputError
from mdrules.regulations import RULESETS
from mdrules.ruleset import Rule
from mdrules.vocabulary import Country

LIMIT = 150
"""At most this many calls per question."""

_SAMPLES: dict[object, tuple[Any, ...]] = {
    bool: (True, False),
    int: (0, 1, 5, 6, 50),
    str: ("", "1234", "4821", "0906-1234567", "0612345678"),
    dt.date: (dt.date(2019, 10, 30), dt.date(2020, 4, 10), dt.date(2026, 11, 23)),
    dt.datetime: (
        dt.datetime(2026, 11, 24, 11, 30),
        dt.datetime(2026, 11, 28, 10, 0),
        dt.datetime(2026, 11, 23, 17, 1),
    ),
    frozenset[dt.date]: (frozenset(), frozenset({dt.date(2026, 11, 24)})),
}
_COUNTRIES = ("NL", "TR", "US", "CH")


def samples(hint: object) -> tuple[Any, ...]:
    """Return the inputs tried for a parameter with a type hint."""
    if hint == Country:
        return _COUNTRIES
    if typing.get_origin(hint) is typing.Annotated:
        named = [item for item in typing.get_args(hint)[1:] if isinstance(item, OneOf)]
        return named[0].members if named else samples(typing.get_args(hint)[0])
    args = typing.get_args(hint)
    if typing.get_origin(hint) in {types.UnionType, typing.Union}:
        if set(args) == {bool, type(None)}:
            return (True, False, None)
        return tuple(member for kind in args for member in kind)
    if isinstance(hint, type) and issubclass(hint, Choice):
        return tuple(hint)
    return _SAMPLES[hint]


def calls(rule: Rule) -> Iterator[tuple[dict[str, Any], Decision]]:
    """Yield the inputs and the decision of each call of a question that takes its inputs."""
    hints = typing.get_type_hints(rule.function, include_extras=True)
    names = list(inspect.signature(rule.function).parameters)
    combinations = list(itertools.product(*(samples(hints[name]) for name in names)))
    if len(combinations) > LIMIT:
        combinations = random.Random(rule.key).sample(combinations, LIMIT)
    for values in combinations:
        inputs = dict(zip(names, values, strict=True))
        try:
            decision = rule.function(**inputs)
        except InputError:  # inputs that do not go together, such as a return before an issue
            continue
        yield inputs, decision


RULES = list(RULESETS.rules.values())
"""Every question of every regulation."""
