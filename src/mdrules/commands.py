"""The ``mdrules`` command's parser: its sub-commands and their options, in one language.

Each question of each regulation is a sub-command of ``ask``, its options made from its rule's
signature (:mod:`mdrules.options`); the help of every command is in the parser's language.

>>> parser = build_parser("en")
>>> parser.parse_args(["review", "--on", "2026-11-28"]).on
datetime.date(2026, 11, 28)
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mdrules import inputs
from mdrules.command_parser import Parser
from mdrules.command_parser import language as language_option
from mdrules.decision import AnswerKind
from mdrules.i18n import N_, SOURCE_LANGUAGE, AnyOf, Phrase, languages
from mdrules.options import SCALARS, add_question_options, converter
from mdrules.ruleset import Rule, Rulesets
from mdrules.vocabulary import NOTICE_DAYS


def rulesets() -> Rulesets:
    """Return the regulations in use, imported when first asked, so a bad list is an error line."""
    from mdrules.regulations import RULESETS

    return RULESETS


KIND_NAMES: dict[AnswerKind, Phrase] = {
    AnswerKind.PERMISSION: N_("toestemming"),
    AnswerKind.YES_NO: N_("ja of nee"),
    AnswerKind.DEADLINE: N_("termijn"),
    AnswerKind.STEPS: N_("stappen"),
    AnswerKind.OPEN_CLOSED: N_("open of gesloten"),
}
"""Each kind of question as the question list names it."""


def _language_option(parser: Parser, *, defaults: bool = True) -> None:
    """Add --lang; on a question it overrides what `ask` was given."""
    lang: dict[str, Any] = (
        {"default": parser.language} if defaults else {"default": argparse.SUPPRESS}
    )
    parser.add_argument(
        "--lang",
        type=converter(language_option, N_("een taal"), parser.language),
        metavar="{" + ",".join(languages()) + "}",
        help=parser.say(
            N_("taal van de uitvoer (standaard: die van LC_ALL, LC_MESSAGES of LANG; anders nl)")
        ),
        **lang,
    )


def _output_options(parser: Parser, *, defaults: bool) -> None:
    """Add --lang and --json; on a question they override what `ask` was given."""
    _language_option(parser, defaults=defaults)
    as_json: dict[str, Any] = {} if defaults else {"default": argparse.SUPPRESS}
    parser.add_argument(
        "--json", action="store_true", help=parser.say(N_("geef het antwoord als JSON")), **as_json
    )


def _question_parser(
    questions: argparse._SubParsersAction[Parser], rule: Rule, language: str
) -> None:
    title = rule.title_in(language)
    parser = questions.add_parser(rule.name, help=title, description=title)
    _output_options(parser, defaults=False)
    add_question_options(parser, rule, parser.language)
    parser.set_defaults(rule=rule)


Speaker = Callable[..., str]
"""A parser's :meth:`~mdrules.command_parser.Parser.say`: a message in its language."""


def build_parser(language: str = SOURCE_LANGUAGE) -> Parser:
    """Return the parser of the whole command in a language, with a sub-command per rule."""
    parser = Parser(prog="mdrules", language=language)
    say = parser.say
    parser.description = say(N_("Raadpleeg de regelingen voor mobiele apparaten."))
    _language_option(parser, defaults=False)
    commands = parser.add_commands(dest="command", required=True, metavar=say(N_("OPDRACHT")))
    questions = commands.add_parser(
        "questions", help=say(N_("toon alle vragen die gesteld kunnen worden"))
    )
    _language_option(questions)
    schema = commands.add_parser(
        "schema",
        help=say(N_("geef het JSON-schema van de antwoorden van ask --json")),
        description=say(
            N_(
                "Geef het JSON-schema (draft 2020-12) dat elk antwoord van ask --json volgt: "
                "per vraag de waarden die het machineveld 'answer' aanneemt."
            )
        ),
    )
    _language_option(schema)
    ask = commands.add_parser("ask", help=say(N_("stel een vraag: mdrules ask REGELING VRAAG ...")))
    _output_options(ask, defaults=True)
    regulations = ask.add_commands(dest="regulation", required=True, metavar=say(N_("REGELING")))
    _review_parser(commands, say)
    _diff_parser(commands, say)
    _release_parser(commands, say)
    per_regulation: dict[str, argparse._SubParsersAction[Parser]] = {}
    for rule in rulesets().rules.values():
        if rule.regulation not in per_regulation:
            sub = regulations.add_parser(
                rule.regulation,
                help=say(N_("vragen over de regeling {regulation}"), regulation=rule.regulation),
            )
            per_regulation[rule.regulation] = sub.add_commands(
                dest="question", required=True, metavar=say(N_("VRAAG"))
            )
        _question_parser(per_regulation[rule.regulation], rule, language)
    return parser


