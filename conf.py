"""Sphinx configuration of the handbook (source folder ``docs/``, catalogs in ``locale/``)."""

import doctest
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def _last_commit_time() -> str | None:
    """Return the time of the last commit; pages show it as "last updated".

    It depends on the sources alone, so builds are reproducible. Without git (a source archive)
    there is no honest date to show, and pages show none.
    """
    try:
        stamp = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return stamp or None


_COMMITTED = _last_commit_time()
if _COMMITTED:
    os.environ.setdefault("SOURCE_DATE_EPOCH", _COMMITTED)

# The handbook's name and who holds its texts, in each edition's language; mdrules.sphinxext sets
# project, html_title and copyright from them for the edition being built.
mdrules_project = {"nl": "Handboek mobiele middelen", "en": "Mobile devices handbook"}
mdrules_copyright = {
    "nl": "gemeenten Haarlem & Zandvoort en gemeente Leeuwarden",
    "en": "the municipalities of Haarlem & Zandvoort and the municipality of Leeuwarden",
}
project = mdrules_project["nl"]
author = "mdrules"
copyright = mdrules_copyright["nl"]
language = "nl"

extensions = ["myst_parser", "sphinx.ext.doctest", "autodoc2", "mdrules.sphinxext"]

# The API reference: generated into docs/reference/api/ (not committed), English in every edition.
autodoc2_packages = [{"path": "../src/mdrules", "exclude_dirs": ["sphinxext", "__pycache__"]}]
autodoc2_output_dir = "reference/api"
autodoc2_render_plugin = "mdrules.sphinxext.content.apidoc.FieldRenderer"
autodoc2_hidden_objects = ["private", "inherited", "dunder"]
autodoc2_hidden_regexes = [r".*\.model_config"]
autodoc2_class_docstring = "both"
autodoc2_docstring_parser_regexes = [(r".*", "mdrules.sphinxext.speed.docstrings")]
myst_enable_extensions = ["colon_fence", "attrs_block", "attrs_inline"]
myst_heading_anchors = 0

# Examples wrap long expected output over several lines.
doctest_default_flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
# Only the examples of the pages run here; docstring examples run under pytest --doctest-modules.
doctest_test_doctest_blocks = ""

locale_dirs = ["../locale"]
gettext_compact = False
# Catalogs change only when messages do: no source locations, no ids.
gettext_location = False
gettext_uuid = False
# The regulations' own quotation marks are kept exactly as written.
smartquotes = False

exclude_patterns = ["_build", ".venv"]
templates_path = ["docs/_templates"]
nitpicky = True
# References to other projects cannot resolve offline (no intersphinx); our own must.
nitpick_ignore_regex = [
    (
        r"py:.*",
        r"(datetime|collections|concurrent|enum|inspect|typing|types|pydantic|argparse|zoneinfo|babel|pathlib|re)\..*",
    ),
    (r"py:.*", r"(dt\..*|Self|T|P|Any|Field|\.+)"),
]

html_theme = "furo"
html_title = project
html_copy_source = False
html_favicon = "docs/_static/favicon.svg"
html_show_sourcelink = False
html_last_updated_fmt = "%d %B %Y" if _COMMITTED else None
html_theme_options: dict[str, object] = {"top_of_page_buttons": [], "footer_icons": []}
# The API reference's modules are listed in the navigation on the reference's own pages only.
mdrules_navigation_folded = ["reference/index"]
html_sidebars = {
    "**": [
        "sidebar/brand.html",
        "sidebar/languages.html",
        "sidebar/search.html",
        "sidebar/scroll-start.html",
        "sidebar/navigation.html",
        "sidebar/scroll-end.html",
    ]
}
