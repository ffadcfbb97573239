"""What changed in a regulation since a stored release, read in this process, running no tests.

The tree being built is read as the probe reads a version (:mod:`mdrules.changes.probe_text`):
the words of each labelled part, the parameters' values and the regulation's facts. The stored
release's recorded rule calls are asked again of the rules in use
(:func:`mdrules.changes.probe_calls.evaluate`), in this process. Calls that only the current
tree's examples and tests make are not asked: finding them means running those tests, which
``mdrules diff`` does, with the old version's code.
"""

from pathlib import Path
from typing import Any

from mdrules.changes.compare import Report, compare, only
from mdrules.changes.probe_calls import evaluate
from mdrules.changes.probe_text import articles, parameters, registry
from mdrules.changes.snapshot import Case, Snapshot, part_of


def current_snapshot(root: Path, regulation: str) -> Snapshot:
    """Return a regulation's part of the tree in ``root``, without its rule calls.

    ``root`` holds ``docs/`` and ``locale/``; the parameters and facts are those in use.

    >>> from mdrules.regulations import RULESETS
    >>> root = RULESETS["haarlem"].folder.parents[3]
    >>> snapshot = current_snapshot(root, "haarlem")
    >>> snapshot.registry["haarlem"].version, snapshot.cases
    ('1.04', [])
    >>> snapshot.parameters["haarlem.icloud_free_gb"].nl
    '5'
    """
    return part_of(
        Snapshot.model_validate(
            {"registry": registry(), "articles": articles(root), "parameters": parameters()}
            | {"cases": []}
        ),
        regulation,
    )


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
