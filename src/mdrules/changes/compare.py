"""The comparison of two versions: articles, parameters, registry facts and rule outcomes."""

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from mdrules.changes.redline import Segment, changed, redline, similarity
from mdrules.changes.snapshot import Article, Case, Snapshot, TableRow

RENUMBERED_SIMILARITY = 0.75
"""How alike (by words) a removed and an added article must be to count as one renumbered."""

#: The parts of a result that make an outcome; the texts only word it.
OUTCOME_FIELDS = (
    "outcome",
    "articles",
    "date",
    "conditions",
    "contacts",
    "error",
    "missing",
    "unreplayable",
)
#: The parts of a result rendered per language that make an outcome too: what to do, and what
#: must hold. Their Dutch, the authoritative text, decides; a changed translation only words them.
OUTCOME_TEXTS = ("steps", "condition_texts")


class ArticleChange(BaseModel):
    """An article added, removed, renumbered or amended, with its redline per language."""

    model_config = ConfigDict(frozen=True)

    regulation: str
    kind: Literal["added", "removed", "renumbered", "changed"]
    old_label: str | None
    new_label: str | None
    old_number: str | None
    new_number: str | None
    nl: tuple[Segment, ...]
    en: tuple[Segment, ...] | None
    """``None`` when either version lacks the English text."""

    @property
    def number(self) -> str:
        """The number a reader looks for: the new one, or the old one of a removed article."""
        return self.new_number if self.new_number is not None else self.old_number or ""


class ParameterChange(BaseModel):
    """A parameter whose value changed, or that was added or removed."""

    model_config = ConfigDict(frozen=True)

    key: str
    regulation: str
    article: str
    description: str
    kind: Literal["added", "removed", "changed"]
    old: dict[str, str] | None
    """The old value per language."""
    new: dict[str, str] | None


class FactChange(BaseModel):
    """A regulation's version, date or title that changed."""

    model_config = ConfigDict(frozen=True)

    regulation: str
    field: str
    old: str | None
    new: str | None


class BehaviourChange(BaseModel):
    """A rule call that gives a different outcome in the new version."""

    model_config = ConfigDict(frozen=True)

    regulation: str
    rule: str
    inputs: dict[str, Any]
    origin: str
    old: dict[str, Any]
    new: dict[str, Any]

    @property
    def articles(self) -> list[str]:
        """The articles either version cites for it, in order."""
        cited = list(self.old.get("articles", [])) + list(self.new.get("articles", []))
        return list(dict.fromkeys(cited))


class Report(BaseModel):
    """What changed between two versions."""

    model_config = ConfigDict(frozen=True)

    old: str
    new: str
    regulations: tuple[str, ...]
    facts: tuple[FactChange, ...]
    articles: tuple[ArticleChange, ...]
    parameters: tuple[ParameterChange, ...]
    behaviour: tuple[BehaviourChange, ...]
    reworded: tuple[BehaviourChange, ...]
    """Calls with the same outcome whose answer is worded differently."""
    cases: int
    """How many distinct rule calls were evaluated in both versions."""
    skipped: tuple[str, ...] = ()
    """The decision tables (test files) whose calls were not asked: pytest is not installed."""

    @property
    def empty(self) -> bool:
        """Whether nothing a reader or a rule sees has changed."""
        return not (self.facts or self.articles or self.parameters or self.behaviour)


def _lines(old: str | None, new: str | None) -> tuple[Segment, ...]:
    return redline(old or "", new or "")


def _english(old: Article | None, new: Article | None) -> tuple[Segment, ...] | None:
    if (old is not None and old.en is None) or (new is not None and new.en is None):
        return None
    return redline(old.en or "" if old else "", new.en or "" if new else "")


