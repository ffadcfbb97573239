"""Shared fixtures: one build of each edition per test run, the site served, a browser.

The builds are made once for all processes of a run (``pytest -n 2``, as `make test` runs it) and
read by every test that looks at the built site.
"""

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from browser import CHROMIUM, CHROMIUM_ARGS, assemble_site, serve
from shared import locked, shared_folder

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
"""The environment's locale, which sets the language of the ``mdrules`` command."""


def pytest_configure(config: pytest.Config) -> None:
    """Run every test with no locale in the environment, whatever the machine's is.

    The command then speaks Dutch, its default; a test that wants English says so.
    """
    for variable in LOCALE_VARIABLES:
        os.environ.pop(variable, None)


ROOT = Path(__file__).resolve().parents[1]

pytest_plugins = ("sphinx.testing.fixtures",)


@dataclass(frozen=True)
class Build:
    """The result of one ``sphinx-build`` run."""

    outdir: Path
    returncode: int
    stderr: str
    doctrees: Path

    def page(self, docname: str) -> str:
        """Return the HTML of a built page."""
        return (self.outdir / f"{docname}.html").read_text(encoding="utf-8")


def build_handbook(outdir: Path, doctrees: Path, language: str = "nl") -> Build:
    """Build an edition of the handbook as ``make html`` does: warnings are errors, nitpicky.

    Each page's navigation is also compared with the one Furo makes itself (a warning if not).
    """
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-c", str(ROOT), "-D"]
    command += [f"language={language}", "-D", "mdrules_check_navigation=1"]
    command += ["-W", "--keep-going", "-n", "-q", "-d", str(doctrees), str(ROOT / "docs")]
    result = subprocess.run(
        [*command, str(outdir)], capture_output=True, text=True, check=False, cwd=ROOT
    )
    return Build(outdir, result.returncode, result.stderr, doctrees)


def examples_run(build: Build, language: str, outdir: Path) -> subprocess.CompletedProcess[str]:
    """Run `sphinx-build -b doctest` on the pages a build has read, into `outdir`.

    The doctest builder runs every example again from the build's doctrees (a copy of them), so
    it reads no page a second time.
    """
    doctrees = outdir / "doctrees"
    shutil.copytree(build.doctrees, doctrees)
    command = [sys.executable, "-m", "sphinx", "-b", "doctest", "-c", str(ROOT), "-q", "-W"]
    command += ["--keep-going", "-D", f"language={language}", "-d", str(doctrees)]
    command += [str(ROOT / "docs"), str(outdir / "doctest")]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)


def shared_build(tmp_path_factory: pytest.TempPathFactory, language: str) -> Build:
    """Return an edition built once for the whole run: the first process to ask builds it."""
    folder = shared_folder(tmp_path_factory, f"handbook-{language}")
    folder.mkdir(parents=True, exist_ok=True)
    outcome = folder / "outcome.json"
    with locked(folder / "build.lock"):
        if not outcome.exists():
            build = build_handbook(folder / "html", folder / "doctrees", language=language)
            result = {"returncode": build.returncode, "stderr": build.stderr}
            outcome.write_text(json.dumps(result), encoding="utf-8")
        result = json.loads(outcome.read_text(encoding="utf-8"))
    return Build(folder / "html", result["returncode"], result["stderr"], folder / "doctrees")


@pytest.fixture(scope="session")
def dutch_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """Return the Dutch handbook, built once for the run."""
    return shared_build(tmp_path_factory, "nl")


@pytest.fixture(scope="session")
def english_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """Return the English edition, built once for the run."""
    return shared_build(tmp_path_factory, "en")


@pytest.fixture(scope="session")
def site(
    dutch_build: Build, english_build: Build, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """Return the folder of the whole site, as `make html` lays it out: entry page, nl/, en/."""
    assert dutch_build.returncode == english_build.returncode == 0
    editions = {"nl": dutch_build.outdir, "en": english_build.outdir}
    return assemble_site(tmp_path_factory.mktemp("site"), editions, ROOT / "site/index.html")


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    """Serve the site on localhost for the session."""
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Start Debian's Chromium, headless, once for the session."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"expected Chromium at {CHROMIUM}; `make test` installs it (apt-get chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
