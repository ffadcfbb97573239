"""Compare two versions end to end: read both, replay each one's calls in the other, compare."""

from pathlib import Path
from typing import Any

from mdrules.changes.compare import Report, compare
from mdrules.changes.snapshot import Case
from mdrules.history.snapshot import replay, take
from mdrules.history.sources import checkout


def diff(old_name: str, new_name: str, repository: Path) -> Report:
    """Return the report of what changed from one version to another, of a repository.

    Each version's examples and tests are run with its own rules; every call either makes is
    then also asked of the other version, so a changed outcome shows whichever side found it.
    """
    cache = repository / "_build" / "history"
    with (
        checkout(old_name, repository) as old_version,
        checkout(new_name, repository) as new_version,
    ):
        old, new = take(old_version, cache), take(new_version, cache)
        old_cases = {case.key: case for case in old.cases}
        new_cases = {case.key: case for case in new.cases}
        only_old = [case for key, case in old_cases.items() if key not in new_cases]
        only_new = [case for key, case in new_cases.items() if key not in old_cases]
        on_new = dict(zip([c.key for c in only_old], replay(new_version, only_old), strict=True))
        on_old = dict(zip([c.key for c in only_new], replay(old_version, only_new), strict=True))
    calls: list[tuple[Case, dict[str, Any], dict[str, Any]]] = []
    for key, case in old_cases.items():
        after = new_cases[key].result if key in new_cases else on_new[key]
        calls.append((case, case.result, after))
    calls.extend((case, on_old[case.key], case.result) for case in only_new)
    calls.sort(key=lambda call: (call[0].rule, call[0].key))
    return compare(old_name, new_name, old, new, calls)
