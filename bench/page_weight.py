"""What an article page weighs: the bytes it loads, by kind, and the scripts loaded on demand."""

import gzip
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit


class _Resources(HTMLParser):
    """Collects what a page loads: stylesheets, scripts, images and icons."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        rel = attributes.get("rel") or ""
        if tag == "link" and rel in {"stylesheet", "icon"} and attributes.get("href"):
            self.found.append(
                ("stylesheet" if rel == "stylesheet" else "image", str(attributes["href"]))
            )
        elif tag == "script" and attributes.get("src"):
            self.found.append(("script", str(attributes["src"])))
        elif tag == "img" and attributes.get("src"):
            self.found.append(("image", str(attributes["src"])))


def page_weight(site: Path, page: str) -> tuple[dict[str, int], int]:
    """Add up the bytes a page loads (uncompressed) by kind, and in all as a server sends them.

    Its HTML, CSS (with the fonts and images the CSS refers to), scripts and images; the search
    index loads only on the search page. Compressed: each file with gzip at level 6, a web
    server's usual setting.
    """
    path = site / page
    html = path.read_text(encoding="utf-8")
    sizes = {"document": len(html.encode())}
    compressed = len(gzip.compress(html.encode(), 6, mtime=0))
    parser = _Resources()
    parser.feed(html)
    seen: set[Path] = set()
    for kind, address in parser.found:
        file = (path.parent / urlsplit(address).path).resolve()
        if file in seen or not file.exists():
            continue
        seen.add(file)
        sizes[kind] = sizes.get(kind, 0) + file.stat().st_size
        compressed += len(gzip.compress(file.read_bytes(), 6, mtime=0))
        if kind == "stylesheet":
            for url in re.findall(r"url\(['\"]?([^'\")]+)", file.read_text(encoding="utf-8")):
                if url.startswith("data:"):
                    continue
                asset = (file.parent / urlsplit(url).path).resolve()
                if asset.exists() and asset not in seen:
                    seen.add(asset)
                    sizes["font or image in CSS"] = (
                        sizes.get("font or image in CSS", 0) + asset.stat().st_size
                    )
                    compressed += len(gzip.compress(asset.read_bytes(), 6, mtime=0))
    return sizes, compressed


def on_demand_scripts(site: Path, page: str) -> int:
    """Return the bytes of the scripts a page loads only when opened from the search."""
    path = site / page
    listed = re.search(
        r'<script type="application/json" id="mdrules-on-highlight">(.*?)</script>',
        path.read_text(encoding="utf-8"),
    )
    sources: list[str] = json.loads(listed.group(1)) if listed else []
    return sum((path.parent / urlsplit(source).path).resolve().stat().st_size for source in sources)
