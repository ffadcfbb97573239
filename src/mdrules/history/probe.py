"""Read one version of the handbook: its articles, parameters and rule outcomes, as JSON.

This file runs as a script inside another version's source tree (``python -P probe.py snapshot
ROOT OUT``), with that version's ``src`` first on the path. It therefore imports nothing of the
running ``mdrules`` but the version's own, and only through names every version has had:
``mdrules.regulations.REGULATIONS`` and its rules and parameters
(``probe_text.rules_and_parameters`` reads either layout). Its parts are files loaded as they
are: ``probe_examples.py`` beside it (running the examples and tests), and the engine's readings
that the handbook's page of changes shares, in ``mdrules/changes/``: ``probe_text.py`` (the
articles), ``probe_values.py`` with ``probe_data.py`` (parameters, decision tables and facts) and
``probe_calls.py`` (rule calls).

``snapshot`` writes the articles (text per label, Dutch and English), the parameters, the rows of
the decision tables, and every rule call that the version's examples, tests and tables make, with
its result. A version whose regulations keep ``parameters.toml`` and ``tables/`` in their package
folders has them read as data, with ``tomllib``; an older one has its parameters rendered by its own
code. ``evaluate`` replays calls recorded from another version against this one.

What the probe cannot read of a version (a parameter it cannot render, a rule that fails other
than by refusing its input, a test that cannot be collected) is an error that says what failed,
on the last line of standard error, with exit status 1: never a text or an outcome that differs.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

PARTS = (Path(__file__).resolve().parent, Path(__file__).resolve().parent.parent / "changes")
"""The folders of the probe's parts: ``probe_examples.py`` beside it, the readings in changes/."""

if not (TYPE_CHECKING or __package__):  # run as a script: its parts are files, not the package
    sys.path.extend(str(folder) for folder in PARTS)

if TYPE_CHECKING or __package__:
    from mdrules.changes.probe_calls import evaluate
    from mdrules.changes.probe_text import UnreadableError, articles, describe
    from mdrules.changes.probe_values import parameters, registry, tables
    from mdrules.history.probe_examples import record
else:
    from probe_calls import evaluate
    from probe_examples import record
    from probe_text import UnreadableError, articles, describe
    from probe_values import parameters, registry, tables


def snapshot(root: Path) -> dict[str, Any]:
    """Return everything the comparison needs of the version in ``root``."""
    data: dict[str, Any] = {}
    for part, task, read in (
        ("registry", "reading the regulations' registry", registry),
        ("articles", "reading the articles", lambda: articles(root)),
        ("parameters", "reading the parameters", lambda: parameters(root)),
        ("tables", "reading the decision tables", lambda: tables(root)),
        ("cases", "running the examples and tests", lambda: record(root)),
    ):
        data[part] = _doing(task, read)
    data["cases"], data["skipped"] = data["cases"]
    return data


def _doing(task: str, read: Any) -> Any:  # noqa: ANN401 (what a part of the probe returns)
    """Do one task of the probe; a failure names the task and what failed in it."""
    try:
        return read()
    except UnreadableError as error:
        msg = f"{task}: {error}"
        raise UnreadableError(msg) from error
    except Exception as error:
        msg = f"{task}: {describe(error)}"
        raise UnreadableError(msg) from error


def main(argv: list[str]) -> int:
    """``snapshot ROOT OUT`` or ``evaluate ROOT CASES OUT``."""
    command, root = argv[0], Path(argv[1]).resolve()
    sys.path.insert(0, str(root / "src"))
    for name in [name for name in sys.modules if name == "mdrules" or name.startswith("mdrules.")]:
        del sys.modules[name]
    os.chdir(root)
    try:
        if command == "snapshot":
            data: object = snapshot(root)
            out = Path(argv[2])
        elif command == "evaluate":
            cases = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
            data = _doing("replaying the other version's calls", lambda: evaluate(cases))
            out = Path(argv[3])
        else:
            print(f"probe: expected snapshot or evaluate; got {command!r}", file=sys.stderr)
            return 2
    except UnreadableError as error:
        print(" ".join(str(error).split()), file=sys.stderr)
        return 1
    out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
