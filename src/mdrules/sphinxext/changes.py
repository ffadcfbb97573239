"""What changed in this version: the ``{changes}`` directive.

``{changes} haarlem`` compares the sources being built with the regulation's previous release tag
(:mod:`mdrules.history.releases`) and shows the same report as ``mdrules diff``, in the page's
language. Without git history or an earlier tag, as in a source archive, it says so.
"""

from itertools import groupby
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from mdrules.history.compare import ArticleChange, Report
from mdrules.history.redline import Segment
from mdrules.history.releases import changes_since_release, previous_release
from mdrules.history.terminal import SHOWN_PER_RULE
from mdrules.history.wording import (
    FIELDS,
    NOT_STATED,
    article_title,
    call,
    citation,
    counts,
    outcome,
    t,
)
from mdrules.i18n import N_, SOURCE_LANGUAGE, translate
from mdrules.regulations import REGULATIONS
from mdrules.sphinxext.provisions import label_reference


def redline_paragraph(segments: tuple[Segment, ...], language: str) -> nodes.paragraph:
    """Return a redline as a paragraph: removed words struck through, added ones underlined."""
    paragraph = nodes.paragraph(classes=["md-redline"], translatable=False)
    hidden = {"-": t(N_("verwijderd:"), language), "+": t(N_("toegevoegd:"), language)}
    for position, segment in enumerate(segments):
        if position:
            paragraph += nodes.Text(" ")
        if segment.op == "=":
            paragraph += nodes.Text(segment.text)
            continue
        run = nodes.inline(classes=["md-del" if segment.op == "-" else "md-ins"])
        run += nodes.inline("", hidden[segment.op] + " ", classes=["md-visually-hidden"])
        run += nodes.Text(segment.text)
        paragraph += run
    return paragraph


def _article(change: ArticleChange, language: str) -> list[nodes.Node]:
    title = nodes.paragraph(classes=["md-change-title"], translatable=False)
    name = article_title(change, language)
    if change.new_label is not None:
        title += label_reference(change.new_label, name)
    else:
        title += nodes.strong("", name)
    segments = change.en if language == "en" else change.nl
    if segments is None:
        note = t(N_("(de Engelse tekst ontbreekt in een van de versies)"), language)
        return [title, nodes.paragraph("", note, translatable=False)]
    return [title, redline_paragraph(segments, language)]


def _plain(text: str) -> nodes.paragraph:
    return nodes.paragraph("", text, translatable=False)


def report_nodes(report: Report, regulation: str, language: str) -> list[nodes.Node]:
    """Return the report of one regulation as the page shows it."""
    result: list[nodes.Node] = [_plain(counts(report, language))]
    not_stated = translate(NOT_STATED, language)
    for fact in report.facts:
        name = translate(FIELDS[fact.field], language)
        result.append(_plain(f"{name}: {fact.old or not_stated} → {fact.new or not_stated}"))
    for change in report.articles:
        result += _article(change, language)
    if report.parameters:
        result.append(_plain(t(N_("Parameters ({count})"), language, count=len(report.parameters))))
        items = nodes.bullet_list()
        for parameter in report.parameters:
            old = parameter.old[language] if parameter.old else "-"
            new = parameter.new[language] if parameter.new else "-"
            where = citation(regulation, parameter.article, language)
            items += nodes.list_item("", _plain(f"{parameter.key} ({where}): {old} → {new}"))
        result.append(items)
    if report.behaviour:
        count = len(report.behaviour)
        result.append(_plain(t(N_("Andere uitkomsten ({count})"), language, count=count)))
        items = nodes.bullet_list()
        for _rule, group in groupby(report.behaviour, key=lambda change: change.rule):
            changes = list(group)
            for shown in changes[:SHOWN_PER_RULE]:
                line = (
                    f"mdrules ask {call(shown)}: {outcome(shown.old, regulation, language)}"
                    f" → {outcome(shown.new, regulation, language)}"
                )
                item = nodes.list_item()
                item += nodes.paragraph("", "", nodes.literal("", line), translatable=False)
                items += item
            if len(changes) > SHOWN_PER_RULE:
                more = t(
                    N_("… en nog {count} (alle in het HTML-rapport)"),
                    language,
                    count=len(changes) - SHOWN_PER_RULE,
                )
                items += nodes.list_item("", _plain(more))
        result.append(items)
    return result


class ChangesDirective(SphinxDirective):
    """``{changes} haarlem``: what changed since the regulation's previous release."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        """Compare the sources with the previous release tag, or say there is none."""
        key = self.arguments[0]
        if key not in REGULATIONS:
            msg = f"expected a regulation, one of {', '.join(REGULATIONS)}; got {key!r}"
            raise self.error(msg)
        self.env.note_reread()  # the history and the sources may change without this page
        language = self.config.language or SOURCE_LANGUAGE
        repository = Path(self.env.srcdir).parent  # conf.py and docs/ sit in the repository
        version = REGULATIONS[key].version
        tag = previous_release(repository, key, version)
        report = changes_since_release(repository, key, version) if tag else None
        if tag is None or report is None:
            text = t(
                N_(
                    "Er is geen eerdere versie om mee te vergelijken: deze bron heeft geen "
                    "git-geschiedenis met een release-tag van een vorige versie."
                ),
                language,
            )
            return [_plain(text)]
        intro = t(
            N_("Versie {version} vergeleken met de vorige release, {tag}."),
            language,
            version=version,
            tag=tag,
        )
        return [_plain(intro), *report_nodes(report, key, language)]
