"""The author's loop: a clean and an incremental build, their search index, and the live preview.

On a copy of the repository (``bench.copy_repository``):

- a clean build of the Dutch edition (``make html``'s first step), and a plain rebuild after one
  sentence of an article is edited, with the same doctrees;
- the search index (Pagefind) after the clean build, and after the edit is undone and built
  again incrementally (the same sources): its pages, its words and its bytes;
- from saving one article edit to the reloaded page: ``make preview`` runs in the copy, headless
  Chromium opens the article, a sentence of the article is changed on disk, and the time runs
  until the open page shows the new sentence (sphinx-autobuild rebuilds and tells the page to
  reload). Each of ``EDITS`` edits changes another sentence; the figure is their median.
"""

import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

from playwright.sync_api import Error, Page, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from browser import CHROMIUM, CHROMIUM_ARGS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from mdrules.sphinxext.content.search_index import read_records

ARTICLE = "haarlem/beleid"
#: Sentences of the article, each edited once: (the words as the page has them, the words after).
EDITS = (
    ("Na de afschrijvingstermijn worden de devices vervangen.", "Daarna komt er een nieuw device."),
    ("Daarna komt er een nieuw device.", "Na die termijn volgt een ander device."),
    ("Na die termijn volgt een ander device.", "Het device wordt dan vervangen."),
)
#: How long the preview may take to start (its first build) and to show an edit, in seconds.
START_TIMEOUT = 600
RELOAD_TIMEOUT = 120
TARGET_RELOAD = 1.0


def environment(copy: Path) -> dict[str, str]:
    """Return the environment of a command in the copy, with the copy's own package first."""
    return {**os.environ, "PYTHONPATH": str(copy / "src")}


def build(copy: Path, outdir: str, doctrees: str) -> float:
    """Build the Dutch edition as ``make html`` does; return the wall time in seconds."""
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-c", ".", "-W", "--keep-going"]
    command += ["-n", "-q", "-D", "language=nl", "-d", doctrees, "docs", outdir]
    start = time.perf_counter()
    result = subprocess.run(
        command, cwd=copy, env=environment(copy), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        msg = f"expected the Dutch build to succeed; it exited {result.returncode}:\n"
        raise RuntimeError(msg + result.stderr[-2000:])
    return time.perf_counter() - start


def edit(copy: Path, old: str, new: str) -> None:
    """Change one sentence of the article, which must be there exactly once."""
    path = copy / "docs" / f"{ARTICLE}.md"
    text = path.read_text(encoding="utf-8")
    if text.count(old) != 1:
        msg = f"expected {old!r} once in {path.name}; found it {text.count(old)} times"
        raise RuntimeError(msg)
    path.write_text(text.replace(old, new), encoding="utf-8")


def index_size(outdir: Path) -> tuple[int, int, int]:
    """Return the pages, words and bytes of an edition's search index."""
    records = read_records(outdir / "pagefind")
    words = sum(int(record["word_count"]) for record in records)
    size = sum(path.stat().st_size for path in (outdir / "pagefind").rglob("*") if path.is_file())
    return len(records), words, size


def build_figures(copy: Path) -> list[tuple[str, str, str]]:
    """Time a clean and an incremental Dutch build; weigh the search index after each."""
    clean = build(copy, "_build/author/nl", "_build/doctrees/author-nl")
    clean_index = index_size(copy / "_build" / "author" / "nl")
    edit(copy, *EDITS[0])
    rebuild = build(copy, "_build/author/nl", "_build/doctrees/author-nl")
    edit(copy, EDITS[0][1], EDITS[0][0])  # the sources of the clean build again
    build(copy, "_build/author/nl", "_build/doctrees/author-nl")
    incremental_index = index_size(copy / "_build" / "author" / "nl")
    rows = [
        ("clean build, Dutch edition", f"{clean:.1f} s", ""),
        ("rebuild after one article edit, Dutch edition", f"{rebuild:.1f} s", ""),
    ]
    for name, (pages, words, size) in (
        ("a clean build", clean_index),
        ("an edit and its undoing, built incrementally", incremental_index),
    ):
        figure = f"{pages} pages, {words} words, {size / 1024:.0f} KB"
        rows.append((f"search index (nl) after {name}", figure, ""))
    return rows


def free_port() -> int:
    """Return a port on 127.0.0.1 that no one listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_served(url: str, preview: subprocess.Popen[bytes]) -> None:
    """Wait for the preview's first build to be served; stop if the preview ends."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if preview.poll() is not None:
            msg = f"expected make preview to keep serving; it exited {preview.returncode}"
            raise RuntimeError(msg)
        try:
            with urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (URLError, ConnectionError):
            pass
        time.sleep(0.5)
    msg = f"expected the preview to serve {url} within {START_TIMEOUT} s; it did not"
    raise RuntimeError(msg)


def shows(page: Page, sentence: str) -> bool:
    """Say whether the open page shows a sentence (False while it reloads)."""
    try:
        return bool(page.evaluate("(s) => document.body.innerText.includes(s)", sentence))
    except Error:
        return False  # the page is being replaced by the reloaded one


def reload_figures(copy: Path) -> list[tuple[str, str, str]]:
    """Time, in ``make preview``, each edit from saving it to the open page showing it."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/{ARTICLE}.html"
    log = (copy / "_build" / "preview.log").open("wb")
    preview = subprocess.Popen(
        ["make", "preview", f"PORT={port}"],
        cwd=copy,
        env=environment(copy),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    times: list[float] = []
    try:
        wait_until_served(url, preview)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(url, wait_until="load")
            page.wait_for_timeout(1000)  # the reload script connects to the preview
            for old, new in EDITS:
                if not shows(page, old):
                    msg = f"expected the preview's page to show {old!r}"
                    raise RuntimeError(msg)
                edit(copy, old, new)
                saved = time.perf_counter()
                while not shows(page, new):
                    if time.perf_counter() - saved > RELOAD_TIMEOUT:
                        msg = f"expected the page to show {new!r} within {RELOAD_TIMEOUT} s"
                        raise RuntimeError(msg)
                    time.sleep(0.01)
                times.append(time.perf_counter() - saved)
                page.wait_for_timeout(500)  # the build has finished; its reload is done
            browser.close()
    finally:
        os.killpg(preview.pid, 15)
        preview.wait(timeout=30)
        log.close()
    shown = ", ".join(f"{value:.1f}" for value in times)
    load = os.getloadavg()[0]  # other work on the machine weighs on a wall time
    return [
        (
            "from saving one article edit to the reloaded page (make preview)",
            f"{statistics.median(times):.1f} s (runs: {shown}; load average {load:.1f})",
            f"at most {TARGET_RELOAD:.0f} s",
        )
    ]


def preview_figures(copy: Path) -> list[tuple[str, str, str]]:
    """Return the author's figures: builds, search index sizes, and the preview's reload."""
    return [*build_figures(copy), *reload_figures(copy)]
