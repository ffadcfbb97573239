r"""A regulation's parameters as data: ``parameters.toml`` beside its rules, one table each.

Each table holds a parameter's value, the article that sets it and what it is::

    [max_devices]
    value = 2
    article = "2.4.1"
    description = "Number of mobile devices an office holder is entitled to, at most."

The file is data: a reviewer reads it, and ``mdrules diff`` compares two versions of it without
running their code. The rules hold no copy of a value: a rule module claims each parameter with the
type it computes with (:meth:`ParameterFile.parameter`), and the value is validated into that type
(pydantic), so a time is a :class:`datetime.time`, a list of codes a tuple of strings.

A value may take another parameter's value, written ``{ parameter = "servicedesk_opens" }``: the
opening hours name the time they open once.

>>> import tempfile
>>> from mdrules.decision import CitationStyle
>>> from mdrules.revisions import Register, Revision
>>> demo = Regulation(id="demo", title="Demo", authority="Demo", page="demo/regeling",
...     source="sources/demo/original.txt", marker_style="last", title_in_source=True,
...     citation=CitationStyle(name="Demo", forms=("{regulation} {number}",)),
...     revision_register=Register(revisions=(Revision(version="1", date=None, description="x"),)))
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "parameters.toml").write_text(
...     '[max_days]\nvalue = 30\narticle = "2.1"\ndescription = "Days abroad."\n')
>>> parameters = ParameterFile(demo, folder / "parameters.toml")
>>> parameters.parameter("max_days", str)
Traceback (most recent call last):
...
mdrules.errors.ParameterFileError: ...toml [max_days] value: expected str; got 30: ...
>>> parameters.parameter("max_days", int).value
30
>>> list(parameters.parameters())
['demo.max_days']
"""

import re
import tomllib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from mdrules.errors import DuplicateError, ParameterFileError
from mdrules.metadata import Regulation
from mdrules.parameters import Parameter

T = TypeVar("T")

FIELDS = ("value", "article", "description")
"""The keys of a parameter's table, each required."""

ARTICLE = re.compile(r"[0-9]+[a-z]?(\.[0-9a-z]+)*")
"""An article number as a regulation's rules cite it: ``2.3.16``, ``4a.1``, ``1.2.a.i``."""

REFERENCE = "parameter"
"""The key of an inline table that stands for another parameter's value."""


def _type_name(kind: object) -> str:
    """Name a type as an error shows it: ``int``, ``tuple[str, ...]``."""
    name = getattr(kind, "__name__", None)
    return repr(kind) if name is None or getattr(kind, "__args__", None) else str(name)


class ParameterFile:
    """The ``parameters.toml`` of one regulation, whose tables its rule modules claim by name.

    Every table must be claimed, by exactly one module, before :meth:`parameters` gathers them for
    the regulation's ruleset; a table no module claims is an error, as is a claim with no table.
    """

    def __init__(self, regulation: Regulation, path: Path) -> None:
        """Read the file; a file that is missing or is not TOML is an error."""
        self.regulation = regulation
        self.path = path
        try:
            self.tables: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            msg = f"{path}: expected the parameters of regulation {regulation.id}; no such file"
            raise ParameterFileError(msg) from None
        except tomllib.TOMLDecodeError as error:
            msg = f"{path}: expected TOML; {error}"
            raise ParameterFileError(msg) from None
        self._claimed: dict[str, Parameter[Any]] = {}

    def _where(self, name: str, field: str | None = None) -> str:
        return f"{self.path} [{name}]" + (f" {field}" if field else "")

    def _table(self, name: str) -> dict[str, Any]:
        """Return the table of one parameter, checked to hold exactly its three keys."""
        table = self.tables.get(name)
        if table is None:
            have = ", ".join(sorted(self.tables)) or "none"
            msg = (
                f"{self.path}: expected a table [{name}] for parameter "
                f"{self.regulation.id}.{name}; there is none (the tables are {have})"
            )
            raise ParameterFileError(msg)
        if not isinstance(table, dict):
            msg = (
                f"{self._where(name)}: expected a table with {', '.join(FIELDS)}; "
                f"got {type(table).__name__} {table!r}"
            )
            raise ParameterFileError(msg)
        missing = [field for field in FIELDS if field not in table]
        unknown = sorted(set(table) - set(FIELDS))
        if missing or unknown:
            problems = [f"{', '.join(missing)} missing"] if missing else []
            problems += [f"unknown key {', '.join(unknown)}"] if unknown else []
            msg = (
                f"{self._where(name)}: expected the keys {', '.join(FIELDS)}; {'; '.join(problems)}"
            )
            raise ParameterFileError(msg)
        for field in ("article", "description"):
            if not isinstance(table[field], str):
                msg = f"{self._where(name, field)}: expected text; got {table[field]!r}"
                raise ParameterFileError(msg)
        return table

    def _resolve(self, value: object, name: str, chain: tuple[str, ...]) -> object:
        """Replace every ``{ parameter = "other" }`` in a value by the other's value."""
        if isinstance(value, dict) and set(value) == {REFERENCE}:
            other = value[REFERENCE]
            if other in chain or other not in self.tables:
                problem = "refers to itself" if other in chain else "names no table of the file"
                msg = f"{self._where(name, 'value')}: {{ parameter = {other!r} }} {problem}"
                raise ParameterFileError(msg)
            return self._resolve(self._table(other)["value"], other, (*chain, other))
        if isinstance(value, dict):
            return {key: self._resolve(item, name, chain) for key, item in value.items()}
        if isinstance(value, list):
            return [self._resolve(item, name, chain) for item in value]
        return value

    def parameter(self, name: str, kind: type[T]) -> Parameter[T]:
        """Claim the parameter ``name``, its value validated as ``kind``."""
        key = f"{self.regulation.id}.{name}"
        if key in self._claimed:
            msg = f"parameter {key} is claimed twice from {self.path}"
            raise DuplicateError(msg)
        table = self._table(name)
        raw = self._resolve(table["value"], name, (name,))
        try:
            value = TypeAdapter(kind).validate_python(raw, strict=False)
        except ValidationError as error:
            first = error.errors()[0]
            place = "".join(f"[{part!r}]" for part in first["loc"])
            msg = (
                f"{self._where(name, 'value' + place)}: expected {_type_name(kind)}; "
                f"got {first['input']!r}: {first['msg']}"
            )
            raise ParameterFileError(msg) from None
        if not ARTICLE.fullmatch(table["article"]):
            msg = (
                f"{self._where(name, 'article')}: expected an article number such as 2.3.16 or "
                f"4a.1.c; got {table['article']!r}"
            )
            raise ParameterFileError(msg)
        citation = self.regulation.cite(table["article"])[0]
        parameter = Parameter[T](
            key=key, value=value, citation=citation, description=table["description"]
        )
        self._claimed[key] = parameter
        return parameter

    def parameters(self) -> dict[str, Parameter[Any]]:
        """Return every parameter by key, in the file's order; an unclaimed table is an error."""
        unclaimed = [
            name for name in self.tables if f"{self.regulation.id}.{name}" not in self._claimed
        ]
        if unclaimed:
            msg = (
                f"{self.path}: expected only parameters a rule module claims; no module claims "
                f"{', '.join(f'[{name}]' for name in unclaimed)}"
            )
            raise ParameterFileError(msg)
        keys = (f"{self.regulation.id}.{name}" for name in self.tables)
        return {key: self._claimed[key] for key in keys}


__all__ = ["FIELDS", "REFERENCE", "ParameterFile"]
