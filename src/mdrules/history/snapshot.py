"""Read a version with the probe, in a process of its own: its snapshot, and replayed calls.

The snapshot's data model is the engine's (:mod:`mdrules.changes.snapshot`).
"""

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from mdrules.changes.snapshot import Case, Snapshot
from mdrules.errors import ProbeError
from mdrules.history.sources import Version
from mdrules.i18n import N_

PROBE = Path(__file__).with_name("probe.py")
"""The probe script; its parts are the ``probe_*.py`` files beside it and in ``changes/``."""


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
        msg = N_("versie {name} kon niet gelezen worden: {last}")
        raise ProbeError(msg, name=repr(version.name), last=last)


def _cache_key(version: Version) -> str | None:
    """Name a revision's snapshot: its commit, the probe's code, and whether pytest can run."""
    if version.commit is None:
        return None
    digest = hashlib.sha256()
    parts = [*PROBE.parent.glob("probe*.py"), *PROBE.parent.parent.glob("changes/probe*.py")]
    for part in sorted(parts, key=lambda path: path.name):
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
