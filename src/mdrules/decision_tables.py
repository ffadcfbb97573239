r"""Decision tables as data: a rule's inputs and what it must answer, beside the rules.

A regulation's tables are ``tables/<rule module>.toml`` in its package folder. Each file holds,
per question, an array of rows: the inputs (the rule's parameters, by name; an input left out takes
the rule's default), and the answer expected: its ``outcome``, and optionally the ``articles`` it
cites, the keys of its open ``conditions`` and its ``date``::

    [[security-code]]
    inputs = { code = "1234", kind = "sim" }
    outcome = "not_allowed"
    articles = ["2.3.16"]

A row without ``conditions`` whose outcome is not conditional expects none. The tests run every
row (``tests/test_decision_tables.py``); ``mdrules diff`` compares the rows of two versions as data.

>>> import tempfile
>>> from mdrules.regulations import RULESETS
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "s2_3_15_16_security.toml").write_text(
...     '[[security-code]]\ninputs = { code = "1234" }\noutcome = "allowed"\n')
>>> [row] = read_table(folder / "s2_3_15_16_security.toml", "haarlem")
>>> row.id, row.key
('haarlem/s2_3_15_16_security/security-code-1', 'haarlem.security-code')
>>> mismatches(row, ask(row, RULESETS.rules[row.key]))
["outcome: expected 'allowed'; got 'not_allowed'"]
"""

import datetime as dt
import inspect
import tomllib
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from mdrules.decision import Decision, Outcome
from mdrules.errors import DecisionTableError
from mdrules.ruleset import Rule, Ruleset

EXPECTED = ("outcome", "articles", "conditions", "date")
"""What a row may expect of the answer; ``outcome`` is required."""

FOLDER = "tables"
"""The folder of a regulation's package that holds its tables."""


@dataclass(frozen=True)
class Row:
    """One row of a decision table: a question asked with some inputs, and the answer expected."""

    regulation: str
    table: str
    """The table's name: the rule module whose rules it asks, e.g. ``s2_3_15_16_security``."""
    rule: str
    """The question, e.g. ``security-code``."""
    number: int
    """The row's number among the rows of its question in its table, from 1."""
    inputs: Mapping[str, Any]
    expected: Mapping[str, Any]

    @property
    def key(self) -> str:
        """The rule's key, ``regulation.question``."""
        return f"{self.regulation}.{self.rule}"

    @property
    def id(self) -> str:
        """The row's name in a test run and a report: ``haarlem/s2_3_15_16_security/x-1``."""
        return f"{self.regulation}/{self.table}/{self.rule}-{self.number}"


def _rows(path: Path, regulation: str, data: Mapping[str, Any]) -> Iterator[Row]:
    for rule, rows in data.items():
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            msg = f"{path}: expected [[{rule}]] rows, an array of tables; got {rows!r}"
            raise DecisionTableError(msg)
        for number, row in enumerate(rows, 1):
            where = f"{path} [[{rule}]] row {number}"
            problems = [f"unknown key {key}" for key in sorted(set(row) - {"inputs", *EXPECTED})]
            problems += [] if "outcome" in row else ["no outcome"]
            if not isinstance(row.get("inputs", {}), dict):
                problems.append(f"inputs is {row['inputs']!r}, not a table")
            if problems:
                msg = f"{where}: expected inputs and {', '.join(EXPECTED)}; {'; '.join(problems)}"
                raise DecisionTableError(msg)
            yield Row(
                regulation=regulation,
                table=path.stem,
                rule=rule,
                number=number,
                inputs=row.get("inputs", {}),
                expected={key: row[key] for key in EXPECTED if key in row},
            )


def read_table(path: Path, regulation: str) -> list[Row]:
    """Return the rows of one table file, in order."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        msg = f"{path}: expected TOML; {error}"
        raise DecisionTableError(msg) from None
    return list(_rows(path, regulation, data))


def rows(ruleset: Ruleset) -> list[Row]:
    """Return every row of every table of a regulation, by table and in order."""
    if ruleset.folder is None:
        return []
    paths = sorted((ruleset.folder / FOLDER).glob("*.toml"))
    return [row for path in paths for row in read_table(path, ruleset.id)]


def arguments(row: Row, rule: Rule) -> dict[str, Any]:
    """Return a row's inputs as the rule's arguments, each validated into its parameter's type."""
    function = inspect.unwrap(rule.function)
    hints = typing.get_type_hints(function, include_extras=True)
    names = list(inspect.signature(function).parameters)
    found: dict[str, Any] = {}
    for name, value in row.inputs.items():
        if name not in names:
            msg = f"{row.id}: expected inputs among {', '.join(names)}; got {name}"
            raise DecisionTableError(msg)
        try:
            found[name] = TypeAdapter(hints[name]).validate_python(value)
        except ValidationError as error:
            msg = f"{row.id}: input {name}: {error.errors()[0]['msg']}; got {value!r}"
            raise DecisionTableError(msg) from None
    return found


def ask(row: Row, rule: Rule) -> Decision:
    """Ask a row's question of its rule."""
    return rule.function(**arguments(row, rule))


def answer(decision: Decision) -> dict[str, Any]:
    """Return what a row can expect of a decision: outcome, articles, conditions and date."""
    return {
        "outcome": decision.outcome.value,
        "articles": [citation.article for citation in decision.citations],
        "conditions": [condition.key for condition in decision.conditions],
        "date": decision.date,
    }


def mismatches(row: Row, decision: Decision) -> list[str]:
    """Return how a decision differs from what a row expects; none when it answers as expected."""
    got = answer(decision)
    expected = dict(row.expected)
    if "conditions" not in expected and expected["outcome"] != Outcome.CONDITIONAL.value:
        expected["conditions"] = []
    if isinstance(expected.get("date"), dt.datetime):
        expected["date"] = expected["date"].date()
    return [
        f"{key}: expected {value!r}; got {got[key]!r}"
        for key, value in expected.items()
        if got[key] != value
    ]


__all__ = [
    "EXPECTED",
    "FOLDER",
    "Row",
    "answer",
    "arguments",
    "ask",
    "mismatches",
    "read_table",
    "rows",
]
