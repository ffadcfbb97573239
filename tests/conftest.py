"""Shared fixtures: one build of each edition per test session, served to one browser."""

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from browser import CHROMIUM, CHROMIUM_ARGS, assemble_site, serve

ROOT = Path(__file__).resolve().parents[1]

pytest_plugins = ("sphinx.testing.fixtures",)


@dataclass(frozen=True)
class Build:
    """The result of one ``sphinx-build`` run."""

    outdir: Path
    returncode: int
    stderr: str

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
    return Build(outdir, result.returncode, result.stderr)


@pytest.fixture(scope="session")
def dutch_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """Return the Dutch handbook, built once for the session."""
    base = tmp_path_factory.mktemp("nl")
    return build_handbook(base / "html", base / "doctrees")


@pytest.fixture(scope="session")
def english_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """Return the English edition, built once for the session."""
    base = tmp_path_factory.mktemp("en")
    return build_handbook(base / "html", base / "doctrees", language="en")


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
