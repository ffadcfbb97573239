"""The command speaks the asker's language: Dutch by default, English by --lang or the locale.

Help, the question list, argparse's own errors, our refusals and the answers all come from the
package's catalogs, so an English asker meets no Dutch and a Dutch one no English.
"""

import argparse
import re

import pytest

from command import run
from mdrules.command_parser import ARGPARSE_MESSAGES, language_from_environment
from mdrules.regulations import RULESETS

ENGLISH_WORDS = re.compile(
    r"(?<![\w-])(?:usage|options|error|expected|got|argument|arguments|invalid|required|"
    r"unrecognized|unrecognised|show this help)(?![\w-])"
)
"""Words of argparse and of our English messages: none may show in a Dutch refusal or help."""
DUTCH_WORDS = re.compile(
    r"(?<![\w-])(?:gebruik|opties|opdrachten|fout|verwacht|opgegeven|verplicht|onbekende|"
    r"herkend|toon deze hulp)(?![\w-])"
)
"""Words of the Dutch messages: none may show in an English refusal or help."""


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "nl"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US"}, "en"),
        ({"LC_ALL": "nl_NL.UTF-8", "LANG": "en_GB.UTF-8"}, "nl"),
        ({"LC_MESSAGES": "en_IE.UTF-8", "LANG": "nl_NL.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "nl"),
        ({"LANG": "POSIX"}, "nl"),
        ({"LANG": "fr_FR.UTF-8"}, "nl"),
    ],
)
def test_the_locale_chooses_the_language_as_posix_reads_it(
    environ: dict[str, str], language: str
) -> None:
    """LC_ALL, then LC_MESSAGES, then LANG; a locale the handbook lacks gives Dutch."""
    assert language_from_environment(environ) == language


