"""Answers for scripts: a question's answer as JSON, with a machine field, and its schema.

Every answer carries the question's ``key`` (``haarlem.office-holder``), its ``kind`` and its
``answer``: a value from a fixed set for that kind of question
(:class:`~mdrules.decision.AnswerKind`), next to the ``outcome``, the ``explanation`` and the
``articles``. The schema is generated from the models here, one model per question, and published
in the handbook; ``SCHEMA_VERSION`` changes whenever a field or a value changes.

>>> from mdrules.regulations import RULESETS
>>> rule = RULESETS.rules["haarlem.office-holder"]
>>> data = answer(rule, rule.function("employee"))
>>> data["kind"], data["answer"], data["outcome"]
('yes-no', 'no', 'no')
"""

import datetime as dt
import functools
import re
from collections.abc import Iterable
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, create_model

from mdrules.decision import KIND_OUTCOMES, AnswerKind, Decision, Message, Outcome
from mdrules.errors import DefinitionError
from mdrules.i18n import SOURCE_LANGUAGE
from mdrules.parameters import PhoneNumber
from mdrules.ruleset import Rule

SCHEMA_VERSION: Literal[1] = 1
"""The version of the answers' schema: raised when a field or a set of values changes."""

SCHEMA_ID = f"https://mdrules.example/schema/answer-v{SCHEMA_VERSION}.json"
"""The schema's identifier (``$id``); the handbook publishes the file under this name."""

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_DUTCH_NUMBER = re.compile(r"^0[1-9][0-9]{8}$")
"""A Dutch phone number written plain, as a step's text shows it: ``0235115252``."""


