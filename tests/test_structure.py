"""The structure check of a regulation page: nesting, order and uniqueness of its numbered parts."""

from docutils import nodes
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser
from docutils.utils import new_document

from mdrules.sphinxext.content.provisions import provision
from mdrules.sphinxext.content.structure import (
    Part,
    headings_inside,
    nesting_problems,
    order_problem,
    page_parts,
)

ORIGINAL = ["2", "2.3", "2.3.15", "2.3.16", "2.4", "2.4.1"]


def parts(*entries: tuple[str, str | None]) -> list[Part]:
    """Return a page's parts, one line each, from (number, parent) pairs."""
    return [
        Part(number, line, parent, "." in number and number.count(".") > 1)
        for line, (number, parent) in enumerate(entries, start=10)
    ]


GOOD = parts(("2", None), ("2.3", "2"), ("2.3.15", "2.3"), ("2.3.16", "2.3"), ("2.4", "2"))


def test_a_page_as_the_original_has_no_problem() -> None:
    """The same parts, nested as their numbers say, in the same order."""
    page = [*GOOD, Part("2.4.1", 15, "2.4", True)]
    assert nesting_problems(page) == []
    assert order_problem(page, ORIGINAL) is None


def test_a_provision_under_the_wrong_part_is_named_with_its_line() -> None:
    """2.4.1 inside 2.3.16 (its fence left open) belongs under 2.4."""
    page = [*GOOD, Part("2.4.1", 40, "2.3.16", True)]
    assert nesting_problems(page) == [
        (
            40,
            "provision 2.4.1 on line 40 stands inside 2.3.16; its number puts it under 2.4: "
            "close the part before it or give it the number it has in the original",
        )
    ]


def test_parts_out_of_order_name_the_first_that_differs() -> None:
    """2.3.16 before 2.3.15: the first part that differs and what the original has there."""
    page = [GOOD[0], GOOD[1], GOOD[3], GOOD[2], GOOD[4], Part("2.4.1", 15, "2.4", True)]
    line, message = order_problem(page, ORIGINAL) or (0, "")
    assert (line, message) == (
        13,
        "part 2.3.16 on line 13 is out of the original's order; the original has 2.3, 2.3.15, "
        "2.3.16 here",
    )


def test_a_number_twice_is_named_as_not_unique() -> None:
    """The same number twice: its second line, and that every label is unique."""
    page = [*GOOD, Part("2.3.16", 30, "2.3", True), Part("2.4.1", 31, "2.4", True)]
    line, message = order_problem(page, ORIGINAL) or (0, "")
    assert (line, "comes twice on the page; every label is unique" in message) == (30, True)


def test_a_number_the_original_lacks_names_the_nearest_it_has() -> None:
    """2.3.166 is not in the original, which has 2.3.16 there."""
    page = [*GOOD[:3], Part("2.3.166", 13, "2.3", True), GOOD[4], Part("2.4.1", 15, "2.4", True)]
    assert order_problem(page, ORIGINAL) == (
        13,
        "part 2.3.166 on line 13 is not in the original; the original has 2.3.15, 2.3.16, 2.4 "
        "here: give it the number the original has",
    )


def test_a_missing_part_is_named() -> None:
    """A page without 2.3.15 names it and where it should be."""
    page = [GOOD[0], GOOD[1], GOOD[3], GOOD[4], Part("2.4.1", 15, "2.4", True)]
    line, message = order_problem(page, ORIGINAL) or (0, "")
    assert (line, message.split(";")[0]) == (13, "the page lacks 2.3.15 before 2.3.16 on line 13")


def doctree() -> nodes.document:
    """Return a page with a section 2.3 holding provision 2.3.16, with a heading inside it."""
    document = new_document("beleid.md", get_default_settings(Parser))
    section = nodes.section(ids=["haarlem-2-3"])
    section += nodes.title("", "2.3 Gebruik")
    held = provision(ids=["haarlem-2-3-16"], number="2.3.16", fence="::::")
    held.line = 459
    held += nodes.paragraph("", "Een mobile device")
    heading = nodes.rubric("", "2.4  Termijn")
    heading.line = 497
    held += [nodes.target(), heading]
    held[1].line = 496
    section += held
    document += section
    return document


def test_the_parts_of_a_page_come_with_their_parents() -> None:
    """A section's number comes from its label, a provision's from its argument."""
    found = page_parts("haarlem", doctree())
    assert [(part.number, part.parent) for part in found] == [("2.3", None), ("2.3.16", "2.3")]


def test_a_heading_inside_a_provision_says_where_to_close_it() -> None:
    """The heading's line, the provision's, and the fence to write before the label."""
    assert headings_inside(doctree()) == [
        (
            497,
            "provision 2.3.16 (opened on line 459) is not closed before the heading "
            "'2.4  Termijn' on line 497, and a provision holds no heading: close provision "
            "2.3.16 with :::: before the heading 2.4 on line 497 (above its label on line 496)",
        )
    ]
