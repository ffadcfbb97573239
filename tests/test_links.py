"""Every internal link and anchor of the site resolves, in both editions."""

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Links(HTMLParser):
    """Collects the ids of a page and the addresses it links to or loads."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(str(attributes["id"]))
        for name in ("href", "src"):
            value = attributes.get(name)
            if value is not None and not (tag == "a" and name == "src"):
                self.targets.append(value)


def _read(page: Path) -> _Links:
    links = _Links()
    links.feed(page.read_text(encoding="utf-8"))
    return links


def broken_links(site: Path) -> list[str]:
    """Return each internal link of the site whose file or anchor does not exist."""
    pages = {page: _read(page) for page in site.rglob("*.html")}
    broken = []
    for page, links in pages.items():
        for target in links.targets:
            parts = urlsplit(target)
            if (
                parts.scheme
                or parts.netloc
                or target.startswith(("mailto:", "data:", "javascript:"))
            ):
                continue
            path = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if path.is_dir():
                path = path / "index.html"
            if not path.exists():
                broken.append(f"{page.relative_to(site)}: {target} (no such file)")
                continue
            fragment = unquote(parts.fragment)
            if fragment and path.suffix == ".html":
                ids = pages[path].ids if path in pages else _read(path).ids
                if fragment not in ids:
                    broken.append(f"{page.relative_to(site)}: {target} (no such anchor)")
    return broken


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    """Links, stylesheets, scripts and images of every page exist; every #anchor is on its page."""
    assert len(list(site.rglob("*.html"))) > 40
    assert broken_links(site) == []


def test_a_broken_anchor_is_found(tmp_path: Path) -> None:
    """The checker reports a missing file and a missing anchor."""
    (tmp_path / "a.html").write_text('<a href="b.html#x">b</a><a href="c.html">c</a>', "utf-8")
    (tmp_path / "b.html").write_text('<p id="y">b</p>', "utf-8")
    assert broken_links(tmp_path) == [
        "a.html: b.html#x (no such anchor)",
        "a.html: c.html (no such file)",
    ]
