"""A version read by the probe: its articles, parameters and recorded rule calls."""

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from mdrules.errors import ProbeError
from mdrules.history.sources import Version

PROBE = Path(__file__).with_name("probe.py")
"""The probe script; its parts are the ``probe_*.py`` files beside it."""


class Article(BaseModel):
    """A labelled part of a regulation's page, as the reader sees its words."""

    model_config = ConfigDict(frozen=True)

    label: str
    number: str
    nl: str
    en: str | None
    """``None`` when the version's English catalog lacks one of its messages."""


class ParameterValue(BaseModel):
    """A parameter of a version, with its value as the page writes it."""

    model_config = ConfigDict(frozen=True)

    regulation: str
    article: str
    description: str
    nl: str
    en: str
    value: str | None = None
    """The value as data (JSON), when the version keeps it in ``parameters.toml``."""


class Facts(BaseModel):
    """A regulation's title, version and date in a version of the handbook."""

    model_config = ConfigDict(frozen=True)

    title: str
    version: str
    date: str | None
    page: str


class Case(BaseModel):
    """A rule call an example or test of a version makes, with what it gave."""

    model_config = ConfigDict(frozen=True)

    rule: str
    inputs: dict[str, Any]
    origin: str
    result: dict[str, Any]

    @property
    def key(self) -> str:
        """The call's identity: the rule and its inputs."""
        return json.dumps([self.rule, self.inputs], sort_keys=True, ensure_ascii=False)


class TableRow(BaseModel):
    """A row of a version's decision tables, as data: a call and the answer it expects."""

    model_config = ConfigDict(frozen=True)

    regulation: str
    rule: str
    id: str
    """The row's name: ``haarlem/s2_3_15_16_security/security-code-1``."""
    inputs: dict[str, Any]
    expected: dict[str, Any]
    """The outcome expected, and the articles, conditions and date where the row names them."""


class Snapshot(BaseModel):
    """Everything the comparison needs of one version."""

    model_config = ConfigDict(frozen=True)

    registry: dict[str, Facts]
    articles: dict[str, list[Article]]
    parameters: dict[str, ParameterValue]
    cases: list[Case]
    tables: list[TableRow] = []
    """The rows of the decision tables, for a version that keeps them as data."""
    skipped: list[str] = []
    """The decision tables (test files) not run, because pytest is not installed."""


def _environment() -> dict[str, str]:
    """Return the probe's environment: without PYTHONPATH, the version's sources come first."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    return environment | {"PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}


def _probe(version: Version, *arguments: str) -> None:
    done = subprocess.run(
        [sys.executable, "-P", str(PROBE), *arguments],
        capture_output=True,
        text=True,
        check=False,
        env=_environment(),
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        msg = f"could not read version {version.name!r}: {last}"
        raise ProbeError(msg)


def _cache_key(version: Version) -> str | None:
    """Name a revision's snapshot: its commit, the probe's code, and whether pytest can run."""
    if version.commit is None:
        return None
    digest = hashlib.sha256()
    for part in sorted(PROBE.parent.glob("probe*.py")):
        digest.update(part.read_bytes())
    tables = "" if pytest_installed() else "-without-pytest"
    return f"{version.commit}-{digest.hexdigest()[:16]}{tables}"


def pytest_installed() -> bool:
    """Whether the probe can run the decision tables, which are pytest tests."""
    try:
        return importlib.util.find_spec("pytest") is not None
    except ValueError:  # hidden as sys.modules["pytest"] = None
        return False


def take(version: Version, cache: Path | None = None) -> Snapshot:
    """Read a version; a git revision's snapshot is kept in ``cache`` (commits never change)."""
    key = _cache_key(version)
    cached = cache / f"{key}.json" if cache is not None and key is not None else None
    if cached is not None and cached.is_file():
        return Snapshot.model_validate_json(cached.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="mdrules-snapshot-") as temporary:
        out = Path(temporary) / "snapshot.json"
        _probe(version, "snapshot", str(version.root), str(out))
        text = out.read_text(encoding="utf-8")
    snapshot = Snapshot.model_validate_json(text)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(text, encoding="utf-8")
    return snapshot


def replay(version: Version, cases: list[Case]) -> list[dict[str, Any]]:
    """Return what a version's rules give for calls recorded from another version."""
    if not cases:
        return []
    with tempfile.TemporaryDirectory(prefix="mdrules-replay-") as temporary:
        given = Path(temporary) / "cases.json"
        given.write_text(
            json.dumps([case.model_dump() for case in cases], ensure_ascii=False),
            encoding="utf-8",
        )
        out = Path(temporary) / "results.json"
        _probe(version, "evaluate", str(version.root), str(given), str(out))
        results: list[dict[str, Any]] = json.loads(out.read_text(encoding="utf-8"))
    return results
