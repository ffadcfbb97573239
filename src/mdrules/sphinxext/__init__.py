"""The Sphinx extension of the handbook: what the pages show, and how fast they are built.

Enable it in ``conf.py`` with ``extensions = ["myst_parser", "mdrules.sphinxext"]``. The pages'
features live in :mod:`mdrules.sphinxext.content`, one ``setup_<feature>(app)`` each; the
build-speed measures in :mod:`mdrules.sphinxext.speed`, behind one seam. Every warning has the
type ``mdrules`` and a subtype of :class:`~mdrules.sphinxext.warning_types.MdrulesWarning`.

Setting the extension up changes nothing outside the application it is set up for.
"""

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

from mdrules.sphinxext.content.assets import setup_assets
from mdrules.sphinxext.content.changes import setup_changes
from mdrules.sphinxext.content.command_line import setup_command_line
from mdrules.sphinxext.content.comparison import setup_comparison
from mdrules.sphinxext.content.coverage import setup_coverage
from mdrules.sphinxext.content.dependents import setup_dependents
from mdrules.sphinxext.content.examples import setup_examples
from mdrules.sphinxext.content.facts import setup_facts
from mdrules.sphinxext.content.faq import setup_faq
from mdrules.sphinxext.content.languages import setup_languages
from mdrules.sphinxext.content.lines import setup_lines
from mdrules.sphinxext.content.navigation import setup_navigation
from mdrules.sphinxext.content.params import setup_params
from mdrules.sphinxext.content.printing import setup_printing
from mdrules.sphinxext.content.provisions import setup_provisions
from mdrules.sphinxext.content.references import setup_references
from mdrules.sphinxext.content.revisions import setup_revisions
from mdrules.sphinxext.content.search import setup_search
from mdrules.sphinxext.content.search_highlight import setup_search_highlight
from mdrules.sphinxext.content.structure import setup_structure
from mdrules.sphinxext.content.terms import setup_terms
from mdrules.sphinxext.content.theme import setup_theme
from mdrules.sphinxext.content.unused_css import setup_unused_css
from mdrules.sphinxext.speed import setup_speed

STATIC = Path(__file__).parent / "static"


def setup_static(app: Sphinx) -> None:
    """Add the extension's stylesheet and script, from its own static folder."""

    def add_static_path(app: Sphinx, config: Config) -> None:
        # At config-inited, so that the stored configuration has it too and a rebuild does not
        # count it as changed.
        if str(STATIC) not in config.html_static_path:
            config.html_static_path.append(str(STATIC))

    app.connect("config-inited", add_static_path)
    app.add_css_file("mdrules.css")
    app.add_js_file("mdrules.js")


def setup(app: Sphinx) -> dict[str, Any]:
    """Register every feature of the pages, then the build-speed measures."""
    setup_provisions(app)
    setup_structure(app)
    setup_lines(app)
    setup_references(app)
    setup_terms(app)
    setup_facts(app)
    setup_params(app)
    setup_examples(app)
    setup_coverage(app)
    setup_dependents(app)
    setup_faq(app)
    setup_comparison(app)
    setup_revisions(app)
    setup_changes(app)
    setup_command_line(app)
    setup_static(app)
    setup_theme(app)
    setup_languages(app)
    setup_navigation(app)
    setup_assets(app)
    setup_unused_css(app)
    setup_search_highlight(app)
    setup_printing(app)
    setup_search(app)
    setup_speed(app)
    return {
        "version": "0.1",
        # Raised when the nodes (or the modules they live in) or the data the extension keeps
        # change: older doctrees are reread.
        "env_version": 5,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