def _review_parser(commands: argparse._SubParsersAction[Parser], say: Speaker) -> None:
    review = commands.add_parser(
        "review",
        help=say(
            N_(
                "wanneer de volgende beoordeling van elke regeling uiterlijk moet plaatsvinden; "
                "eindigt met afsluitcode 1 als er een te laat is"
            )
        ),
    )
    review.description = say(
        N_(
            "Toon per regeling de stand van de beoordeling op een datum: op tijd, beoordeling "
            "nodig of te laat, met de data. Eindigt met afsluitcode 1 als een beoordeling te laat "
            "is."
        )
    )
    names = AnyOf(rulesets())
    review.add_argument(
        "regulations",
        nargs="*",
        metavar=say(N_("REGELING")),
        help=say(N_("een van {names}"), names=names),
    )
    review.add_argument(
        "--on",
        type=converter(*SCALARS[dt.date], review.language),
        default=None,
        metavar=say(N_("DATUM")),
        help=say(N_("de datum waarover gemeld wordt (standaard: vandaag, Nederlandse tijd)")),
    )
    review.add_argument(
        "--notice",
        type=converter(
            functools.partial(inputs.whole_number, maximum=3660),
            N_("een aantal dagen"),
            review.language,
        ),
        default=NOTICE_DAYS,
        metavar=say(N_("DAGEN")),
        help=say(
            N_(
                "het aantal dagen vóór de uiterste datum waarin al een beoordeling nodig is "
                "(standaard: {days})"
            ),
            days=NOTICE_DAYS,
        ),
    )
    _output_options(review, defaults=True)


def _diff_parser(commands: argparse._SubParsersAction[Parser], say: Speaker) -> None:
    compare = commands.add_parser(
        "diff",
        help=say(
            N_("wat er tussen twee versies is veranderd: artikelen, parameters en uitkomsten")
        ),
    )
    compare.description = say(
        N_(
            "Vergelijk twee versies van het handboek, elk een git-revisie of -tag van deze "
            "repository of een map met de bronnen ('.' is de werkmap)."
        )
    )
    compare.add_argument(
        "old", metavar=say(N_("OUD")), help=say(N_("de versie die het laatst beoordeeld is"))
    )
    compare.add_argument(
        "new",
        metavar=say(N_("NIEUW")),
        nargs="?",
        default=".",
        help=say(N_("de nieuwe versie (standaard: ., de werkmap)")),
    )
    compare.add_argument(
        "--html",
        metavar=say(N_("BESTAND")),
        help=say(N_("schrijf het verslag ook als HTML-pagina")),
    )
    compare.add_argument(
        "--repo",
        metavar=say(N_("MAP")),
        type=Path,
        help=say(
            N_(
                "de git-repository waarvan versies vergeleken worden "
                "(standaard: die van de huidige map)"
            )
        ),
    )
    compare.add_argument(
        "--regulation",
        metavar=say(N_("REGELING")),
        help=say(N_("alleen een van {names}"), names=AnyOf(rulesets())),
    )
    _output_options(compare, defaults=True)


def _release_parser(commands: argparse._SubParsersAction[Parser], say: Speaker) -> None:
    release = commands.add_parser(
        "release",
        help=say(
            N_(
                "bewaar de momentopname van een uitgave van een regeling, "
                "voor de pagina met wijzigingen"
            )
        ),
    )
    release.description = say(
        N_(
            "Neem de momentopname van de werkmap (de voorbeelden en tests draaien mee) en bewaar "
            "het deel van de regeling in haar map, releases/<versie>.json."
        )
    )
    release.add_argument(
        "regulation",
        metavar=say(N_("REGELING")),
        help=say(N_("een van {names}"), names=AnyOf(rulesets())),
    )
    _language_option(release)
    release.add_argument(
        "--force",
        action="store_true",
        help=say(N_("vervang een bewaarde momentopname van deze versie")),
    )
    release.add_argument(
        "--repo",
        metavar=say(N_("MAP")),
        type=Path,
        help=say(N_("de git-repository van de werkmap (standaard: die van de huidige map)")),
    )
