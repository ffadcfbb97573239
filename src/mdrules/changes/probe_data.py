"""The probe's reading of a version's data: its ``parameters.toml`` and its decision tables.

Part of the probe (:mod:`mdrules.history.probe`): it runs inside another version's source tree and
imports nothing of the running ``mdrules`` nor of the version's: the files are read with
``tomllib``, the English words of a value from the version's catalogs (``.po`` files, with babel).
A value is written as the pages write it with no form: a number as a sentence writes it, a time
as 7:45, a list joined with "en" / "and", the words of a kind of thing by its ``name``, a phone
number dashed.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Any

from babel.dates import format_date, format_time
from babel.lists import format_list
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

LOCALES = {"nl": "nl_NL", "en": "en_GB"}
"""The babel locale of each language of the handbook, as its pages format values."""

REFERENCE = "parameter"
"""The key of an inline table that stands for another parameter's value."""


def translations(catalogs: list[Path]) -> dict[str, str]:
    """Return the English of every message in some ``.po`` catalogs that has one."""
    found: dict[str, str] = {}
    for path in catalogs:
        if path.is_file():
            with path.open("rb") as file:
                catalog = read_po(file)
            found |= {str(m.id): str(m.string) for m in catalog if m.id and m.string}
    return found


def resolve(value: object, tables: dict[str, Any], chain: tuple[str, ...] = ()) -> object:
    """Replace every ``{ parameter = "name" }`` in a value by that parameter's value.

    >>> resolve([{"parameter": "a"}, 2], {"a": {"value": 1}})
    [1, 2]
    """
    if isinstance(value, dict) and set(value) == {REFERENCE}:
        name = str(value[REFERENCE])
        if name in chain or not isinstance(tables.get(name), dict):
            msg = f"{{ parameter = {name!r} }} names no other parameter of the file"
            raise ValueError(msg)
        return resolve(tables[name].get("value"), tables, (*chain, name))
    if isinstance(value, dict):
        return {key: resolve(item, tables, chain) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve(item, tables, chain) for item in value]
    return value


def shown(value: object, language: str, english: dict[str, str]) -> str:
    """Write a parameter's value as a page writes it in a language.

    >>> shown([{"kind": "laptop", "name": "laptop"}, "data"], "en", {"data": "data"})
    'laptop and data'
    >>> shown({"area": "023", "subscriber": "5115252"}, "nl", {}), shown(5000, "nl", {})
    ('023-5115252', '5.000')
    >>> shown([{"devices": ["smartphone"]}, {"devices": ["smartphone", "laptop"]}], "nl", {})
    'smartphone en smartphone + laptop'

    """
    locale = LOCALES.get(language, language)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return str(format_decimal(value, locale=locale))
    if isinstance(value, str):
        return english.get(value, value) if language != "nl" else value
    if isinstance(value, dt.datetime):
        day = format_date(value, "long", locale=locale)
        return f"{day} {format_time(value, 'H:mm', locale=locale)}"
    if isinstance(value, dt.date):
        return str(format_date(value, format="long", locale=locale))
    if isinstance(value, dt.time):
        return str(format_time(value, "H:mm", locale=locale))
    if isinstance(value, list):
        items = [_item(item, language, english) for item in value]
        return str(format_list(items, locale=locale))
    if isinstance(value, dict) and "name" in value:
        return shown(value["name"], language, english)
    if isinstance(value, dict) and {"area", "subscriber"} <= set(value):
        return f"{value['area']}-{value['subscriber']}"
    if isinstance(value, dict):
        return "; ".join(f"{key}: {shown(item, language, english)}" for key, item in value.items())
    return str(value)


def _item(item: object, language: str, english: dict[str, str]) -> str:
    """Write an item of a list: a table of one key by its value, a list as ``a + b``."""
    if isinstance(item, dict) and len(item) == 1 and "name" not in item:
        item = next(iter(item.values()))
    if isinstance(item, list):
        return " + ".join(shown(part, language, english) for part in item)
    return shown(item, language, english)


def plain(value: object) -> object:
    """Return a TOML value as JSON: dates and times as ISO text.

    >>> plain({"on": dt.date(2026, 11, 23), "codes": ["0000"]})
    {'on': '2026-11-23', 'codes': ['0000']}
    """
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def parameters(path: Path, regulation: str, english: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Return the parameters of one ``parameters.toml``, by key, as the snapshot keeps them."""
    tables = tomllib.loads(path.read_text(encoding="utf-8"))
    found = {}
    for name, table in tables.items():
        value = resolve(table["value"], tables, (name,))
        found[f"{regulation}.{name}"] = {
            "regulation": regulation,
            "article": str(table["article"]),
            "description": str(table.get("description", "")),
            "nl": shown(value, "nl", english),
            "en": shown(value, "en", english),
            "value": json.dumps(plain(value), sort_keys=True, ensure_ascii=False),
        }
    return found


def rows(folder: Path, regulation: str) -> list[dict[str, Any]]:
    """Return the rows of a regulation's decision tables (``tables/*.toml``), as data."""
    found = []
    for path in sorted((folder / "tables").glob("*.toml")):
        for rule, table in tomllib.loads(path.read_text(encoding="utf-8")).items():
            for number, row in enumerate(table, 1):
                expected = {key: plain(item) for key, item in row.items() if key != "inputs"}
                found.append(
                    {
                        "regulation": regulation,
                        "rule": f"{regulation}.{rule}",
                        "id": f"{regulation}/{path.stem}/{rule}-{number}",
                        "inputs": plain(row.get("inputs", {})),
                        "expected": expected,
                    }
                )
    return found
