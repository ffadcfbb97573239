"""Fidelity of the handbook to the original text: repairs, text extraction and word comparison.

The original text of a regulation, as received, is folded (line breaks, list bullets and runs of
white space become single spaces), the listed repairs of PDF artefacts are applied, and the result
must equal, word for word, the text of the regulation's page in the Dutch build.

Run ``python -m mdrules.fidelity REGULATION BUILD_DIR`` to compare one page; it prints the first
differences and the labels missing, and exits 1 when there are any.
"""

import argparse
import difflib
import re
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mdrules.errors import FidelityError
from mdrules.labels import provision_label
from mdrules.metadata import Regulation
from mdrules.regulations import REGULATIONS

ROOT = Path(__file__).resolve().parents[2]
_BULLET = re.compile(r"^[ \t]*-[ \t]+", re.MULTILINE)
_SPACE = re.compile(r"\s+")


class Repair(BaseModel):
    """One repair of a PDF artefact, as listed in ``sources/<regulation>/repairs.toml``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    original: Annotated[str, Field(min_length=1)]
    """The text as the original has it."""
    handbook: str
    """The text as the handbook shows it."""
    why: Annotated[str, Field(min_length=1)]
    """Which artefact of the PDF extraction this repairs."""
    count: Annotated[int, Field(ge=1)] = 1
    """How often `original` occurs."""


def fold(text: str) -> str:
    r"""Fold list bullets at line starts and all runs of white space into single spaces.

    >>> fold("- Onbeperkt zakelijk bellen\n - 4G\nvirus- malware")
    'Onbeperkt zakelijk bellen 4G virus- malware'
    """
    return _SPACE.sub(" ", _BULLET.sub("", text)).strip()


def load_repairs(path: Path) -> list[Repair]:
    """Read a repairs file; a malformed entry is reported with its position."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        msg = f"{path}: expected a TOML file with [[repair]] tables: {error}"
        raise FidelityError(msg) from None
    repairs = []
    for position, entry in enumerate(data.get("repair", []), start=1):
        try:
            repairs.append(Repair.model_validate(entry))
        except ValidationError as error:
            msg = f"{path}: repair {position}: {error}"
            raise FidelityError(msg) from None
    return repairs


def apply_repairs(text: str, repairs: list[Repair]) -> str:
    """Apply repairs in order to folded text; each must match exactly `count` times.

    >>> apply_repairs("Zandvoort1 zijn", [Repair(original="Zandvoort1", handbook="Zandvoort[1]",
    ...     why="footnote reference")])
    'Zandvoort[1] zijn'
    """
    for position, repair in enumerate(repairs, start=1):
        original = fold(repair.original)
        found = text.count(original)
        if found != repair.count:
            msg = (
                f"repair {position} ({repair.why}): expected {repair.count} occurrence(s) of "
                f"{original!r} in the original, found {found}"
            )
            raise FidelityError(msg)
        text = text.replace(original, fold(repair.handbook))
    return fold(text)


def source_path(regulation: Regulation) -> Path:
    """Return the path of the original text of a regulation."""
    return ROOT / regulation.source


def expected_text(regulation: Regulation) -> str:
    """Return the original text of a regulation, folded and repaired."""
    path = source_path(regulation)
    repairs = load_repairs(path.with_name("repairs.toml"))
    return apply_repairs(fold(path.read_text(encoding="utf-8")), repairs)


_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "caption",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)
_SKIPPED_CLASSES = frozenset({"headerlink", "md-aside"})


