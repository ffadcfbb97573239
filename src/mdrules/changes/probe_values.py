"""The probe's reading of a version's values: its parameters, decision tables and facts.

Part of the probe (:mod:`mdrules.history.probe`): it runs inside another version's source tree and
imports nothing of the running ``mdrules``, only that version's own, inside its functions.
The handbook's page of changes imports it too (:mod:`mdrules.changes.since`), to read the tree
being built. A version whose regulations keep ``parameters.toml`` and ``tables/`` in their package
folders has them read as data (:mod:`~mdrules.changes.probe_data`); an older one has its
parameters rendered by its own code.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING or __package__:
    from mdrules.changes import probe_data
    from mdrules.changes.probe_text import UnreadableError, describe, rules_and_parameters
else:  # run by the probe script: its sibling files, never the version's own mdrules
    import probe_data
    from probe_text import UnreadableError, describe, rules_and_parameters


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
