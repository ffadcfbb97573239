"""The decision tables of every regulation: each row asked of its rule, answered as expected."""

from pathlib import Path

import pytest

from mdrules.decision_tables import Row, ask, mismatches, read_table, rows
from mdrules.errors import DecisionTableError
from mdrules.regulations import RULESETS

ROWS = [row for ruleset in RULESETS.values() for row in rows(ruleset)]


def test_every_regulation_with_rules_has_tables() -> None:
    """Each regulation of the handbook keeps decision tables beside its rules."""
    assert {row.regulation for row in ROWS} == {key for key, r in RULESETS.items() if r.rules}


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_row(row: Row) -> None:
    """The rule gives the row's outcome, and its articles, conditions and date where named."""
    assert row.key in RULESETS.rules, f"{row.id}: no question {row.rule} in {row.regulation}"
    assert mismatches(row, ask(row, RULESETS.rules[row.key])) == []


def test_a_wrong_expectation_is_a_mismatch(tmp_path: Path) -> None:
    """A row expecting another outcome, article or condition than the rule gives fails."""
    table = tmp_path / "s2_3_15_16_security.toml"
    table.write_text(
        '[[security-code]]\ninputs = { code = "0000", kind = "sim" }\noutcome = "allowed"\n'
        'articles = ["2.3.15"]\nconditions = ["code"]\n',
        encoding="utf-8",
    )
    [row] = read_table(table, "haarlem")
    assert mismatches(row, ask(row, RULESETS.rules[row.key])) == [
        "outcome: expected 'allowed'; got 'not_allowed'",
        "articles: expected ['2.3.15']; got ['2.3.16']",
        "conditions: expected ['code']; got []",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[[security-code]]\ninputs = { code = "0000" }\n',
            r"row 1: expected inputs and .*no outcome",
        ),
        ('[[security-code]]\noutcome = "allowed"\nreason = "x"\n', r"row 1: .*unknown key reason"),
        ('security-code = "allowed"\n', r"expected \[\[security-code\]\] rows, an array of tables"),
        ("[[security-code]\n", r"expected TOML"),
    ],
    ids=["no-outcome", "unknown-key", "not-rows", "not-toml"],
)
def test_a_malformed_table_is_an_error(tmp_path: Path, text: str, message: str) -> None:
    """A table says which file, question and row is wrong, and how."""
    table = tmp_path / "s2_3_15_16_security.toml"
    table.write_text(text, encoding="utf-8")
    with pytest.raises(DecisionTableError, match=message):
        read_table(table, "haarlem")


def test_an_unknown_or_mistyped_input_is_an_error(tmp_path: Path) -> None:
    """An input the rule does not take, or of the wrong type, names the row and the input."""
    table = tmp_path / "s2_3_15_16_security.toml"
    table.write_text(
        '[[security-code]]\ninputs = { pin = "0000" }\noutcome = "allowed"\n'
        '[[security-code]]\ninputs = { code = "0000", kind = "pin" }\noutcome = "allowed"\n',
        encoding="utf-8",
    )
    unknown, mistyped = read_table(table, "haarlem")
    rule = RULESETS.rules["haarlem.security-code"]
    with pytest.raises(DecisionTableError, match=r"security-code-1: expected inputs among code, "):
        ask(unknown, rule)
    with pytest.raises(DecisionTableError, match=r"security-code-2: input kind: .*; got 'pin'$"):
        ask(mistyped, rule)
