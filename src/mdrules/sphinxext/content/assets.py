"""Lighter pages: no stylesheet the handbook does not use, no style for code it never shows.

- Furo's ``furo-extensions.css`` styles other Sphinx extensions (tabs, panels, Read the Docs
  menus, advertisements); the handbook uses none of them, so no page loads it.
- ``pygments.css`` holds a light and two dark rules for every kind of token Pygments knows. After
  the build it keeps those for the kinds of token that some page of the edition shows (and every
  rule that is not about one kind of token), without comments.
- ``furo.css`` keeps the rules that can match in the edition (see :mod:`.unused_css`).
- A page asks for a stylesheet with ``?v=`` and a checksum of its content, so that a browser
  fetches it again when it changes. Sphinx writes the checksum of the file as copied; the pages
  get the checksum of the file as cut.
"""

import re
import zlib
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

#: Furo's stylesheet for other extensions.
UNUSED_STYLESHEETS = {"_static/styles/furo-extensions.css"}

#: The stylesheet cut after the build, as the pages name it.
PYGMENTS = "_static/pygments.css"

CARRIAGE_RETURN = b"\r"  # which Sphinx leaves out of the checksum

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


def checksum(content: bytes) -> str:
    """Return the checksum Sphinx puts after ``?v=`` for a file of this content.

    >>> checksum(b"a{}")
    '542bd5b9'
    """
    return f"{zlib.crc32(content.replace(CARRIAGE_RETURN, b'')):08x}"


def edition_pages(outdir: Path) -> dict[Path, str]:
    """Return the text of every page of a built edition, by its path."""
    return {page: page.read_text(encoding="utf-8") for page in sorted(outdir.rglob("*.html"))}


def restamp(pages: dict[Path, str], changed: dict[str, str]) -> None:
    """Give the stylesheets the pages name (``_static/...``) their new checksums after ``?v=``."""
    for page, html in pages.items():
        updated = html
        for name, value in changed.items():
            updated = re.sub(rf"({re.escape(name)})\?v=[0-9a-f]+", rf"\g<1>?v={value}", updated)
        if updated != html:
            page.write_text(updated, encoding="utf-8")
            pages[page] = updated


def cut_stylesheets(app: Sphinx, exception: Exception | None) -> None:
    """Cut ``pygments.css`` to the tokens the edition's pages show; update the pages' checksum."""
    outdir = Path(app.outdir)
    pygments = outdir / PYGMENTS
    if exception is not None or app.builder.format != "html" or not pygments.exists():
        return
    pages = edition_pages(outdir)
    shown = {token for html in pages.values() for token in HIGHLIGHTED.findall(html)}
    css = used_token_rules(pygments.read_text(encoding="utf-8"), shown)
    pygments.write_text(css, encoding="utf-8")
    restamp(pages, {PYGMENTS: checksum(css.encode())})


def setup_assets(app: Sphinx) -> None:
    """Connect after Furo, which adds stylesheets and writes ``pygments.css`` at priority 500."""
    app.connect("html-page-context", drop_unused_stylesheets, priority=900)
    app.connect("build-finished", cut_stylesheets, priority=900)
