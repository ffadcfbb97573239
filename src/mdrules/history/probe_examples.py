"""The probe's run of a version's examples and tests, recording every rule call they make.

Part of the probe (:mod:`mdrules.history.probe`): it runs inside another version's source tree and
imports nothing of the running ``mdrules``, only that version's own, inside its functions.

The pages' ``{doctest}`` blocks and the rule modules' docstrings run with the standard library's
``doctest``, as Sybil and ``pytest --doctest-modules`` run them (a page's blocks share one
namespace, top to bottom); they need neither pytest nor Sybil. The rows of the decision tables
(``tables/*.toml`` of a regulation's package) are asked of their rules directly. The tests in
``tests/test_<regulation>.py`` are pytest tests: they run when pytest is installed, and are
otherwise named as skipped, so the report can say what it could not ask. Whether an example or test
passes does not matter, only the calls it makes; a test that cannot be collected or set up is an
error, like a call the version cannot answer.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING or __package__:
    from mdrules.changes.probe_calls import Recorder
    from mdrules.changes.probe_text import UnreadableError, rules_and_parameters, scan_units
else:  # run by the probe script: its sibling files, never the version's own mdrules
    from probe_calls import Recorder
    from probe_text import UnreadableError, rules_and_parameters, scan_units

_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})\{doctest\}\s*$")
_OPTION = re.compile(r"^\s*:[\w-]+:")
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def page_examples(markdown: str) -> Iterator[tuple[int, int, str]]:
    r"""Yield each ``{doctest}`` block of a page: its line and column (from 1), and its code.

    >>> page = "Tekst\n\n```{doctest}\n>>> 1 + 1\n2\n```\n"
    >>> list(page_examples(page))
    [(4, 1, '>>> 1 + 1\n2\n')]
    """
    lines = markdown.splitlines()
    number = 0
    while number < len(lines):
        opening = _FENCE.match(lines[number])
        number += 1
        if opening is None:
            continue
        indent, fence = len(opening["indent"]), opening["fence"]
        closing = re.compile(rf"^ *{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        while number < len(lines) and _OPTION.match(lines[number]):
            number += 1
        start, body = number + 1, []
        while number < len(lines) and not closing.match(lines[number]):
            body.append(lines[number][indent:])
            number += 1
        number += 1
        yield start, indent + 1, "\n".join(body) + "\n"


def _run(test: doctest.DocTest) -> None:
    """Run a doctest for the calls it makes; its report is not wanted."""
    runner = doctest.DocTestRunner(verbose=False, optionflags=_FLAGS)
    runner.run(test, out=lambda _report: None, clear_globs=False)


def run_pages(root: Path, recorder: Recorder) -> None:
    """Run the ``{doctest}`` blocks of every page, each page in one namespace.

    Each example is named by its line and column, as Sybil names it.
    """
    parser = doctest.DocTestParser()
    for page in sorted((root / "docs").rglob("*.md")):
        relative = page.relative_to(root).as_posix()
        namespace: dict[str, Any] = {"__name__": relative}
        for start, column, code in page_examples(page.read_text(encoding="utf-8")):
            for example in parser.get_examples(code):
                line = start + example.lineno
                recorder.origin = f"{relative}::line:{line},column:{column + example.indent}"
                test = doctest.DocTest([example], {}, recorder.origin, str(page), line, None)
                test.globs = namespace  # the blocks of a page share one namespace
                _run(test)


def _module_name(path: Path, root: Path) -> str:
    """Return the module a source file of the version holds: ``src/mdrules/x.py`` -> mdrules.x."""
    parts = path.relative_to(root / "src").with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def rule_modules(root: Path, regulations: list[str]) -> list[str]:
    """Return the modules whose docstrings may ask the rules: each regulation's, and the rules'."""
    names = {rule.function.__module__ for rule in rules_and_parameters()[0].values()}
    for key in regulations:
        source = root / "src" / "mdrules"
        module, packages = source / f"{key}.py", [source / key, source / "regulations" / key]
        files = [module] if module.is_file() else []
        for package in packages:
            files += sorted(package.rglob("*.py")) if package.is_dir() else []
        names |= {_module_name(file, root) for file in files}
    return sorted(names)


def run_docstrings(root: Path, modules: list[str], recorder: Recorder) -> None:
    """Run the docstring examples of modules, named as ``pytest --doctest-modules`` names them."""
    finder = doctest.DocTestFinder()
    for name in modules:
        module = importlib.import_module(name)
        path = Path(str(module.__file__)).resolve().relative_to(root.resolve()).as_posix()
        for test in finder.find(module):
            if test.examples:
                recorder.origin = f"{path}::{test.name}"
                _run(test)
                test.globs.clear()


class _Problems:
    """A pytest plugin that keeps the tests that could not be collected or set up."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def pytest_collectreport(self, report: Any) -> None:  # noqa: ANN401 (pytest's report)
        """Keep a file or class that could not be collected."""
        if report.failed:
            self.found.append(f"{report.nodeid}: cannot be collected: {_last(report)}")

    def pytest_runtest_logreport(self, report: Any) -> None:  # noqa: ANN401 (pytest's report)
        """Keep a test that could not be set up (a missing fixture, a failing one)."""
        if report.when == "setup" and report.failed:
            self.found.append(f"{report.nodeid}: cannot be set up: {_last(report)}")


