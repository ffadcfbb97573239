"""What changed in a regulation since a stored release, read in this process, running no tests.

The tree being built is read as the probe reads a version (:mod:`mdrules.changes.probe_text`):
the words of each labelled part, the parameters' values and the regulation's facts. The stored
release's recorded rule calls are asked again of the rules in use
(:func:`mdrules.changes.probe_calls.evaluate`), in this process. Calls that only the current
tree's examples and tests make are not asked: finding them means running those tests, which
``mdrules diff`` does, with the old version's code.

The report depends only on the stored release and the files it is computed from, so the editions
of one build share it: :func:`cached_changes_since` keeps it under a digest of those files.
"""

import hashlib
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

import mdrules
from mdrules.changes.compare import Report, compare, only
from mdrules.changes.probe_calls import evaluate
from mdrules.changes.probe_text import articles
from mdrules.changes.probe_values import parameters, registry, tables
from mdrules.changes.snapshot import Case, Snapshot, part_of
from mdrules.changes.stored import StoredRelease
from mdrules.regulations import RULESETS


def current_snapshot(root: Path, regulation: str) -> Snapshot:
    """Return a regulation's part of the tree in ``root``, without its rule calls.

    ``root`` holds ``docs/`` and ``locale/``; the parameters, decision tables and facts are those
    of the regulations in use, read as the probe reads them.

    >>> from mdrules.regulations import RULESETS
    >>> root = RULESETS["haarlem"].folder.parents[3]
    >>> snapshot = current_snapshot(root, "haarlem")
    >>> snapshot.registry["haarlem"].version, snapshot.cases
    ('1.04', [])
    >>> snapshot.parameters["haarlem.icloud_free_gb"].nl
    '5'
    """
    read = {"registry": registry(), "articles": articles(root), "parameters": parameters(root)}
    read |= {"tables": tables(root), "cases": []}
    return part_of(Snapshot.model_validate(read), regulation)


def replay(cases: list[Case]) -> list[dict[str, Any]]:
    """Return what the rules in use give for recorded calls, in order, in this process."""
    return evaluate([case.model_dump(mode="json") for case in cases])


def changes_since(old: Snapshot, root: Path, regulation: str, old_name: str) -> Report:
    """Return what changed in a regulation from a stored release to the tree in ``root``."""
    new = current_snapshot(root, regulation)
    old = part_of(old, regulation)
    calls = [
        (case, case.result, after) for case, after in zip(old.cases, replay(old.cases), strict=True)
    ]
    calls.sort(key=lambda call: (call[0].rule, call[0].key))
    return only(compare(old_name, ".", old, new, calls), regulation)


def inputs_digest(release: StoredRelease, root: Path, regulation: str) -> str:
    """Return a digest of everything a report since a stored release is computed from.

    The release's file; the code and catalogs of ``mdrules`` and of every regulation in use; the
    regulation's page and its English catalog in ``root``; the version of babel, which renders
    the values.
    """
    folders = [Path(mdrules.__file__).parent]
    folders += [ruleset.folder for ruleset in RULESETS.values() if ruleset.folder is not None]
    folders += [Path(r.metadata.locale_dir) for r in RULESETS.values() if r.metadata.locale_dir]
    files = [
        path for folder in folders for pattern in ("*.py", "*.po") for path in folder.rglob(pattern)
    ]
    page = RULESETS[regulation].metadata.page
    files += [root / "docs" / f"{page}.md", root / "locale" / "en" / "LC_MESSAGES" / f"{page}.po"]
    digest = hashlib.sha256(f"{regulation}\0babel {version('babel')}\0".encode())
    digest.update(release.path.read_bytes())
    for path in sorted(set(files)):
        if path.is_file():
            digest.update(f"\0{path}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def cached_changes_since(
    release: StoredRelease, root: Path, regulation: str, old_name: str, cache: Path
) -> Report:
    """Return :func:`changes_since` a stored release, kept in the folder ``cache`` for reuse.

    A report computed from other files is never reused: its name is their digest. Reports of a
    regulation computed from earlier files are removed.
    """
    stored = cache / f"{regulation}-{inputs_digest(release, root, regulation)}.json"
    if stored.is_file():
        return Report.model_validate_json(stored.read_bytes())
    report = changes_since(release.load(), root, regulation, old_name)
    cache.mkdir(parents=True, exist_ok=True)
    for earlier in cache.glob(f"{regulation}-*.json"):
        earlier.unlink(missing_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=cache, delete=False, encoding="utf-8") as handle:
        handle.write(report.model_dump_json())
    Path(handle.name).replace(stored)
    return report
