"""The ``reg`` domain: the provisions of the regulations, collected per document."""

from collections.abc import Iterable, Set
from typing import Any, ClassVar, NamedTuple

from docutils import nodes
from sphinx.domains import Domain
from sphinx.environment import BuildEnvironment

from mdrules.sphinxext.warning_types import MdrulesWarning, warn


class ProvisionEntry(NamedTuple):
    """Where a provision is defined."""

    regulation: str
    number: str
    docname: str


class RegulationDomain(Domain):
    """Holds every provision of every regulation page, keyed by label."""

    name = "reg"
    label = "Regulation"
    initial_data: ClassVar[dict[str, Any]] = {"provisions": {}, "examples": {}, "faqs": {}}

    @property
    def provisions(self) -> dict[str, ProvisionEntry]:
        """Every provision, keyed by its label."""
        data: dict[str, ProvisionEntry] = self.data["provisions"]
        return data

    @property
    def examples(self) -> dict[str, list[tuple[str, int]]]:
        """Where the examples stand: the label of their provision, then (page, line) pairs."""
        data: dict[str, list[tuple[str, int]]] = self.data["examples"]
        return data

    def note_example(self, label: str, docname: str, lineno: int) -> None:
        """Record an example under the provision it illustrates."""
        self.examples.setdefault(label, []).append((docname, lineno))

    @property
    def faqs(self) -> dict[str, tuple[str, list[str]]]:
        """FAQ entries: the label of the question, then its page and the labels it cites."""
        data: dict[str, tuple[str, list[str]]] = self.data["faqs"]
        return data

    def note_faq(self, question: str, docname: str, labels: list[str]) -> None:
        """Record a FAQ entry and the articles it rests on."""
        self.faqs[question] = (docname, labels)

    def note_provision(
        self, label: str, regulation: str, number: str, docname: str, node: nodes.Element
    ) -> None:
        """Record a provision and make its label a reference target for ``{ref}``."""
        other = self.provisions.get(label)
        if other is not None:
            warn(
                MdrulesWarning.DUPLICATE,
                "provision %s (label %s) is defined twice; the other is on page %s",
                number,
                label,
                other.docname,
                location=node,
            )
        self.provisions[label] = ProvisionEntry(regulation, number, docname)
        self.env.domains.standard_domain.note_hyperlink_target(label, docname, label, number)

    def clear_doc(self, docname: str) -> None:
        """Forget the provisions of a document that is read again."""
        for label, entry in list(self.provisions.items()):
            if entry.docname == docname:
                del self.provisions[label]
        for question, (faq_doc, _labels) in list(self.faqs.items()):
            if faq_doc == docname:
                del self.faqs[question]
        for label, places in list(self.examples.items()):
            kept = [place for place in places if place[0] != docname]
            if kept:
                self.examples[label] = kept
            else:
                del self.examples[label]

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        """Take the provisions that a parallel reader collected."""
        for label, entry in otherdata["provisions"].items():
            if entry.docname in docnames:
                self.provisions[label] = entry
        for question, entry in otherdata["faqs"].items():
            if entry[0] in docnames:
                self.faqs[question] = entry
        for label, places in otherdata["examples"].items():
            ours = [place for place in places if place[0] in docnames]
            self.examples.setdefault(label, []).extend(ours)

    def get_objects(self) -> Iterable[tuple[str, str, str, str, str, int]]:
        """Nothing is listed in the object inventory."""
        return []


def regulation_domain(env: BuildEnvironment) -> RegulationDomain:
    """Return the domain of a build environment, typed."""
    domain = env.domains["reg"]
    assert isinstance(domain, RegulationDomain)
    return domain
