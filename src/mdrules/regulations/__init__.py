"""The regulations the handbook publishes: THE list, and how another list is chosen.

Each regulation is a package (``mdrules/regulations/<id>/``) whose ``RULESET`` holds its metadata,
parameters, rules and coverage. :data:`DEFAULT` names them in the order the handbook shows them.
Another list (a test regulation, one regulation alone) is chosen without editing this package, with
the environment variable ``MDRULES_REGULATIONS``, for the command line and a build alike: entries
separated by commas, each an importable module name (``mdrules.regulations.haarlem``) or the path
of a regulation's package folder (``tests/regulations/demo``, relative to the current directory).
A folder is imported from where it is, so each version of a repository that ``mdrules diff``
compares reads its own copy of it. The list is read once, when this package is imported: a build
cannot change it from ``conf.py``, because the extension's modules read it when they load.

>>> list(REGULATIONS)
['haarlem', 'leeuwarden']
>>> REGULATIONS["haarlem"].version
'1.04'
"""

import functools
import importlib
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from mdrules.errors import UnknownRegulationError
from mdrules.i18n import N_, add_locale_dir
from mdrules.metadata import Regulation
from mdrules.ruleset import Ruleset, Rulesets

DEFAULT: tuple[str, ...] = ("mdrules.regulations.haarlem", "mdrules.regulations.leeuwarden")
"""The modules of the published regulations, in the order the handbook shows them."""

ENVIRONMENT = "MDRULES_REGULATIONS"
"""The environment variable that replaces :data:`DEFAULT`: module names, separated by commas."""


def configured() -> tuple[str, ...]:
    """Return the module names of the regulations to use: the environment's, else the default."""
    names = tuple(n.strip() for n in os.environ.get(ENVIRONMENT, "").split(",") if n.strip())
    return names or DEFAULT


@functools.cache
def load(names: Sequence[str] = DEFAULT) -> Rulesets:
    """Import regulation modules and return their rulesets, in order.

    >>> list(load(("mdrules.regulations.leeuwarden",)))
    ['leeuwarden']
    """
    rulesets = []
    for name in names:
        module = _import(name)
        ruleset = getattr(module, "RULESET", None)
        if not isinstance(ruleset, Ruleset):
            msg = N_(
                "verwacht dat module {module} een RULESET (een Ruleset) definieert; dat doet ze "
                "niet"
            )
            raise UnknownRegulationError(msg, module=name)
        if ruleset.metadata.locale_dir is not None:
            add_locale_dir(Path(ruleset.metadata.locale_dir))
        rulesets.append(ruleset)
    return Rulesets(rulesets)


def _import(entry: str) -> ModuleType:
    """Import a regulation's module by its name, or its package by the path of its folder."""
    if "/" not in entry and os.sep not in entry:
        try:
            return importlib.import_module(entry)
        except ModuleNotFoundError as error:
            msg = N_(
                "verwacht een module van een regeling, zoals {example}; kan {got} niet importeren"
            )
            raise UnknownRegulationError(msg, example=DEFAULT[0], got=repr(entry)) from error
    folder = Path(entry).resolve()
    if folder.name in sys.modules:  # imported before, from this folder or another
        module = sys.modules[folder.name]
        if Path(str(module.__file__)).parent == folder:
            return module
        msg = N_("verwacht één package met de naam {name}; opgegeven: een tweede in {got}")
        raise UnknownRegulationError(msg, name=folder.name, got=entry)
    init = folder / "__init__.py"
    spec = importlib.util.spec_from_file_location(
        folder.name, init, submodule_search_locations=[str(folder)]
    )
    if not init.is_file() or spec is None or spec.loader is None:
        msg = N_(
            "verwacht de map van het package van een regeling, met een __init__.py; opgegeven: "
            "{got}"
        )
        raise UnknownRegulationError(msg, got=repr(entry))
    module = importlib.util.module_from_spec(spec)
    sys.modules[folder.name] = module  # its own modules import it by name
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[folder.name]
        raise
    return module


RULESETS: Rulesets = load(configured())
"""The rulesets of the regulations in use, by id."""

REGULATIONS: dict[str, Regulation] = RULESETS.metadata
"""The metadata of the regulations in use, by id."""

__all__ = ["DEFAULT", "ENVIRONMENT", "REGULATIONS", "RULESETS", "Regulation", "configured", "load"]
