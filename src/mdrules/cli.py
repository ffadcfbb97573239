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
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mdrules import inputs
from mdrules.errors import InputError, MdrulesError, TranslationError, UnknownRegulationError
from mdrules.i18n import SOURCE_LANGUAGE, languages
from mdrules.options import SCALARS, add_question_options, converter, option_name, question_inputs
from mdrules.prompting import ask_inputs, given_flags
from mdrules.review import Status, review_status
from mdrules.ruleset import Rule, Rulesets
from mdrules.vocabulary import AMSTERDAM, NOTICE_DAYS


def _rulesets() -> Rulesets:
    """Return the regulations in use, imported when first asked, so a bad list is an error line."""
    from mdrules.regulations import RULESETS

    return RULESETS


def _output_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """Add --lang and --json; on a question they override what `ask` was given."""
    lang: dict[str, Any] = (
        {"default": SOURCE_LANGUAGE} if defaults else {"default": argparse.SUPPRESS}
    )
    parser.add_argument(
        "--lang", type=inputs.language, help="language of the answer (nl, en)", **lang
    )
    as_json: dict[str, Any] = {} if defaults else {"default": argparse.SUPPRESS}
    parser.add_argument("--json", action="store_true", help="print the answer as JSON", **as_json)


def _question_parser(
    questions: argparse._SubParsersAction[argparse.ArgumentParser], rule: Rule
) -> None:
    parser = questions.add_parser(rule.name, help=rule.summary, description=rule.summary)
    _output_options(parser, defaults=False)
    add_question_options(parser, rule)
    parser.set_defaults(rule=rule)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the whole command, with a sub-command per rule."""
    parser = argparse.ArgumentParser(
        prog="mdrules", description="Ask the rules of the mobile-device regulations."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("questions", help="list every question that can be asked")
    commands.add_parser(
        "schema",
        help="print the JSON schema of the answers of ask --json",
        description="Print the JSON schema (draft 2020-12) that every answer of ask --json "
        "follows: per question, the values its machine field 'answer' takes.",
    )
    ask = commands.add_parser("ask", help="ask a question: mdrules ask REGULATION QUESTION ...")
    _output_options(ask, defaults=True)
    regulations = ask.add_subparsers(dest="regulation", required=True, metavar="REGULATION")
    _review_parser(commands)
    _diff_parser(commands)
    _release_parser(commands)
    per_regulation: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = {}
    for rule in _rulesets().rules.values():
        if rule.regulation not in per_regulation:
            sub = regulations.add_parser(rule.regulation, help=f"questions on {rule.regulation}")
            per_regulation[rule.regulation] = sub.add_subparsers(
                dest="question", required=True, metavar="QUESTION"
            )
        _question_parser(per_regulation[rule.regulation], rule)
    return parser


def _review_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    review = commands.add_parser(
        "review",
        help="when each regulation's next review is due; exit 1 when one is overdue",
        description="Report each regulation's review status on a date: on time, due, or "
        "overdue, with the dates. Exits with 1 when a review is overdue.",
    )
    review.add_argument(
        "regulations", nargs="*", metavar="REGULATION", help=f"one of {', '.join(_rulesets())}"
    )
    review.add_argument(
        "--on",
        type=converter(*SCALARS[dt.date]),
        default=None,
        help="the date to report on (default: today in Amsterdam)",
    )
    review.add_argument(
        "--notice",
        type=converter(functools.partial(inputs.whole_number, maximum=3660), "a number of days"),
        default=NOTICE_DAYS,
        help=f"days before the due date that count as due (default {NOTICE_DAYS})",
    )
    _output_options(review, defaults=True)


def _diff_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    compare = commands.add_parser(
        "diff",
        help="what changed between two versions: articles, parameters and outcomes",
        description="Compare two versions of the handbook, each a git revision or tag of this "
        "repository or a folder with its sources ('.' is the working tree).",
    )
    compare.add_argument("old", metavar="OLD", help="the version reviewed last")
    compare.add_argument("new", metavar="NEW", nargs="?", default=".", help="default: .")
    compare.add_argument("--html", metavar="FILE", help="also write the report as an HTML page")
    compare.add_argument(
        "--repo",
        metavar="DIR",
        type=Path,
        help="the git repository whose versions are compared (default: the current directory's)",
    )
    compare.add_argument("--regulation", help=f"only one of {', '.join(_rulesets())}")
    _output_options(compare, defaults=True)


def _release_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    release = commands.add_parser(
        "release",
        help="store the snapshot of a regulation's release, for the page of changes",
        description="Take the snapshot of the working tree (running its examples and tests) and "
        "store the regulation's part in its folder, releases/<version>.json.",
    )
    release.add_argument(
        "regulation", metavar="REGULATION", help=f"one of {', '.join(_rulesets())}"
    )
    release.add_argument(
        "--force", action="store_true", help="replace a stored snapshot of this version"
    )
    release.add_argument(
        "--repo",
        metavar="DIR",
        type=Path,
        help="the git repository of the working tree (default: the current directory's)",
    )


def _release(arguments: argparse.Namespace) -> int:
    from mdrules.history.releases import store_release
    from mdrules.history.sources import find_repository

    repository = find_repository(arguments.repo or Path.cwd())
    stored = store_release(repository, arguments.regulation, force=arguments.force)
    where = stored.path.relative_to(repository.resolve())
    done = "stored" if stored.changed else "already stored, unchanged"
    print(f"The snapshot of {stored.tag} is {done}: {where}")
    print(f"Commit it and tag the release: git add {where} && git commit && git tag {stored.tag}")
    return 0


def _check_language(language: str) -> None:
    if language not in languages():
        msg = f"expected --lang as one of {', '.join(languages())}; got {language!r}"
        raise TranslationError(msg)


def _review(arguments: argparse.Namespace) -> int:
    _check_language(arguments.lang)
    wanted = arguments.regulations or list(_rulesets())
    unknown = [regulation for regulation in wanted if regulation not in _rulesets()]
    if unknown:
        msg = f"expected a regulation, one of {', '.join(_rulesets())}; got {unknown[0]!r}"
        raise UnknownRegulationError(msg)
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

    _check_language(arguments.lang)
    if arguments.regulation is not None and arguments.regulation not in _rulesets():
        names = ", ".join(_rulesets())
        msg = f"expected --regulation as one of {names}; got {arguments.regulation!r}"
        raise UnknownRegulationError(msg)
    repository = find_repository(arguments.repo or Path.cwd())
    report = diff(arguments.old, arguments.new, repository)
    if arguments.regulation is not None:
        report = only(report, arguments.regulation)
    if arguments.html:
        html = render_document(report, arguments.lang)
        try:
            Path(arguments.html).write_text(html, encoding="utf-8")
        except OSError as error:
            msg = f"expected --html to name a file that can be written; got {error}"
            raise InputError(msg) from None
    if arguments.json:
        print(report.model_dump_json(indent=2))
    else:
        print(summary(report, arguments.lang))
        if arguments.html:
            print(f"HTML: {arguments.html}")
    return 0


def _answer(arguments: argparse.Namespace) -> str:
    rule: Rule = arguments.rule
    _check_language(arguments.lang)
    names = inspect.signature(rule.function).parameters
    values = {name: getattr(arguments, name) for name in names}
    hints = typing.get_type_hints(rule.function)
    for name, value in values.items():
        if isinstance(value, list) and typing.get_origin(hints[name]) is not frozenset:
            # argparse reads "--code=--" as the end of the options: no value at all
            msg = f"expected a value after {option_name(name)}; got none"
            raise InputError(msg)
    values = {k: frozenset(v) if isinstance(v, list) else v for k, v in values.items()}
    values = {k: v for k, v in values.items() if v is not None or names[k].default is None}
    decision = rule.function(**values)
    if arguments.json:
        from mdrules.answers import answer

        return json.dumps(answer(rule, decision, arguments.lang), ensure_ascii=False, indent=2)
    return decision.explain(arguments.lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status (2 for bad input)."""
    try:
        return _run(argv)
    except MdrulesError as error:  # bad input, an unknown name, a version that cannot be read
        print(f"mdrules: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader of the output left (mdrules questions | head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _asked(words: list[str]) -> list[str]:
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
    title = f"{rule.regulation} {rule.name}: {rule.summary}"
    return words + ask_inputs(question_inputs(rule), given, input, print, title)


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    words = list(sys.argv[1:] if argv is None else argv)
    inputs.check_option_values(words)
    if sys.stdin.isatty() and sys.stdout.isatty():
        words = _asked(words)
    arguments = parser.parse_args(words)
    if arguments.command == "questions":
        for rule in _rulesets().rules.values():
            articles = ", ".join(rule.articles)
            print(f"{rule.regulation} {rule.name} ({rule.answer}): {rule.summary} [{articles}]")
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
        return _release(arguments)
    print(_answer(arguments))
    return 0


if __name__ == "__main__":
    sys.exit(main())
