"""Lighter pages: no stylesheet the handbook does not use, no style for code it never shows.

- Furo's ``furo-extensions.css`` styles other Sphinx extensions (tabs, panels, Read the Docs
  menus, advertisements); the handbook uses none of them, so no page loads it.
- ``pygments.css`` holds a light and two dark rules for every kind of token Pygments knows. After
  the build it keeps those for the kinds of token that some page of the edition shows (and every
  rule that is not about one kind of token), without comments.
"""

import re
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

#: Furo's stylesheet for other extensions.
UNUSED_STYLESHEETS = {"_static/styles/furo-extensions.css"}

#: A rule about one kind of token: ``.highlight .kn { ... }``, also behind a dark-mode selector.
TOKEN_RULE = re.compile(r"\.highlight \.([\w-]+) \{")
COMMENT = re.compile(r" ?/\*.*?\*/")
HIGHLIGHTED = re.compile(r'<span class="([\w-]+)">')


def drop_unused_stylesheets(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Leave the stylesheets the handbook does not use out of the page."""
    if "css_files" in context:
        context["css_files"] = [
            css
            for css in context["css_files"]
            if getattr(css, "filename", css) not in UNUSED_STYLESHEETS
        ]


def used_token_rules(stylesheet: str, shown: set[str]) -> str:
    r"""Return the stylesheet with the rules for tokens that are not shown, and comments, left out.

    >>> css = ".highlight { color: #111 }\n.highlight .k { color: #222 } /* Keyword */\n"
    >>> print(used_token_rules(css + ".highlight .ne { color: #333 }\n", {"k"}), end="")
    .highlight { color: #111 }
    .highlight .k { color: #222 }
    """
    kept = []
    for line in stylesheet.splitlines(keepends=True):
        rule = TOKEN_RULE.search(line)
        if rule is None or rule.group(1) in shown:
            kept.append(COMMENT.sub("", line))
    return "".join(kept)


def trim_pygments_stylesheet(app: Sphinx, exception: Exception | None) -> None:
    """Keep the rules of ``pygments.css`` for the tokens the edition's pages show."""
    stylesheet = Path(app.outdir) / "_static" / "pygments.css"
    if exception is not None or app.builder.format != "html" or not stylesheet.exists():
        return
    shown: set[str] = set()
    for page in sorted(Path(app.outdir).rglob("*.html")):
        shown.update(HIGHLIGHTED.findall(page.read_text(encoding="utf-8")))
    css = stylesheet.read_text(encoding="utf-8")
    stylesheet.write_text(used_token_rules(css, shown), encoding="utf-8")


def setup(app: Sphinx) -> None:
    """Connect after Furo, which adds stylesheets and writes ``pygments.css`` at priority 500."""
    app.connect("html-page-context", drop_unused_stylesheets, priority=900)
    app.connect("build-finished", trim_pygments_stylesheet, priority=900)
