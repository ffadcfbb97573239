"""The decision model: what a rule concludes, on which articles, explained in Dutch or English."""

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from mdrules.i18n import N_, SOURCE_LANGUAGE, format_value, translate
from mdrules.labels import number_parts, provision_label

RegulationId = Annotated[str, Field(pattern=r"^[a-z]+$")]
"""A regulation's short identifier: lower-case letters, the first part of each of its labels."""


class Outcome(StrEnum):
    """What a decision concludes."""

    ALLOWED = "allowed"
    NOT_ALLOWED = "not_allowed"
    CONDITIONAL = "conditional"
    """Allowed only when each of the decision's named conditions holds."""
    BLOCKED = "blocked"
    """Technically made impossible, not only forbidden."""
    REQUIRED = "required"
    """Something must be done: the decision's steps."""
    DEADLINE = "deadline"
    """Something happens on or must be done by the decision's date."""
    YES = "yes"
    """The answer to a yes/no question of fact: someone is an ambtsdrager, a device is a BYOD."""
    NO = "no"
    """The answer no to a yes/no question of fact."""
    INFORMATION = "information"
    """A fact the regulation states: a contact, opening hours, the steps that do not apply."""


OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.ALLOWED: N_("Toegestaan"),
    Outcome.NOT_ALLOWED: N_("Niet toegestaan"),
    Outcome.CONDITIONAL: N_("Alleen onder voorwaarde"),
    Outcome.BLOCKED: N_("Geblokkeerd"),
    Outcome.REQUIRED: N_("Verplicht"),
    Outcome.DEADLINE: N_("Termijn"),
    Outcome.YES: N_("Ja"),
    Outcome.NO: N_("Nee"),
    Outcome.INFORMATION: N_("Informatie"),
}


class AnswerKind(StrEnum):
    """What kind of question a rule answers; it fixes the values of the answer's machine field."""

    PERMISSION = "permission"
    """May it be done: ``allowed``, ``not-allowed``, ``conditional`` or ``blocked``."""
    YES_NO = "yes-no"
    """A question of fact: ``yes``, ``no`` or ``conditional``."""
    DEADLINE = "deadline"
    """By when: a date, and ``on-time``, ``due``, ``overdue`` or ``not-applicable``."""
    STEPS = "steps"
    """What to do: the steps in order, each with the contacts it names."""
    OPEN_CLOSED = "open-closed"
    """Who can be reached: ``open`` or ``closed`` for each channel."""


KIND_OUTCOMES: dict[AnswerKind, frozenset[Outcome]] = {
    AnswerKind.PERMISSION: frozenset(
        {Outcome.ALLOWED, Outcome.NOT_ALLOWED, Outcome.CONDITIONAL, Outcome.BLOCKED}
    ),
    AnswerKind.YES_NO: frozenset({Outcome.YES, Outcome.NO, Outcome.CONDITIONAL}),
    AnswerKind.DEADLINE: frozenset({Outcome.DEADLINE, Outcome.INFORMATION}),
    AnswerKind.STEPS: frozenset({Outcome.REQUIRED, Outcome.CONDITIONAL, Outcome.INFORMATION}),
    AnswerKind.OPEN_CLOSED: frozenset({Outcome.INFORMATION}),
}
"""The outcomes a question of each kind may answer with: a fact is never "not allowed", a
yes/no question never "information"."""


class CitationStyle(BaseModel):
    """How a regulation's articles are cited: its name, and a form per depth of the number.

    A form has the placeholders ``{regulation}`` (the name), ``{number}`` (the whole number) and
    ``{article}``, ``{lid}``, ``{letter}``, ``{sub}`` (its parts). A number with more parts than
    there are forms uses the last form.

    >>> style = CitationStyle(name="Demo", forms=("{regulation} {article}",
    ...                                           "{regulation} {article}, lid {lid}"))
    >>> style.form("3"), style.form("3.2.a")
    ('{regulation} {article}', '{regulation} {article}, lid {lid}')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    """The regulation's name in a citation (``Haarlem``), the same in every language."""
    forms: Annotated[tuple[str, ...], Field(min_length=1)]
    """Dutch message ids, by the number of parts of the cited number (1, 2, ...)."""

    def form(self, article: str) -> str:
        """Return the form (a Dutch message id) that cites an article number."""
        depth = min(len(number_parts(article)), len(self.forms))
        return self.forms[depth - 1]


