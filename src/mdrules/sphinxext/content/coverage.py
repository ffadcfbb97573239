"""Traceability of rules to articles, checked at build time, and the generated coverage page."""

import re
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.locale import _
from sphinx.util.docutils import SphinxDirective

from mdrules.coverage import Status
from mdrules.i18n import SOURCE_LANGUAGE, translate
from mdrules.regulations import REGULATIONS, RULESETS
from mdrules.ruleset import Rule
from mdrules.sphinxext.content.dependencies import note_rendering
from mdrules.sphinxext.content.dependents import note_coverage_page
from mdrules.sphinxext.content.domain import regulation_domain
from mdrules.sphinxext.content.provisions import depart_nothing, visit_nothing
from mdrules.sphinxext.content.structure import original_numbers
from mdrules.sphinxext.warning_types import MdrulesWarning, reported, warn

_UNIT_LABEL = re.compile(r"^(?P<regulation>[a-z]+)-(?P<number>[0-9][0-9a-z]*(?:-[0-9a-z]+)*)$")


@dataclass(frozen=True)
class Unit:
    """A part of a regulation with a label: a section, article, lid, letter or sub-item."""

    label: str
    regulation: str
    number: str
    docname: str

    @property
    def sort_key(self) -> tuple[tuple[int, str], ...]:
        """Order parts as the regulation does: 2.3.9 before 2.3.10, 4 before 4a before 5."""
        return tuple(
            (int(m.group(1)), m.group(2))
            if (m := re.fullmatch(r"([0-9]+)([a-z]*)", part))
            else (-1, part)
            for part in self.number.split(".")
        )


def regulation_units(env: BuildEnvironment) -> dict[str, Unit]:
    """Return every labelled part of every regulation page, by label."""
    pages = {regulation.page: regulation.id for regulation in REGULATIONS.values()}
    units: dict[str, Unit] = {}
    for label, (docname, _node_id) in env.domains.standard_domain.anonlabels.items():
        match = _UNIT_LABEL.match(label)
        if match and pages.get(docname) == match["regulation"]:
            number = match["number"].replace("-", ".")
            units[label] = Unit(label, match["regulation"], number, docname)
    return units


def leaves(units: dict[str, Unit]) -> list[Unit]:
    """Return the parts that have no labelled sub-parts."""
    return [u for u in units.values() if not any(o.startswith(u.label + "-") for o in units)]


def citing_rules(rules: Iterable[Rule]) -> dict[str, list[Rule]]:
    """Return, for each label, the rules that cite it."""
    cited: dict[str, list[Rule]] = {}
    for entry in rules:
        for label in entry.labels:
            cited.setdefault(label, []).append(entry)
    return cited


def _warn(message: str, docname: str | None = None) -> None:
    warn(MdrulesWarning.COVERAGE, "%s", message, location=docname)


def _relative(place: str, root: Path) -> str:
    """Return a ``path:line`` relative to the repository, when it lies in it."""
    path, _sep, line = place.rpartition(":")
    with suppress(ValueError):
        path = str(Path(path).relative_to(root))
    return f"{path}:{line}"


def _missing_article(app: Sphinx, label: str, rules: list[Rule], units: dict[str, Unit]) -> str:
    """Say which rules (file and line) cite an article that their regulation's page lacks."""
    root = Path(app.srcdir).parent
    places = ", ".join(f"{entry.key} ({_relative(entry.place, root)})" for entry in rules)
    regulation = REGULATIONS[rules[0].regulation]
    number = label.removeprefix(f"{regulation.id}-").replace("-", ".")
    known = sorted(
        (u for u in units.values() if u.regulation == regulation.id), key=lambda u: u.sort_key
    )
    before = [u.number for u in known if u.sort_key < Unit(label, "", number, "").sort_key]
    after = [u.number for u in known if u.number not in before]
    near = ", ".join([*before[-1:], *after[:1]])
    page = env_path(app, regulation.page)
    return (
        f"rule {places} cites {regulation.id} {number}, which its page {page} does not have "
        f"(the page has {near} there): cite a part the page has, or add {number} to the page"
    )


def env_path(app: Sphinx, docname: str) -> str:
    """Return the path of a page's source, relative to the repository."""
    path = Path(app.env.doc2path(docname))
    with suppress(ValueError):
        path = path.relative_to(Path(app.srcdir).parent)
    return str(path)


