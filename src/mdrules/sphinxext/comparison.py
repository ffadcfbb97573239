"""The two regulations side by side: the ``{comparison}`` directive.

Each topic asks both regulations' rules the same questions (``mdrules.comparison.TOPICS``) and shows
their answers, computed at build time in the page's language, with links to the articles. A changed
parameter or rule changes the page.
"""

from typing import Any, ClassVar

from docutils import nodes
from sphinx.locale import _
from sphinx.util.docutils import SphinxDirective

from mdrules.comparison import TOPICS, Question
from mdrules.decision import OUTCOME_LABELS
from mdrules.i18n import SOURCE_LANGUAGE, translate
from mdrules.regulations import REGULATIONS
from mdrules.rules import load_all
from mdrules.sphinxext.provisions import label_reference


def _answer(question: Question, language: str) -> nodes.entry:
    """Return a cell: the question asked, the rule's answer, and links to its articles."""
    rule = load_all()[question.rule]
    decision = rule.function(**question.arguments)
    cell = nodes.entry()
    asked = nodes.paragraph()
    asked += nodes.strong("", translate(question.caption, language))
    cell += asked
    answer = nodes.paragraph()
    answer += nodes.emphasis("", translate(OUTCOME_LABELS[decision.outcome], language) + ": ")
    answer += nodes.Text(decision.explanation.render(language))
    cell += answer
    for condition in decision.conditions:
        cell += nodes.paragraph("", condition.render(language))
    basis = nodes.paragraph(classes=["md-comparison-basis"])
    basis += nodes.Text(_("Basis") + ": ")
    for position, citation in enumerate(decision.citations):
        if position:
            basis += nodes.Text("; ")
        basis += label_reference(citation.label, citation.render(language))
    cell += basis
    return cell


class ComparisonDirective(SphinxDirective):
    """``{comparison}``: a table per topic, the regulations in columns, computed by the rules."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        """Ask every topic's questions and lay out the answers."""
        language = self.config.language or SOURCE_LANGUAGE
        result: list[nodes.Node] = []
        for topic in TOPICS:
            # Computed in the page's language, so kept out of the page's catalog.
            title = nodes.paragraph("", "", classes=["rubric", "md-topic"], translatable=False)
            title += nodes.strong("", translate(topic.title, language))
            result.append(title)
            table = nodes.table(classes=["md-comparison"])
            group = nodes.tgroup(cols=len(REGULATIONS))
            table += group
            for _regulation in REGULATIONS:
                group += nodes.colspec(colwidth=50)
            head = nodes.thead()
            row = nodes.row()
            for facts in REGULATIONS.values():
                entry = nodes.entry()
                name = translate(facts.authority, language)
                entry += nodes.paragraph("", name[:1].upper() + name[1:])
                row += entry
            head += row
            group += head
            body = nodes.tbody()
            row = nodes.row()
            for key in REGULATIONS:
                cell = nodes.entry()
                for question in topic.questions:
                    if not question.rule.startswith(key + "."):
                        continue
                    if question.rule not in load_all():
                        known = ", ".join(sorted(load_all()))
                        raise self.error(
                            f"comparison question {question.caption!r}: expected a rule, one of "
                            f"{known}; got {question.rule!r}"
                        )
                    cell.extend(_answer(question, language).children)
                row += cell
            body += row
            group += body
            result.append(table)
        return result