class Citation(BaseModel):
    """An article or numbered part of a regulation that a decision rests on.

    >>> style = CitationStyle(name="Demo", forms=("{regulation} {number}",))
    >>> Citation(regulation="demo", article="2.3", style=style).render()
    'Demo 2.3'
    >>> Citation(regulation="demo", article="2.3", style=style).label
    'demo-2-3'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    regulation: RegulationId
    """The regulation's identifier."""
    article: str
    """The number as the text writes it: 2.3.16, 4.1.c, 4a."""
    style: CitationStyle
    """How the regulation cites its articles (from its metadata)."""

    @model_validator(mode="after")
    def _valid_number(self) -> Self:
        number_parts(self.article)
        return self

    @property
    def label(self) -> str:
        """The label (HTML anchor) of the cited part in the handbook."""
        return provision_label(self.regulation, self.article)

    def render(self, language: str = SOURCE_LANGUAGE) -> str:
        """Return the citation as a reader writes it, in a language."""
        parts = number_parts(self.article)
        form = translate(self.style.form(self.article), language)
        names = dict(zip(("article", "lid", "letter", "sub"), parts, strict=False))
        return form.format(regulation=self.style.name, number=self.article, **names)


class Message(BaseModel):
    """A sentence in Dutch with placeholders, rendered in a language with its values formatted.

    >>> Message(text="Vervanging na {months} maanden.", values={"months": 36}).render()
    'Vervanging na 36 maanden.'
    """

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    text: str
    """The Dutch text, the message id of its translations."""
    values: dict[str, Any] = {}
    """Values for placeholders."""

    def render(self, language: str = SOURCE_LANGUAGE) -> str:
        """Return the message in a language, with its values formatted for that language."""
        values = {key: format_value(value, language) for key, value in self.values.items()}
        return translate(self.text, language).format(**values)


class Condition(BaseModel):
    """A judgement the regulation leaves to people, named so a reader knows who decides what."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: Annotated[str, Field(pattern=r"^[a-z][a-z_]*$")]
    """Identifier, also the rule input."""
    text: Message
    """What must hold, as the regulation words it."""
    citation: Citation
    """Where the regulation sets the condition."""

    def render(self, language: str = SOURCE_LANGUAGE) -> str:
        """Return the condition as a line of an answer, with its article, in a language."""
        return translate(N_("Voorwaarde: {condition} ({citation})"), language).format(
            condition=self.text.render(language), citation=self.citation.render(language)
        )


class Decision(BaseModel):
    """The answer of a rule: an outcome, the articles it rests on, and why.

    >>> style = CitationStyle(name="Demo", forms=("{regulation} {number}",))
    >>> d = Decision(outcome=Outcome.NOT_ALLOWED,
    ...              citations=(Citation(regulation="demo", article="2.3", style=style),),
    ...              explanation=Message(text="De code {code} is niet toegestaan.",
    ...                                  values={"code": "1234"}))
    >>> print(d)
    Niet toegestaan: De code 1234 is niet toegestaan.
    Grondslag: Demo 2.3
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    outcome: Outcome
    """What the rule concludes."""
    citations: Annotated[tuple[Citation, ...], Field(min_length=1)]
    """The articles it rests on."""
    explanation: Message
    """Why, in the words of the regulation where possible."""
    conditions: tuple[Condition, ...] = ()
    """For a conditional outcome: what must hold, each with its article."""
    steps: tuple[Message, ...] = ()
    """What to do, in order."""
    date: dt.date | None = None
    """The date of a deadline outcome."""
    facts: dict[str, str] = {}
    """What a script needs that the outcome does not carry, by name: a deadline's ``status``
    (``on-time``, ``due``, ``overdue``), or ``open`` or ``closed`` for each support channel."""

    @model_validator(mode="after")
    def _complete(self) -> Self:
        if self.outcome is Outcome.CONDITIONAL and not self.conditions:
            msg = "a conditional decision needs at least one condition"
            raise ValueError(msg)
        if self.outcome is Outcome.DEADLINE and self.date is None:
            msg = "a deadline decision needs its date"
            raise ValueError(msg)
        return self

    def explain(self, language: str = SOURCE_LANGUAGE) -> str:
        """Return the decision as text for a reader, in a language."""
        lines = [f"{translate(OUTCOME_LABELS[self.outcome], language)}: "]
        lines[0] += self.explanation.render(language)
        lines.extend(condition.render(language) for condition in self.conditions)
        lines.extend(
            f"{number}. {step.render(language)}" for number, step in enumerate(self.steps, 1)
        )
        articles = "; ".join(citation.render(language) for citation in self.citations)
        lines.append(translate(N_("Grondslag: {articles}"), language).format(articles=articles))
        return "\n".join(lines)

    def as_json(self, language: str = SOURCE_LANGUAGE) -> dict[str, Any]:
        """Return the decision as plain data for scripts, its texts in a language."""
        return {
            "outcome": self.outcome.value,
            "explanation": self.explanation.render(language),
            "conditions": [
                {"key": c.key, "text": c.text.render(language), "article": c.citation.label}
                for c in self.conditions
            ],
            "steps": [step.render(language) for step in self.steps],
            "date": self.date.isoformat() if self.date else None,
            "articles": [
                {"label": c.label, "citation": c.render(language)} for c in self.citations
            ],
        }

    def __str__(self) -> str:
        return self.explain()
