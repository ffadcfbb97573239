"""A word-level redline of two texts."""

import difflib
from typing import Literal

from pydantic import BaseModel, ConfigDict

Operation = Literal["=", "-", "+"]


class Segment(BaseModel):
    """A run of words kept (``=``), removed (``-``) or added (``+``)."""

    model_config = ConfigDict(frozen=True)

    op: Operation
    text: str


OPENING = "([{\u2018\u201c"  # opening brackets and quotation marks
CLOSING = ",.;:!?)]}\u2019\u201d"


def tokens(text: str) -> list[str]:
    """Split a text into words and the punctuation around them; spacing does not count.

    >>> tokens("niet (0000, 1234).")
    ['niet', '(', '0000', ',', '1234', ')', '.']
    """
    found: list[str] = []
    for word in text.split():
        tail: list[str] = []
        while word and word[0] in OPENING:
            found.append(word[0])
            word = word[1:]
        while word and word[-1] in CLOSING:
            tail.insert(0, word[-1])
            word = word[:-1]
        found.extend([word] if word else [])
        found.extend(tail)
    return found


def join(parts: list[str]) -> str:
    """Join tokens into text again, punctuation against its word.

    >>> join(["niet", "(", "0000", ",", "1234", ")", "."])
    'niet (0000, 1234).'
    """
    text = ""
    for part in parts:
        glued = part in CLOSING or (text and text[-1] in OPENING)
        text += part if glued or not text else " " + part
    return text


def redline(old: str, new: str) -> tuple[Segment, ...]:
    """Return two texts as runs of words kept, removed and added; spacing does not count.

    >>> [(s.op, s.text) for s in redline("niet 0000 of 1234", "niet 0000, 1234  of 1111")]
    [('=', 'niet 0000'), ('+', ', 1234'), ('=', 'of'), ('-', '1234'), ('+', '1111')]
    """
    before, after = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append(Segment(op="=", text=join(before[i1:i2])))
            continue
        if i2 > i1:
            segments.append(Segment(op="-", text=join(before[i1:i2])))
        if j2 > j1:
            segments.append(Segment(op="+", text=join(after[j1:j2])))
    return tuple(segments)


def shortened(
    segments: tuple[Segment, ...], context: int, marker: str = "…"
) -> tuple[Segment, ...]:
    """Return a redline with each long unchanged run cut to ``context`` words beside a change.

    A run at the start keeps only its end, a run at the end only its start; a redline that is one
    unchanged run is kept whole.

    >>> [s.text for s in shortened(redline("a b c d e f x", "a b c d e f y"), 2)]
    ['… e f', 'x', 'y']
    """
    result = []
    for index, segment in enumerate(segments):
        words = segment.text.split()
        first, last = index == 0, index == len(segments) - 1
        if segment.op == "=" and len(words) > 2 * context + 1 and not (first and last):
            head = [] if first else words[:context]
            tail = [] if last else words[-context:]
            segment = Segment(op="=", text=" ".join([*head, marker, *tail]))
        result.append(segment)
    return tuple(result)


def similarity(old: str, new: str) -> float:
    """Return how alike two texts are by their words, from 0 to 1.

    >>> similarity("a b c d", "a b c e")
    0.75
    """
    return difflib.SequenceMatcher(None, old.split(), new.split(), autojunk=False).ratio()


def changed(segments: tuple[Segment, ...]) -> bool:
    """Whether a redline removes or adds anything."""
    return any(segment.op != "=" for segment in segments)
