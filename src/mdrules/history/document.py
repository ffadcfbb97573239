"""The HTML report: one standalone page a reviewer reads on screen and prints.

The page is the template ``templates/report.html``, rendered by Jinja2 with autoescaping: this
module only gathers its texts, each a Dutch message rendered in the report's language, and never
writes markup. The redlines show both languages side by side. The page loads nothing: its style
(``templates/report.css``) is inline, and it has no script.
"""

from dataclasses import dataclass
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from mdrules.changes.compare import ArticleChange, BehaviourChange, Report, by_rule, only
from mdrules.changes.redline import CLOSING, OPENING, Segment, redline, shortened
from mdrules.changes.wording import (
    FIELDS,
    KINDS,
    NOT_STATED,
    article_title,
    call,
    citation,
    counts,
    outcome,
    skipped,
    t,
)
from mdrules.i18n import N_

CONTEXT = 12
"""How many unchanged words a redline keeps either side of a change; the rest is left out."""

REWORDED_CONTEXT = 8
"""The same for the rule answers worded differently, which repeat much of their text."""

ABSENT = "—"
"""What a cell shows for a value one version does not have."""

NOTHING = N_("Niets veranderd in tekst, parameters of uitkomsten.")

#: The page's own texts, by the name the template gives them.
WORDS = {
    "nothing": NOTHING,
    "contents": N_("Inhoud"),
    "dutch": N_("Nederlands"),
    "english": N_("Engels"),
    "missing_english": N_("De Engelse tekst ontbreekt in een van de versies."),
    "show_reworded": N_("Toon de aanroepen en hun teksten"),
    "removed": KINDS["removed"],
    "added": KINDS["added"],
}
#: The column headings of the page's tables.
COLUMNS = {
    "fact_columns": (N_("Gegeven"), N_("Oud"), N_("Nieuw")),
    "parameter_columns": (N_("Parameter"), N_("Artikel"), N_("Oud"), N_("Nieuw")),
    "behaviour_columns": (N_("Aanroep"), N_("Herkomst"), N_("Oud"), N_("Nieuw")),
    "reworded_columns": (N_("Aanroep"), N_("Herkomst"), N_("Tekst")),
}


@dataclass(frozen=True)
class Run:
    """A run of words of a shown text: unchanged (``=``), removed, added, or marked (``*``)."""

    text: str
    op: str = "="
    space: bool = False
    """Whether a space comes before it."""


@dataclass(frozen=True)
class Row:
    """A rule call as a table row: its command, where it came from, and what it gave."""

    command: str
    options: tuple[str, ...]
    origin: tuple[str, ...]
    """Where the call came from, in pieces between which the line may break."""
    old: tuple[Run, ...] = ()
    new: tuple[Run, ...] = ()
    text: tuple[Run, ...] = ()
    """The redline of its answer, for a call only worded differently."""


