"""Finding Dutch sentences on a page of the English edition.

A sentence counts as Dutch when it holds several words that are function words in Dutch and never
English words. Left out: a short name the page marks as Dutch (``lang="nl"`` on an inline element,
such as the name of a document that stays Dutch), code, and the folded code of the examples, which
only authors open. A whole block marked as Dutch is read: it is Dutch shown to an English reader.
"""

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, Tag

#: Dutch function words that are not English words.
DUTCH_WORDS = frozenset(
    "de het een van en niet wordt worden voor met bij dat zijn aan naar ook als te om kan mag "
    "moet geen deze dit er je jij uw heeft hebben wanneer waar zich tot wij zij hun ze alleen nog "
    "wel maar na onder tussen wordt werd dan omdat welke wie wat hoe zoals mits tijdens buiten "
    "binnen gemeente artikel lid onder toegestaan verplicht voorwaarde grondslag".split()
)
#: Elements whose text is not read as prose of the page.
SKIPPED = "script, style, pre, code, kbd, samp, .md-example-code"
#: Inline elements that may carry a Dutch name.
INLINE = frozenset({"span", "em", "i", "cite", "q", "a", "strong", "dfn", "abbr"})
#: The most words a Dutch name on an English page has.
NAME_WORDS = 8
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def blocks(html: str) -> Iterator[str]:
    """Yield the text of each paragraph-like block of a page, without the skipped elements."""
    soup = BeautifulSoup(html, "html.parser")
    body = soup.body
    if body is None:
        return
    for skipped in body.select(SKIPPED):
        skipped.decompose()
    for named in body.select("[lang]:not([lang^=en])"):
        if named.name in INLINE and len(named.get_text().split()) <= NAME_WORDS:
            named.decompose()
    for block in body.find_all(["p", "li", "dt", "dd", "td", "th", "h1", "h2", "h3", "summary"]):
        assert isinstance(block, Tag)
        if block.find(["p", "li", "dt", "dd", "td", "th"]):
            continue  # its inner blocks are read on their own
        text = " ".join(block.get_text(" ").split())
        if text:
            yield text


def is_dutch(sentence: str) -> bool:
    """Tell whether a sentence reads as Dutch.

    >>> is_dutch("De beheerder blokkeert en wist het mobile device.")
    True
    >>> is_dutch("The administrator blocks and wipes the mobile device.")
    False
    >>> is_dutch("Read the Nota Privacy beleid of the municipality.")
    False
    """
    words = [word.lower() for word in WORD.findall(sentence)]
    dutch = sum(word in DUTCH_WORDS for word in words)
    return dutch >= 2 and dutch * 5 >= len(words)


def dutch_sentences(html: str) -> list[str]:
    """Return the sentences of a page that read as Dutch."""
    found = []
    for text in blocks(html):
        for sentence in re.split(r"(?<=[.!?:;])\s+", text):
            if is_dutch(sentence):
                found.append(sentence)
    return found
