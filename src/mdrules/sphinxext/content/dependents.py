"""Pages that show what other pages hold, written again when that changes.

Two kinds of page are made, when written, of what the other pages hold: a coverage table
(``{coverage}``) counts the labelled parts of the regulation pages and the examples under them;
an article lists the FAQ entries that cite it, by their titles. Sphinx writes again only the
pages it read again, so after the pages are read, what they hold for the others is compared with
what they held before (``env-get-outdated``, ``env-get-updated``): when it differs, the coverage
pages, or the regulation pages, are written again too. They are not read again.
"""

from collections.abc import Iterable, Set

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from mdrules.regulations import REGULATIONS
from mdrules.sphinxext.content.domain import regulation_domain

PAGES = "mdrules_coverage_pages"
"""The environment's record of the pages with a coverage table."""

BEFORE = "mdrules_held_before"
"""The environment's record, while pages are read, of what they held before."""

Held = tuple[tuple[object, ...], tuple[object, ...]]


def coverage_pages(env: BuildEnvironment) -> set[str]:
    """Return the pages with a coverage table (the record, made when missing)."""
    if not hasattr(env, PAGES):
        setattr(env, PAGES, set())
    pages: set[str] = getattr(env, PAGES)
    return pages


def note_coverage_page(env: BuildEnvironment) -> None:
    """Record that the page being read has a coverage table."""
    coverage_pages(env).add(env.docname)


def held(env: BuildEnvironment) -> Held:
    """Return what the pages hold for others: for the coverage tables, and for the FAQ links."""
    domain = regulation_domain(env)
    std = env.domains.standard_domain
    pages = {regulation.page for regulation in REGULATIONS.values()}
    labels = tuple(sorted((label, page) for label, (page, _id) in std.anonlabels.items()))
    units = tuple(entry for entry in labels if entry[1] in pages)
    examples = tuple(sorted((label, len(places)) for label, places in domain.examples.items()))
    titles = std.labels
    faqs = tuple(
        sorted(
            (question, page, tuple(labels), titles.get(question, ("", "", ""))[2])
            for question, (page, labels) in domain.faqs.items()
        )
    )
    return (units, examples), faqs


def remember(
    _app: Sphinx, env: BuildEnvironment, _added: Set[str], _changed: Set[str], _removed: Set[str]
) -> Iterable[str]:
    """Keep what the pages hold before any is read again; add no page to read."""
    setattr(env, BEFORE, held(env))
    return []


def dependents(_app: Sphinx, env: BuildEnvironment) -> Iterable[str]:
    """Return the pages to write again because what other pages hold for them changed."""
    before: Held | None = getattr(env, BEFORE, None)
    if before is None:
        return []
    delattr(env, BEFORE)
    coverage, faqs = held(env)
    pages: set[str] = set()
    if coverage != before[0]:
        pages |= coverage_pages(env) & env.found_docs
    if faqs != before[1]:
        pages |= {entry.docname for entry in regulation_domain(env).provisions.values()}
    return sorted(pages)


def purge(_app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    """Forget that a page has a coverage table, before it is read again."""
    coverage_pages(env).discard(docname)


def merge(_app: Sphinx, env: BuildEnvironment, docnames: Set[str], other: BuildEnvironment) -> None:
    """Take the coverage pages that a parallel process read."""
    coverage_pages(env).update(coverage_pages(other) & docnames)


def setup_dependents(app: Sphinx) -> None:
    """Write the coverage pages and the articles again when what they show of others changed."""
    app.connect("env-get-outdated", remember)
    app.connect("env-get-updated", dependents)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