@cache
def _environment() -> Environment:
    """Return the template environment: the package's templates, every value escaped."""
    return Environment(
        loader=PackageLoader("mdrules.history", "templates"),
        autoescape=select_autoescape(),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_document(report: Report, language: str = "nl") -> str:
    """Return the report as a standalone HTML page in a language.

    >>> from mdrules.changes.compare import Report
    >>> page = render_document(Report(old="v1", new="v2", regulations=(), facts=(), articles=(),
    ...     parameters=(), behaviour=(), reworded=(), cases=0))
    >>> page.startswith("<!DOCTYPE html>"), "Niets veranderd" in page
    (True, True)
    """
    parts = [only(report, regulation) for regulation in report.regulations]
    parts = [part for part in parts if not report.empty or part.reworded]
    words: dict[str, Any] = {name: t(text, language) for name, text in WORDS.items()}
    for name, columns in COLUMNS.items():
        words[name] = [t(column, language) for column in columns]
    return (
        _environment()
        .get_template("report.html")
        .render(
            language=language,
            title=t(
                N_("Wat veranderde van {old} naar {new}"), language, old=report.old, new=report.new
            ),
            summary=counts(report, language),
            skipped=skipped(report, language),
            nothing=report.empty,
            words=words,
            parts=[_section(part, language) for part in parts],
        )
    )


def _name(regulation: str) -> str:
    return regulation.capitalize()


def _anchor(change: ArticleChange) -> str:
    return change.new_label or change.old_label or f"{change.regulation}-{change.number}"


def _section(part: Report, language: str) -> dict[str, Any]:
    """Return what the page shows of one regulation's part of a report."""
    regulation = part.regulations[0]
    name = _name(regulation)
    not_stated = t(NOT_STATED, language)
    rules = by_rule(part.behaviour).items()
    return {
        "id": regulation,
        "name": name,
        "empty": part.empty,
        "facts_heading": t(N_("Gegevens van de regeling"), language),
        "facts": [
            {
                "field": t(FIELDS[c.field], language),
                "old": c.old or not_stated,
                "new": c.new or not_stated,
            }
            for c in part.facts
        ],
        "articles_heading": t(N_("Artikelen ({count})"), language, count=len(part.articles)),
        "articles": [_article(change, language) for change in part.articles],
        "parameters_heading": t(N_("Parameters ({count})"), language, count=len(part.parameters)),
        "parameters": [
            {
                "key": c.key,
                "kind": t(KINDS[c.kind], language) if c.kind != "changed" else "",
                "description": c.description,
                "article": citation(regulation, c.article, language),
                "old": (c.old or {}).get(language, ABSENT),
                "new": (c.new or {}).get(language, ABSENT),
            }
            for c in part.parameters
        ],
        "behaviour_heading": t(
            N_("Andere uitkomsten ({count})"), language, count=len(part.behaviour)
        ),
        "behaviour": [
            {
                "caption": f"{rule} ({len(changes)})",
                "rows": [_behaviour(c, regulation, language) for c in changes],
            }
            for rule, changes in rules
        ],
        "reworded_heading": t(N_("Anders verwoord ({count})"), language, count=len(part.reworded)),
        "reworded": [_reworded(c, language) for c in part.reworded],
    }


def _article(change: ArticleChange, language: str) -> dict[str, Any]:
    title = article_title(change, language)
    return {
        "anchor": _anchor(change),
        "number": change.number,
        "title": title,
        "caption": f"{_name(change.regulation)} {title}",
        "nl": _runs(change.nl),
        "en": None if change.en is None else _runs(change.en),
    }


def _row(change: BehaviourChange, **results: tuple[Run, ...]) -> Row:
    """Return a call as a row: each option kept on one line, and the origin's places to break.

    >>> from mdrules.changes.compare import BehaviourChange
    >>> row = _row(BehaviourChange(regulation="haarlem", rule="haarlem.security-code",
    ...     origin="tests/x.py::t[a]", inputs={"code": "1111"}, old={}, new={}))
    >>> row.command, row.options, row.origin
    ('haarlem security-code', ('code 1111',), ('tests/', 'x.py::', 't', '[a]'))
    """
    command, *options = call(change).split(" --")
    marked = change.origin.replace("/", "/\0").replace("::", "::\0").replace("[", "\0[")
    return Row(command, tuple(options), tuple(marked.split("\0")), **results)


def _behaviour(change: BehaviourChange, regulation: str, language: str) -> Row:
    old, new = _contrast(
        outcome(change.old, regulation, language, change.new),
        outcome(change.new, regulation, language, change.old),
    )
    return _row(change, old=old, new=new)


def _reworded(change: BehaviourChange, language: str) -> Row:
    segments = redline(_text(change.old, language), _text(change.new, language))
    return _row(change, text=_runs(segments, REWORDED_CONTEXT))


def _glue(runs: list[Run]) -> tuple[Run, ...]:
    """Return the runs of a text with a space before each one, unless punctuation."""
    glued: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        space = bool(glued) and run.text[0] not in CLOSING and glued[-1].text[-1] not in OPENING
        glued.append(Run(run.text, run.op, space))
    return tuple(glued)


def _runs(segments: tuple[Segment, ...], context: int = CONTEXT) -> tuple[Run, ...]:
    """Return a redline as runs, long unchanged runs shortened to ``context`` words each side.

    >>> from mdrules.changes.redline import redline
    >>> [(r.op, r.text, r.space) for r in _runs(redline("is 36 maanden.", "is 48 maanden."))]
    [('=', 'is', False), ('-', '36', True), ('+', '48', True), ('=', 'maanden.', True)]
    """
    return _glue([Run(s.text, s.op) for s in shortened(segments, context, "[…]")])


def _contrast(old: str, new: str) -> tuple[tuple[Run, ...], tuple[Run, ...]]:
    """Return two short texts as runs, the words each has of its own marked.

    >>> old, new = _contrast("Termijn 2023-05-31", "Termijn 2024-05-31")
    >>> [(r.op, r.text) for r in old], [(r.op, r.text) for r in new]
    ([('=', 'Termijn'), ('*', '2023-05-31')], [('=', 'Termijn'), ('*', '2024-05-31')])
    """
    segments = redline(old, new)

    def side(own: str) -> tuple[Run, ...]:
        return _glue(
            [Run(s.text, "=" if s.op == "=" else "*") for s in segments if s.op in ("=", own)]
        )

    return side("-"), side("+")


def _text(result: dict[str, object], language: str) -> str:
    text = result.get("text")
    if isinstance(text, dict):
        return str(text.get(language, ""))
    return "" if text is None else str(text)