def test_help_is_dutch_by_default_and_english_on_request(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`mdrules --help` and a question's help, in Dutch and in English."""
    _status, dutch, _err = run(capsys, "--help")
    assert dutch.startswith("gebruik: mdrules")
    assert "opdrachten:" in dutch
    assert "toon alle vragen die gesteld kunnen worden" in dutch
    assert not ENGLISH_WORDS.findall(dutch)
    _status, english, _err = run(capsys, "--help", environ={"LANG": "en_GB.UTF-8"})
    assert english.startswith("usage: mdrules")
    assert "list every question that can be asked" in english
    assert not DUTCH_WORDS.findall(english)
    _status, dutch, _err = run(capsys, "ask", "haarlem", "incident", "--help")
    assert "--event {schade,verlies,diefstal}" in dutch
    assert "ook in het Engels: damage, loss, theft" in dutch
    assert "--burglary ja|nee" in dutch
    assert "Wat te doen" in dutch
    _status, english, _err = run(capsys, "ask", "--lang", "en", "haarlem", "incident", "--help")
    assert "--event {damage,loss,theft}" in english
    assert "also in Dutch: schade, verlies, diefstal" in english
    assert "--burglary yes|no" in english
    assert not DUTCH_WORDS.findall(english)


def test_lang_is_taken_before_the_command_too(capsys: pytest.CaptureFixture[str]) -> None:
    """`mdrules --lang en questions` is English, as `mdrules questions --lang en` is."""
    _status, before, _err = run(capsys, "--lang", "en", "questions")
    _status, after, _err = run(capsys, "questions", "--lang", "en")
    assert before == after
    assert "(permission)" in before


def test_the_question_list_names_each_question_in_the_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each question's title and kind are Dutch by default and English with --lang en."""
    _status, dutch, _err = run(capsys, "questions")
    _status, english, _err = run(capsys, "questions", "--lang", "en")
    for rule in RULESETS.rules.values():
        assert f"{rule.regulation} {rule.name} (" in dutch
        assert rule.title_in("nl") in dutch
        assert rule.title_in("en") in english
    assert "(toestemming)" in dutch
    assert "(permission)" in english


ARGPARSE_CASES = [
    (["ask", "haarlem", "security-code"], "verplicht, maar niet opgegeven: --code",
     "the following arguments are required: --code"),
    (["ask", "haarlem", "security-code", "--code", "4821", "extra"], "onbekende argumenten: extra",
     "unrecognised arguments: extra"),
    (["ask", "haarlem", "no-such-question"], "VRAAG: onbekende keuze 'no-such-question'",
     "argument QUESTION: invalid choice 'no-such-question'"),
    (["ask", "haarlem", "security-code", "--code"],
     "--code: heeft een waarde nodig; er is geen opgegeven",
     "argument --code: expected one value"),
    (["ask", "haarlem", "security-code", "--code", "4821", "--json=yes"],
     "--json: krijgt geen waarde; opgegeven: 'yes'", "argument --json: takes no value; got 'yes'"),
    (["ask", "haarlem", "device-combination", "--x", "1"], "onbekende argumenten: --x 1",
     "unrecognised arguments: --x 1"),
    (["ask", "haarlem", "device-security", "--device", "laptop", "--l", "4821"],
     "onbekende argumenten: --l 4821", "unrecognised arguments: --l 4821"),
    (["schema", "--json"], "onbekende argumenten: --json",
     "unrecognised arguments: --json"),
    (["review", "--lang", "fr"], "--lang: verwacht een taal: en of nl; opgegeven: 'fr'",
     "argument --lang: expected a language: en or nl; got 'fr'"),
]  # fmt: skip


@pytest.mark.parametrize(("argv", "dutch", "english"), ARGPARSE_CASES)
def test_argparse_refusals_are_said_in_the_language(
    capsys: pytest.CaptureFixture[str], argv: list[str], dutch: str, english: str
) -> None:
    """Argparse's own errors, and the usage above them, come in the asker's language."""
    status, _out, err = run(capsys, *argv)
    assert status == 2
    assert err.startswith("gebruik: "), err
    assert dutch in err, err
    assert not ENGLISH_WORDS.findall(err), err
    status, _out, err = run(capsys, *argv, environ={"LANG": "en_GB.UTF-8"})
    assert status == 2
    assert err.startswith("usage: "), err
    assert english in err, err
    assert not DUTCH_WORDS.findall(err), err


def test_every_argparse_message_read_back_is_one_this_python_writes() -> None:
    """The patterns match argparse's own texts, so a new Python's wording cannot slip through."""
    texts = [
        "argument --code: expected one argument",
        "the following arguments are required: --code, --kind",
        "unrecognized arguments: extra",
        "invalid choice: 'x' (choose from 'a', 'b')",
        "expected at most one argument",
        "expected at least one argument",
        "ambiguous option: --s could match --sim-code, --screen-lock",
        "ignored explicit argument 'yes'",
        "not allowed with argument --json",
        "one of the arguments --a --b is required",
        "invalid int value: 'x'",
    ]
    for text in texts:
        assert any(pattern.fullmatch(text) for pattern, _dutch in ARGPARSE_MESSAGES), text
    parser = argparse.ArgumentParser(exit_on_error=False)
    parser.add_argument("--days", type=int)
    with pytest.raises(argparse.ArgumentError) as refused:
        parser.parse_args(["--days", "many"])
    assert any(pattern.fullmatch(str(refused.value)) for pattern, _ in ARGPARSE_MESSAGES)


def test_a_refusal_and_an_answer_in_each_language(capsys: pytest.CaptureFixture[str]) -> None:
    """The same call refused and answered, in Dutch by default and in English from LANG."""
    _status, _out, err = run(
        capsys, "ask", "haarlem", "security-code", "--code", "1", "--kind", "x"
    )
    assert "fout: --kind: verwacht een van sim, ontgrendeling (in het Engels: unlock)" in err
    english = {"LANG": "en_GB.UTF-8"}
    _status, _out, err = run(
        capsys, "ask", "haarlem", "security-code", "--code", "1", "--kind", "x", environ=english
    )
    assert "error: argument --kind: expected one of sim, unlock (in Dutch: ontgrendeling)" in err
    _status, out, _err = run(capsys, "ask", "haarlem", "security-code", "--code", "1234")
    assert out.startswith("Niet toegestaan: ")
    _status, out, _err = run(
        capsys, "ask", "haarlem", "security-code", "--code", "1234", environ=english
    )
    assert out.startswith("Not allowed: ")
    _status, out, _err = run(
        capsys, "ask", "haarlem", "security-code", "--code", "1234", "--lang", "nl",
        environ=english,
    )  # fmt: skip
    assert out.startswith("Niet toegestaan: ")
