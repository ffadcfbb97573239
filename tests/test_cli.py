"""The mdrules command: answers with their articles, JSON for scripts, clear errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from command import run
from mdrules.cli import main
from mdrules.commands import build_parser
from mdrules.errors import DateRangeError, InputError, SourceError, UnknownRegulationError
from mdrules.regulations import RULESETS


def test_every_rule_is_a_question() -> None:
    """Each registered rule can be asked: its options are built from its signature."""
    parser = build_parser()
    rules = RULESETS.rules
    assert rules
    for rule in rules.values():
        with pytest.raises(SystemExit) as stop:
            parser.parse_args(["ask", rule.regulation, rule.name, "--help"])
        assert stop.value.code == 0


def test_questions_lists_each_rule_with_its_articles(capsys: pytest.CaptureFixture[str]) -> None:
    """`mdrules questions` names every rule, its kind of answer and its articles."""
    status, out, _err = run(capsys, "questions")
    assert status == 0
    assert "haarlem security-code (toestemming): " in out
    assert "[2.3.16]" in out
    assert len(out.splitlines()) == len(RULESETS.rules)
    status, out, _err = run(capsys, "questions", environ={"LANG": "en_GB.UTF-8"})
    assert "haarlem security-code (permission): " in out


def test_answer_in_dutch_with_its_articles(capsys: pytest.CaptureFixture[str]) -> None:
    """A question gets a Dutch answer that names its articles."""
    status, out, _err = run(capsys, "ask", "haarlem", "security-code", "--code", "1234")
    assert status == 0
    assert out.startswith("Niet toegestaan: ")
    assert out.rstrip().endswith("Grondslag: Haarlem 2.3.16")


def test_json_answer(capsys: pytest.CaptureFixture[str]) -> None:
    """--json gives the outcome, the date and the labels of the articles."""
    status, out, _err = run(
        capsys, "ask", "--json", "haarlem", "replacement",
        "--device", "smartphone", "--issued", "2023-11-23", "--on", "2026-11-23",
    )  # fmt: skip
    assert status == 0
    answer = json.loads(out)
    assert answer["outcome"] == "deadline"
    assert answer["date"] == "2026-11-23"
    assert answer["articles"] == [{"label": "haarlem-2-4-6", "citation": "Haarlem 2.4.6"}]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["haarlem", "replacement", "--device", "phablet", "--issued", "2023-01-10",
          "--on", "2026-01-10"], "verwacht een van smartphone, laptop, tablet; opgegeven:"),
        (["haarlem", "replacement", "--device", "laptop", "--issued", "10-01-20230",
          "--on", "2026-01-10"], "verwacht een datum zoals 2026-11-28, 28-11-2026 of 28 november "
          "2026; opgegeven: '10-01-20230'"),
        (["haarlem", "replacement", "--device", "laptop", "--issued", "2023-01-10",
          "--on", "2022-01-10"], "verwacht een datum op of na de datum van uitgifte 2023-01-10"),
        (["haarlem", "security-code", "--code", "12a4"],
         "verwacht bij --code een code van cijfers"),
        (["--lang", "fr", "haarlem", "security-code", "--code", "1234"],
         "verwacht een taal: en of nl; opgegeven: 'fr'"),
        (["haarlem", "no-such-question"], "onbekende keuze 'no-such-question'"),
        (["haarlem", "software-license"], "verplicht, maar niet opgegeven: --has-valid-license"),
        (["haarlem", "icloud-storage", "--storage-gb", "-1"],
         "verwacht een geheel getal van 0 tot en met 1000000; opgegeven: '-1'"),
        (["leeuwarden", "data-abroad", "--country", "XX"],
         "verwacht een land: een ISO 3166-1-code zoals NL, TR of US, of een naam zoals Turkije "
         "of Turkey; opgegeven: 'XX'"),
        (["haarlem", "replacement", "--device", "laptop", "--issued", "9999-12-31",
          "--on", "9999-12-31"],
         "verwacht een jaar van 1900 tot en met 2200; opgegeven: '9999-12-31'"),
        (["haarlem", "support", "--moment", "7:45"],
         "verwacht een datum en een tijdstip, zoals 2026-11-28 14:30; opgegeven: '7:45'"),
    ],
)  # fmt: skip
def test_bad_input_says_what_was_expected(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """Bad input exits with status 2 and a message naming what was expected and what came."""
    status, out, err = run(capsys, "ask", *argv)
    assert status == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["haarlem", "replacement", "--device", "laptop", "--issued", "2023-02-30",
          "--on", "2026-01-01"], "verwacht een datum die bestaat, zoals 2026-11-28, 28-11-2026 "
          "of 28 november 2026; opgegeven: '2023-02-30'"),
        (["haarlem", "wired-connection", "--last-connected", "9999-12-31", "--on", "9999-12-31"],
         "verwacht een jaar van 1900 tot en met 2200"),
        (["leeuwarden", "data-abroad", "--country", "ZZ"], "opgegeven: 'ZZ'"),
    ],
)  # fmt: skip
def test_no_traceback_from_the_installed_command(argv: list[str], message: str) -> None:
    """The installed command prints a one-line error, not a traceback, for bad dates, countries."""
    command = Path(sys.executable).with_name("mdrules")
    result = subprocess.run(
        [str(command), "ask", *argv], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert message in result.stderr


def test_output_options_after_the_question(capsys: pytest.CaptureFixture[str]) -> None:
    """--json and --lang work after the question too, as the README shows them."""
    status, out, _err = run(
        capsys, "ask", "haarlem", "security-code", "--code", "1234", "--json", "--lang", "en"
    )
    assert status == 0
    assert json.loads(out)["outcome"] == "not_allowed"


@pytest.mark.parametrize(
    "error",
    [
        InputError("the number must be a whole number"),
        DateRangeError("past the calendar"),
        UnknownRegulationError("no such regulation"),
        SourceError("no such version"),
    ],
)
def test_errors_are_classified_by_type(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    """An error of mdrules exits with 2 and its message, whatever the message's wording."""

    def fail(_arguments: object) -> str:
        raise error

    monkeypatch.setattr("mdrules.cli._answer", fail)
    status, out, err = run(capsys, "ask", "haarlem", "security-code", "--code", "1234")
    assert (status, out) == (2, "")
    assert err == f"mdrules: fout: {error}\n"


def test_a_fault_of_the_program_is_not_reported_as_bad_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain ValueError is a fault, not the asker's mistake: it is not turned into exit 2."""

    def fail(_arguments: object) -> str:
        msg = "expected something the program got wrong"
        raise ValueError(msg)

    monkeypatch.setattr("mdrules.cli._answer", fail)
    with pytest.raises(ValueError, match="the program got wrong"):
        main(["ask", "haarlem", "security-code", "--code", "1234"])
    assert capsys.readouterr().err == ""
