"""Incremental builds: a plain second ``sphinx-build`` gives the pages a clean build gives.

A copy of the repository is built once, as ``make html`` builds the Dutch edition, and then
edited as an author edits it; each edit is followed by a plain build with the same doctrees. A
later test builds the edited copy again from nothing and compares every page and the search
index; the last one runs ``make preview`` on the copy. The tests run in order (each edits the
copy the one before left).
"""

import os
import signal
import socket
import subprocess
import sys
import time
from http.client import HTTPException
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

import pytest

from mdrules.sphinxext.content.search_index import read_records
from repository import copy_sources

PARAMETERS = "src/mdrules/regulations/haarlem/parameters.toml"
REGISTER = "src/mdrules/regulations/haarlem/metadata.py"
INTERVAL = "[review_interval_months]\nvalue = 6\n"
#: The pages Sphinx makes of no document (the indices, the search page): written by every build.
GENERATED = {"genindex.html", "py-modindex.html", "search.html"}
REVIEW_ANSWER = (
    "Termijn: Dit beleidsdocument wordt minimaal één keer per half jaar beoordeeld: na de\n"
    "beoordeling van 30 oktober 2019 uiterlijk op 30 april 2020. Die termijn is verstreken.\n"
    "Grondslag: Haarlem 2.9.1\n"
)


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copy the repository's files (as git lists them) to a folder of its own."""
    return copy_sources(tmp_path_factory.mktemp("incremental"))


def environment(repository: Path) -> dict[str, str]:
    """Return the environment that builds a repository with its own package."""
    env = {**os.environ, "PYTHONPATH": str(repository / "src")}
    env.pop("MDRULES_REGULATIONS", None)
    return env


