"""What changed in this version: the ``{changes}`` directive.

``{changes} haarlem`` compares the sources being built with the regulation's previous release tag
(:mod:`mdrules.history.releases`) and shows the same report as ``mdrules diff``, in the page's
language. Without git history or an earlier tag, as in a source archive, it says so.
"""

from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from mdrules.history.compare import ArticleChange, Report, by_rule
from mdrules.history.redline import Segment
from mdrules.history.releases import changes_since_release
from mdrules.history.terminal import SHOWN_PER_RULE
from mdrules.history.wording import (
    FIELDS,
    MISSING_ENGLISH,
    NOT_STATED,
    article_title,
    call,
    counts,
    more,
    outcome,
    parameter_line,
    t,
)
from mdrules.i18n import N_, SOURCE_LANGUAGE, translate
from mdrules.sphinxext.content.provisions import label_reference
from mdrules.sphinxext.content.revisions import regulation_argument


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
        return [title, _plain(t(MISSING_ENGLISH, language))]
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
            items += nodes.list_item("", _plain(parameter_line(parameter, language, "→")))
        result.append(items)
    if report.behaviour:
        count = len(report.behaviour)
        result.append(_plain(t(N_("Andere uitkomsten ({count})"), language, count=count)))
        items = nodes.bullet_list()
        for changes in by_rule(report.behaviour).values():
            for shown in changes[:SHOWN_PER_RULE]:
                before = outcome(shown.old, regulation, language, shown.new)
                after = outcome(shown.new, regulation, language, shown.old)
                line = f"mdrules ask {call(shown)}: {before} → {after}"
                item = nodes.list_item()
                item += nodes.paragraph("", "", nodes.literal("", line), translatable=False)
                items += item
            if len(changes) > SHOWN_PER_RULE:
                left_out = more(len(changes) - SHOWN_PER_RULE, language)
                items += nodes.list_item("", _plain(left_out))
        result.append(items)
    return result


class ChangesDirective(SphinxDirective):
    """``{changes} haarlem``: what changed since the regulation's previous release."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        """Compare the sources with the previous release tag, or say there is none."""
        regulation = regulation_argument(self)
        self.env.note_reread()  # the history and the sources may change without this page
        language = self.config.language or SOURCE_LANGUAGE
        repository = Path(self.env.srcdir).parent  # conf.py and docs/ sit in the repository
        version = regulation.version
        release = changes_since_release(repository, regulation.id, version)
        if release is None:
            text = t(
                N_(
                    "Er is geen eerdere versie om mee te vergelijken: deze bron heeft geen "
                    "git-geschiedenis met een release-tag van een vorige versie."
                ),
                language,
            )
            return [_plain(text)]
        tag, report = release
        intro = t(
            N_("Versie {version} vergeleken met de vorige release, {tag}."),
            language,
            version=version,
            tag=tag,
        )
        return [_plain(intro), *report_nodes(report, regulation.id, language)]
