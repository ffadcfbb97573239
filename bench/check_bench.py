"""The author's checks in the benchmark: `make check`, cold and after one edit, and `make test`.

Each runs in a copy of the repository (`bench.copy_repository`), with the virtual environment of
the working tree; the copy keeps the files' times, so its `make` finds that environment up to
date. The wall time is what an author waits; the processor time (of all the processes it runs)
weighs less on a machine busy with other work.
"""

import resource
import shutil
from collections.abc import Callable
from pathlib import Path

#: The page an author edits between the cold and the warm `make check`.
ARTICLE = "docs/haarlem/beleid.md"
#: `make check` must answer well within a minute, once the environment exists.
CHECK_TARGET = 60.0

Timer = Callable[[list[str], Path], float]
"""Runs a command in the copy and returns its wall time, failing loudly (`bench.timed`)."""
Rows = list[tuple[str, str, str]]
"""Figures of the benchmark's table: measure, figure, target."""


def measured(timed: Timer, command: list[str], copy: Path) -> tuple[float, float]:
    """Return the wall and the processor time of a command run in the copy."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = timed(command, copy)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def check_figures(timed: Timer, copy: Path) -> Rows:
    """Time `make check` from an empty `_build`, then again after one edit of an article."""
    shutil.rmtree(copy / "_build", ignore_errors=True)
    cold = measured(timed, ["make", "check"], copy)
    page = copy / ARTICLE
    page.write_text(page.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    warm = measured(timed, ["make", "check"], copy)
    target = f"under {CHECK_TARGET:.0f} s"
    return [
        ("make check, after one article edit (wall)", f"{warm[0]:.1f} s", target),
        ("  the same, processor time", f"{warm[1]:.1f} s", ""),
        ("make check, from an empty _build (wall)", f"{cold[0]:.1f} s", target),
        ("  the same, processor time", f"{cold[1]:.1f} s", ""),
    ]


def make_test_figures(timed: Timer, copy: Path) -> Rows:
    """Time `make test` (lint, types and every test, the browser's included) in the copy."""
    wall, processor = measured(timed, ["make", "test"], copy)
    return [
        ("make test (wall)", f"{wall:.0f} s", ""),
        ("  the same, processor time", f"{processor:.0f} s", ""),
    ]
