"""Read one version of the handbook: its articles, parameters and rule outcomes, as JSON.

This file runs as a script inside another version's source tree (``python -P probe.py snapshot
ROOT OUT``), with that version's ``src`` first on the path. It therefore imports nothing of the
running ``mdrules`` but the version's own, and only through names every version has had:
``mdrules.regulations.REGULATIONS`` and its rules and parameters
(``probe_text.rules_and_parameters`` reads either layout). Its parts are its sibling files
``probe_text.py`` (the articles), ``probe_data.py`` (parameters and decision tables as data),
``probe_calls.py`` (rule calls) and ``probe_examples.py`` (running the examples and tests), loaded
from beside it.

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

if not (TYPE_CHECKING or __package__):  # run as a script: its parts are the files beside it
    sys.path.append(str(Path(__file__).resolve().parent))

if TYPE_CHECKING or __package__:
    from mdrules.history import probe_data
    from mdrules.history.probe_calls import evaluate
    from mdrules.history.probe_examples import record
    from mdrules.history.probe_text import UnreadableError, articles, describe, rules_and_parameters
else:
    import probe_data
    from probe_calls import evaluate
    from probe_examples import record
    from probe_text import UnreadableError, articles, describe, rules_and_parameters


def data_folders(root: Path) -> dict[str, tuple[Path, list[Path]]]:
    """Return the package folder and English catalogs of each regulation that keeps its data there.

    Only where the version's rulesets name their folder (``Ruleset.folder``) and it holds a
    ``parameters.toml``; older versions have none.
    """
    import mdrules.regulations

    found = {}
    for key, ruleset in getattr(mdrules.regulations, "RULESETS", {}).items():
        folder = getattr(ruleset, "folder", None)
        if folder is None or not (Path(folder) / "parameters.toml").is_file():
            continue
        catalogs = [root / "src" / "mdrules" / "locale" / "en" / "LC_MESSAGES" / "mdrules.po"]
        own = getattr(ruleset.metadata, "locale_dir", None)
        if own:
            catalogs.append(Path(own) / "en" / "LC_MESSAGES" / "mdrules.po")
        found[str(key)] = (Path(folder), catalogs)
    return found


def parameters(root: Path) -> dict[str, dict[str, Any]]:
    """Return every parameter: its article and its value as the text shows it in each language."""
    from mdrules.parameters import render

    found: dict[str, dict[str, Any]] = {}
    folders = data_folders(root)
    for key, (folder, catalogs) in folders.items():
        english = probe_data.translations(catalogs)
        try:
            found |= probe_data.parameters(folder / "parameters.toml", key, english)
        except (KeyError, TypeError, ValueError) as error:
            msg = f"cannot read {folder / 'parameters.toml'}: {describe(error)}"
            raise UnreadableError(msg) from error
    for key, parameter in sorted(rules_and_parameters()[1].items()):
        if parameter.citation.regulation in folders:
            continue
        values = {}
        for language in ("nl", "en"):
            try:
                values[language] = str(render(parameter, language, ""))
            except Exception as error:
                msg = f"cannot render parameter {key} in {language}: {describe(error)}"
                raise UnreadableError(msg) from error
        found[key] = {
            "regulation": parameter.citation.regulation,
            "article": parameter.citation.article,
            "description": str(getattr(parameter, "description", "")),
            **values,
        }
    return dict(sorted(found.items()))


def tables(root: Path) -> list[dict[str, Any]]:
    """Return the rows of every regulation's decision tables, read as data."""
    found = []
    for key, (folder, _catalogs) in data_folders(root).items():
        try:
            found += probe_data.rows(folder, key)
        except (AttributeError, TypeError, ValueError) as error:
            msg = f"cannot read the decision tables in {folder / 'tables'}: {describe(error)}"
            raise UnreadableError(msg) from error
    return found


def registry() -> dict[str, dict[str, Any]]:
    """Return each regulation's title, version and date."""
    from mdrules.regulations import REGULATIONS

    return {
        key: {
            "title": regulation.title,
            "version": str(regulation.version),
            "date": regulation.version_date.isoformat() if regulation.version_date else None,
            "page": regulation.page,
        }
        for key, regulation in REGULATIONS.items()
    }


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
