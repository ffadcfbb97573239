"""The readers' search index: the built pages as Pagefind should read them, and Pagefind on them.

Pagefind (the ``pagefind-bin`` package, a binary in its wheel) indexes HTML. It splits a page
into sub-results at headings that carry an ``id``; a result then links to that heading, with an
excerpt from its part of the page. The handbook's pages carry their anchors elsewhere: Sphinx puts
a section's ``id`` on the ``<section>``, and a numbered provision (Haarlem 2.3.16, Leeuwarden
Artikel 4 lid 1 onder c) is a list item. So each page is indexed in a *view* made for the index,
written to a staging folder and never published:

- the page's article is the body to index (``data-pagefind-body``); pages left out of the
  readers' search (the API reference) are not staged at all;
- a section's ``id`` moves to its heading, and a provision's marker becomes a small heading with
  its ``id`` and its citation as the title ("Haarlem 2.3.16", "Leeuwarden artikel 4 lid 1
  onder c");
- the worked answer under an article (``md-example``) weighs less than the regulation's text,
  and the page's group (``tier`` 0 for the regulations and their FAQ, 1 for other pages) is
  stored as metadata for the search page to rank by;
- code, permalinks and navigation aids (the article links of a FAQ entry, the FAQ links under
  an article, the version line) are left out (``EXCLUDED``).

The published pages keep their bytes; only the view changes.
"""

import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from html import escape
from pathlib import Path
from typing import Any

#: What the index leaves out: example code (``md-example-code``, and any code block), the
#: permalink signs, and the navigation aids around the regulation's text.
EXCLUDED = (
    ".md-example-code",
    "pre",
    ".highlight",
    ".headerlink",
    ".md-example-title",
    ".md-faq-basis",
    ".md-answer-basis",
    ".md-example-summary",
    ".md-examples-all",
    ".md-faq-links",
    ".md-version",
)
#: The start of a page record of Pagefind's (``fragment/*.pf_fragment``), after decompression.
RECORD_SIGNATURE = b"pagefind_dcd"
#: The weight of a worked answer under an article; the regulation's text weighs 1. Pagefind
#: squares weights, so a word of an example counts a quarter of one of the text.
EXAMPLE_WEIGHT = "0.5"
#: Files of Pagefind's bundle the handbook does not use (its own interfaces and highlighter);
#: the search page uses the JavaScript API (``pagefind.js``) and marks words with Sphinx's script.
UNUSED_BUNDLE = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
    "wasm.unknown.pagefind",
)

ARTICLE = re.compile(r'<article role="main" id="furo-main-content">')
SECTION = re.compile(r'<section id="([^"]+)">(\s*(?:<span id="[^"]*"></span>)*)<h([1-6])>')
PROVISION = re.compile(
    r'<li class="md-provision" id="([^"]+)">\s*<a class="md-marker" href="#\1"[^>]*>.*?</a>',
    re.DOTALL,
)
#: An element of class ``md-example`` (not ``md-example-body`` and the like), whatever its tag.
EXAMPLE = re.compile(r'<(\w+) class="((?:[^"]*\s)?md-example(?:\s[^"]*)?)"')


def index_view(html: str, titles: Mapping[str, str], tier: int) -> str:
    r"""Return a page as the index should read it (see the module's description).

    ``titles`` gives each provision's citation, by label.

    >>> page = (
    ...     '<article role="main" id="furo-main-content"><section id="haarlem-2-3">'
    ...     "<h3>2.3 Gebruik</h3>"
    ...     '<ol class="md-provisions"><li class="md-provision" id="haarlem-2-3-8">'
    ...     '<a class="md-marker" href="#haarlem-2-3-8" title="Link">2.3.8</a>'
    ...     '<p>Bij diefstal ...</p><div class="md-aside md-example"><p>Stel: ...</p>'
    ...     '<div class="md-example-code">...</div></div></li></ol></section></article>'
    ... )
    >>> print(index_view(page, {"haarlem-2-3-8": "Haarlem 2.3.8"}, 0).replace("><", ">\n<"))
    <article role="main" id="furo-main-content" data-pagefind-body data-pagefind-meta="tier:0">
    <section>
    <h3 id="haarlem-2-3">2.3 Gebruik</h3>
    <ol class="md-provisions">
    <li class="md-provision">
    <h6 id="haarlem-2-3-8" data-pagefind-weight="1">Haarlem 2.3.8</h6>
    <p>Bij diefstal ...</p>
    <div class="md-aside md-example" data-pagefind-weight="0.5">
    <p>Stel: ...</p>
    <div class="md-example-code">...</div>
    </div>
    </li>
    </ol>
    </section>
    </article>
    """
    view = ARTICLE.sub(
        lambda match: f'{match.group()[:-1]} data-pagefind-body data-pagefind-meta="tier:{tier}">',
        html,
        count=1,
    )
    view = SECTION.sub(r'<section>\2<h\3 id="\1">', view)

    def provision_heading(match: re.Match[str]) -> str:
        label = match.group(1)
        title = escape(titles.get(label, label))
        return f'<li class="md-provision"><h6 id="{label}" data-pagefind-weight="1">{title}</h6>'

    view = PROVISION.sub(provision_heading, view)
    return EXAMPLE.sub(rf'<\1 class="\2" data-pagefind-weight="{EXAMPLE_WEIGHT}"', view)


def pagefind_command(site: Path, bundle: Path) -> list[str]:
    """Return the command that indexes the staged pages of ``site`` into ``bundle``."""
    command = [sys.executable, "-m", "pagefind_bin", "--site", str(site)]
    command += ["--output-path", str(bundle)]
    for selector in EXCLUDED:
        command += ["--exclude-selectors", selector]
    # Results link to faq/index.html, as every other link of the handbook does.
    return [*command, "--keep-index-url", "--silent"]


class PagefindError(RuntimeError):
    """Pagefind failed to index the pages."""


def write_index(pages: Mapping[str, str], bundle: Path) -> None:
    """Index the views of the pages (path from the edition's root, HTML) into ``bundle``.

    The bundle replaces whatever was there; the files of it the search page does not use are
    removed, so that only the index, the script and its WebAssembly are published.
    """
    with tempfile.TemporaryDirectory(prefix="mdrules-pagefind-") as staging:
        site = Path(staging)
        for path, html in pages.items():
            target = site / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
        if bundle.exists():
            shutil.rmtree(bundle)
        result = subprocess.run(
            pagefind_command(site, bundle), capture_output=True, text=True, check=False
        )
    if result.returncode != 0:
        msg = f"expected Pagefind to index the pages; it exited {result.returncode}:\n"
        raise PagefindError(msg + (result.stdout + result.stderr)[-2000:])
    for name in UNUSED_BUNDLE:
        (bundle / name).unlink(missing_ok=True)


def read_records(bundle: Path) -> list[dict[str, Any]]:
    """Return the page records of a bundle, as the search page receives them, sorted by URL.

    Each has the page's ``url`` (from the edition's root), its ``content`` (the words indexed),
    ``meta`` (``title``, ``tier``) and ``anchors`` (each element with an ``id``: ``element``,
    ``id``, ``text``, ``location``, the position of its first word in ``content``).
    """
    records = []
    for path in sorted((bundle / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        if not data.startswith(RECORD_SIGNATURE):
            msg = f"expected a Pagefind page record in {path}; it starts with {data[:12]!r}"
            raise ValueError(msg)
        records.append(json.loads(data[len(RECORD_SIGNATURE) :]))
    return sorted(records, key=lambda record: str(record["url"]))
