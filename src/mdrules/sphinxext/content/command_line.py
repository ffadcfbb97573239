"""The command line's reference, made from the rules: their values and their options.

``{option-values}`` lists every option that takes a value from a list, with its values, their
Dutch words and the questions that ask it; ``{question-options}`` lists every question with its
options and its kind of answer. Both come from the rules' signatures, as the command line's own
options do, so the page cannot list a value or an option the command does not take. The
reference is English in every edition (it has no catalog).
"""

import inspect
import typing
from collections import defaultdict

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from mdrules.choices import Choice
from mdrules.options import choices_of, option_name
from mdrules.regulations import RULESETS
from mdrules.ruleset import Rule
from mdrules.sphinxext.content.dependencies import note_rendering


def _code(text: str) -> nodes.literal:
    return nodes.literal(text, text)


def _listed(paragraph: nodes.paragraph, words: list[str]) -> None:
    """Add words to a paragraph as code, separated by commas."""
    for at, word in enumerate(words):
        if at:
            paragraph += nodes.Text(", ")
        paragraph += _code(word)


def _parameters(rule: Rule) -> list[tuple[inspect.Parameter, object]]:
    hints = typing.get_type_hints(rule.function, include_extras=True)
    signature = inspect.signature(rule.function)
    return [(parameter, hints[parameter.name]) for parameter in signature.parameters.values()]


def option_values() -> dict[tuple[str, tuple[Choice, ...]], list[str]]:
    """Return each option with the values it takes, and the questions that ask it so."""
    found: dict[tuple[str, tuple[Choice, ...]], list[str]] = defaultdict(list)
    for rule in RULESETS.rules.values():
        for parameter, hint in _parameters(rule):
            if members := choices_of(hint):
                found[option_name(parameter.name), members].append(f"{rule.regulation} {rule.name}")
    return dict(found)


class OptionValuesDirective(SphinxDirective):
    """``{option-values}``: every option that takes a value from a list, made from the rules."""

    def run(self) -> list[nodes.Node]:
        """List each option, its values, their Dutch words and its questions."""
        note_rendering(self.env)
        items = nodes.bullet_list()
        for (flag, members), questions in sorted(option_values().items()):
            paragraph = nodes.paragraph()
            paragraph += nodes.strong("", "", _code(flag))
            paragraph += nodes.Text(": ")
            _listed(paragraph, [member.value for member in members])
            dutch = [word for member in members for word in member.dutch if word != member.value]
            if dutch:
                paragraph += nodes.Text("; in Dutch also ")
                _listed(paragraph, dutch)
            paragraph += nodes.Text(f" ({', '.join(questions)})")
            items += nodes.list_item("", paragraph)
        return [items]


class QuestionOptionsDirective(SphinxDirective):
    """``{question-options}``: every question, its options and its kind, made from the rules."""

    def run(self) -> list[nodes.Node]:
        """List each question with its options (optional ones in brackets) and its kind."""
        note_rendering(self.env)
        items = nodes.bullet_list()
        for rule in RULESETS.rules.values():
            paragraph = nodes.paragraph()
            paragraph += nodes.strong("", "", _code(f"{rule.regulation} {rule.name}"))
            paragraph += nodes.Text(" (")
            paragraph += _code(str(rule.answer))
            paragraph += nodes.Text("): ")
            options = [
                option_name(parameter.name)
                if parameter.default is inspect.Parameter.empty
                else f"[{option_name(parameter.name)}]"
                for parameter, _hint in _parameters(rule)
            ]
            if options:
                _listed(paragraph, options)
            else:
                paragraph += nodes.Text("no options")
            items += nodes.list_item("", paragraph)
        return [items]


def setup_command_line(app: Sphinx) -> None:
    """Register the directives of the command line's reference."""
    app.add_directive("option-values", OptionValuesDirective)
    app.add_directive("question-options", QuestionOptionsDirective)