def compare_articles(
    regulation: str, old: list[Article], new: list[Article]
) -> list[ArticleChange]:
    """Return the articles added, removed, renumbered and changed, in the new version's order."""
    before = {article.label: article for article in old}
    after = {article.label: article for article in new}
    removed = [a for a in old if a.label not in after]
    added = [a for a in new if a.label not in before]
    pairs: dict[str, Article] = {}  # new label -> old article it renumbers
    candidates = sorted(
        ((similarity(o.nl, n.nl), o.label, n.label) for o in removed for n in added),
        reverse=True,
    )
    for score, old_label, new_label in candidates:
        taken = {a.label for a in pairs.values()}
        if score >= RENUMBERED_SIMILARITY and new_label not in pairs and old_label not in taken:
            pairs[new_label] = before[old_label]
    renumbered_old = {article.label for article in pairs.values()}
    changes: list[ArticleChange] = []
    for article in new:
        previous = before.get(article.label) or pairs.get(article.label)
        if previous is None:
            kind: Literal["added", "removed", "renumbered", "changed"] = "added"
        elif previous.label != article.label:
            kind = "renumbered"
        else:
            kind = "changed"
        nl = _lines(previous.nl if previous else None, article.nl)
        english = _english(previous, article)
        if kind == "changed" and not changed(nl) and not (english and changed(english)):
            continue
        changes.append(
            ArticleChange(
                regulation=regulation,
                kind=kind,
                old_label=previous.label if previous else None,
                new_label=article.label,
                old_number=previous.number if previous else None,
                new_number=article.number,
                nl=nl,
                en=english,
            )
        )
    for article in removed:
        if article.label not in renumbered_old:
            changes.append(
                ArticleChange(
                    regulation=regulation,
                    kind="removed",
                    old_label=article.label,
                    new_label=None,
                    old_number=article.number,
                    new_number=None,
                    nl=_lines(article.nl, None),
                    en=_english(article, None),
                )
            )
    return changes


def compare_parameters(old: Snapshot, new: Snapshot) -> list[ParameterChange]:
    """Return the parameters whose value changed, and those added or removed."""
    changes = []
    for key in sorted(set(old.parameters) | set(new.parameters)):
        before, after = old.parameters.get(key), new.parameters.get(key)
        if before is not None and after is not None:
            data = before.value is not None and after.value is not None
            if (
                (before.value == after.value)
                if data
                else (before.nl, before.en) == (after.nl, after.en)
            ):
                continue
        current = after or before
        assert current is not None  # the key comes from one of the two
        kind: Literal["added", "removed", "changed"] = (
            "added" if before is None else "removed" if after is None else "changed"
        )
        changes.append(
            ParameterChange(
                key=key,
                regulation=current.regulation,
                article=current.article,
                description=current.description,
                kind=kind,
                old={"nl": before.nl, "en": before.en} if before else None,
                new={"nl": after.nl, "en": after.en} if after else None,
            )
        )
    return changes


def compare_facts(old: Snapshot, new: Snapshot) -> list[FactChange]:
    """Return the regulations' titles, versions and dates that changed."""
    changes = []
    for regulation in sorted(set(old.registry) | set(new.registry)):
        before, after = old.registry.get(regulation), new.registry.get(regulation)
        for field in ("title", "version", "date"):
            was = getattr(before, field) if before else None
            now = getattr(after, field) if after else None
            if was != now:
                changes.append(FactChange(regulation=regulation, field=field, old=was, new=now))
    return changes


def _outcome(result: dict[str, Any]) -> str:
    """Return what makes a result's outcome, as one comparable text.

    >>> bel = {"outcome": "required", "steps": {"nl": ["Bel 023-5115252."], "en": ["Call."]}}
    >>> mail = {"outcome": "required", "steps": {"nl": ["Mail naar x@example.org."], "en": None}}
    >>> _outcome(bel) == _outcome(mail), _outcome(bel) == _outcome(bel | {"steps": {"nl": [
    ...     "Bel 023-5115252."], "en": ["Phone."]}})
    (False, True)
    """
    substance = {k: result.get(k) for k in OUTCOME_FIELDS}
    for field in OUTCOME_TEXTS:
        substance[field] = (result.get(field) or {}).get("nl")
    return json.dumps(substance, sort_keys=True)


def _worded(result: dict[str, Any]) -> dict[str, Any]:
    texts = result.get("text")
    return texts if isinstance(texts, dict) else {"nl": texts}


