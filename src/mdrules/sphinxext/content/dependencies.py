"""What a page renders from besides its source, noted so that an edit of it rebuilds the page.

Sphinx reads a page again when its source changed, or when a file noted for it with
``env.note_dependency`` is newer than the page's last reading. The directives and roles that
render from the rules note the files they render from:

- the engine: every module, catalog and data file of the ``mdrules`` package outside the
  regulations' own folders (the decisions, their wording and catalogs, the parameters' forms,
  the vocabulary, the revision register's rendering, and this extension, whose code renders
  them);
- a regulation's folder: its register (``metadata.py``), ``parameters.toml``, rule modules,
  decision tables and coverage, and the catalogs of its ``locale_dir`` when it has one.

A page's own catalog (``locale/<language>/LC_MESSAGES/<page>.po``) is noted by Sphinx itself,
and the page of changes notes the stored releases and the regulation's page it compares
(:mod:`.changes`). No page notes another page, so an edit of one page reads that page (and
the page of changes) alone; the pages that show what others hold are written again, not read
again (:mod:`.dependents`).

>>> names = {path.name for path in regulation_files("haarlem")}
>>> {"metadata.py", "parameters.toml", "s2_3_15_16_security.toml"} <= names
True
>>> engine = {path.relative_to(PACKAGE).as_posix() for path in engine_files()}
>>> {"decision.py", "locale/en/LC_MESSAGES/mdrules.po", "regulations/__init__.py"} <= engine
True
>>> any(name.startswith("regulations/haarlem/") for name in engine)
False
"""

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from sphinx.environment import BuildEnvironment

import mdrules
from mdrules.regulations import RULESETS

PACKAGE = Path(mdrules.__file__).resolve().parent
"""The folder of the ``mdrules`` package."""

NOTED = "mdrules_noted_dependencies"
"""The key of the page's reading data that holds what it noted: None (the engine), or ids."""

PATTERNS = ("*.py", "*.po", "*.toml")
"""The files a page can render from: code, catalogs and data."""


def _files(folder: Path) -> list[Path]:
    """Return the code, catalogs and data files under a folder, sorted."""
    found = {path for pattern in PATTERNS for path in folder.rglob(pattern)}
    return sorted(path for path in found if "__pycache__" not in path.parts)


@cache
def regulation_files(regulation: str) -> tuple[Path, ...]:
    """Return the files of a regulation's folder and of its ``locale_dir``, by its id."""
    ruleset = RULESETS[regulation]
    files: list[Path] = []
    if ruleset.folder is not None:
        files += _files(Path(ruleset.folder).resolve())
    if ruleset.metadata.locale_dir is not None:
        files += _files(Path(ruleset.metadata.locale_dir).resolve())
    return tuple(files)


@cache
def engine_files() -> tuple[Path, ...]:
    """Return the files of the ``mdrules`` package, less those of the regulations in use."""
    own = {path for regulation in RULESETS for path in regulation_files(regulation)}
    return tuple(path for path in _files(PACKAGE) if path not in own)


def note_rendering(env: BuildEnvironment, regulations: Iterable[str] | None = None) -> None:
    """Note that the page being read renders from the engine and from regulations' files.

    ``regulations`` are ids; ``None`` stands for every regulation in use (an example may ask any
    rule). An id that is not in use adds nothing: the directive reports it.
    """
    keys = list(RULESETS) if regulations is None else [r for r in regulations if r in RULESETS]
    # What the page noted already: its reading's own data, dropped when the reading ends.
    noted = env.temp_data.setdefault(NOTED, set())
    assert isinstance(noted, set)
    files: list[Path] = []
    if None not in noted:
        noted.add(None)
        files += engine_files()
    for key in keys:
        if key not in noted:
            noted.add(key)
            files += regulation_files(key)
    for path in files:
        env.note_dependency(path)
