"""The HTML report: one standalone page a reviewer reads on screen and prints.

Every text of the page's own is a Dutch message, rendered in the report's language; the redlines
show both languages side by side. The page loads nothing: its style is inline, it has no script.
"""

from collections.abc import Iterable, Sequence
from html import escape

from mdrules.history.compare import ArticleChange, BehaviourChange, Report, by_rule, only
from mdrules.history.redline import CLOSING, OPENING, Segment, redline, shortened
from mdrules.history.wording import (
    FIELDS,
    KINDS,
    NOT_STATED,
    article_title,
    call,
    citation,
    counts,
    outcome,
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

STYLE = """
:root { color: #1a1a1a; background: #fff; }
body { font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  max-width: 75rem; margin: 0 auto; padding: 1rem 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #1a1a1a; margin-top: 2.5rem; }
h3 { font-size: 1.15rem; margin-top: 1.75rem; }
h4 { font-size: 1rem; margin: 1.5rem 0 .25rem; }
h2, h3, h4 { break-after: avoid; }
a { color: #0b4f8a; }
code { font: .875rem/1.4 ui-monospace, "DejaVu Sans Mono", Consolas, monospace;
  overflow-wrap: anywhere; }
.summary { font-size: 1.05rem; }
.note { font-style: italic; color: #4a4a4a; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #6b6b6b; padding: .35rem .5rem; text-align: left;
  vertical-align: top; overflow-wrap: break-word; }
thead th { background: #eef0f2; }
tbody th { font-weight: normal; }
.option { white-space: nowrap; }
tr { break-inside: avoid; }
.redline { table-layout: fixed; }
.redline p { margin: 0; }
.change { break-inside: avoid; }
del { color: #8f0010; background: #fde8e8; text-decoration: line-through 2px; }
ins { color: #005a1f; background: #e2f4e6; text-decoration: underline 2px; }
mark { color: inherit; background: #fff1b8; font-weight: 700; }
details { margin: .5rem 0 1rem; }
summary { cursor: pointer; font-weight: 600; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px;
  padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media (max-width: 40rem), print {
  .redline, .redline tbody, .redline tr, .redline td { display: block; width: auto; }
  .redline thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); }
  .redline td { border-width: 1px 1px 0; }
  .redline tr td:last-child { border-bottom-width: 1px; }
  .redline td::before { content: attr(data-label); display: block; font-weight: 700; }
}
@media print {
  @page { margin: 1.8cm; }
  body { font-size: 10.5pt; max-width: none; padding: 0; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  thead th, del, ins, mark { background: none; }
}
"""


def render_document(report: Report, language: str = "nl") -> str:
    """Return the report as a standalone HTML page in a language.

    >>> from mdrules.history.compare import Report
    >>> page = render_document(Report(old="v1", new="v2", regulations=(), facts=(), articles=(),
    ...     parameters=(), behaviour=(), reworded=(), cases=0))
    >>> page.startswith("<!DOCTYPE html>"), "Niets veranderd" in page
    (True, True)
    """
    title = t(N_("Wat veranderde van {old} naar {new}"), language, old=report.old, new=report.new)
    body = [
        f"<h1>{escape(title)}</h1>",
        f'<p class="summary">{escape(counts(report, language))}</p>',
    ]
    if report.empty:
        body.append(f"<p>{escape(t(NOTHING, language))}</p>")
    parts = [only(report, regulation) for regulation in report.regulations]
    parts = [part for part in parts if not report.empty or part.reworded]
    if parts:
        body += _contents(parts, language)
    body.append("<main>")
    for part in parts:
        body += _regulation(part, language)
    body.append("</main>")
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{escape(language)}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title>",
            f"<style>{STYLE}</style>",
            "</head>",
            "<body>",
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )


def _name(regulation: str) -> str:
    return regulation.capitalize()


def _anchor(change: ArticleChange) -> str:
    return change.new_label or change.old_label or f"{change.regulation}-{change.number}"


def _contents(parts: list[Report], language: str) -> list[str]:
    items = []
    for part in parts:
        regulation = part.regulations[0]
        links = ", ".join(
            f'<a href="#{escape(_anchor(c))}">{escape(c.number)}</a>' for c in part.articles
        )
        items.append(
            f'<li><a href="#{escape(regulation)}">{escape(_name(regulation))}</a>'
            + (f": {links}" if links else "")
            + "</li>"
        )
    label = escape(t(N_("Inhoud"), language))
    return [f'<nav aria-label="{label}">', "<ul>", *items, "</ul>", "</nav>"]


