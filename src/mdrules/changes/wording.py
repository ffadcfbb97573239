"""The words of a report, shared by the terminal, the HTML report and the handbook page."""

import contextlib
from typing import Any

from babel import Locale
from babel.lists import format_list

from mdrules.changes.compare import ArticleChange, BehaviourChange, ParameterChange, Report
from mdrules.changes.redline import Segment, shortened
from mdrules.decision import OUTCOME_LABELS, Outcome
from mdrules.i18n import N_, babel_locale, translate
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
SHOWN_PER_RULE = 5
"""How many changed calls of one rule a summary shows; the HTML report shows them all."""


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

    >>> from mdrules.changes.compare import BehaviourChange
    >>> call(BehaviourChange(regulation="haarlem", rule="haarlem.replacement", origin="",
    ...      inputs={"device": {"$enum": "DeviceKind", "value": "smartphone"}}, old={}, new={}))
    'haarlem replacement --device smartphone'
    """
    regulation, _sep, name = change.rule.partition(".")
    options = " ".join(
        f"--{key.replace('_', '-')} {value(encoded)}" for key, encoded in change.inputs.items()
    )
    return f"{regulation} {name} {options}".strip()


def outcome(
    result: dict[str, Any], regulation: str, language: str, other: dict[str, Any] | None = None
) -> str:
    """Show what a call gave: the outcome, its date, and its articles; or why it gave none.

    Given what the ``other`` version gave, it also shows the steps, conditions or contacts when
    they differ, which the outcome alone would not show.

    >>> bel = {"outcome": "required", "articles": ["2.3.8"], "contacts": ["023-5115252"],
    ...        "steps": {"nl": ["Bel 023-5115252."], "en": ["Call 023-5115252."]}}
    >>> mail = bel | {"contacts": ["x@example.org"], "steps": {"nl": ["Mail x@example.org."]}}
    >>> outcome(bel, "haarlem", "nl"), outcome(bel, "haarlem", "en", mail)
    ('Verplicht (Haarlem 2.3.8)', 'Required (Haarlem 2.3.8): 1. Call 023-5115252.')
    """
    shown = _outcome(result, regulation, language)
    if other is None:
        return shown
    details = []
    for field in ("condition_texts", "steps"):
        if _dutch(result, field) != _dutch(other, field):
            lines = _localized(result, field, language)
            if field == "steps":
                lines = [f"{number}. {step}" for number, step in enumerate(lines, 1)]
            details += lines
    if not details and result.get("contacts") != other.get("contacts"):
        details = list(result.get("contacts") or [])
    return f"{shown}: {' '.join(details)}" if details else shown


def _dutch(result: dict[str, Any], field: str) -> object:
    return (result.get(field) or {}).get("nl")


def _localized(result: dict[str, Any], field: str, language: str) -> list[str]:
    """Return a part of an answer in a language, or in Dutch where its English is missing."""
    texts = result.get(field) or {}
    return list(texts.get(language) or texts.get("nl") or [])


def _outcome(result: dict[str, Any], regulation: str, language: str) -> str:
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

    >>> from mdrules.changes.redline import redline
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

    >>> from mdrules.changes.compare import ParameterChange
    >>> parameter_line(ParameterChange(key="haarlem.x", regulation="haarlem", article="2.4.6",
    ...     description="", kind="changed", old={"nl": "36"}, new={"nl": "48"}), "nl")
    'haarlem.x (Haarlem 2.4.6): 36 -> 48'
    """
    old = change.old[language] if change.old else "-"
    new = change.new[language] if change.new else "-"
    where = citation(change.regulation, change.article, language)
    return f"{change.key} ({where}): {old} {arrow} {new}"


def plural(one: str, other: str, count: int, language: str, **values: object) -> str:
    """Say a count with the message of its plural form in a language, its values filled in.

    ``one`` and ``other`` are the Dutch messages of the forms; the language's plural rule (from
    babel) chooses. Each form is a message of its own in the catalog, translated to the same form
    of the other language; a form the language has and Dutch has not ("few") takes ``other``.

    >>> [plural(N_("{count} artikel"), N_("{count} artikelen"), n, "nl") for n in (0, 1, 2)]
    ['0 artikelen', '1 artikel', '2 artikelen']
    >>> [plural(N_("{count} artikel"), N_("{count} artikelen"), n, "en") for n in (0, 1, 2)]
    ['0 articles', '1 article', '2 articles']
    """
    form = Locale.parse(babel_locale(language)).plural_form(count)
    return t(one if form == "one" else other, language, count=count, **values)


def counts(report: Report, language: str) -> str:
    """Summarise a report in one line, each count in its plural form.

    >>> from mdrules.changes.compare import Report
    >>> counts(Report(old="a", new="b", regulations=(), facts=(), articles=(), parameters=(),
    ...     behaviour=(), reworded=(), cases=1), "nl")
    '0 artikelen, 0 parameters, 0 uitkomsten van 1 aanroep anders (0 alleen anders verwoord)'
    """
    return t(
        N_(
            "{articles}, {parameters}, {behaviour} van {cases} anders "
            "({reworded} alleen anders verwoord)"
        ),
        language,
        articles=plural(
            N_("{count} artikel"), N_("{count} artikelen"), len(report.articles), language
        ),
        parameters=plural(
            N_("{count} parameter"), N_("{count} parameters"), len(report.parameters), language
        ),
        behaviour=plural(
            N_("{count} uitkomst"), N_("{count} uitkomsten"), len(report.behaviour), language
        ),
        cases=plural(N_("{count} aanroep"), N_("{count} aanroepen"), report.cases, language),
        reworded=len(report.reworded),
    )


def skipped(report: Report, language: str) -> str | None:
    """Say which decision tables were not asked, because pytest is not installed; or ``None``.

    >>> from mdrules.changes.compare import Report
    >>> print(skipped(Report(old="a", new="b", regulations=(), facts=(), articles=(),
    ...     parameters=(), behaviour=(), reworded=(), cases=0, skipped=("tests/test_x.py",)), "en"))
    The decision tables in tests/test_x.py were not asked: that needs pytest (pip install pytest).
    """
    if not report.skipped:
        return None
    files = format_list(list(report.skipped), locale=babel_locale(language))
    return t(
        N_(
            "De beslistabellen in {files} zijn niet gevraagd: daarvoor is pytest nodig "
            "(pip install pytest)."
        ),
        language,
        files=files,
    )
