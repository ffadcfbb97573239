"""The terminal summary of a report: what a reviewer reads before opening the HTML report."""

from itertools import groupby

from mdrules.history.compare import Report
from mdrules.history.wording import (
    FIELDS,
    NOT_STATED,
    article_title,
    call,
    citation,
    counts,
    outcome,
    t,
    wdiff,
)
from mdrules.i18n import N_, translate

SHOWN_PER_RULE = 5
"""How many changed calls of one rule the summary shows; the HTML report shows them all."""


def summary(report: Report, language: str = "nl") -> str:
    """Return the report as lines of text, both languages' redlines under each article."""
    lines = [
        t(N_("Wat veranderde van {old} naar {new}"), language, old=report.old, new=report.new),
        counts(report, language),
    ]
    if report.empty:
        lines.append(t(N_("Niets veranderd in tekst, parameters of uitkomsten."), language))
    for regulation in report.regulations:
        lines += _regulation(report, regulation, language)
    return "\n".join(lines)


def _regulation(report: Report, regulation: str, language: str) -> list[str]:
    facts = [c for c in report.facts if c.regulation == regulation]
    articles = [c for c in report.articles if c.regulation == regulation]
    parameters = [c for c in report.parameters if c.regulation == regulation]
    behaviour = [c for c in report.behaviour if c.regulation == regulation]
    if not (facts or articles or parameters or behaviour):
        return []
    lines = ["", f"== {regulation} =="]
    not_stated = translate(NOT_STATED, language)
    for fact in facts:
        name = translate(FIELDS[fact.field], language)
        lines.append(f"{name}: {fact.old or not_stated} -> {fact.new or not_stated}")
    if articles:
        lines.append(t(N_("Artikelen ({count})"), language, count=len(articles)))
    for change in articles:
        lines.append("  " + article_title(change, language))
        lines.append("    nl: " + wdiff(change.nl))
        english = wdiff(change.en) if change.en is not None else None
        lines.append(
            "    en: "
            + (english or t(N_("(de Engelse tekst ontbreekt in een van de versies)"), language))
        )
    if parameters:
        lines.append(t(N_("Parameters ({count})"), language, count=len(parameters)))
    for parameter in parameters:
        old = parameter.old[language] if parameter.old else "-"
        new = parameter.new[language] if parameter.new else "-"
        where = citation(regulation, parameter.article, language)
        lines.append(f"  {parameter.key} ({where}): {old} -> {new}")
    if behaviour:
        lines.append(t(N_("Andere uitkomsten ({count})"), language, count=len(behaviour)))
    for _rule, group in groupby(behaviour, key=lambda change: change.rule):
        changes = list(group)
        for shown in changes[:SHOWN_PER_RULE]:
            lines.append(f"  {call(shown)}")
            lines.append(
                f"    {outcome(shown.old, regulation, language)}"
                f" -> {outcome(shown.new, regulation, language)}"
            )
            lines.append(f"    ({shown.origin})")
        if len(changes) > SHOWN_PER_RULE:
            lines.append(
                "  "
                + t(
                    N_("… en nog {count} (alle in het HTML-rapport)"),
                    language,
                    count=len(changes) - SHOWN_PER_RULE,
                )
            )
    return lines