class AnswerPart(BaseModel):
    """A part of an answer: frozen, and without fields the schema does not name."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Contact(AnswerPart):
    """Whom a step names: a phone number or an e-mail address, with the address that opens it."""

    kind: Literal["phone", "email"]
    address: str
    """The number as the handbook writes it (``023-5115252``) or the e-mail address."""
    uri: str
    """``tel:+31235115252`` or ``mailto:...``."""


class Step(AnswerPart):
    """One step of an answer, in order, with the contacts it names."""

    text: str
    contacts: tuple[Contact, ...]


class Deadline(AnswerPart):
    """The machine answer of a deadline question: the date and where the day asked stands."""

    date: dt.date | None
    """The deadline; ``None`` when it does not apply."""
    status: Literal["on-time", "due", "overdue", "not-applicable"]
    """``due`` from 30 days before the date (the review command's notice), ``overdue`` after it."""


class Article(AnswerPart):
    """An article the answer rests on: its label (the handbook's anchor) and its citation."""

    label: str
    citation: str


class OpenCondition(AnswerPart):
    """A judgement the answer leaves open: its key (the question's option) and article."""

    key: str
    text: str
    article: str


MACHINE_TYPES: dict[AnswerKind, Any] = {
    AnswerKind.PERMISSION: Literal["allowed", "not-allowed", "conditional", "blocked"],
    AnswerKind.YES_NO: Literal["yes", "no", "conditional"],
    AnswerKind.DEADLINE: Deadline,
    AnswerKind.STEPS: tuple[Step, ...],
    AnswerKind.OPEN_CLOSED: dict[str, Literal["open", "closed"]],
}
"""The type of the machine field ``answer`` for each kind of question."""


class Answer(AnswerPart):
    """What every answer holds; each question's model fixes ``key``, ``kind`` and ``answer``."""

    schema_version: Literal[1] = SCHEMA_VERSION
    key: str
    """The question, ``regulation.question``: ``haarlem.office-holder``."""
    regulation: str
    question: str
    kind: AnswerKind
    answer: Any
    """The machine field: a value from the fixed set of the question's kind."""
    outcome: Outcome
    explanation: str
    conditions: tuple[OpenCondition, ...]
    steps: tuple[Step, ...]
    date: dt.date | None
    articles: tuple[Article, ...]


def _contacts(step: Message) -> tuple[Contact, ...]:
    found = []
    for value in step.values.values():
        if isinstance(value, PhoneNumber):
            found.append(Contact(kind="phone", address=value.dashed, uri=value.uri))
        elif isinstance(value, str) and _DUTCH_NUMBER.match(value):
            found.append(Contact(kind="phone", address=value, uri=f"tel:+31{value[1:]}"))
        elif isinstance(value, str) and _EMAIL.match(value):
            found.append(Contact(kind="email", address=value, uri=f"mailto:{value}"))
    return tuple(found)


def _steps(decision: Decision, language: str) -> tuple[Step, ...]:
    return tuple(
        Step(text=step.render(language), contacts=_contacts(step)) for step in decision.steps
    )


def machine_value(kind: AnswerKind, decision: Decision, language: str = SOURCE_LANGUAGE) -> Any:  # noqa: ANN401 (its type is the kind's)
    """Return the machine field of a decision, for its kind of question."""
    if kind in {AnswerKind.PERMISSION, AnswerKind.YES_NO}:
        return decision.outcome.value.replace("_", "-")
    if kind is AnswerKind.DEADLINE:
        status = decision.facts.get("status", "not-applicable")
        return Deadline.model_validate({"date": decision.date, "status": status})
    if kind is AnswerKind.STEPS:
        return _steps(decision, language)
    return dict(decision.facts)


def _exactly(*values: str) -> Any:  # noqa: ANN401 (a type)
    """Return the type whose only values are ``values``."""
    return Literal[values]


@functools.cache
def question_model(rule: Rule) -> type[Answer]:
    """Return the model of one question's answer: its key, kind and machine values fixed."""
    name = "".join(part.title() for part in re.split(r"[.-]", rule.key)) + "Answer"
    model: type[Answer] = create_model(
        name,
        __base__=Answer,
        __doc__=f"The answer of {rule.key}: {rule.title_in('en')}",
        key=(_exactly(rule.key), ...),
        regulation=(_exactly(rule.regulation), ...),
        question=(_exactly(rule.name), ...),
        kind=(_exactly(rule.answer.value), ...),
        answer=(MACHINE_TYPES[rule.answer], ...),
        outcome=(_exactly(*sorted(KIND_OUTCOMES[rule.answer])), ...),
    )
    return model


def answer(rule: Rule, decision: Decision, language: str = SOURCE_LANGUAGE) -> dict[str, Any]:
    """Return a decision as the JSON answer of its question, validated against its model."""
    data = {
        "key": rule.key,
        "regulation": rule.regulation,
        "question": rule.name,
        "kind": rule.answer.value,
        "answer": machine_value(rule.answer, decision, language),
        "outcome": decision.outcome,
        "explanation": decision.explanation.render(language),
        "conditions": [
            {"key": c.key, "text": c.text.render(language), "article": c.citation.label}
            for c in decision.conditions
        ],
        "steps": _steps(decision, language),
        "date": decision.date,
        "articles": [
            {"label": c.label, "citation": c.render(language)} for c in decision.citations
        ],
    }
    try:
        return question_model(rule).model_validate(data).model_dump(mode="json")
    except ValueError as error:  # a rule whose decision does not fit its kind: an author's mistake
        msg = f"rule {rule.key}: its answer does not fit the {rule.answer} kind: {error}"
        raise DefinitionError(msg) from None


def schema(rules: Iterable[Rule]) -> dict[str, Any]:
    """Return the JSON schema of every question's answer: one of the questions' models, by key."""
    models = tuple(question_model(rule) for rule in rules)
    one_of = Annotated[Union[models], Field(discriminator="key")]  # type: ignore[valid-type]  # noqa: UP007 (a union of a tuple of models)
    generated = TypeAdapter(one_of).json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"mdrules answer, version {SCHEMA_VERSION}",
        "description": "The JSON answer of `mdrules ask --json`: one object per question, "
        "its machine field `answer` a value from the fixed set of the question's kind.",
        "version": SCHEMA_VERSION,
        **generated,
    }
