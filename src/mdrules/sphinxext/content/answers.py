"""A rule's decision as page content: outcome, explanation, conditions, steps and articles.

The decision is rendered in the page's language from the package's catalog, so the English edition
shows the same answer in English. Phone numbers become ``tel:`` links and e-mail addresses
``mailto:`` links. The nodes are kept out of the page's catalog: their text is translated already.
"""

import re
from collections.abc import Iterator

import phonenumbers
from docutils import nodes

from mdrules.decision import OUTCOME_LABELS, Citation, Decision
from mdrules.i18n import N_, translate
from mdrules.sphinxext.content.provisions import label_reference

#: An e-mail address in a sentence.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: The region whose numbers a sentence writes without a country code.
PHONE_REGION = "NL"
#: Kinds of number that an answer names but never offers to dial.
UNDIALLED = frozenset(
    {phonenumbers.PhoneNumberType.PREMIUM_RATE, phonenumbers.PhoneNumberType.SHARED_COST}
)


def linked_text(text: str) -> Iterator[nodes.Node]:
    """Yield the text with its phone numbers and e-mail addresses as links.

    >>> [n.astext() for n in linked_text("Bel 023-5115252 of mail a@b.nl.")]
    ['Bel ', '023-5115252', ' of mail ', 'a@b.nl', '.']
    >>> [n["refuri"] for n in linked_text("Bel 023-5115252.") if "refuri" in n]
    ['tel:+31235115252']
    >>> [n.astext() for n in linked_text("Bel niet 0906-1234567.")]
    ['Bel niet 0906-1234567.']
    """
    found: list[tuple[int, int, str]] = []
    for match in phonenumbers.PhoneNumberMatcher(text, PHONE_REGION):
        if phonenumbers.number_type(match.number) in UNDIALLED:
            continue  # a premium or paid number the rules forbid is not offered as a link
        uri = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        found.append((match.start, match.end, f"tel:{uri}"))
    for email in EMAIL.finditer(text):
        if not any(start < email.end() and email.start() < end for start, end, _uri in found):
            found.append((email.start(), email.end(), f"mailto:{email.group()}"))
    position = 0
    for start, end, uri in sorted(found):
        if start > position:
            yield nodes.Text(text[position:start])
        yield nodes.reference(text[start:end], text[start:end], refuri=uri)
        position = end
    if position < len(text):
        yield nodes.Text(text[position:])


def _filled(form: str, **parts: list[nodes.Node]) -> Iterator[nodes.Node]:
    """Yield a translated form with its ``{name}`` placeholders replaced by nodes."""
    for piece in re.split(r"(\{\w+\})", form):
        name = piece[1:-1]
        if piece.startswith("{") and name in parts:
            yield from parts[name]
        elif piece:
            yield nodes.Text(piece)


def _citation(citation: Citation, language: str) -> list[nodes.Node]:
    return [label_reference(citation.label, citation.render(language))]


def decision_nodes(decision: Decision, language: str) -> nodes.container:
    """Return the decision as a block for a reader, in a language.

    Raises `mdrules.errors.TranslationError` when a text of the decision has no translation.
    """
    outcome = decision.outcome
    block = nodes.container(classes=["md-answer", f"md-outcome-{outcome.value.replace('_', '-')}"])
    first = nodes.paragraph(classes=["md-answer-explanation"], translatable=False)
    label = translate(OUTCOME_LABELS[outcome], language) + ":"
    first += nodes.strong("", label, classes=["md-outcome"])
    first += nodes.Text(" ")
    first.extend(linked_text(decision.explanation.render(language)))
    block += first
    if decision.conditions:
        conditions = nodes.bullet_list(classes=["md-answer-conditions"])
        form = translate(N_("Voorwaarde: {condition} ({citation})"), language)
        for condition in decision.conditions:
            item = nodes.paragraph(translatable=False)
            item.extend(
                _filled(
                    form,
                    condition=list(linked_text(condition.text.render(language))),
                    citation=_citation(condition.citation, language),
                )
            )
            conditions += nodes.list_item("", item)
        block += conditions
    if decision.steps:
        steps = nodes.enumerated_list(classes=["md-answer-steps"], enumtype="arabic")
        for step in decision.steps:
            item = nodes.paragraph(translatable=False)
            item.extend(linked_text(step.render(language)))
            steps += nodes.list_item("", item)
        block += steps
    basis = nodes.paragraph(classes=["md-answer-basis"], translatable=False)
    articles: list[nodes.Node] = []
    for position, citation in enumerate(decision.citations):
        if position:
            articles.append(nodes.Text("; "))
        articles.extend(_citation(citation, language))
    basis.extend(_filled(translate(N_("Grondslag: {articles}"), language), articles=articles))
    block += basis
    return block
