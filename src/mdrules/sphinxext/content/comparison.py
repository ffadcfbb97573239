"""The two regulations side by side: the ``{comparison}`` directive.

Each topic asks both regulations' rules the same questions
(``mdrules.regulations.comparison.TOPICS``) and shows their answers, computed at build time in the
page's language, with links to the articles. A changed
parameter or rule changes the page.
"""

from typing import Any, ClassVar

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from mdrules.i18n import SOURCE_LANGUAGE, translate
from mdrules.regulations import REGULATIONS, RULESETS
from mdrules.regulations.comparison import TOPICS, Question
from mdrules.sphinxext.content.answers import decision_nodes
from mdrules.sphinxext.content.dependencies import note_rendering
from mdrules.sphinxext.warning_types import MdrulesWarning, reported


def _answer(question: Question, language: str) -> nodes.entry:
    """Return a cell: the question asked and the rule's answer, with links to its articles."""
    rule = RULESETS.rules[question.rule]
    cell = nodes.entry()
    asked = nodes.paragraph(translatable=False)
    asked += nodes.strong("", translate(question.caption, language))
    cell += asked
    cell += decision_nodes(rule.function(**question.arguments), language)
    return cell


class ComparisonDirective(SphinxDirective):
    """``{comparison}``: a table per topic, the regulations in columns, computed by the rules."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    @reported(MdrulesWarning.COMPARISON)
    def run(self) -> list[nodes.Node]:
        """Ask every topic's questions and lay out the answers."""
        note_rendering(self.env)
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
                    if question.rule not in RULESETS.rules:
                        known = ", ".join(sorted(RULESETS.rules))
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


def setup_comparison(app: Sphinx) -> None:
    """Register the ``comparison`` directive."""
    app.add_directive("comparison", ComparisonDirective)