def _reworded(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether two answers of the same outcome are worded differently, in a language both have.

    An answer whose English is missing (an untranslated message) differs in no English words.
    """
    before, after = _worded(old), _worded(new)
    return any(
        before[language] != after[language]
        for language in before.keys() & after.keys()
        if before[language] is not None and after[language] is not None
    )


def compare_behaviour(
    cases: list[tuple[Case, dict[str, Any], dict[str, Any]]],
) -> tuple[list[BehaviourChange], list[BehaviourChange]]:
    """Split calls with their old and new results into changed outcomes and rewordings."""
    behaviour, reworded = [], []
    for case, old, new in cases:
        if "unreplayable" in old and "unreplayable" in new:
            continue
        change = BehaviourChange(
            regulation=case.rule.split(".")[0],
            rule=case.rule,
            inputs=case.inputs,
            origin=case.origin,
            old=old,
            new=new,
        )
        if _outcome(old) != _outcome(new):
            behaviour.append(change)
        elif _reworded(old, new):
            reworded.append(change)
    return behaviour, reworded


def _plain(value: object) -> object:
    """Return recorded inputs as a table writes them: an option by its value, a date as ISO text.

    >>> _plain({"kind": {"$enum": "CodeKind", "value": "sim"}, "on": {"$date": "2026-11-23"}})
    {'kind': 'sim', 'on': '2026-11-23'}
    """
    if isinstance(value, dict):
        for marker in ("$datetime", "$date", "$time"):
            if marker in value:
                return value[marker]
        if "$enum" in value:
            return value["value"]
        if "$tuple" in value or "$frozenset" in value:
            return _plain(value.get("$tuple", value.get("$frozenset")))
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _call(rule: str, inputs: dict[str, Any]) -> str:
    return json.dumps([rule, _plain(inputs)], sort_keys=True, ensure_ascii=False)


def compare_tables(
    old: Snapshot, new: Snapshot, behaviour: list[BehaviourChange]
) -> list[BehaviourChange]:
    """Return the rows of the decision tables whose expected answer changed, as changed outcomes.

    A row is the same row in both versions when it asks the same rule with the same inputs. Its
    change is left out when a call with those inputs already shows a changed outcome.
    """
    shown = {_call(change.rule, change.inputs) for change in behaviour}
    before: dict[str, TableRow] = {_call(row.rule, row.inputs): row for row in old.tables}
    changes = []
    for row in new.tables:
        key = _call(row.rule, row.inputs)
        previous = before.get(key)
        if previous is None or previous.expected == row.expected or key in shown:
            continue
        changes.append(
            BehaviourChange(
                regulation=row.regulation,
                rule=row.rule,
                inputs=row.inputs,
                origin=row.id,
                old=previous.expected,
                new=row.expected,
            )
        )
    return changes


def compare(
    old_name: str,
    new_name: str,
    old: Snapshot,
    new: Snapshot,
    calls: list[tuple[Case, dict[str, Any], dict[str, Any]]],
) -> Report:
    """Return the report of two versions, given every call with its result in each."""
    regulations = tuple(dict.fromkeys([*old.registry, *new.registry]))
    articles = [
        change
        for regulation in regulations
        for change in compare_articles(
            regulation, old.articles.get(regulation, []), new.articles.get(regulation, [])
        )
    ]
    behaviour, reworded = compare_behaviour(calls)
    behaviour += compare_tables(old, new, behaviour)
    return Report(
        old=old_name,
        new=new_name,
        regulations=regulations,
        facts=tuple(compare_facts(old, new)),
        articles=tuple(articles),
        parameters=tuple(compare_parameters(old, new)),
        behaviour=tuple(behaviour),
        reworded=tuple(reworded),
        cases=len(calls),
        skipped=tuple(sorted({*old.skipped, *new.skipped})),
    )


def by_rule(changes: tuple[BehaviourChange, ...]) -> dict[str, list[BehaviourChange]]:
    """Return changed calls grouped by their rule, in the order the rules first come."""
    groups: dict[str, list[BehaviourChange]] = {}
    for change in changes:
        groups.setdefault(change.rule, []).append(change)
    return groups


def only(report: Report, regulation: str) -> Report:
    """Return the part of a report that concerns one regulation."""
    return report.model_copy(
        update={
            "regulations": (regulation,),
            "facts": tuple(c for c in report.facts if c.regulation == regulation),
            "articles": tuple(c for c in report.articles if c.regulation == regulation),
            "parameters": tuple(c for c in report.parameters if c.regulation == regulation),
            "behaviour": tuple(c for c in report.behaviour if c.regulation == regulation),
            "reworded": tuple(c for c in report.reworded if c.regulation == regulation),
        }
    )
