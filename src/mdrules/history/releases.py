"""Releases: a version of a regulation is published under the git tag ``<regulation>-<version>``.

Releasing stores the version's snapshot, taken with the probe, in the regulation's folder
(:func:`store_release`, ``mdrules release``), so that the handbook's page of changes can compare
with it without running a test (:mod:`mdrules.changes.stored`).
"""

import functools
from dataclasses import dataclass
from pathlib import Path

from mdrules.changes.compare import Report, only
from mdrules.changes.snapshot import part_of
from mdrules.changes.stored import release_path, store
from mdrules.errors import ReleaseError
from mdrules.history.diff import diff
from mdrules.history.snapshot import take
from mdrules.history.sources import Version, git
from mdrules.i18n import N_, AnyOf
from mdrules.regulations import RULESETS


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
    """Return the previous release tag and what changed since, by running both versions' tests."""
    tag = previous_release(repository, regulation, current)
    if tag is None:
        return None
    return tag, only(_report(repository.resolve(), tag), regulation)


@dataclass(frozen=True)
class Stored:
    """A release's snapshot stored by :func:`store_release`."""

    regulation: str
    version: str
    path: Path
    changed: bool
    """Whether the file was written; ``False`` when it held this snapshot already."""

    @property
    def tag(self) -> str:
        """The tag to publish the release under."""
        return release_tag(self.regulation, self.version)


def store_release(repository: Path, regulation: str, *, force: bool = False) -> Stored:
    """Take the snapshot of the working tree with the probe; store the regulation's part of it.

    The file is ``releases/<version>.json`` in the regulation's folder, which must be inside
    ``repository``: the tree the probe reads is the one the stored file describes.
    """
    if regulation not in RULESETS:
        msg = N_("verwacht een regeling: {names}; opgegeven: {got}")
        raise ReleaseError(msg, names=AnyOf(RULESETS), got=repr(regulation))
    ruleset = RULESETS[regulation]
    root = repository.resolve()
    folder = ruleset.folder.resolve() if ruleset.folder is not None else None
    if folder is None or not folder.is_relative_to(root):
        msg = N_(
            "verwacht de map van regeling {regulation} in de repository in {root}; het mdrules "
            "dat in gebruik is, leest haar uit {folder} (installeer het pakket uit deze checkout)"
        )
        raise ReleaseError(msg, regulation=regulation, root=str(root), folder=str(folder))
    snapshot = take(Version(".", root, None))
    if regulation not in snapshot.registry:
        msg = N_("verwacht dat de werkmap in {root} {regulation} publiceert; dat doet zij niet")
        raise ReleaseError(msg, root=str(root), regulation=regulation)
    version = snapshot.registry[regulation].version
    path = release_path(ruleset, version)
    changed = store(part_of(snapshot, regulation), path, force=force)
    return Stored(regulation, version, path, changed)
