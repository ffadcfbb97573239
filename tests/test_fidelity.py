"""The handbook carries the original text word for word, but for listed repairs."""

import random
import re
from pathlib import Path

import pytest

from conftest import Build
from mdrules.errors import FidelityError
from mdrules.fidelity import (
    Repair,
    apply_repairs,
    expected_text,
    fold,
    load_repairs,
    read_page,
    source_numbers,
    source_path,
    word_differences,
)
from mdrules.labels import provision_label
from mdrules.regulations import REGULATIONS, Regulation

REGULATION_LIST = list(REGULATIONS.values())
ids = [regulation.id for regulation in REGULATION_LIST]


@pytest.mark.parametrize("regulation", REGULATION_LIST, ids=ids)
def test_page_carries_the_repaired_original(dutch_build: Build, regulation: Regulation) -> None:
    """Every word of the repaired original is on the page, in order, and nothing else is."""
    text, _ids = read_page(dutch_build.page(regulation.page), regulation)
    assert word_differences(expected_text(regulation), text) == []


@pytest.mark.parametrize("regulation", REGULATION_LIST, ids=ids)
def test_every_article_number_has_its_label(dutch_build: Build, regulation: Regulation) -> None:
    """Each article and numbered sub-provision of the original is an anchor on the page."""
    _text, page_ids = read_page(dutch_build.page(regulation.page), regulation)
    numbers = source_numbers(regulation, source_path(regulation).read_text(encoding="utf-8"))
    assert len(numbers) > 50
    missing = [n for n in numbers if provision_label(regulation.id, n) not in page_ids]
    assert missing == []


def test_known_article_numbers_are_found() -> None:
    """The label parser finds the numbers a reader would, and no phone numbers or durations."""
    haarlem = REGULATIONS["haarlem"]
    numbers = source_numbers(haarlem, source_path(haarlem).read_text(encoding="utf-8"))
    assert {"1", "1.1", "2", "2.a", "2.f", "2.1", "2.3.16", "2.9.1"} <= set(numbers)
    assert not {"48", "0235115252", "1.0", "1.04", "1.f"} & set(numbers)
    leeuwarden = REGULATIONS["leeuwarden"]
    numbers = source_numbers(leeuwarden, source_path(leeuwarden).read_text(encoding="utf-8"))
    assert {"1", "1.2.a.iii", "4.1.c", "4a", "4a.3", "8.1.h", "15.4"} <= set(numbers)
    assert len(numbers) == len(set(numbers))


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.;:]) ", text)


@pytest.mark.parametrize("regulation", REGULATION_LIST, ids=ids)
@pytest.mark.parametrize("change", ["drop", "reorder", "reword"])
def test_a_changed_sentence_is_reported(regulation: Regulation, change: str) -> None:
    """Dropping, reordering or rewording any one sentence of the page makes the check fail."""
    expected = expected_text(regulation)
    sentences = _sentences(expected)
    chooser = random.Random(f"{regulation.id}-{change}")
    for _ in range(20):
        i = chooser.randrange(1, len(sentences) - 1)
        changed = list(sentences)
        if change == "drop":
            del changed[i]
        elif change == "reorder":
            changed[i], changed[i + 1] = changed[i + 1], changed[i]
            if changed == sentences:
                continue
        else:
            words = changed[i].split()
            words[0] = words[0] + "x"
            changed[i] = " ".join(words)
        assert word_differences(expected, " ".join(changed)) != [], (change, sentences[i])


def test_fold_removes_line_breaks_and_bullets_only() -> None:
    """Folding joins lines and drops bullet markers at line starts, keeping inner hyphens."""
    assert fold("- 4G\n - SMS/MMS (zonder extra kosten)\nvirus- malware\n") == (
        "4G SMS/MMS (zonder extra kosten) virus- malware"
    )


def test_a_repair_that_does_not_match_names_itself() -> None:
    """A repair whose original is not found exactly `count` times is an error naming it."""
    repair = Repair(
        original="arbo- voorzieningen", handbook="arbovoorzieningen", why="hyphen", count=2
    )
    with pytest.raises(
        FidelityError, match=r"repair 1 \(hyphen\): expected 2 occurrence\(s\).*found 1"
    ):
        apply_repairs("de arbo- voorzieningen", [repair])


def test_a_malformed_repairs_file_says_what_was_expected(tmp_path: Path) -> None:
    """A repairs file with an unknown key or bad TOML is reported with its position."""
    path = tmp_path / "repairs.toml"
    path.write_text('[[repair]]\noriginal = "a"\nhandbook = "b"\nreason = "c"\n', encoding="utf-8")
    with pytest.raises(FidelityError, match="repair 1"):
        load_repairs(path)
    path.write_text("[[repair]\n", encoding="utf-8")
    with pytest.raises(FidelityError, match="expected a TOML file"):
        load_repairs(path)


@pytest.mark.parametrize("regulation", REGULATION_LIST, ids=ids)
def test_every_repair_says_why(regulation: Regulation) -> None:
    """Each listed repair changes something and gives its reason."""
    for repair in load_repairs(source_path(regulation).with_name("repairs.toml")):
        assert fold(repair.original) != fold(repair.handbook)
        assert len(repair.why.split()) >= 3