def _last(report: Any) -> str:  # noqa: ANN401 (pytest's report)
    lines = [line.strip() for line in str(report.longreprtext).splitlines() if line.strip()]
    return lines[-1].removeprefix("E").strip() if lines else "no message"


def run_tables(root: Path, paths: list[str], recorder: Recorder) -> list[str]:
    """Run the decision tables (pytest tests); return those skipped because pytest is missing."""
    if not paths:
        return []
    try:
        import pytest
    except ImportError:
        return paths

    with contextlib.suppress(ImportError):
        from hypothesis import settings

        settings.register_profile("probe", derandomize=True, database=None, deadline=None)
        settings.load_profile("probe")
    problems = _Problems()
    # Without the version's conftest files: they set up builds and browsers, which tables need not.
    # In their own order (not pytest-randomly's): a call is named by the first test that makes it.
    arguments = ["-q", "-p", "no:cacheprovider", "-p", "no:randomly", "--no-header", "-o"]
    arguments += ["addopts=", "-W", "ignore"]
    arguments += ["--noconftest", "--rootdir", str(root), *paths]
    with contextlib.redirect_stdout(io.StringIO()):
        status = pytest.main(arguments, plugins=[recorder, problems])
    if problems.found:
        raise UnreadableError(problems.found[0])
    if status not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
        msg = f"pytest could not run {', '.join(paths)}: exit status {int(status)}"
        raise UnreadableError(msg)
    return []


def run_rows(recorder: Recorder) -> None:
    """Ask every row of the version's decision tables, where it has them as data.

    A row the version cannot ask (no such rule, an input it does not take) cannot be read.
    """
    try:
        tables = importlib.import_module("mdrules.decision_tables")
    except ModuleNotFoundError:
        return
    import mdrules.regulations

    for ruleset in mdrules.regulations.RULESETS.values():
        for row in tables.rows(ruleset):
            recorder.origin = row.id
            rule = ruleset.rules.get(row.key)
            if rule is None:
                recorder.failures.append(f"{row.id}: the regulation has no rule {row.key}")
                continue
            try:
                arguments = tables.arguments(row, rule)
            except ValueError as error:
                recorder.failures.append(str(error))
                continue
            recorder.call(row.key, rule.function, arguments)


def record(root: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Run the version's examples and tests; return the rule calls they make, and what was skipped.

    Each call is named by where it was first made: a test, a docstring, or the article of a page
    whose example makes it.
    """
    from mdrules.regulations import REGULATIONS

    recorder = Recorder()
    run_pages(root, recorder)
    run_rows(recorder)
    tables = [f"tests/test_{key}.py" for key in REGULATIONS]
    skipped = run_tables(root, [path for path in tables if (root / path).is_file()], recorder)
    run_docstrings(root, rule_modules(root, list(REGULATIONS)), recorder)
    if recorder.failures:
        more = len(recorder.failures) - 1
        msg = recorder.failures[0] + (f" (and {more} more)" if more else "")
        raise UnreadableError(msg)
    owners = {
        f"docs/{r.page}.md": _line_owners(root / "docs" / f"{r.page}.md", key)
        for key, r in REGULATIONS.items()
    }
    for case in recorder.cases.values():
        case["origin"] = _article_of(case["origin"], owners)
    cases = sorted(recorder.cases.values(), key=lambda case: (case["rule"], case["origin"]))
    return cases, skipped


def _line_owners(page: Path, regulation: str) -> list[str]:
    """Return the label each line of a regulation's page belongs to (none when it is missing)."""
    owners: list[str] = []
    if page.is_file():
        scan_units(page.read_text(encoding="utf-8"), regulation, owners)
    return owners


def _article_of(origin: str, owners: dict[str, list[str]]) -> str:
    """Name an example on a regulation's page by its article: ``docs/x.md::line:9`` -> label.

    >>> _article_of("docs/x.md::line:2,column:1", {"docs/x.md": ["x", "x-1", "x-1"]})
    'x-1'
    """
    match = re.fullmatch(r"(?P<path>[^:]+)::line:(?P<line>\d+),column:\d+", origin)
    if match is None or match["path"] not in owners:
        return origin
    lines, line = owners[match["path"]], int(match["line"])
    return lines[line - 1] if 0 < line <= len(lines) else origin
