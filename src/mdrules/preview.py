"""The live preview of ``make preview``: rebuild one edition on each save, reload the open page.

It is sphinx-autobuild's watcher, reloading script and server, with one difference: each build
runs Sphinx in a process forked from this one, which has imported Sphinx, MyST, the theme and the
libraries the rules use once, at start. A rebuild therefore does not import them again (about
0.8 s of processor time on a small machine). The handbook's own package is imported afresh by
every build, so an edit of a rule module, a parameter or the engine shows at once.

    python -m mdrules.preview --port 8000 --watch locale --watch src -- -b html ... docs OUT
"""

import argparse
import contextlib
import importlib
import itertools
import multiprocessing
import os
import shlex
import subprocess
import sys
from collections.abc import MutableMapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Libraries every build imports; this process imports them once and each build inherits them.
WARM = (
    "sphinx.cmd.build",
    "sphinx.application",
    "sphinx.builders.html",
    "sphinx.ext.doctest",
    "myst_parser.parsers.sphinx_",
    "myst_parser.sphinx_ext.main",
    "furo",
    "autodoc2.sphinx.extension",
    "pydantic",
    "babel.dates",
    "babel.numbers",
    "jinja2",
    "pygments.lexers.python",
)
#: What the preview never rebuilds for, besides its output: editor and cache files.
IGNORED = (r"__pycache__", r"\.egg-info", r"\.mo$", r"~$", r"\.sw[px]$")


@dataclass(frozen=True)
class Build:
    """One edition's build, as the command line gives it, with a command to run before it."""

    sphinx_arguments: tuple[str, ...]
    before: tuple[str, ...] = ()

    def __call__(self, changed_paths: Sequence[Path] = ()) -> None:
        """Build, in the process it is called in: a fork of the preview's."""
        if changed_paths:
            print(f"[preview] saved: {', '.join(path.name for path in changed_paths[:5])}")
        if self.before and subprocess.run(self.before, check=False).returncode != 0:
            print("[preview] not rebuilt: the command before the build failed (see above)")
            return
        # This process is a fork of the preview: its libraries are loaded, but the handbook's
        # package must be read from the files as they are now.
        forget(sys.modules, "mdrules")
        from sphinx.cmd.build import main

        if main(list(self.sphinx_arguments)) != 0:
            print("[preview] the build stopped (see above); the last good pages stay served")


def forget(modules: MutableMapping[str, Any], package: str) -> None:
    """Remove a package and its modules from the imported ones, so that they are read again.

    >>> modules = {"mdrules": 1, "mdrules.labels": 2, "mdrules_extra": 3, "sphinx": 4}
    >>> forget(modules, "mdrules")
    >>> modules
    {'mdrules_extra': 3, 'sphinx': 4}
    """
    for name in [name for name in modules if name.split(".")[0] == package]:
        del modules[name]


def forked() -> ProcessPoolExecutor:
    """Return a pool whose worker is a fork of this process, with its libraries loaded."""
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))


def parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Return the preview's own options and the arguments of ``sphinx-build`` (after ``--``)."""
    parser = argparse.ArgumentParser(prog="python -m mdrules.preview", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--watch", action="append", default=[], help="a folder to watch too")
    parser.add_argument("--ignore", action="append", default=[], help="a folder not to watch")
    parser.add_argument("--pre-build", default="", help="a command to run before each build")
    own, _, rest = _split(list(argv))
    options = parser.parse_args(own)
    if len(rest) < 2:
        parser.error("expected the arguments of sphinx-build after --, ending in SOURCE OUTPUT")
    return options, rest


def _split(argv: list[str]) -> tuple[list[str], str, list[str]]:
    """Split the arguments at the first ``--``.

    >>> _split(["--port", "1", "--", "-b", "html"])
    (['--port', '1'], '--', ['-b', 'html'])
    """
    if "--" not in argv:
        return argv, "", []
    at = argv.index("--")
    return argv[:at], "--", argv[at + 1 :]


def _doctrees(sphinx_arguments: Sequence[str]) -> list[str]:
    """Return the doctree folder the build is given with ``-d``, if any.

    >>> _doctrees(["-b", "html", "-d", "_build/doctrees", "docs", "out"])
    ['_build/doctrees']
    """
    found = [b for a, b in itertools.pairwise(sphinx_arguments) if a == "-d"]
    return found[:1]


def main(argv: Sequence[str] | None = None) -> int:
    """Build once, then serve the output and rebuild on every save until interrupted."""
    options, sphinx_arguments = parse(sys.argv[1:] if argv is None else argv)
    for name in WARM:
        importlib.import_module(name)
    import uvicorn
    from sphinx_autobuild.filter import IgnoreFilter
    from sphinx_autobuild.middleware import JavascriptInjectorMiddleware
    from sphinx_autobuild.server import RebuildServer
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.routing import Mount, WebSocketRoute
    from starlette.staticfiles import StaticFiles

    source, output = Path(sphinx_arguments[-2]), Path(sphinx_arguments[-1])
    output.mkdir(parents=True, exist_ok=True)
    before = tuple(shlex.split(options.pre_build))
    build = Build(tuple(sphinx_arguments), before)
    print("[preview] first build")
    with forked() as pool:
        pool.submit(build).result()
    address = f"{options.host}:{options.port}"
    ignored = [".git", ".venv", "node_modules", *options.ignore, output]
    ignored += _doctrees(sphinx_arguments)
    ignore = IgnoreFilter(ignored, IGNORED)  # type: ignore[no-untyped-call]
    watcher = RebuildServer([source, *map(Path, options.watch)], ignore, change_callback=build)
    app = Starlette(
        routes=[
            WebSocketRoute("/websocket-reload", watcher, name="reload"),
            Mount("/", app=StaticFiles(directory=output, html=True), name="static"),
        ],
        middleware=[Middleware(JavascriptInjectorMiddleware, ws_url=address)],
        lifespan=watcher.lifespan,
    )
    print(f"[preview] serving on http://{address}/ ; each save rebuilds; Ctrl+C stops")
    # The watcher builds in a pool of its own: its worker must be a fork of this process too.
    multiprocessing.set_start_method("fork", force=True)
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.run(app, host=options.host, port=options.port, log_level="warning")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
