"""Rules and rulesets: what one regulation encodes, gathered explicitly from its modules.

A rule is a function that returns a :class:`~mdrules.decision.Decision`. It names the articles it
rests on when it is declared, and every decision it returns may cite only those articles, so the
list the handbook checks and shows is the list the rule really uses. Declaring a rule registers it
nowhere: the regulation's package builds its :class:`Ruleset` from the modules that hold its rules.
"""

import functools
import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, ParamSpec

from mdrules.coverage import Classification
from mdrules.decision import KIND_OUTCOMES, AnswerKind, Decision, RegulationId
from mdrules.errors import CitationError, DefinitionError, DuplicateError, RulesetError
from mdrules.i18n import Phrase, translate
from mdrules.labels import provision_label
from mdrules.metadata import Regulation
from mdrules.parameters import Parameter

P = ParamSpec("P")

_RULE = "__mdrules_rule__"
"""The attribute of a rule's function that holds its :class:`Rule`."""


@dataclass(frozen=True)
class Rule:
    """A rule: a question of one regulation, its articles and its function."""

    regulation: RegulationId
    name: str
    """The question's name on the command line, e.g. ``security-code``."""
    articles: tuple[str, ...]
    function: Callable[..., Decision]
    title: Phrase
    """The question in a line, in Dutch (a message): what the list of questions shows."""
    answer: AnswerKind = AnswerKind.PERMISSION
    """The kind of question: it fixes the outcomes and the values of the answer's machine field."""

    @property
    def key(self) -> str:
        """``regulation.name``, unique over all regulations."""
        return f"{self.regulation}.{self.name}"

    @property
    def summary(self) -> str:
        """The first line of the rule's docstring."""
        return (self.function.__doc__ or "").strip().splitlines()[0]

    def title_in(self, language: str) -> str:
        """Return the question's title in a language.

        >>> from mdrules.regulations import RULESETS
        >>> question = RULESETS.rules["haarlem.security-code"]
        >>> question.title_in("nl")
        'Of een simkaartcode of een code voor het ontgrendelscherm is toegestaan.'
        >>> question.title_in("en") == question.summary
        True
        """
        return translate(self.title, language)

    @property
    def place(self) -> str:
        """Where the rule is written: its module's file and the line its ``@rule`` stands on."""
        return written_at(inspect.unwrap(self.function))

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels of the articles the rule rests on."""
        return tuple(provision_label(self.regulation, article) for article in self.articles)


def written_at(function: Callable[..., object]) -> str:
    """Return the file and line a function is written at, ``path:line``.

    >>> written_at(written_at).endswith("ruleset.py:" + str(written_at.__code__.co_firstlineno))
    True
    """
    code = function.__code__
    return f"{code.co_filename}:{code.co_firstlineno}"


def rule(
    regulation: Regulation,
    name: str,
    *articles: str,
    title: Phrase | None = None,
    answer: AnswerKind = AnswerKind.PERMISSION,
) -> Callable[[Callable[P, Decision]], Callable[P, Decision]]:
    """Declare a rule of a regulation under a question name, with the articles it rests on.

    ``title`` is the question in a line, in Dutch, marked with :func:`~mdrules.i18n.N_`; it is
    required. ``answer`` is the kind of question it answers; each decision's outcome must fit that
    kind.

    >>> from mdrules.regulations.haarlem.metadata import HAARLEM
    >>> @rule(HAARLEM, "untitled", "2.1")
    ... def untitled() -> Decision: ...
    Traceback (most recent call last):
    mdrules.errors.DefinitionError: rule haarlem.untitled (...) has no title: ...
    """
    declared = frozenset(c.article for c in regulation.cite(*articles))

    def declare(function: Callable[P, Decision]) -> Callable[P, Decision]:
        if not isinstance(title, Phrase) or not title.strip():
            msg = (
                f"rule {regulation.id}.{name} ({written_at(function)}) has no title: expected "
                f'@rule(..., title=N_("...")), the question in a line in Dutch; got {title!r}'
            )
            raise DefinitionError(msg)

        @functools.wraps(function)
        def checked(*args: P.args, **kwargs: P.kwargs) -> Decision:
            decision = function(*args, **kwargs)
            stray = {c.article for c in decision.citations if c.regulation != regulation.id}
            stray |= {c.article for c in decision.citations} - declared
            if stray:
                msg = (
                    f"rule {regulation.id}.{name} ({written_at(function)}) cites "
                    f"{sorted(stray)}, not among {sorted(declared)}: cite only the articles "
                    "its @rule names, or name the article there"
                )
                raise CitationError(msg)
            if decision.outcome not in KIND_OUTCOMES[answer]:
                allowed = ", ".join(sorted(KIND_OUTCOMES[answer]))
                msg = (
                    f"rule {regulation.id}.{name} ({written_at(function)}) answers a {answer} "
                    f"question: expected an outcome among {allowed}; got {decision.outcome}"
                )
                raise DefinitionError(msg)
            return decision

        entry = Rule(regulation.id, name, tuple(articles), checked, title=title, answer=answer)
        setattr(checked, _RULE, entry)
        return checked

    return declare


def rule_of(value: object) -> Rule | None:
    """Return the rule a function was declared as, or ``None`` for any other value."""
    found = getattr(value, _RULE, None)
    return found if isinstance(found, Rule) and found.function is value else None


def rules_in(*modules: ModuleType) -> dict[str, Rule]:
    """Return the rules declared in modules, by key, in the order they are defined."""
    found: dict[str, Rule] = {}
    for module in modules:
        for value in vars(module).values():
            entry = rule_of(value)
            if entry is None or value.__module__ != module.__name__:
                continue
            if entry.key in found:
                msg = f"rule {entry.key} is declared twice"
                raise DuplicateError(msg)
            found[entry.key] = entry
    return found


@dataclass(frozen=True)
class Ruleset:
    """Everything the engine knows of one regulation: metadata, parameters, rules, coverage."""

    metadata: Regulation
    parameters: Mapping[str, Parameter[Any]] = field(default_factory=dict)
    """Every parameter, by key ``regulation.name``."""
    rules: Mapping[str, Rule] = field(default_factory=dict)
    """Every rule, by key ``regulation.question``."""
    classifications: Mapping[str, Classification] = field(default_factory=dict)
    """Every part no rule encodes, by label, with why."""
    folder: Path | None = None
    """The regulation's package folder: its ``parameters.toml``, its decision tables and its
    stored releases (``releases/``)."""

    def __post_init__(self) -> None:
        """Check that everything in the ruleset belongs to its regulation."""
        own = self.metadata.id
        strays = [key for key in [*self.parameters, *self.rules] if key.split(".")[0] != own]
        strays += [label for label in self.classifications if not label.startswith(own + "-")]
        if strays:
            msg = f"expected only parts of regulation {own}; got {', '.join(sorted(strays))}"
            raise RulesetError(msg)

    @property
    def id(self) -> RegulationId:
        """The regulation's identifier."""
        return self.metadata.id


