"""Stored snapshots of releases: ``releases/<version>.json`` in a regulation's own folder.

``mdrules release REGULATION`` takes the snapshot once, with the probe, and stores its part of
it here; the handbook's page of changes reads the newest one whose version is not the current
one, so a build (from a clone or a source archive) never runs a version's tests.
"""

import dataclasses
import re
from pathlib import Path

from mdrules.changes.snapshot import Snapshot, dumps
from mdrules.errors import ReleaseError
from mdrules.i18n import N_
from mdrules.ruleset import Ruleset

RELEASES = "releases"
"""The folder, inside a regulation's own, that holds its stored releases."""

_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]*")


@dataclasses.dataclass(frozen=True)
class StoredRelease:
    """A stored snapshot of a release: its version and its file."""

    version: str
    path: Path

    def load(self) -> Snapshot:
        """Read the snapshot; a file that holds none is a :class:`~mdrules.errors.ReleaseError`."""
        try:
            return Snapshot.model_validate_json(self.path.read_bytes())
        except ValueError as error:
            msg = N_(
                "verwacht dat {path} een momentopname van een uitgave bevat; "
                "dat doet het niet: {error}"
            )
            raise ReleaseError(msg, path=str(self.path), error=str(error)) from error


def releases_folder(ruleset: Ruleset) -> Path:
    """Return the folder of a regulation's stored releases (it need not exist yet).

    >>> from mdrules.regulations import RULESETS
    >>> releases_folder(RULESETS["haarlem"]).relative_to(RULESETS["haarlem"].folder)
    PosixPath('releases')
    """
    if ruleset.folder is None:
        msg = (
            f"expected regulation {ruleset.id} to know its folder (a ruleset loaded by "
            "mdrules.regulations.load); it has none"
        )
        raise ReleaseError(msg)
    return ruleset.folder / RELEASES


def release_path(ruleset: Ruleset, version: str) -> Path:
    """Return the file a version's snapshot is stored in.

    >>> from mdrules.regulations import RULESETS
    >>> release_path(RULESETS["haarlem"], "1.04").name
    '1.04.json'
    >>> release_path(RULESETS["haarlem"], "../x")
    Traceback (most recent call last):
    ...
    mdrules.errors.ReleaseError: verwacht een versie van letters, cijfers, punten, streepjes ...
    """
    if not _VERSION.fullmatch(version):
        msg = N_(
            "verwacht een versie van letters, cijfers, punten, streepjes en liggende streepjes; "
            "opgegeven: {got}"
        )
        raise ReleaseError(msg, got=repr(version))
    return releases_folder(ruleset) / f"{version}.json"


def stored_releases(ruleset: Ruleset) -> list[StoredRelease]:
    """Return a regulation's stored releases, oldest first.

    Versions in the revision register come in its order; others before them, by name.
    """
    folder = releases_folder(ruleset)
    if not folder.is_dir():
        return []
    order = [revision.version for revision in ruleset.metadata.register.revisions]
    found = [StoredRelease(path.stem, path) for path in folder.glob("*.json") if path.is_file()]
    return sorted(
        found,
        key=lambda r: (order.index(r.version) if r.version in order else -1, r.version),
    )


def previous_release(ruleset: Ruleset) -> StoredRelease | None:
    """Return the newest stored release whose version is not the current one, if any."""
    current = ruleset.metadata.version
    earlier = [release for release in stored_releases(ruleset) if release.version != current]
    return earlier[-1] if earlier else None


def store(snapshot: Snapshot, path: Path, *, force: bool = False) -> bool:
    """Write a snapshot to its file; return whether the file changed.

    A file that holds another snapshot is kept, and is a
    :class:`~mdrules.errors.ReleaseError`, unless ``force``.
    """
    text = dumps(snapshot).encode("utf-8")
    if path.is_file():
        if path.read_bytes() == text:
            return False
        if not force:
            msg = N_(
                "verwacht geen andere momentopname van deze versie; {path} bevat er een die "
                "verschilt van deze werkmap (geef --force om haar te vervangen)"
            )
            raise ReleaseError(msg, path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text)
    return True
