"""The built site served on localhost, and a headless Chromium to look at it (Playwright).

The browser is Debian's Chromium (``/usr/bin/chromium``), installed by ``make test``; Playwright
downloads no browser of its own.
"""

import functools
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging every request."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: ANN401 (the base signature)
        """Log nothing."""


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve a folder on a free port of 127.0.0.1; yield its base address."""
    handler = functools.partial(QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def site_pages(site: Path) -> list[str]:
    """Return every page of the built site, as paths from its root."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def assemble_site(root: Path, editions: dict[str, Path], entry_page: Path) -> Path:
    """Put the editions side by side, as `make html` does: root/index.html, root/nl/, root/en/."""
    root.mkdir(parents=True, exist_ok=True)
    for language, outdir in editions.items():
        target = root / language
        if not target.exists():
            shutil.copytree(outdir, target)
    shutil.copy(entry_page, root / "index.html")
    return root