def check_traceability(app: Sphinx, env: BuildEnvironment) -> None:
    """Warn about cited articles that do not exist, and parts neither encoded nor classified."""
    units = regulation_units(env)
    if not units:
        return
    cited = citing_rules(RULESETS.rules.values())
    examples = regulation_domain(env).examples
    for label, rules in sorted(cited.items()):
        names = ", ".join(entry.key for entry in rules)
        if label not in units:
            _warn(_missing_article(app, label, rules, units))
        elif label not in examples:
            _warn(
                f"{label} is encoded by {names} but has no example under it", units[label].docname
            )
    for label, classification in sorted(RULESETS.classifications.items()):
        if label not in units:
            _warn(f"{label} is classified as {classification.status}, but no page has it")
        elif label in cited:
            names = ", ".join(entry.key for entry in cited[label])
            _warn(f"{label} is classified as {classification.status} but {names} encodes it")
    originals = {r.id: original_numbers(app, r) for r in REGULATIONS.values()}
    for unit in sorted(leaves(units), key=lambda u: (u.regulation, u.sort_key)):
        original = originals.get(unit.regulation)
        if original is not None and unit.number not in original:
            continue  # not a part of the regulation at all: the structure check says so
        if unit.label not in cited and unit.label not in RULESETS.classifications:
            _warn(
                f"{unit.regulation} {unit.number} ({unit.label}) is neither cited by a rule nor "
                f"classified; classify it in mdrules.{unit.regulation} with coverage.classify",
                unit.docname,
            )


class coverage_table(nodes.General, nodes.Element):  # noqa: N801 (docutils names nodes in lower case)
    """Placeholder for a regulation's coverage table, filled once every page has been read."""


class CoverageDirective(SphinxDirective):
    """``{coverage} REGULATION``: the table of how each part of a regulation is covered."""

    required_arguments = 1
    option_spec: ClassVar[dict[str, Any]] = {}

    @reported(MdrulesWarning.COVERAGE)
    def run(self) -> list[nodes.Node]:
        """Return the placeholder; the table is made of the rules and their classifications."""
        note_rendering(self.env)
        note_coverage_page(self.env)
        regulation = self.arguments[0]
        if regulation not in REGULATIONS:
            choices = ", ".join(REGULATIONS)
            raise self.error(f"expected a regulation, one of {choices}; got {regulation!r}")
        return [coverage_table(regulation=regulation)]


def _link(app: Sphinx, fromdoc: str, unit: Unit, text: str) -> nodes.reference:
    uri = app.builder.get_relative_uri(fromdoc, unit.docname) + "#" + unit.label
    return nodes.reference("", text, internal=True, refuri=uri)


def _cell(*children: nodes.Node) -> nodes.entry:
    entry = nodes.entry()
    entry += nodes.paragraph("", "", *children)
    return entry


def build_table(app: Sphinx, fromdoc: str, regulation: str) -> nodes.table:
    """Return the coverage table of a regulation: its parts without sub-parts, and cited ones."""
    env = app.env
    units = regulation_units(env)
    cited = citing_rules(RULESETS.rules.values())
    examples = regulation_domain(env).examples
    shown = {u.label for u in leaves(units)} | set(cited)
    rows = sorted(
        (u for u in units.values() if u.regulation == regulation and u.label in shown),
        key=lambda u: u.sort_key,
    )
    headers = [_("Part"), _("Status"), _("Rules"), _("Examples"), _("Reason")]
    table = nodes.table(classes=["md-coverage"])
    group = nodes.tgroup(cols=len(headers))
    table += group
    for width in (12, 12, 26, 10, 40):
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    head += nodes.row("", *(_cell(nodes.Text(text)) for text in headers))
    group += head
    body = nodes.tbody()
    group += body
    for unit in rows:
        rules = cited.get(unit.label, [])
        classification = RULESETS.classifications.get(unit.label)
        status = Status.ENCODED if rules else classification.status if classification else None
        status_text = _(status.value) if status else _("not covered")
        reason = ""
        if classification and not rules:
            reason = translate(classification.reason, app.config.language or SOURCE_LANGUAGE)
        rule_nodes: list[nodes.Node] = []
        for entry in rules:
            if rule_nodes:
                rule_nodes.append(nodes.Text(", "))
            rule_nodes.append(nodes.literal("", entry.key))
        count = len(examples.get(unit.label, []))
        example_text = str(count) if count else ""
        body += nodes.row(
            "",
            _cell(_link(app, fromdoc, unit, unit.number)),
            _cell(nodes.Text(status_text)),
            _cell(*rule_nodes),
            _cell(nodes.Text(example_text)),
            _cell(nodes.Text(reason)),
        )
    return table


def fill_coverage_tables(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Replace each placeholder with its table."""
    for placeholder in list(doctree.findall(coverage_table)):
        placeholder.replace_self(build_table(app, docname, placeholder["regulation"]))


def setup_coverage(app: Sphinx) -> None:
    """Register the ``coverage`` directive; check and fill the tables once all pages are read."""
    app.add_directive("coverage", CoverageDirective)
    app.add_node(
        coverage_table,
        html=(visit_nothing, depart_nothing),
        text=(visit_nothing, depart_nothing),
    )
    app.connect("env-check-consistency", check_traceability)
    app.connect("doctree-resolved", fill_coverage_tables)
