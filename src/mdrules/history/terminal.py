"""The terminal summary of a report: what a reviewer reads before opening the HTML report."""

from mdrules.changes.compare import Report, by_rule, only
from mdrules.changes.wording import (
    FIELDS,
    MISSING_ENGLISH,
    NOT_STATED,
    SHOWN_PER_RULE,
    article_title,
    call,
    counts,
    more,
    outcome,
    parameter_line,
    skipped,
    t,
    wdiff,
)
from mdrules.i18n import N_, translate


def summary(report: Report, language: str = "nl") -> str:
    """Return the report as lines of text, both languages' redlines under each article."""
    lines = [
        t(N_("Wat veranderde van {old} naar {new}"), language, old=report.old, new=report.new),
        counts(report, language),
    ]
    note = skipped(report, language)
    if note is not None:
        lines.append(note)
    if report.empty:
        lines.append(t(N_("Niets veranderd in tekst, parameters of uitkomsten."), language))
    for regulation in report.regulations:
        lines += _regulation(report, regulation, language)
    return "\n".join(lines)


def _regulation(report: Report, regulation: str, language: str) -> list[str]:
    part = only(report, regulation)
    if part.empty:
        return []
    lines = ["", f"== {regulation} =="]
    not_stated = translate(NOT_STATED, language)
    for fact in part.facts:
        name = translate(FIELDS[fact.field], language)
        lines.append(f"{name}: {fact.old or not_stated} -> {fact.new or not_stated}")
    if part.articles:
        lines.append(t(N_("Artikelen ({count})"), language, count=len(part.articles)))
    for change in part.articles:
        lines.append("  " + article_title(change, language))
        lines.append("    nl: " + wdiff(change.nl))
        english = wdiff(change.en) if change.en is not None else t(MISSING_ENGLISH, language)
        lines.append("    en: " + english)
    if part.parameters:
        lines.append(t(N_("Parameters ({count})"), language, count=len(part.parameters)))
    lines += ["  " + parameter_line(parameter, language) for parameter in part.parameters]
    if part.behaviour:
        lines.append(t(N_("Andere uitkomsten ({count})"), language, count=len(part.behaviour)))
    for changes in by_rule(part.behaviour).values():
        for shown in changes[:SHOWN_PER_RULE]:
            lines.append(f"  {call(shown)}")
            lines.append(
                f"    {outcome(shown.old, regulation, language, shown.new)}"
                f" -> {outcome(shown.new, regulation, language, shown.old)}"
            )
            lines.append(f"    ({shown.origin})")
        if len(changes) > SHOWN_PER_RULE:
            lines.append("  " + more(len(changes) - SHOWN_PER_RULE, language))
    return lines
