"""The registry of rules: functions that return a :class:`~mdrules.decision.Decision`.

A rule names the articles it rests on when it is registered. Every decision it returns may cite only
those articles, so the list the handbook checks and shows is the list the rule really uses.
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec

from mdrules.decision import Decision, RegulationId, cite
from mdrules.labels import provision_label

P = ParamSpec("P")


@dataclass(frozen=True)
class Rule:
    """A registered rule."""

    regulation: RegulationId
    name: str
    """The question's name on the command line, e.g. ``security-code``."""
    articles: tuple[str, ...]
    function: Callable[..., Decision]

    @property
    def key(self) -> str:
        """``regulation.name``, unique over both regulations."""
        return f"{self.regulation}.{self.name}"

    @property
    def summary(self) -> str:
        """The first line of the rule's docstring."""
        return (self.function.__doc__ or "").strip().splitlines()[0]

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels of the articles the rule rests on."""
        return tuple(provision_label(self.regulation, article) for article in self.articles)


RULES: dict[str, Rule] = {}
"""Every rule of both regulations, by key."""


class CitationError(RuntimeError):
    """A decision cites an article its rule was not registered with."""


def rule(
    regulation: RegulationId, name: str, *articles: str
) -> Callable[[Callable[P, Decision]], Callable[P, Decision]]:
    """Register a rule under a question name with the articles it rests on."""
    declared = frozenset(c.article for c in cite(regulation, *articles))

    def register(function: Callable[P, Decision]) -> Callable[P, Decision]:
        @functools.wraps(function)
        def checked(*args: P.args, **kwargs: P.kwargs) -> Decision:
            decision = function(*args, **kwargs)
            stray = {c.article for c in decision.citations if c.regulation != regulation}
            stray |= {c.article for c in decision.citations} - declared
            if stray:
                msg = (
                    f"rule {regulation}.{name} cites {sorted(stray)}, not among {sorted(declared)}"
                )
                raise CitationError(msg)
            return decision

        entry = Rule(regulation, name, tuple(articles), checked)
        if entry.key in RULES:
            msg = f"rule {entry.key} is registered twice"
            raise ValueError(msg)
        RULES[entry.key] = entry
        return checked

    return register


def load_all() -> dict[str, Rule]:
    """Import the modules of both regulations, so that all their rules are registered.

    >>> rules = load_all()
    >>> all(key.split(".")[0] in {"haarlem", "leeuwarden"} for key in rules)
    True
    """
    from mdrules import haarlem, leeuwarden  # noqa: F401 (import registers the rules)

    return RULES
