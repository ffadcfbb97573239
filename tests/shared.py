"""What a test run makes once for all its processes, also when pytest-xdist runs it in several.

Each process of a run (``-n 2``) has a temporary folder of its own, beside the others; what all of
them read, such as a build of the handbook, is made once in their common parent, under a lock.
"""

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def shared_folder(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """Return the folder `name` that every process of this test run sees (not yet made)."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):  # a worker's folder lies in the run's folder
        base = base.parent
    return base / name


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the file `path` (made if missing) while the block runs.

    >>> import tempfile
    >>> lock = Path(tempfile.mkdtemp()) / "build.lock"
    >>> with locked(lock):
    ...     lock.exists()
    True
    """
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
