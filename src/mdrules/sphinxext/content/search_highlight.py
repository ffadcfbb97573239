"""Search words highlighted on a page opened from the search, with scripts loaded only then.

Sphinx gives every page ``sphinx_highlight.js`` and, in a translated edition,
``translations.js``: together a twentieth of an article page, used only on a page opened from
the search results (which marks the words searched for). Here they leave the page's head (the
search page, :mod:`.search`, needs neither); the page lists them (with their ``?v=`` checksums)
in an element ``#mdrules-on-highlight``, and ``mdrules.js`` loads them, in order, when there are
words to mark.
"""

import re
from typing import Any

from sphinx.application import Sphinx

#: The scripts that only highlighting needs, in the order they must run.
ON_DEMAND = ("_static/translations.js", "_static/sphinx_highlight.js")
SOURCE = re.compile(r'src="([^"]+)"')


def load_on_demand(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Move the highlighting scripts from the page's head to its list for ``mdrules.js``."""
    scripts = context.get("script_files")
    if not scripts or "js_tag" not in context:
        return
    kept, moved = [], []
    for script in scripts:
        name = getattr(script, "filename", script)
        source = SOURCE.search(context["js_tag"](script)) if name in ON_DEMAND else None
        if source is None:
            kept.append(script)
        else:
            moved.append((ON_DEMAND.index(name), source.group(1)))
    context["script_files"] = kept
    context["mdrules_on_highlight"] = [source for _order, source in sorted(moved)]


def setup_search_highlight(app: Sphinx) -> None:
    """Connect after Sphinx and Furo have put the page's scripts in its context."""
    app.connect("html-page-context", load_on_demand, priority=900)
