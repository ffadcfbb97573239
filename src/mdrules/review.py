"""The review status of each regulation: when the next review is due, and whether it is late.

The term comes from the regulation's own ``review`` rule (Haarlem 2.9.1: at least once every half
year); the last review from its revision register. A regulation without a review rule has no term.
"""

import datetime as dt
import enum

from pydantic import BaseModel, ConfigDict

from mdrules.decision import Citation, Decision, Message
from mdrules.errors import InputError
from mdrules.i18n import N_, SOURCE_LANGUAGE, translate
from mdrules.ruleset import Rule, Ruleset
from mdrules.vocabulary import NOTICE_DAYS, deadline_status


class Status(enum.Enum):
    """Where a regulation stands against its review term."""

    ON_TIME = "on-time"
    DUE = "due"
    OVERDUE = "overdue"
    NO_TERM = "no-term"
    NO_REVIEW = "no-review"


STATUS_NAMES = {
    Status.ON_TIME: N_("op tijd"),
    Status.DUE: N_("beoordeling nodig"),
    Status.OVERDUE: N_("te laat"),
    Status.NO_TERM: N_("geen termijn"),
    Status.NO_REVIEW: N_("geen beoordeling vastgelegd"),
}


class ReviewStatus(BaseModel):
    """The review status of one regulation on a date.

    >>> from mdrules.regulations import RULESETS
    >>> status = review_status(RULESETS["haarlem"], dt.date(2020, 4, 1))
    >>> status.status, status.due
    (<Status.DUE: 'due'>, datetime.date(2020, 4, 30))
    >>> print(status.explain())
    haarlem 1.04: beoordeling nodig. Laatste beoordeling 30 oktober 2019 (JZ); de volgende uiterlijk
    30 april 2020 (Haarlem 2.9.1).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    regulation: str
    """The regulation's id."""
    version: str
    """The current version, from the register."""
    on: dt.date
    """The date the status is for."""
    status: Status
    """Where the regulation stands."""
    last_review: dt.date | None
    """The date of the last recorded review."""
    reviewed_by: str | None
    """Who did that review."""
    due: dt.date | None
    """The latest date of the next review; ``None`` without a term or a last review."""
    citations: tuple[Citation, ...] = ()
    """The article that sets the term."""

    def message(self, language: str = SOURCE_LANGUAGE) -> Message:
        """Return the status as a Dutch message with its values, the citation in a language."""
        values: dict[str, object] = {
            "regulation": self.regulation,
            "version": self.version,
            "status": STATUS_NAMES[self.status],
            "last": self.last_review,
            "by": self.reviewed_by or "",
            "due": self.due,
            "citation": "; ".join(c.render(language) for c in self.citations),
        }
        if self.status is Status.NO_TERM:
            text = (
                "{regulation} {version}: {status}. De regeling schrijft geen periodieke "
                "beoordeling voor."
            )
        elif self.status is Status.NO_REVIEW:
            text = (
                "{regulation} {version}: {status}. Het register noemt geen datum van een "
                "beoordeling."
            )
        else:
            text = (
                "{regulation} {version}: {status}. Laatste beoordeling {last} ({by}); de volgende "
                "uiterlijk {due} ({citation})."
            )
        return Message(text=text, values=values)

    def explain(self, language: str = SOURCE_LANGUAGE) -> str:
        """Return the status as a line of text in a language."""
        return self.message(language).render(language)

    def as_json(self, language: str = SOURCE_LANGUAGE) -> dict[str, object]:
        """Return the status as plain data for scripts."""
        return {
            "regulation": self.regulation,
            "version": self.version,
            "on": self.on.isoformat(),
            "status": self.status.value,
            "status_text": translate(STATUS_NAMES[self.status], language),
            "last_review": self.last_review.isoformat() if self.last_review else None,
            "reviewed_by": self.reviewed_by,
            "due": self.due.isoformat() if self.due else None,
            "articles": [c.label for c in self.citations],
            "text": self.explain(language),
        }


def review_rule(ruleset: Ruleset) -> Rule | None:
    """Return the rule that sets a regulation's review term, or ``None`` when it sets none.

    The rule is the regulation's question ``review``, with inputs ``last_review`` and ``on``.

    >>> from mdrules.regulations import RULESETS
    >>> review_rule(RULESETS["haarlem"]).articles, review_rule(RULESETS["leeuwarden"])
    (('2.9.1',), None)
    """
    return ruleset.rules.get(f"{ruleset.id}.review")


