"""The ``mdrules`` command: ask the rules a question from the terminal.

    mdrules questions
    mdrules ask haarlem security-code --code 1234
    mdrules ask --json leeuwarden data-abroad --country TR
    mdrules review --on 2026-11-23
    mdrules schema > answer.schema.json
    mdrules diff haarlem-1.04 . --html report.html
    mdrules release haarlem

The options of each question come from the rule's signature, so every rule can be asked.
``review`` exits with 1 when a review is overdue, so a scheduled job can warn; bad input exits 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import inspect
import json
import os
import sys
import typing
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from mdrules import inputs
from mdrules.command_parser import Parser, requested_language
from mdrules.command_parser import language as language_option
from mdrules.decision import AnswerKind
from mdrules.errors import InputError, MdrulesError, TranslationError, UnknownRegulationError
from mdrules.i18n import N_, SOURCE_LANGUAGE, AnyOf, Phrase, languages, render
from mdrules.options import SCALARS, add_question_options, converter, option_name, question_inputs
from mdrules.prompting import ask_inputs, given_flags
from mdrules.review import Status, review_status
from mdrules.ruleset import Rule, Rulesets
from mdrules.vocabulary import AMSTERDAM, NOTICE_DAYS


def _rulesets() -> Rulesets:
    """Return the regulations in use, imported when first asked, so a bad list is an error line."""
    from mdrules.regulations import RULESETS

    return RULESETS


KIND_NAMES: dict[AnswerKind, Phrase] = {
    AnswerKind.PERMISSION: N_("toestemming"),
    AnswerKind.YES_NO: N_("ja of nee"),
    AnswerKind.DEADLINE: N_("termijn"),
    AnswerKind.STEPS: N_("stappen"),
    AnswerKind.OPEN_CLOSED: N_("open of dicht"),
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
    title = _title(rule, language)
    parser = questions.add_parser(rule.name, help=title, description=title)
    _output_options(parser, defaults=False)
    add_question_options(parser, rule, parser.language)
    parser.set_defaults(rule=rule)


def _title(rule: Rule, language: str) -> str:
    """Return a question's title in a language."""
    return rule.title_in(language)


Speaker = Callable[..., str]
"""A parser's :meth:`~mdrules.command_parser.Parser.say`: a message in its language."""


def build_parser(language: str = SOURCE_LANGUAGE) -> Parser:
    """Return the parser of the whole command in a language, with a sub-command per rule."""
    parser = Parser(prog="mdrules", language=language)
    say = parser.say
    parser.description = say(N_("Vraag de regels van de regelingen voor mobiele apparaten."))
    commands = parser.add_commands(dest="command", required=True, metavar=say(N_("OPDRACHT")))
    questions = commands.add_parser(
        "questions", help=say(N_("toon elke vraag die gesteld kan worden"))
    )
    _language_option(questions)
    commands.add_parser(
        "schema",
        help=say(N_("geef het JSON-schema van de antwoorden van ask --json")),
        description=say(
            N_(
                "Geef het JSON-schema (draft 2020-12) dat elk antwoord van ask --json volgt: "
                "per vraag de waarden die het machineveld 'answer' aanneemt."
            )
        ),
    )
    ask = commands.add_parser("ask", help=say(N_("stel een vraag: mdrules ask REGELING VRAAG ...")))
    _output_options(ask, defaults=True)
    regulations = ask.add_commands(dest="regulation", required=True, metavar=say(N_("REGELING")))
    _review_parser(commands, say)
    _diff_parser(commands, say)
    _release_parser(commands, say)
    per_regulation: dict[str, argparse._SubParsersAction[Parser]] = {}
    for rule in _rulesets().rules.values():
        if rule.regulation not in per_regulation:
            sub = regulations.add_parser(
                rule.regulation,
                help=say(N_("vragen over {regulation}"), regulation=rule.regulation),
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
            N_("wanneer de volgende evaluatie van elke regeling valt; exit 1 als er een te laat is")
        ),
    )
    review.description = say(
        N_(
            "Meld de stand van de evaluatie van elke regeling op een datum: op tijd, binnenkort "
            "of te laat, met de data. Eindigt met 1 als een evaluatie te laat is."
        )
    )
    names = AnyOf(_rulesets())
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
        help=say(N_("de datum waarover gemeld wordt (standaard: vandaag in Amsterdam)")),
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
            N_("dagen voor de uiterste datum die als binnenkort gelden (standaard: {days})"),
            days=NOTICE_DAYS,
        ),
    )
    _output_options(review, defaults=True)


