"""The structure of a regulation's page, checked when it is read: it must be the original's.

A provision holds no heading, a part nests under the part its number extends (2.4.1 under 2.4),
and the numbered parts run in the order of the original text (``sources/<regulation>/
original.txt``), each label once. Every error names the page and line of the first part that
differs and says how to fix it.
"""

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx

from mdrules.fidelity import source_numbers
from mdrules.metadata import Regulation
from mdrules.regulations import REGULATIONS
from mdrules.sphinxext.content.provisions import provision
from mdrules.sphinxext.warning_types import MdrulesWarning, warn

#: An error: the line it is on, and what is wrong and how to fix it.
Problem = tuple[int, str]


@dataclass(frozen=True)
class Part:
    """A numbered part as the page has it: its number, line and the part it stands in."""

    number: str
    line: int
    parent: str | None
    """The number of the numbered part it stands in, if any."""
    is_provision: bool


def section_number(regulation: str, section: nodes.Element) -> str | None:
    """Return the number a section's label gives it, if it has one.

    >>> section_number("haarlem", nodes.section(ids=["haarlem-2-3", "gebruik"]))
    '2.3'
    >>> section_number("haarlem", nodes.section(ids=["inleiding"])) is None
    True
    """
    label = re.compile(rf"{re.escape(regulation)}-([0-9][0-9a-z]*(?:-[0-9a-z]+)*)")
    for identifier in section["ids"]:
        if match := label.fullmatch(identifier):
            return match.group(1).replace("-", ".")
    return None


def line_of(node: nodes.Element) -> int:
    """Return the line a part starts on: its own, or its title's."""
    if node.line is not None:
        return node.line
    for child in node.findall(nodes.Element):
        if child.line is not None:
            return child.line
    return 0


def page_parts(regulation: str, document: nodes.document) -> list[Part]:
    """Return the numbered parts of a page in the order it has them, with where they stand."""
    parts: list[Part] = []
    numbers: dict[int, str] = {}
    for node in document.findall(nodes.Element):
        if isinstance(node, provision):
            number = str(node["number"]).lower()
        elif isinstance(node, nodes.section):
            found = section_number(regulation, node)
            if found is None:
                continue
            number = found
        else:
            continue
        numbers[id(node)] = number
        ancestor = node.parent
        while ancestor is not None and id(ancestor) not in numbers:
            ancestor = ancestor.parent
        parent = numbers[id(ancestor)] if ancestor is not None else None
        parts.append(Part(number, line_of(node), parent, isinstance(node, provision)))
    return parts


def expected_parent(number: str, known: set[str]) -> str | None:
    """Return the part a number belongs under: the longest of its prefixes that is a part.

    >>> expected_parent("2.4.1", {"2", "2.4", "2.3.16"})
    '2.4'
    >>> expected_parent("1", {"1", "2"}) is None
    True
    """
    pieces = number.split(".")
    for end in range(len(pieces) - 1, 0, -1):
        prefix = ".".join(pieces[:end])
        if prefix in known:
            return prefix
    return None


def headings_inside(document: nodes.document) -> list[Problem]:
    """Return a message for each heading that stands inside a provision (its fence is open)."""
    problems: list[Problem] = []
    for rubric in document.findall(nodes.rubric):
        holder = rubric.parent
        while holder is not None and not isinstance(holder, provision):
            holder = holder.parent
        if holder is None:
            continue
        fence = holder.get("fence", "::::")
        before = rubric.previous_sibling()
        heading = rubric.astext().split(maxsplit=1)[0] if rubric.astext() else "heading"
        where = f"before the heading {heading} on line {rubric.line}"
        if isinstance(before, nodes.target) and before.line is not None:
            where += f" (above its label on line {before.line})"
        number = holder["number"]
        problems.append(
            (
                rubric.line or 0,
                f"provision {number} (opened on line {holder.line}) is not closed before the "
                f"heading {rubric.astext()!r} on line {rubric.line}, and a provision holds no "
                f"heading: close provision {number} with {fence} {where}",
            )
        )
    return problems


def nearby(numbers: list[str], index: int) -> str:
    """Return the original's numbers around a position, for a message.

    >>> nearby(["2.3.15", "2.3.16", "2.4"], 1)
    '2.3.15, 2.3.16, 2.4'
    """
    return ", ".join(numbers[max(index - 1, 0) : index + 2])


def order_problem(page: list[Part], original: list[str]) -> Problem | None:
    """Describe the first numbered part where the page's order differs from the original's."""
    found = [part.number for part in page]
    matcher = difflib.SequenceMatcher(a=original, b=found, autojunk=False)
    for tag, start, end, page_start, _page_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        if page_start < len(page):
            part = page[page_start]
            if part.number not in original:
                return (
                    part.line,
                    f"part {part.number} on line {part.line} is not in the original; "
                    f"the original has {nearby(original, start)} here: give it the number the "
                    f"original has",
                )
            if found.count(part.number) > 1:
                return (
                    part.line,
                    f"part {part.number} on line {part.line} comes twice on the "
                    f"page; every label is unique: give it the number the original has here "
                    f"({nearby(original, start)})",
                )
            if tag == "insert":
                return (
                    part.line,
                    f"part {part.number} on line {part.line} is out of the "
                    f"original's order; the original has {nearby(original, start)} here",
                )
        missing = ", ".join(original[start:end])
        if page_start < len(page):
            line, where = page[page_start].line, f"before {page[page_start].number}"
        else:
            line, where = (page[-1].line if page else 0), "at its end"
        return (
            line,
            f"the page lacks {missing} {where} on line {line}; the original has "
            f"{nearby(original, start)} here: add it, or move it here if it stands elsewhere",
        )
    return None


def nesting_problems(page: list[Part]) -> list[Problem]:
    """Return a message for each part that does not stand in the part its number extends."""
    known = {part.number for part in page}
    problems: list[Problem] = []
    for part in page:
        expected = expected_parent(part.number, known)
        if part.parent == expected:
            continue
        kind = "provision" if part.is_provision else "heading"
        actual = f"inside {part.parent}" if part.parent else "outside any numbered part"
        problems.append(
            (
                part.line,
                f"{kind} {part.number} on line {part.line} stands {actual}; its number "
                f"puts it under {expected or 'no other part'}: close the part before it or give it "
                f"the number it has in the original",
            )
        )
    return problems


def original_numbers(app: Sphinx, regulation: Regulation) -> list[str] | None:
    """Return the original's numbers, or ``None`` when the repository has no original text."""
    path = Path(app.srcdir).parent / regulation.source
    if not path.is_file():
        return None
    return source_numbers(regulation, path.read_text(encoding="utf-8"))


def check_structure(app: Sphinx, document: nodes.document) -> None:
    """Warn, at its line, about each part of a regulation page out of the original's structure."""
    docname = app.env.docname
    regulation = next((r for r in REGULATIONS.values() if r.page == docname), None)
    if regulation is None:
        return
    problems = headings_inside(document)
    if not problems:
        page = page_parts(regulation.id, document)
        problems = nesting_problems(page)
        original = original_numbers(app, regulation)
        if not problems and original is not None:
            problem = order_problem(page, original)
            problems = [problem] if problem else []
    for line, message in problems:
        warn(MdrulesWarning.STRUCTURE, "%s", message, location=(docname, line or None))


def setup_structure(app: Sphinx) -> None:
    """Check each regulation page's structure once it is read."""
    app.connect("doctree-read", check_structure)
