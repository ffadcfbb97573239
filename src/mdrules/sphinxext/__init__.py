"""The Sphinx extension of the handbook: provisions, defined terms and regulation facts.

Enable it in ``conf.py`` with ``extensions = ["myst_parser", "mdrules.sphinxext"]``.
"""

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

from mdrules.sphinxext import (
    api_analysis,
    assets,
    changes,
    collector,
    comparison,
    coverage,
    examples,
    faq,
    languages,
    myst_documents,
    navigation,
    printing,
    provisions,
    revisions,
    search,
    search_highlight,
    sessions,
    terms,
)
from mdrules.sphinxext.domain import RegulationDomain
from mdrules.sphinxext.facts import RegulationFactRole
from mdrules.sphinxext.params import CountriesRole, ParameterRole
from mdrules.sphinxext.theme import register_filter

STATIC = Path(__file__).parent / "static"


def _add_static_path(app: Sphinx) -> None:
    app.config.html_static_path.append(str(STATIC))


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directives, roles, nodes and styles; make the build cheaper."""
    collector.collect_less()
    myst_documents.use_cached_settings()
    app.add_domain(RegulationDomain)
    app.add_directive("provision", provisions.ProvisionDirective)
    app.add_transform(provisions.GroupProvisions)
    app.add_node(
        provisions.provision_list,
        html=(provisions.visit_provision_list_html, provisions.depart_provision_list_html),
        text=(provisions.visit_nothing, provisions.depart_nothing),
    )
    app.add_node(
        provisions.provision,
        html=(provisions.visit_provision_html, provisions.depart_provision_html),
        text=(provisions.visit_provision_text, provisions.depart_nothing),
    )
    app.add_role("defn", terms.DefinitionRole())
    app.add_node(
        terms.defined_term,
        html=(terms.visit_defined_term_html, terms.depart_defined_term_html),
        text=(provisions.visit_nothing, provisions.depart_nothing),
    )
    app.add_role("regulation", RegulationFactRole())
    app.add_role("param", ParameterRole())
    app.add_role("countries", CountriesRole())
    app.add_directive("example", examples.ExampleDirective)
    app.add_transform(examples.AddExamplesToggle)
    app.add_lexer(sessions.LANGUAGE, sessions.SessionLexer)
    for node, visit, depart in (
        (examples.example, examples.visit_example_html, examples.depart_example_html),
        (examples.example_summary, examples.visit_summary_html, examples.depart_summary_html),
        (examples.example_code, examples.visit_code_html, examples.depart_code_html),
        (examples.examples_toggle, examples.visit_toggle_html, examples.depart_toggle_html),
    ):
        app.add_node(
            node, html=(visit, depart), text=(provisions.visit_nothing, provisions.depart_nothing)
        )
    app.add_directive("coverage", coverage.CoverageDirective)
    app.add_node(
        coverage.coverage_table,
        html=(provisions.visit_nothing, provisions.depart_nothing),
        text=(provisions.visit_nothing, provisions.depart_nothing),
    )
    app.add_directive("faq-basis", faq.FaqBasisDirective)
    app.add_directive("comparison", comparison.ComparisonDirective)
    app.add_directive("revisions", revisions.RevisionsDirective)
    changes.setup(app)
    app.add_directive("version-line", revisions.VersionLineDirective)
    app.add_post_transform(revisions.OptionalReferences)
    app.connect("doctree-resolved", faq.add_faq_links)
    app.connect("env-check-consistency", coverage.check_traceability)
    app.connect("doctree-resolved", coverage.fill_coverage_tables)
    app.connect("builder-inited", _add_static_path)
    app.connect("builder-inited", register_filter)
    app.add_css_file("mdrules.css")
    app.add_js_file("mdrules.js")
    app.connect("config-inited", languages.configure_edition)
    app.connect("html-page-context", languages.add_language_links)
    api_analysis.setup(app)
    navigation.setup(app)
    assets.setup(app)
    search_highlight.setup(app)
    printing.setup(app)
    search.setup(app)
    return {
        "version": "0.1",
        # Raised when the nodes or the data the extension keeps change: older doctrees are reread.
        "env_version": 2,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
