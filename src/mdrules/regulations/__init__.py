"""The regulations the handbook publishes: THE list, and how another list is chosen.

Each regulation is a package (``mdrules/regulations/<id>/``) whose ``RULESET`` holds its metadata,
parameters, rules and coverage. :data:`DEFAULT` names them in the order the handbook shows them.
Another list (a test regulation, one regulation alone) is chosen without editing this package: the
environment variable ``MDRULES_REGULATIONS`` (module names separated by commas) for the command
line, the Sphinx setting ``mdrules_regulations`` for a build.

>>> list(REGULATIONS)
['haarlem', 'leeuwarden']
>>> REGULATIONS["haarlem"].version
'1.04'
"""

import dataclasses
import functools
import importlib
import os
from collections.abc import Sequence
from pathlib import Path

from mdrules.errors import UnknownRegulationError
from mdrules.i18n import add_locale_dir
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
    """Import regulation modules and return their rulesets, in order, each with its folder.

    >>> rulesets = load(("mdrules.regulations.leeuwarden",))
    >>> list(rulesets), rulesets["leeuwarden"].folder.name
    (['leeuwarden'], 'leeuwarden')
    """
    rulesets = []
    for name in names:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            msg = f"expected a regulation module such as {DEFAULT[0]}; cannot import {name!r}"
            raise UnknownRegulationError(msg) from error
        ruleset = getattr(module, "RULESET", None)
        if not isinstance(ruleset, Ruleset):
            msg = f"expected module {name} to define RULESET, a Ruleset; it does not"
            raise UnknownRegulationError(msg)
        if ruleset.folder is None and getattr(module, "__file__", None):
            ruleset = dataclasses.replace(ruleset, folder=Path(str(module.__file__)).parent)
        if ruleset.metadata.locale_dir is not None:
            add_locale_dir(Path(ruleset.metadata.locale_dir))
        rulesets.append(ruleset)
    return Rulesets(rulesets)


RULESETS: Rulesets = load(configured())
"""The rulesets of the regulations in use, by id."""

REGULATIONS: dict[str, Regulation] = RULESETS.metadata
"""The metadata of the regulations in use, by id."""

__all__ = ["DEFAULT", "ENVIRONMENT", "REGULATIONS", "RULESETS", "Regulation", "configured", "load"]