class _PageText(HTMLParser):
    """Collects the text of a page's main article, leaving out permalinks and asides."""

    def __init__(self, *, skip_title: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_title = skip_title
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.in_article = 0
        self.parts: list[str] = []
        self.ids: set[str] = set()

    def _skipping(self) -> bool:
        return any(skipped for _tag, skipped in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(str(attributes["id"]))
        if tag in _VOID:
            if tag in _BLOCK:
                self.parts.append(" ")
            return
        if tag == "article" and attributes.get("role") == "main":
            self.in_article += 1
        classes = set((attributes.get("class") or "").split())
        skipped = bool(classes & _SKIPPED_CLASSES) or (self.skip_title and tag == "h1")
        self.stack.append((tag, skipped))
        if tag in _BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        while self.stack:
            open_tag, _skipped = self.stack.pop()
            if open_tag == tag:
                break
        if tag == "article" and self.in_article:
            self.in_article -= 1
        if tag in _BLOCK:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self.in_article and not self._skipping():
            self.parts.append(data)


def read_page(html: str, regulation: Regulation) -> tuple[str, set[str]]:
    """Return the folded regulation text of a built page and the ids of all its elements.

    >>> text, ids = read_page('<article role="main"><h1>T<a class="headerlink">#</a></h1>'
    ...     '<p id="x">Zand<a>voort</a>[1]</p></article>', REGULATIONS["leeuwarden"])
    >>> text, sorted(ids)
    ('T Zandvoort[1]', ['x'])
    """
    parser = _PageText(skip_title=not regulation.title_in_source)
    parser.feed(html)
    parser.close()
    return _SPACE.sub(" ", "".join(parser.parts)).strip(), parser.ids


# "2." (a chapter), "2.3" or "2.3.16", then a word; not "1 Hierna", "48 maanden" or "1.0 06-06".
_DOTTED_NUMBER = re.compile(r"^\s*(\d+(?=\.\s)|\d+(?:\.\d+)+)\.?\s+[^\W\d]")
_LETTER = re.compile(r"^\s*([a-z])\.\s")
_NUMBER = re.compile(r"^\s*(\d+)\.\s")
_ARTICLE = re.compile(r"^\s*Artikel\s+(\d+[a-z]?)\b")
_ROMAN = re.compile(r"^\s*(i{1,3}|iv|vi{0,3}|ix|x)\)\s")


def source_numbers(regulation: Regulation, text: str) -> list[str]:
    r"""Return the number of every article and numbered sub-provision in an original text.

    >>> text = "2. Beleid\na. Gebruik. De\n2.3.16 Een\n1.0 06-06\n48 m"
    >>> source_numbers(REGULATIONS["haarlem"], text)
    ['2', '2.a', '2.3.16']
    >>> source_numbers(REGULATIONS["leeuwarden"], "Artikel 4 X\n1. Voor\na. Bij\ni) Dev")
    ['4', '4.1', '4.1.a', '4.1.a.i']
    """
    numbers: list[str] = []
    path: list[str] = []
    for line in text.splitlines():
        if regulation.marker_style == "full":
            if match := _DOTTED_NUMBER.match(line):
                path = match.group(1).split(".")
                numbers.append(match.group(1))
            elif (match := _LETTER.match(line)) and path:
                numbers.append(f"{path[0]}.{match.group(1)}")
            continue
        if match := _ARTICLE.match(line):
            path = [match.group(1)]
        elif (match := _NUMBER.match(line)) and path:
            path = [path[0], match.group(1)]
        elif (match := _LETTER.match(line)) and len(path) >= 2:
            path = [*path[:2], match.group(1)]
        elif (match := _ROMAN.match(line)) and len(path) >= 3:
            path = [*path[:3], match.group(1)]
        else:
            continue
        numbers.append(".".join(path))
    return numbers


def word_differences(expected: str, actual: str, *, limit: int = 10, context: int = 6) -> list[str]:
    """Describe where two texts differ, word by word, with a few words of context.

    >>> word_differences("a b c d", "a b x d", context=1)
    ["after 'b': original has 'c', handbook has 'x'"]
    """
    old, new = expected.split(), actual.split()
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    report = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        before = " ".join(old[max(0, i1 - context) : i1])
        report.append(
            f"after {before!r}: original has {' '.join(old[i1:i2])!r}, "
            f"handbook has {' '.join(new[j1:j2])!r}"
        )
        if len(report) == limit:
            break
    return report


def check_page(regulation: Regulation, build_dir: Path) -> list[str]:
    """Return every problem of a built page: word differences and missing labels."""
    page = build_dir / f"{regulation.page}.html"
    try:
        html = page.read_text(encoding="utf-8")
    except OSError as error:
        return [f"expected the built page {page}: {error.strerror}"]
    actual, ids = read_page(html, regulation)
    problems = word_differences(expected_text(regulation), actual)
    original = source_path(regulation).read_text(encoding="utf-8")
    for number in source_numbers(regulation, original):
        label = provision_label(regulation.id, number)
        if label not in ids:
            problems.append(f"article {number} has no label {label} on the page")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Compare one regulation's page with its repaired original; print the problems."""
    parser = argparse.ArgumentParser(prog="python -m mdrules.fidelity", description=__doc__)
    parser.add_argument("regulation", choices=sorted(REGULATIONS))
    parser.add_argument("build_dir", type=Path, help="folder of the Dutch HTML build")
    args = parser.parse_args(argv)
    try:
        problems = check_page(REGULATIONS[args.regulation], args.build_dir)
    except FidelityError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    if not problems:
        print(f"{args.regulation}: the page carries the repaired original word for word")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
