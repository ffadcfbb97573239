"""A copy of this handbook's sources in a temporary folder, for tests that edit or version it."""

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

GENERATED = ("docs/reference/api/", "_build/")
"""Folders of files the build makes; a copy leaves them out."""


def copy_sources(target: Path) -> Path:
    """Copy the files git tracks or would track (not the generated ones) into ``target``."""
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for name in listed:
        source = ROOT / name
        if source.is_file() and not name.startswith(GENERATED):
            copied = target / name
            copied.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copied)
    return target
