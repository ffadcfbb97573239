"""The versions to compare: a git revision of the repository, or a folder with the sources."""

import contextlib
import io
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mdrules.errors import SourceError
from mdrules.i18n import N_


def find_repository(start: Path) -> Path:
    """Return the git repository that holds a folder: the one whose versions are compared.

    It is the repository the user stands in, never the one the package was installed from.

    >>> find_repository(Path("/"))
    Traceback (most recent call last):
    ...
    mdrules.errors.SourceError: '/' ligt niet in een git-repository met de bronnen ...
    """
    top = None
    if start.is_dir() and shutil.which("git") is not None:
        done = subprocess.run(
            ["git", "-C", str(start), "rev-parse", "--show-toplevel"],
            capture_output=True,
            text=True,
            check=False,
        )
        top = done.stdout.strip() if done.returncode == 0 else None
    if not top:
        msg = N_(
            "{got} ligt niet in een git-repository met de bronnen van het handboek; voer "
            "mdrules diff daar uit, of geef --repo MAP"
        )
        raise SourceError(msg, got=repr(str(start)))
    return Path(top)


@dataclass(frozen=True)
class Version:
    """One version's sources on disk."""

    name: str
    """What the user called it: a tag, a revision, or a folder."""
    root: Path
    """The folder with ``docs/``, ``locale/`` and ``src/mdrules/``."""
    commit: str | None
    """The full commit id of a git revision; ``None`` for a folder (never cached)."""


def is_sources(folder: Path) -> bool:
    """Whether a folder holds a version of a handbook: its pages in ``docs/``.

    A version with its own engine (``src/mdrules/``) is read with that engine; one without, such as
    a handbook of one regulation that installs mdrules as a package, with the engine installed.

    >>> root = find_repository(Path(__file__).parent)
    >>> is_sources(root), is_sources(root / "docs")
    (True, False)
    """
    return (folder / "docs").is_dir()


def git(repository: Path, *arguments: str) -> str | None:
    """Run git in a repository; return its output, or ``None`` when git fails or is missing."""
    if shutil.which("git") is None or not (repository / ".git").exists():
        return None
    done = subprocess.run(
        ["git", "-C", str(repository), *arguments], capture_output=True, text=True, check=False
    )
    return done.stdout.strip() if done.returncode == 0 else None


def resolve(name: str, repository: Path) -> str | None:
    """Return the commit id a revision or tag names, or ``None`` when it names none."""
    if name.startswith("-"):
        return None
    return git(repository, "rev-parse", "--verify", "--quiet", f"{name}^{{commit}}")


@contextlib.contextmanager
def checkout(name: str, repository: Path) -> Iterator[Version]:
    """Yield a version's sources: a folder as it is, a git revision extracted to a temporary one."""
    folder = Path(name).expanduser()
    if folder.is_dir():
        if not is_sources(folder):
            lacking = "docs/" if not (folder / "docs").is_dir() else "src/mdrules/"
            msg = N_(
                "verwacht een map met de bronnen van het handboek (docs/); "
                "opgegeven: {got}, zonder {lacking}"
            )
            raise SourceError(msg, got=repr(name), lacking=lacking)
        yield Version(name, folder.resolve(), None)
        return
    commit = resolve(name, repository)
    if commit is None:
        msg = N_(
            "verwacht een git-revisie of -tag van de repository in {repository} of een map met "
            "de bronnen; opgegeven: {got}, dat geen van beide is"
        )
        raise SourceError(msg, repository=str(repository), got=repr(name))
    with tempfile.TemporaryDirectory(prefix="mdrules-version-") as temporary:
        archive = subprocess.run(
            ["git", "-C", str(repository), "archive", "--format=tar", commit],
            capture_output=True,
            check=True,
        )
        target = Path(temporary)
        with tarfile.open(fileobj=io.BytesIO(archive.stdout), mode="r:") as tar:
            tar.extractall(target, filter="data")
        if not is_sources(target):
            msg = N_(
                "verwacht dat revisie {name} de pagina's van een handboek (docs/) heeft; "
                "die heeft ze niet"
            )
            raise SourceError(msg, name=repr(name))
        yield Version(name, target, commit)
