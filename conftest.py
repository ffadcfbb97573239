"""Collect the examples of the handbook's pages as tests (Sybil, MyST syntax).

The examples of one page share its namespace (the imports at its top), so they run in order in
one process: `make test` sends each file's tests to one process (``--dist loadfile``).
"""

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from sybil import Sybil
from sybil.parsers.myst import DocTestDirectiveParser, PythonCodeBlockParser, SkipParser

pytest_collect_file = Sybil(
    parsers=[
        DocTestDirectiveParser(optionflags=NORMALIZE_WHITESPACE | ELLIPSIS),
        PythonCodeBlockParser(),
        SkipParser(),
    ],
    patterns=["*.md"],
    path="docs",
).pytest()