def due_decision(ruleset: Ruleset, on: dt.date) -> Decision | None:
    """Return the regulation's review decision on a date, or ``None`` when it has no review term.

    >>> from mdrules.regulations import RULESETS
    >>> due_decision(RULESETS["leeuwarden"], dt.date(2026, 1, 1)) is None
    True
    """
    rule = review_rule(ruleset)
    last = ruleset.metadata.register.last_review
    if rule is None or last is None:
        return None
    return rule.function(last_review=last, on=max(on, last))


def review_status(ruleset: Ruleset, on: dt.date, notice_days: int = NOTICE_DAYS) -> ReviewStatus:
    """Return the review status of a regulation on a date.

    >>> from mdrules.regulations import RULESETS
    >>> review_status(RULESETS["haarlem"], dt.date(2026, 11, 23)).status
    <Status.OVERDUE: 'overdue'>
    >>> review_status(RULESETS["leeuwarden"], dt.date(2026, 11, 23)).status
    <Status.NO_TERM: 'no-term'>
    """
    if notice_days < 0:
        msg = N_("verwacht een waarschuwingstermijn van nul of meer dagen; opgegeven: {got}")
        raise InputError(msg, got=str(notice_days))
    register = ruleset.metadata.register
    reviewed = register.last_reviewed
    decision = due_decision(ruleset, on)
    due = decision.date if decision is not None else None
    if review_rule(ruleset) is None:
        status = Status.NO_TERM
    elif due is None:
        status = Status.NO_REVIEW
    else:
        status = Status(deadline_status(on, due, notice_days))
    return ReviewStatus(
        regulation=ruleset.id,
        version=register.current.version,
        on=on,
        status=status,
        last_review=register.last_review,
        reviewed_by=reviewed.reviewed_by if reviewed else None,
        due=due,
        citations=decision.citations if decision is not None else (),
    )


VERSION_LINES: dict[tuple[bool, str], str] = {
    (True, "due"): "Versie {version} van {date}; volgende beoordeling uiterlijk op {due}",
    (False, "due"): "Versie {version}, zonder datum in de regeling; volgende beoordeling "
    "uiterlijk op {due}",
    (True, "unknown"): "Versie {version} van {date}; het register noemt geen beoordeling",
    (False, "unknown"): "Versie {version}, zonder datum in de regeling; het register noemt geen "
    "beoordeling",
    (True, "none"): "Versie {version} van {date}; de regeling schrijft geen periodieke "
    "beoordeling voor",
    (False, "none"): "Versie {version}, zonder datum in de regeling; de regeling schrijft geen "
    "periodieke beoordeling voor",
}
"""The version line by whether the version has a date, and what the review term is."""


VERSION_LABELS: dict[bool, str] = {
    True: "Versie {version} van {date}",
    False: "Versie {version}, zonder datum in de regeling",
}
"""The version alone, by whether it has a date: the running header of a printed page."""


def version_label(ruleset: Ruleset) -> Message:
    """Return the regulation's version and its date, as a printed page's header names them.

    >>> from mdrules.regulations import RULESETS
    >>> label = version_label(RULESETS["haarlem"])
    >>> label.render(), label.render("en")
    ('Versie 1.04 van 30 oktober 2019', 'Version 1.04 of 30 October 2019')
    """
    current = ruleset.metadata.register.current
    values: dict[str, object] = {"version": current.version, "date": current.date}
    return Message(text=VERSION_LABELS[current.date is not None], values=values)


def version_line(ruleset: Ruleset) -> tuple[Message, tuple[Citation, ...]]:
    """Return the line a regulation's pages show: version, date, and when the next review is due.

    It depends on the register alone, not on the day of the build.

    >>> from mdrules.regulations import RULESETS
    >>> line, citations = version_line(RULESETS["haarlem"])
    >>> line.render(), [c.article for c in citations]
    ('Versie 1.04 van 30 oktober 2019; volgende beoordeling uiterlijk op 30 april 2020', ['2.9.1'])
    >>> print(version_line(RULESETS["leeuwarden"])[0].render())
    Versie 2024, zonder datum in de regeling; de regeling schrijft geen periodieke beoordeling
    voor
    """
    register = ruleset.metadata.register
    last = register.last_review
    decision = due_decision(ruleset, last) if last is not None else None
    values: dict[str, object] = {"version": register.current.version, "date": register.current.date}
    if decision is not None:
        values["due"] = decision.date
        term = "due"
    else:
        term = "unknown" if review_rule(ruleset) is not None else "none"
    text = VERSION_LINES[(register.current.date is not None, term)]
    citations = decision.citations if decision is not None else ()
    return Message(text=text, values=values), citations
