"""Releases: a version of a regulation is published under the git tag ``<regulation>-<version>``."""

import functools
from pathlib import Path

from mdrules.history.compare import Report, only
from mdrules.history.diff import diff
from mdrules.history.sources import git


def release_tag(regulation: str, version: str) -> str:
    """Return the tag a version of a regulation is published under.

    >>> release_tag("haarlem", "1.05")
    'haarlem-1.05'
    """
    return f"{regulation}-{version}"


def previous_release(repository: Path, regulation: str, current: str) -> str | None:
    """Return the newest release tag of a regulation before its current version, if any.

    The tags are those reachable from the checked-out commit, newest first; the current
    version's own tag, once made, is skipped. ``None`` without git history or such a tag.
    """
    listed = git(
        repository,
        "tag",
        "--list",
        release_tag(regulation, "*"),
        "--merged",
        "HEAD",
        "--sort=-creatordate",
    )
    if not listed:
        return None
    tags = [tag for tag in listed.splitlines() if tag != release_tag(regulation, current)]
    return tags[0] if tags else None


@functools.cache
def _report(repository: Path, tag: str) -> Report:
    return diff(tag, str(repository), repository)


def changes_since_release(
    repository: Path, regulation: str, current: str
) -> tuple[str, Report] | None:
    """Return the previous release's tag and what changed in a regulation since, if it has one."""
    tag = previous_release(repository, regulation, current)
    if tag is None:
        return None
    return tag, only(_report(repository.resolve(), tag), regulation)