def build(repository: Path, name: str = "nl") -> subprocess.CompletedProcess[str]:
    """Build the Dutch edition as ``make html`` does, into ``_build/html/<name>``."""
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-c", ".", "-W", "--keep-going"]
    command += ["-n", "-q", "-D", "language=nl", "-d", f"_build/doctrees/{name}", "docs"]
    return subprocess.run(
        [*command, f"_build/html/{name}"],
        cwd=repository,
        env=environment(repository),
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


def built(repository: Path) -> None:
    """Build, and stop the test with the build's messages if it fails."""
    result = build(repository)
    assert result.returncode == 0, result.stderr


def edit(repository: Path, path: str, old: str, new: str) -> None:
    """Replace one passage of a file, which must be there exactly once."""
    file = repository / path
    text = file.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"expected {old!r} once in {path}"
    file.write_text(text.replace(old, new), encoding="utf-8")


def page(repository: Path, docname: str, name: str = "nl") -> str:
    """Return a built page's HTML."""
    return (repository / "_build" / "html" / name / f"{docname}.html").read_text(encoding="utf-8")


def pages(outdir: Path) -> dict[str, bytes]:
    """Return every file of a built edition, by its path in the edition."""
    return {
        path.relative_to(outdir).as_posix(): path.read_bytes()
        for path in sorted(outdir.rglob("*"))
        if path.is_file() and path.name != ".buildinfo"
    }


def mtimes(outdir: Path) -> dict[str, int]:
    """Return the modification time of every page of a built edition."""
    return {
        path.relative_to(outdir).as_posix(): path.stat().st_mtime_ns
        for path in outdir.rglob("*.html")
    }


def indexed(outdir: Path) -> dict[str, int]:
    """Return the pages of an edition's search index, with the number of words of each."""
    return {
        str(record["url"]): int(record["word_count"])
        for record in read_records(outdir / "pagefind")
    }


@pytest.fixture(scope="module")
def first_build(checkout: Path) -> Path:
    """Build the copy once, with its own package (not the one of this repository)."""
    found = subprocess.run(
        [sys.executable, "-c", "import mdrules; print(mdrules.__file__)"],
        env=environment(checkout),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(found).is_relative_to(checkout), f"expected the copy's package; got {found}"
    built(checkout)
    return checkout


def test_a_rebuild_without_change_writes_the_same_pages_and_index(first_build: Path) -> None:
    """A second build with nothing changed rewrites no page of a document, nor the search index.

    Sphinx's own index lost its general-index entries on such a build; Pagefind indexes the
    written pages, so the glossary term "Datalek" is still found, at its anchor.
    """
    outdir = first_build / "_build" / "html" / "nl"
    before, times, words = pages(outdir), mtimes(outdir), indexed(outdir)
    built(first_build)
    assert pages(outdir) == before
    rewritten = {name for name, mtime in mtimes(outdir).items() if times[name] != mtime}
    assert rewritten <= GENERATED, rewritten
    assert indexed(outdir) == words
    records = {record["url"]: record for record in read_records(outdir / "pagefind")}
    glossary = records["/haarlem/beleid.html"]
    assert "Datalek" in str(glossary["content"])
    assert any(anchor["id"] == "term-Datalek" for anchor in glossary["anchors"])


def test_a_parameter_edit_stops_at_the_stale_example_then_shows_on_the_pages(
    first_build: Path,
) -> None:
    """An edit of ``parameters.toml`` alone rebuilds the pages that render the parameter.

    The review interval is in the text of Haarlem 2.9.1 and on the start page, and an example's
    answer prints it: the build stops at that example, at its page and line, until the answer
    is brought up to date. The start page, which no one edited, then shows the new value.
    """
    assert "eens per <span" in page(first_build, "index")
    assert '<span class="md-param">half jaar</span>' in page(first_build, "index")
    edit(first_build, PARAMETERS, INTERVAL, INTERVAL.replace("6", "12"))
    stale = build(first_build)
    assert stale.returncode != 0
    line = (first_build / "docs/haarlem/beleid.md").read_text(encoding="utf-8").splitlines()
    answer_line = line.index(REVIEW_ANSWER.splitlines()[0]) + 1
    where = f"haarlem/beleid.md:{answer_line - 1}"
    assert where in stale.stderr, stale.stderr
    assert "no longer matches" in stale.stderr
    edit(first_build, "docs/haarlem/beleid.md", REVIEW_ANSWER, "Termijn: ... per jaar ...\n")
    built(first_build)
    assert '<span class="md-param">jaar</span>' in page(first_build, "index")
    assert '<span class="md-param">half jaar</span>' not in page(first_build, "index")
    assert "volgende beoordeling uiterlijk op 30 oktober 2020" in page(first_build, "wijzigingen")


def test_an_edit_of_the_revision_register_shows_in_the_version_line(first_build: Path) -> None:
    """An edit of the register (``metadata.py``) alone rebuilds the pages of the version line."""
    assert "Versie 1.04 van 30 oktober 2019" in page(first_build, "wijzigingen")
    edit(first_build, REGISTER, "dt.date(2019, 10, 30)", "dt.date(2019, 10, 31)")
    built(first_build)
    for docname in ("wijzigingen", "haarlem/beleid", "faq/haarlem"):
        assert "Versie 1.04 van 31 oktober 2019" in page(first_build, docname), docname


def test_a_new_title_of_a_faq_entry_shows_under_the_articles_it_cites(first_build: Path) -> None:
    """An article lists the FAQ entries that cite it: an edit of their page rewrites the article.

    The regulation page is not edited, so it is not read again; it is written again.
    """
    old = "Geldt dit beleid ook voor mij als commissielid?"
    new = "Geldt dit beleid ook voor een commissielid?"
    assert f">{old}</a>" in page(first_build, "haarlem/beleid")
    edit(first_build, "docs/faq/haarlem.md", f"## {old}\n", f"## {new}\n")
    built(first_build)
    assert f">{new}</a>" in page(first_build, "haarlem/beleid")
    assert f">{old}</a>" not in page(first_build, "haarlem/beleid")


def test_the_incremental_build_equals_a_clean_build(first_build: Path) -> None:
    """After the edits, every page and the search index equal those of a build from nothing."""
    result = build(first_build, "clean")
    assert result.returncode == 0, result.stderr
    incremental = first_build / "_build" / "html" / "nl"
    clean = first_build / "_build" / "html" / "clean"
    assert indexed(incremental) == indexed(clean)
    assert pages(incremental) == pages(clean)


def served(url: str, timeout: float, preview: subprocess.Popen[bytes]) -> str:
    """Return a page the preview serves, waiting for it; stop if the preview ends."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert preview.poll() is None, f"make preview exited {preview.returncode}"
        try:
            with urlopen(url, timeout=5) as response:
                return str(response.read().decode("utf-8"))
        except (URLError, ConnectionError, HTTPException):  # not served yet, or being written
            time.sleep(0.2)
    pytest.fail(f"expected the preview to serve {url} within {timeout} s")


def shown(url: str, text: str, preview: subprocess.Popen[bytes], log: Path) -> str:
    """Return the page once the preview serves it with a text, within two minutes."""
    deadline = time.monotonic() + 120
    html = served(url, 10, preview)
    while text not in html:
        assert time.monotonic() < deadline, log.read_text(encoding="utf-8")[-3000:]
        time.sleep(0.2)
        html = served(url, 10, preview)
    return html


def test_the_preview_rebuilds_on_save_and_serves_a_page_that_reloads(first_build: Path) -> None:
    """``make preview`` serves the Dutch edition on 127.0.0.1 and rebuilds it on a save.

    A save of the page shows on it, and so does one of the revision register (in ``src/``),
    in the version table.

    The page carries sphinx-autobuild's script, which reloads it after a rebuild. The preview
    makes no search index. (The time from a save to the reloaded page is a figure of the bench.)
    """
    (first_build / ".venv").symlink_to(sys.prefix)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = first_build / "_build" / "preview.log"
    with log.open("wb") as output:
        # -o: the virtual environment is this repository's, set up already.
        command = ["make", "-o", ".venv/.installed", "preview", f"PORT={port}"]
        preview = subprocess.Popen(
            command,
            cwd=first_build,
            env=environment(first_build),
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            url = f"http://127.0.0.1:{port}/haarlem/beleid.html"
            html = served(url, 600, preview)
            assert "/websocket-reload" in html
            assert "Na de afschrijvingstermijn worden de devices vervangen." in html
            edit(
                first_build,
                "docs/haarlem/beleid.md",
                "Na de afschrijvingstermijn worden de devices vervangen.",
                "Na die termijn komt er een nieuw device.",
            )
            html = shown(url, "Na die termijn komt er een nieuw device.", preview, log)
            edit(first_build, REGISTER, "dt.date(2019, 10, 23)", "dt.date(2019, 10, 24)")
            html = shown(url, "24-10-2019", preview, log)
        finally:
            os.killpg(preview.pid, signal.SIGTERM)
            preview.wait(timeout=60)
    assert (first_build / "_build" / "preview" / "nl" / "haarlem" / "beleid.html").is_file()
    assert not (first_build / "_build" / "preview" / "nl" / "pagefind").exists()
