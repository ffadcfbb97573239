"""What a reader's query costs: bytes downloaded and time to the first result, in headless Chromium.

Each query opens ``<edition>/search.html?q=...`` in a fresh browser context (an empty cache, as a
reader's first search) on the site served from localhost. The time is from the start of the
navigation until the first result is in the page (or the search has said it found nothing). The
bytes are those of every response the query brought, until the network is idle: the page, its
styles and scripts, the search's scripts and index, and what the search fetches for its results
(Pagefind's page records; the pages themselves for Sphinx's summaries). They count uncompressed
and as gzip would send them (Pagefind's index files are compressed already and count as they
are). Figures are medians over the queries, each run ``RUNS`` times.

``make bench`` measures the handbook's search (Pagefind,
``mdrules.sphinxext.content.search``). Another build can be measured too, with a script that
tells when its search has answered; for Sphinx's own search:
``python bench/search_bench.py SITE sphinx``.
"""

import gzip
import statistics
import sys
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import Browser, Response, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from browser import CHROMIUM, CHROMIUM_ARGS, serve

#: Queries of readers, per edition.
QUERIES = {
    "nl": ["gestolen", "wachtwoord", "laptop inleveren", "0906"],
    "en": ["stolen", "password", "return laptop", "0906"],
}
RUNS = 3
#: When a search page has answered: the handbook's, and Sphinx's own (its first result is shown,
#: or its progress pulse has stopped: it found nothing).
ANSWERED = {
    "handbook": "() => document.querySelector('#md-search-list li, [data-state=done]') !== null",
    "sphinx": """() => document.querySelector('#search-results ul.search li') !== null
        || (typeof Search !== 'undefined' && Search._pulse_status === -1)""",
}
#: Files already compressed, which a server sends as they are.
COMPRESSED = (".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter")


def _size(body: bytes, url: str) -> tuple[int, int]:
    """Return a response's bytes, uncompressed and as a server with gzip sends them."""
    if url.split("?")[0].endswith(COMPRESSED):
        return len(body), len(body)
    return len(body), len(gzip.compress(body, 6, mtime=0))


def one_query(browser: Browser, base: str, language: str, query: str, answered: str) -> list[float]:
    """Return the bytes (uncompressed, gzip) and milliseconds one query takes from a cold start."""
    context = browser.new_context()
    responses: list[Response] = []
    context.on("response", lambda response: responses.append(response))  # workers' too
    page = context.new_page()
    page.goto(f"{base}/{language}/search.html?q={quote(query)}", wait_until="commit")
    page.wait_for_function(answered, timeout=30_000, polling=10)
    elapsed: float = page.evaluate("performance.now()")
    page.wait_for_load_state("networkidle")  # what the query fetches after its first result too
    sizes = [_size(response.body(), response.url) for response in list(responses)]
    context.close()
    return [sum(size[0] for size in sizes), sum(size[1] for size in sizes), elapsed]


def search_figures(site: Path, search: str = "handbook") -> dict[str, float]:
    """Return the median bytes and time of the readers' queries on a built site (nl/ and en/)."""
    measured: list[list[float]] = []
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for language, queries in QUERIES.items():
            for query in queries:
                answered = ANSWERED[search]
                runs = [one_query(browser, base, language, query, answered) for _ in range(RUNS)]
                measured.append([statistics.median(values) for values in zip(*runs, strict=True)])
        browser.close()
    raw, compressed, milliseconds = (
        statistics.median(values) for values in zip(*measured, strict=True)
    )
    return {"kb": raw / 1024, "gzip_kb": compressed / 1024, "ms": milliseconds}


def main() -> int:
    """Print the figures of the site given, or of the last `make html`."""
    site = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("_build/html")
    figures = search_figures(site, sys.argv[2] if len(sys.argv) > 2 else "handbook")
    print(
        f"a query, from an empty cache: {figures['kb']:.0f} KB ({figures['gzip_kb']:.0f} KB "
        f"with gzip), first result after {figures['ms']:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
