"""What changed in this version: the ``{changes}`` directive.

``{changes} haarlem`` compares the sources being built with the regulation's previous release,
the newest snapshot stored in its folder (``releases/<version>.json``, made by ``mdrules
release``) whose version is not the current one, and shows the same report as ``mdrules diff``
in the page's language. It reads the tree as the probe reads it and asks the release's recorded
rule calls again in this process (:mod:`mdrules.changes.since`): the build runs no test. Without
a stored release, it says there is nothing to compare with.
"""

from collections.abc import Iterable, Set
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

from mdrules.changes.compare import ArticleChange, Report, by_rule
from mdrules.changes.redline import Segment
from mdrules.changes.since import cached_changes_since
from mdrules.changes.stored import previous_release, releases_folder
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
    t,
)
from mdrules.i18n import N_, SOURCE_LANGUAGE, translate
from mdrules.regulations import RULESETS
from mdrules.ruleset import Ruleset
from mdrules.sphinxext.content.dependencies import note_rendering
from mdrules.sphinxext.content.provisions import label_reference
from mdrules.sphinxext.content.revisions import regulation_argument
from mdrules.sphinxext.warning_types import MdrulesWarning, reported

CACHE = "changes"
"""The folder, beside the doctrees of the editions, where their builds share the reports."""

LISTINGS = "mdrules_release_listings"
"""The environment's record, per document, of the stored releases each folder held when read."""

NEW_CALLS = N_(
    "Opnieuw gevraagd zijn de aanroepen uit de voorbeelden en tests van de vorige versie; "
    "aanroepen die alleen deze versie doet, vergelijkt alleen make diff, met de code van beide."
)
"""The one line that says which calls the page could ask, and where the others are compared."""


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
    """``{changes} haarlem``: what changed since the regulation's previous stored release."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    @reported(MdrulesWarning.REVISIONS)
    def run(self) -> list[nodes.Node]:
        """Compare the sources with the previous stored release, or say there is none."""
        regulation = regulation_argument(self)
        ruleset = RULESETS[regulation.id]
        language = self.config.language or SOURCE_LANGUAGE
        root = Path(self.env.srcdir).parent  # conf.py and docs/ sit in the repository
        release = previous_release(ruleset)
        self._note_dependencies(ruleset, root, compared=release is not None)
        if release is None:
            text = t(
                N_(
                    "Er is geen eerdere versie om mee te vergelijken: deze bron heeft geen "
                    "opgeslagen release van een vorige versie."
                ),
                language,
            )
            return [_plain(text)]
        tag = f"{regulation.id}-{release.version}"
        cache = Path(self.env.doctreedir).parent / CACHE
        report = cached_changes_since(release, root, regulation.id, tag, cache)
        intro = t(
            N_("Versie {version} vergeleken met de vorige release, {tag}."),
            language,
            version=regulation.version,
            tag=tag,
        )
        return [
            _plain(intro),
            *report_nodes(report, regulation.id, language),
            _plain(t(NEW_CALLS, language)),
        ]

    def _note_dependencies(self, ruleset: Ruleset, root: Path, *, compared: bool) -> None:
        """Note what the page is made of, so that an edit to any of it rebuilds the page.

        A release stored or removed later changes its folder's listing (:func:`outdated`). When
        the page compares with a release: the stored releases, the regulation's page and its
        catalog, the engine and the regulation's folder (:func:`note_rendering`).
        """
        folder = releases_folder(ruleset)
        listed = _listing(folder)
        listings = _listings(self.env).setdefault(self.env.docname, {})
        listings[str(folder)] = listed
        if not compared:
            return
        page = ruleset.metadata.page
        files: list[Path] = [folder / name for name in listed]
        files += [
            root / "docs" / f"{page}.md",
            root / "locale" / "en" / "LC_MESSAGES" / f"{page}.po",
        ]
        note_rendering(self.env, [ruleset.id])
        for file in files:
            if file.is_file():
                self.env.note_dependency(str(file))


def _listing(folder: Path) -> tuple[str, ...]:
    """Return the names of the stored releases in a folder, sorted."""
    return tuple(sorted(path.name for path in folder.glob("*.json"))) if folder.is_dir() else ()


def _listings(env: BuildEnvironment) -> dict[str, dict[str, tuple[str, ...]]]:
    if not hasattr(env, LISTINGS):
        setattr(env, LISTINGS, {})
    listings: dict[str, dict[str, tuple[str, ...]]] = getattr(env, LISTINGS)
    return listings


def outdated(
    _app: Sphinx, env: BuildEnvironment, _added: Set[str], _changed: Set[str], _removed: Set[str]
) -> Iterable[str]:
    """Return the pages whose folders of stored releases list other files than when read."""
    return [
        docname
        for docname, folders in _listings(env).items()
        if any(_listing(Path(folder)) != listed for folder, listed in folders.items())
    ]


def purge(_app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    """Forget what a page read, before it is read again."""
    _listings(env).pop(docname, None)


def merge(_app: Sphinx, env: BuildEnvironment, docnames: Set[str], other: BuildEnvironment) -> None:
    """Take what pages read in a parallel process."""
    theirs = _listings(other)
    _listings(env).update({name: theirs[name] for name in docnames if name in theirs})


def setup_changes(app: Sphinx) -> None:
    """Register the ``changes`` directive; keep its pages up to date with the stored releases."""
    app.add_directive("changes", ChangesDirective)
    app.connect("env-get-outdated", outdated)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
