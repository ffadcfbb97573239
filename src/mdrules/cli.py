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
import inspect
import json
import os
import sys
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path

from mdrules import inputs
from mdrules.command_parser import requested_language
from mdrules.commands import KIND_NAMES, build_parser, rulesets
from mdrules.errors import InputError, MdrulesError, TranslationError, UnknownRegulationError
from mdrules.i18n import N_, AnyOf, render
from mdrules.options import option_name, question_inputs
from mdrules.prompting import ask_inputs, given_flags
from mdrules.review import Status, review_status
from mdrules.ruleset import Rule
from mdrules.vocabulary import AMSTERDAM


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
    unknown = [regulation for regulation in wanted if regulation not in rulesets()]
    if unknown:
        msg = N_("verwacht een regeling: {names}; opgegeven: {got}")
        raise UnknownRegulationError(msg, names=AnyOf(rulesets()), got=repr(unknown[0]))


def _review(arguments: argparse.Namespace) -> int:
    wanted = arguments.regulations or list(rulesets())
    _regulations(wanted)
    on = arguments.on or dt.datetime.now(AMSTERDAM).date()
    statuses = [review_status(rulesets()[key], on, arguments.notice) for key in wanted]
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
            msg = N_("verwacht bij --html een bestand dat geschreven kan worden; opgegeven: {got}")
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
            msg = N_("verwacht een waarde na {option}; opgegeven: geen")
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
    rule = rulesets().rules.get(f"{words[named[0]]}.{words[named[1]]}")
    if rule is None:
        return words  # the parser says what is unknown
    given = given_flags(words[named[1] + 1 :])
    title = f"{rule.regulation} {rule.name}: {rule.title_in(language)}"
    return words + ask_inputs(question_inputs(rule, language), given, input, print, title)


def _questions(language: str) -> None:
    """Print every question: its regulation and name, its kind, its title and its articles."""
    for rule in rulesets().rules.values():
        articles = ", ".join(rule.articles)
        kind = render(KIND_NAMES[rule.answer], language, {})
        print(f"{rule.regulation} {rule.name} ({kind}): {rule.title_in(language)} [{articles}]")


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

        print(json.dumps(schema(rulesets().rules.values()), ensure_ascii=False, indent=2))
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
