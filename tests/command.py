"""The ``mdrules`` command run in the test's own process, as a person runs it."""

import pytest

from mdrules.cli import main


def run(
    capsys: pytest.CaptureFixture[str], *argv: str, environ: dict[str, str] | None = None
) -> tuple[int, str, str]:
    """Run the command in-process; return its status, output and errors.

    The environment names no locale unless given: the command speaks Dutch, whatever the
    machine running the tests is set to.
    """
    try:
        status = main(list(argv), environ or {})
    except SystemExit as stop:  # argparse exits on bad options
        status = int(stop.code or 0)
    out, err = capsys.readouterr()
    return status, out, err