class Rulesets(Mapping[str, Ruleset]):
    """Several regulations' rulesets, by regulation id, in the order they are given.

    >>> from mdrules.decision import CitationStyle
    >>> from mdrules.revisions import Register, Revision
    >>> demo = Regulation(id="demo", title="Demo", authority="Demo", page="demo/regeling",
    ...     source="sources/demo/original.txt", marker_style="last", title_in_source=True,
    ...     citation=CitationStyle(name="Demo", forms=("{regulation} {number}",)),
    ...     revision_register=Register(
    ...         revisions=(Revision(version="1", date=None, description="x"),)))
    >>> rulesets = Rulesets([Ruleset(metadata=demo)])
    >>> list(rulesets), rulesets.metadata["demo"].version, dict(rulesets.rules)
    (['demo'], '1', {})
    """

    def __init__(self, rulesets: Iterable[Ruleset]) -> None:
        """Index rulesets by regulation id; the same id twice is an error."""
        self._by_id: dict[str, Ruleset] = {}
        for ruleset in rulesets:
            if ruleset.id in self._by_id:
                msg = f"regulation {ruleset.id} is listed twice"
                raise DuplicateError(msg)
            self._by_id[ruleset.id] = ruleset

    def __getitem__(self, key: str) -> Ruleset:
        return self._by_id[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    @functools.cached_property
    def metadata(self) -> dict[str, Regulation]:
        """Each regulation's metadata, by id."""
        return {key: ruleset.metadata for key, ruleset in self._by_id.items()}

    @functools.cached_property
    def rules(self) -> dict[str, Rule]:
        """Every rule of every regulation, by key."""
        return {key: r for ruleset in self._by_id.values() for key, r in ruleset.rules.items()}

    @functools.cached_property
    def parameters(self) -> dict[str, Parameter[Any]]:
        """Every parameter of every regulation, by key."""
        return {key: p for ruleset in self._by_id.values() for key, p in ruleset.parameters.items()}

    @functools.cached_property
    def classifications(self) -> dict[str, Classification]:
        """The classification of every part no rule encodes, by label."""
        return {
            label: c
            for ruleset in self._by_id.values()
            for label, c in ruleset.classifications.items()
        }