def _diff_parser(commands: argparse._SubParsersAction[Parser], say: Speaker) -> None:
    compare = commands.add_parser(
        "diff",
        help=say(N_("wat veranderde tussen twee versies: artikelen, parameters en uitkomsten")),
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
        "new", metavar=say(N_("NIEUW")), nargs="?", default=".", help=say(N_("standaard: ."))
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
        help=say(N_("alleen een van {names}"), names=AnyOf(_rulesets())),
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
        help=say(N_("een van {names}"), names=AnyOf(_rulesets())),
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


def _release(arguments: argparse.Namespace, language: str) -> int:
    from mdrules.history.releases import store_release
    from mdrules.history.sources import find_repository

    repository = find_repository(arguments.repo or Path.cwd())
    stored = store_release(repository, arguments.regulation, force=arguments.force)
    where = stored.path.relative_to(repository.resolve())
    done = N_("bewaard") if stored.changed else N_("al bewaard, ongewijzigd")
    text = N_("De momentopname van {tag} is {done}: {where}")
    print(render(text, language, {"tag": stored.tag, "done": done, "where": str(where)}))
    text = N_("Commit haar en tag de uitgave: git add {where} && git commit && git tag {tag}")
    print(render(text, language, {"tag": stored.tag, "where": str(where)}))
    return 0


def _regulations(wanted: Sequence[str]) -> None:
    """Refuse a regulation that is not configured, naming those that are."""
    unknown = [regulation for regulation in wanted if regulation not in _rulesets()]
    if unknown:
        msg = N_("verwacht een regeling: {names}; gekregen: {got}")
        raise UnknownRegulationError(msg, names=AnyOf(_rulesets()), got=repr(unknown[0]))


def _review(arguments: argparse.Namespace) -> int:
    wanted = arguments.regulations or list(_rulesets())
    _regulations(wanted)
    on = arguments.on or dt.datetime.now(AMSTERDAM).date()
    statuses = [review_status(_rulesets()[key], on, arguments.notice) for key in wanted]
    if arguments.json:
        data = [status.as_json(arguments.lang) for status in statuses]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print("\n".join(status.explain(arguments.lang) for status in statuses))
    return 1 if any(status.status is Status.OVERDUE for status in statuses) else 0


def _diff(arguments: argparse.Namespace) -> int:
    from mdrules.changes.compare import only
    from mdrules.history.diff import diff
    from mdrules.history.document import render_document
    from mdrules.history.sources import find_repository
    from mdrules.history.terminal import summary

    if arguments.regulation is not None:
        _regulations([arguments.regulation])
    repository = find_repository(arguments.repo or Path.cwd())
    report = diff(arguments.old, arguments.new, repository)
    if arguments.regulation is not None:
        report = only(report, arguments.regulation)
    if arguments.html:
        html = render_document(report, arguments.lang)
        try:
            Path(arguments.html).write_text(html, encoding="utf-8")
        except OSError as error:
            msg = N_("verwacht bij --html een bestand dat geschreven kan worden; gekregen: {got}")
            raise InputError(msg, got=str(error)) from None
    if arguments.json:
        print(report.model_dump_json(indent=2))
    else:
        print(summary(report, arguments.lang))
        if arguments.html:
            print(f"HTML: {arguments.html}")
    return 0


def _answer(arguments: argparse.Namespace) -> str:
    rule: Rule = arguments.rule
    names = inspect.signature(rule.function).parameters
    values = {name: getattr(arguments, name) for name in names}
    hints = typing.get_type_hints(rule.function)
    for name, value in values.items():
        if isinstance(value, list) and typing.get_origin(hints[name]) is not frozenset:
            # argparse reads "--code=--" as the end of the options: no value at all
            msg = N_("verwacht een waarde na {option}; gekregen: geen")
            raise InputError(msg, option=option_name(name))
    values = {k: frozenset(v) if isinstance(v, list) else v for k, v in values.items()}
    values = {k: v for k, v in values.items() if v is not None or names[k].default is None}
    decision = rule.function(**values)
    if arguments.json:
        from mdrules.answers import answer

        return json.dumps(answer(rule, decision, arguments.lang), ensure_ascii=False, indent=2)
    return decision.explain(arguments.lang)


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    """Run the command; return its exit status (2 for bad input).

    The language is ``--lang``, else that of the environment's locale, else Dutch.
    """
    words = list(sys.argv[1:] if argv is None else argv)
    language = requested_language(words, os.environ if environ is None else environ)
    try:
        return _run(words, language)
    except TranslationError:  # a message the catalogs lack is a fault of the program
        raise
    except MdrulesError as error:  # bad input, an unknown name, a version that cannot be read
        message = render(
            N_("{prog}: fout: {message}"), language, {"prog": "mdrules", "message": error}
        )
        print(message, file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader of the output left (mdrules questions | head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _asked(words: list[str], language: str) -> list[str]:
    """Return the words of ``ask REGULATION QUESTION ...`` with the missing inputs asked for.

    Only in a terminal; ``--help`` asks nothing. Other commands are returned as they are.
    """
    if words[:1] != ["ask"] or {"-h", "--help"} & set(words):
        return words
    named: list[int] = []
    at = 1
    while at < len(words) and len(named) < 2:
        if words[at] == "--lang":
            at += 1
        elif not words[at].startswith("-"):
            named.append(at)
        at += 1
    if len(named) < 2:
        return words
    rule = _rulesets().rules.get(f"{words[named[0]]}.{words[named[1]]}")
    if rule is None:
        return words  # the parser says what is unknown
    given = given_flags(words[named[1] + 1 :])
    title = f"{rule.regulation} {rule.name}: {_title(rule, language)}"
    return words + ask_inputs(question_inputs(rule, language), given, input, print, title)


def _questions(language: str) -> None:
    """Print every question: its regulation and name, its kind, its title and its articles."""
    for rule in _rulesets().rules.values():
        articles = ", ".join(rule.articles)
        kind = render(KIND_NAMES[rule.answer], language, {})
        print(f"{rule.regulation} {rule.name} ({kind}): {_title(rule, language)} [{articles}]")


def _run(words: list[str], language: str) -> int:
    parser = build_parser(language)
    inputs.check_option_values(words)
    if sys.stdin.isatty() and sys.stdout.isatty():
        words = _asked(words, language)
    arguments = parser.parse_args(words)
    if arguments.command == "questions":
        _questions(language)
        return 0
    if arguments.command == "schema":
        from mdrules.answers import schema

        print(json.dumps(schema(_rulesets().rules.values()), ensure_ascii=False, indent=2))
        return 0
    if arguments.command == "review":
        return _review(arguments)
    if arguments.command == "diff":
        return _diff(arguments)
    if arguments.command == "release":
        return _release(arguments, language)
    print(_answer(arguments))
    return 0


if __name__ == "__main__":
    sys.exit(main())