def _regulation(part: Report, language: str) -> list[str]:
    """Return the section of one regulation's part of a report."""
    regulation = part.regulations[0]
    html = [
        f'<section aria-labelledby="{escape(regulation)}">',
        f'<h2 id="{escape(regulation)}">{escape(_name(regulation))}</h2>',
    ]
    if part.empty:
        html.append(f"<p>{escape(t(NOTHING, language))}</p>")
    html += _facts(part, language)
    if part.articles:
        html.append(_h3(t(N_("Artikelen ({count})"), language, count=len(part.articles))))
        for change in part.articles:
            html += _article(change, language)
    html += _parameters(part, language)
    html += _behaviour(part, language)
    html += _reworded(part, language)
    html.append("</section>")
    return html


def _h3(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _facts(part: Report, language: str) -> list[str]:
    if not part.facts:
        return []
    heading = t(N_("Gegevens van de regeling"), language)
    not_stated = t(NOT_STATED, language)
    rows = [
        (
            escape(t(FIELDS[c.field], language)),
            escape(c.old or not_stated),
            escape(c.new or not_stated),
        )
        for c in part.facts
    ]
    columns = (N_("Gegeven"), N_("Oud"), N_("Nieuw"))
    caption = f"{_name(part.regulations[0])}: {heading}"
    return [_h3(heading), *_table(caption, columns, rows, language)]


def _parameters(part: Report, language: str) -> list[str]:
    if not part.parameters:
        return []
    regulation = part.regulations[0]
    rows = []
    for change in part.parameters:
        key = f"<code>{escape(change.key)}</code>"
        if change.kind != "changed":
            key += f" ({escape(t(KINDS[change.kind], language))})"
        key += f'<br><span class="note" lang="en">{escape(change.description)}</span>'
        rows.append(
            (
                key,
                escape(citation(regulation, change.article, language)),
                escape((change.old or {}).get(language, ABSENT)),
                escape((change.new or {}).get(language, ABSENT)),
            )
        )
    heading = t(N_("Parameters ({count})"), language, count=len(rows))
    columns = (N_("Parameter"), N_("Artikel"), N_("Oud"), N_("Nieuw"))
    caption = f"{_name(regulation)}: {heading}"
    return [_h3(heading), *_table(caption, columns, rows, language)]


def _behaviour(part: Report, language: str) -> list[str]:
    if not part.behaviour:
        return []
    regulation = part.regulations[0]
    html = [_h3(t(N_("Andere uitkomsten ({count})"), language, count=len(part.behaviour)))]
    columns = (N_("Aanroep"), N_("Herkomst"), N_("Oud"), N_("Nieuw"))
    for rule, changes in by_rule(part.behaviour).items():
        rows = [
            (
                _call(c),
                _origin(c),
                *_contrast(
                    outcome(c.old, regulation, language), outcome(c.new, regulation, language)
                ),
            )
            for c in changes
        ]
        html += _table(f"{rule} ({len(rows)})", columns, rows, language, hidden=False)
    return html


def _reworded(part: Report, language: str) -> list[str]:
    if not part.reworded:
        return []
    rows = [
        (
            _call(c),
            _origin(c),
            _redline(
                redline(_text(c.old, language), _text(c.new, language)), language, REWORDED_CONTEXT
            ),
        )
        for c in part.reworded
    ]
    heading = t(N_("Anders verwoord ({count})"), language, count=len(rows))
    more = t(N_("Toon de aanroepen en hun teksten"), language)
    columns = (N_("Aanroep"), N_("Herkomst"), N_("Tekst"))
    caption = f"{_name(part.regulations[0])}: {heading}"
    return [
        _h3(heading),
        f"<details><summary>{escape(more)}</summary>",
        *_table(caption, columns, rows, language),
        "</details>",
    ]


def _call(change: BehaviourChange) -> str:
    """Return a call as HTML, each option kept on one line.

    >>> from mdrules.history.compare import BehaviourChange
    >>> print(_call(BehaviourChange(regulation="haarlem", rule="haarlem.security-code",
    ...     origin="", inputs={"code": "1111"}, old={}, new={})))
    <code>haarlem security-code <span class="option">--code 1111</span></code>
    """
    command, *options = call(change).split(" --")
    spans = "".join(f' <span class="option">--{escape(option)}</span>' for option in options)
    return f"<code>{escape(command)}{spans}</code>"


def _origin(change: BehaviourChange) -> str:
    """Return where a call came from, a test or an example, with places to break the line."""
    text = escape(change.origin).replace("/", "/<wbr>").replace("::", "::<wbr>")
    return f"<code>{text.replace('[', '<wbr>[')}</code>"


def _table(
    caption: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[str]],
    language: str,
    *,
    hidden: bool = True,
) -> list[str]:
    """Return a table of rows of cells already HTML, the first cell of each its header."""
    shown = ' class="visually-hidden"' if hidden else ""
    head = "".join(f'<th scope="col">{escape(t(c, language))}</th>' for c in columns)
    body = [
        f'<tr><th scope="row">{header}</th>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
        for header, *cells in rows
    ]
    return [
        "<table>",
        f"<caption{shown}>{escape(caption)}</caption>",
        f"<thead><tr>{head}</tr></thead>",
        "<tbody>",
        *body,
        "</tbody>",
        "</table>",
    ]


