"""The command line's reference, made from the rules: their values and their options.

``{option-values}`` lists every option that takes a value from a list, with its values, their
Dutch words and the questions that ask it; ``{question-options}`` lists every question with its
kind of answer, its title and its options. Both come from the rules' signatures, as the command
line's own options do, so the page cannot list a value or an option the command does not take.
Their words are in the edition's language, as the page around them is.
"""

import inspect
import typing
from collections import defaultdict

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from mdrules.choices import Choice
from mdrules.i18n import N_, SOURCE_LANGUAGE, Phrase, translate
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


DUTCH_ALSO = N_("in het Nederlands ook")
"""Between an option's values and their Dutch words."""
OPTIONS = N_("Opties:")
"""Before a question's options."""
NO_OPTIONS = N_("Geen opties.")
"""For a question that has no options."""


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


class _EditionDirective(SphinxDirective):
    """A directive whose words are in the language of the edition being built."""

    @property
    def language(self) -> str:
        """The edition's language."""
        return str(self.env.config.language or SOURCE_LANGUAGE)

    def say(self, text: Phrase, before: str = "", after: str = "") -> nodes.Text:
        """Return a label in the edition's language, between the spaces or marks given."""
        return nodes.Text(before + translate(text, self.language) + after)


class OptionValuesDirective(_EditionDirective):
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
                paragraph += self.say(DUTCH_ALSO, "; ", " ")
                _listed(paragraph, dutch)
            paragraph += nodes.Text(f" ({', '.join(questions)})")
            items += nodes.list_item("", paragraph)
        return [items]


class QuestionOptionsDirective(_EditionDirective):
    """``{question-options}``: every question, its kind, title and options, made from the rules."""

    def run(self) -> list[nodes.Node]:
        """List each question with its kind, title and options (optional ones in brackets)."""
        note_rendering(self.env)
        items = nodes.bullet_list()
        for rule in RULESETS.rules.values():
            paragraph = nodes.paragraph()
            paragraph += nodes.strong("", "", _code(f"{rule.regulation} {rule.name}"))
            paragraph += nodes.Text(" (")
            paragraph += _code(str(rule.answer))
            paragraph += nodes.Text("): ")
            paragraph += nodes.Text(rule.title_in(self.language) + " ")
            options = [
                option_name(parameter.name)
                if parameter.default is inspect.Parameter.empty
                else f"[{option_name(parameter.name)}]"
                for parameter, _hint in _parameters(rule)
            ]
            if options:
                paragraph += self.say(OPTIONS, after=" ")
                _listed(paragraph, options)
            else:
                paragraph += self.say(NO_OPTIONS)
            items += nodes.list_item("", paragraph)
        return [items]


def setup_command_line(app: Sphinx) -> None:
    """Register the directives of the command line's reference."""
    app.add_directive("option-values", OptionValuesDirective)
    app.add_directive("question-options", QuestionOptionsDirective)
