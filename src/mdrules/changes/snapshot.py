"""A version's snapshot as data: its articles, parameters, facts and recorded rule calls.

The probe (:mod:`mdrules.history.probe`) takes a snapshot of a version by running its examples
and tests; a release's snapshot is stored in its regulation's folder
(:mod:`mdrules.changes.stored`), written by :func:`dumps` so that the same tree gives the same
bytes.
"""

import json
from typing import Any

from pydantic import BaseModel, ConfigDict


class Article(BaseModel):
    """A labelled part of a regulation's page, as the reader sees its words."""

    model_config = ConfigDict(frozen=True)

    label: str
    number: str
    nl: str
    en: str | None
    """``None`` when the version's English catalog lacks one of its messages."""


class ParameterValue(BaseModel):
    """A parameter of a version, with its value as the page writes it."""

    model_config = ConfigDict(frozen=True)

    regulation: str
    article: str
    description: str
    nl: str
    en: str
    value: str | None = None
    """The value as data (JSON), when the version keeps it in ``parameters.toml``."""


class Facts(BaseModel):
    """A regulation's title, version and date in a version of the handbook."""

    model_config = ConfigDict(frozen=True)

    title: str
    version: str
    date: str | None
    page: str


class Case(BaseModel):
    """A rule call an example or test of a version makes, with what it gave."""

    model_config = ConfigDict(frozen=True)

    rule: str
    inputs: dict[str, Any]
    origin: str
    result: dict[str, Any]

    @property
    def key(self) -> str:
        """The call's identity: the rule and its inputs."""
        return json.dumps([self.rule, self.inputs], sort_keys=True, ensure_ascii=False)


class TableRow(BaseModel):
    """A row of a version's decision tables, as data: a call and the answer it expects."""

    model_config = ConfigDict(frozen=True)

    regulation: str
    rule: str
    id: str
    """The row's name: ``haarlem/s2_3_15_16_security/security-code-1``."""
    inputs: dict[str, Any]
    expected: dict[str, Any]
    """The outcome expected, and the articles, conditions and date where the row names them."""


class Snapshot(BaseModel):
    """Everything the comparison needs of one version."""

    model_config = ConfigDict(frozen=True)

    registry: dict[str, Facts]
    articles: dict[str, list[Article]]
    parameters: dict[str, ParameterValue]
    cases: list[Case]
    tables: list[TableRow] = []
    """The rows of the decision tables, for a version that keeps them as data."""
    skipped: list[str] = []
    """The decision tables (test files) not run, because pytest is not installed."""


def part_of(snapshot: Snapshot, regulation: str) -> Snapshot:
    """Return the part of a snapshot that concerns one regulation.

    >>> facts = Facts(title="T", version="1", date=None, page="demo/regeling")
    >>> whole = Snapshot(registry={"demo": facts, "other": facts}, articles={}, parameters={},
    ...     cases=[Case(rule="other.x", inputs={}, origin="", result={})])
    >>> part = part_of(whole, "demo")
    >>> list(part.registry), part.cases
    (['demo'], [])
    """
    return Snapshot(
        registry={k: v for k, v in snapshot.registry.items() if k == regulation},
        articles={k: v for k, v in snapshot.articles.items() if k == regulation},
        parameters={k: v for k, v in snapshot.parameters.items() if v.regulation == regulation},
        cases=sorted(
            (case for case in snapshot.cases if case.rule.split(".")[0] == regulation),
            key=lambda case: case.key,
        ),
        tables=sorted(
            (row for row in snapshot.tables if row.regulation == regulation),
            key=lambda row: row.id,
        ),
        skipped=sorted(snapshot.skipped),
    )


def dumps(snapshot: Snapshot) -> str:
    """Return a snapshot as JSON text: sorted keys, two-space indents and a final newline.

    >>> facts = Facts(title="T", version="1", date=None, page="demo/regeling")
    >>> print(dumps(Snapshot(registry={"demo": facts}, articles={}, parameters={}, cases=[])))
    {
      "articles": {},
      "cases": [],
      "parameters": {},
      "registry": {
        "demo": {
          "date": null,
          "page": "demo/regeling",
          "title": "T",
          "version": "1"
        }
      },
      "skipped": [],
      "tables": []
    }
    """
    data = snapshot.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