def _article(change: ArticleChange, language: str) -> list[str]:
    title = article_title(change, language)
    dutch, english = t(N_("Nederlands"), language), t(N_("Engels"), language)
    if change.en is None:
        missing = t(N_("De Engelse tekst ontbreekt in een van de versies."), language)
        en = f'<p class="note" lang="{escape(language)}">{escape(missing)}</p>'
    else:
        en = _redline(change.en, language)
    return [
        f'<article class="change" id="{escape(_anchor(change))}">',
        f"<h4>{escape(title)}</h4>",
        '<table class="redline">',
        f'<caption class="visually-hidden">{escape(_name(change.regulation))} {escape(title)}'
        "</caption>",
        f'<thead><tr><th scope="col">{escape(dutch)}</th><th scope="col">{escape(english)}</th>'
        "</tr></thead>",
        "<tbody><tr>",
        f'<td lang="nl" data-label="{escape(dutch)}">{_redline(change.nl, language)}</td>',
        f'<td lang="en" data-label="{escape(english)}">{en}</td>',
        "</tr></tbody>",
        "</table>",
        "</article>",
    ]


def _glue(parts: list[tuple[str, str]]) -> str:
    """Join pieces of a text, given as (plain text, HTML), with a space unless punctuation."""
    html = ""
    previous = ""
    for text, piece in parts:
        if not text:
            continue
        if html and text[0] not in CLOSING and previous[-1] not in OPENING:
            html += " "
        html += piece
        previous = text
    return html


def _redline(segments: tuple[Segment, ...], language: str, context: int = CONTEXT) -> str:
    """Render a redline: removed words in ``<del>``, added in ``<ins>``, each announced.

    >>> from mdrules.history.redline import redline
    >>> print(_redline(redline("is 36 maanden", "is 48 maanden"), "nl"))
    is <del><span class="visually-hidden" lang="nl">verwijderd: </span>36</del>
    <ins><span class="visually-hidden" lang="nl">toegevoegd: </span>48</ins> maanden
    """
    parts = []
    for segment in shortened(segments, context, "[…]"):
        text = segment.text
        if segment.op == "=":
            parts.append((text, escape(text)))
            continue
        tag, kind = ("del", KINDS["removed"]) if segment.op == "-" else ("ins", KINDS["added"])
        label = escape(t(kind, language))
        hidden = f'<span class="visually-hidden" lang="{escape(language)}">{label}: </span>'
        parts.append((text, f"<{tag}>{hidden}{escape(text)}</{tag}>"))
    return _glue(parts)


def _contrast(old: str, new: str) -> tuple[str, str]:
    """Return two short texts with the words each has of its own marked.

    >>> _contrast("Termijn 2023-05-31", "Termijn 2024-05-31")
    ('Termijn <mark>2023-05-31</mark>', 'Termijn <mark>2024-05-31</mark>')
    """
    segments = redline(old, new)

    def side(own: str) -> str:
        return _glue(
            [
                (s.text, escape(s.text) if s.op == "=" else f"<mark>{escape(s.text)}</mark>")
                for s in segments
                if s.op in ("=", own)
            ]
        )

    return side("-"), side("+")


def _text(result: dict[str, object], language: str) -> str:
    text = result.get("text")
    if isinstance(text, dict):
        return str(text.get(language, ""))
    return "" if text is None else str(text)
