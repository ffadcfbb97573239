"""Broken references to a regulation's parts and terms: what is missing, and what there is instead.

Sphinx says ``undefined label`` or ``term not in glossary``; for a part or a defined term of a
regulation the warning also names the parts around the missing number, or the terms the
regulation defines, so the author sees the fix.
"""

import bisect
import difflib

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.domains import Domain
from sphinx.environment import BuildEnvironment

from mdrules.labels import provision_label
from mdrules.regulations import REGULATIONS
from mdrules.sphinxext.content.coverage import Unit, regulation_units
from mdrules.sphinxext.warning_types import MdrulesWarning, warn


def neighbours(units: list[Unit], missing: Unit, count: int = 2) -> list[str]:
    """Return the numbers of the parts that come just before and after a missing number.

    >>> parts = [Unit(f"h-2-7-{n}", "h", f"2.7.{n}", "p") for n in (1, 2, 3)]
    >>> neighbours(parts, Unit("h-2-7-33", "h", "2.7.33", "p"))
    ['2.7.2', '2.7.3']
    """
    ordered = sorted(units, key=lambda unit: unit.sort_key)
    keys = [unit.sort_key for unit in ordered]
    at = bisect.bisect_left(keys, missing.sort_key)
    return [unit.number for unit in ordered[max(at - count, 0) : at + count]]


def missing_label(app: Sphinx, target: str) -> str | None:
    """Say which parts a regulation has around a label it lacks; ``None`` if not a part's label."""
    for regulation in REGULATIONS.values():
        prefix = f"{regulation.id}-"
        if not target.startswith(prefix) or "-term-" in target:
            continue
        number = target.removeprefix(prefix).replace("-", ".")
        units = [u for u in regulation_units(app.env).values() if u.regulation == regulation.id]
        if not units:
            return None  # the regulation's page is not in this build
        near = neighbours(units, Unit(target, regulation.id, number, regulation.page))
        close = difflib.get_close_matches(number, [u.number for u in units], n=1)
        guess = ""
        if close:
            guess = f"did you mean {close[0]} ({provision_label(regulation.id, close[0])})? "
        return (
            f"undefined label: {target!r}: the page of {regulation.id} has no part {number} "
            f"(near it: {', '.join(near)}); {guess}link a part the page has, by its label"
        )
    return None


def missing_term(app: Sphinx, term: str) -> str:
    """Say which terms the glossaries define, for a term they lack."""
    objects = app.env.domains.standard_domain.objects
    defined = sorted(name for (kind, name) in objects if kind == "term")
    shown = ", ".join(defined[:8]) + (", ..." if len(defined) > 8 else "")
    return (
        f"term not in glossary: {term!r}: define it in its regulation's glossary, or link a "
        f"term one defines ({shown}), as {{term}}`words <Term>`"
    )


def warn_missing_term(app: Sphinx, domain: Domain, node: addnodes.pending_xref) -> bool | None:
    """Warn about a term no glossary defines, with the terms they do define."""
    if domain.name != "std" or node.get("reftype") != "term":
        return None
    warn(MdrulesWarning.REFERENCE, "%s", missing_term(app, str(node["reftarget"])), location=node)
    return True


def warn_missing_part(
    app: Sphinx, env: BuildEnvironment, node: addnodes.pending_xref, contnode: nodes.TextElement
) -> nodes.Node | None:
    """Warn about a link to a part a regulation's page lacks; the link stays text.

    Sphinx's own warning would say only ``undefined label``; this one replaces it.
    """
    if node.get("refdomain") != "std" or node.get("reftype") != "ref":
        return None
    if not (app.config.nitpicky or node.get("refwarn")):
        return None  # Sphinx would not warn either
    target = str(node["reftarget"])
    if target in env.domains.standard_domain.anonlabels:
        return None
    message = missing_label(app, target)
    if message is None:
        return None
    warn(MdrulesWarning.REFERENCE, "%s", message, location=node)
    return contnode


def setup_references(app: Sphinx) -> None:
    """Explain broken references to the regulations' parts and terms."""
    app.connect("warn-missing-reference", warn_missing_term)
    app.connect("missing-reference", warn_missing_part)
