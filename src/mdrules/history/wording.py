"""The words of a report, shared by the terminal, the HTML report and the handbook page."""

import contextlib
from typing import Any

from mdrules.decision import OUTCOME_LABELS, Outcome
from mdrules.history.compare import ArticleChange, BehaviourChange, ParameterChange, Report
from mdrules.history.redline import Segment, shortened
from mdrules.i18n import N_, translate
from mdrules.regulations import REGULATIONS

KINDS = {
    "added": N_("toegevoegd"),
    "removed": N_("verwijderd"),
    "renumbered": N_("vernummerd"),
    "changed": N_("gewijzigd"),
}
FIELDS = {"title": N_("titel"), "version": N_("versie"), "date": N_("datum")}
NOT_STATED = N_("niet vermeld")
MISSING_ENGLISH = N_("(de Engelse tekst ontbreekt in een van de versies)")


def t(text: str, language: str, **values: object) -> str:
    """Translate a message of the report and fill in its values.

    >>> t(N_("versie"), "nl")
    'versie'
    """
    return translate(text, language).format(**values)


def citation(regulation: str, article: str, language: str) -> str:
    """Cite an article as the answers do; an article the current scheme cannot read, plainly.

    >>> citation("leeuwarden", "4.2.a", "nl")
    'Leeuwarden artikel 4 lid 2 onder a'
    """
    with contextlib.suppress(KeyError, ValueError):
        return REGULATIONS[regulation].cite(article)[0].render(language)
    return f"{regulation} {article}"


def article_title(change: ArticleChange, language: str) -> str:
    """Name an article change: its number, and the old number of a renumbered one."""
    number = change.number or change.regulation
    kind = translate(KINDS[change.kind], language)
    if change.kind == "renumbered":
        return t(
            N_("{number} ({kind}, was {old})"),
            language,
            number=number,
            kind=kind,
            old=change.old_number,
        )
    return f"{number} ({kind})"


def value(encoded: object) -> str:
    """Show an input value the way the command line takes it.

    >>> value({"$enum": "DeviceKind", "value": "smartphone"}), value({"$date": "2023-07-23"})
    ('smartphone', '2023-07-23')
    """
    if isinstance(encoded, dict):
        for key in ("$date", "$datetime", "$time"):
            if key in encoded:
                return str(encoded[key])
        if "$enum" in encoded:
            return str(encoded["value"])
        items = encoded.get("$frozenset", encoded.get("$tuple"))
        if isinstance(items, list):
            return ",".join(value(item) for item in items) or "-"
        return str(encoded.get("data", encoded))
    if isinstance(encoded, bool):
        return "yes" if encoded else "no"
    return str(encoded)


def call(change: BehaviourChange) -> str:
    """Show a rule call as the command that asks it.

    >>> from mdrules.history.compare import BehaviourChange
    >>> call(BehaviourChange(regulation="haarlem", rule="haarlem.replacement", origin="",
    ...      inputs={"device": {"$enum": "DeviceKind", "value": "smartphone"}}, old={}, new={}))
    'haarlem replacement --device smartphone'
    """
    regulation, _sep, name = change.rule.partition(".")
    options = " ".join(
        f"--{key.replace('_', '-')} {value(encoded)}" for key, encoded in change.inputs.items()
    )
    return f"{regulation} {name} {options}".strip()


def outcome(result: dict[str, Any], regulation: str, language: str) -> str:
    """Show what a call gave: the outcome, its date, and its articles; or why it gave none."""
    if "error" in result:
        return t(N_("geweigerd: {error}"), language, error=result["error"])
    if "missing" in result or "unreplayable" in result:
        return t(
            N_("niet te vragen: {reason}"),
            language,
            reason=result.get("missing") or result.get("unreplayable"),
        )
    label = str(result.get("outcome"))
    with contextlib.suppress(ValueError):
        label = translate(OUTCOME_LABELS[Outcome(label)], language)
    if result.get("date"):
        label += f" {result['date']}"
    if result.get("conditions"):
        label += " [" + ", ".join(result["conditions"]) + "]"
    cited = "; ".join(citation(regulation, a, language) for a in result.get("articles", []))
    return f"{label} ({cited})" if cited else label


def wdiff(segments: tuple[Segment, ...], context: int = 8) -> str:
    """Show a redline as text: ``[-removed-]{+added+}``, long unchanged runs shortened.

    >>> from mdrules.history.redline import redline
    >>> wdiff(redline("is 36 maanden", "is 48 maanden"))
    'is [-36-] {+48+} maanden'
    """
    marks = {"-": "[-{}-]", "+": "{{+{}+}}", "=": "{}"}
    parts = [marks[segment.op].format(segment.text) for segment in shortened(segments, context)]
    return " ".join(part for part in parts if part)


def more(count: int, language: str) -> str:
    """Say how many changed calls of a rule a short list leaves out.

    >>> more(2, "nl")
    '… en nog 2 (alle in het HTML-rapport)'
    """
    return t(N_("… en nog {count} (alle in het HTML-rapport)"), language, count=count)


def parameter_line(change: ParameterChange, language: str, arrow: str = "->") -> str:
    """Show a parameter change: its key, its article, the old and the new value.

    >>> from mdrules.history.compare import ParameterChange
    >>> parameter_line(ParameterChange(key="haarlem.x", regulation="haarlem", article="2.4.6",
    ...     description="", kind="changed", old={"nl": "36"}, new={"nl": "48"}), "nl")
    'haarlem.x (Haarlem 2.4.6): 36 -> 48'
    """
    old = change.old[language] if change.old else "-"
    new = change.new[language] if change.new else "-"
    where = citation(change.regulation, change.article, language)
    return f"{change.key} ({where}): {old} {arrow} {new}"


def counts(report: Report, language: str) -> str:
    """Summarise a report in one line."""
    return t(
        N_(
            "{articles} artikelen, {parameters} parameters, {behaviour} uitkomsten van {cases} "
            "aanroepen anders ({reworded} alleen anders verwoord)"
        ),
        language,
        articles=len(report.articles),
        parameters=len(report.parameters),
        behaviour=len(report.behaviour),
        cases=report.cases,
        reworded=len(report.reworded),
    )
