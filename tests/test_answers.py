"""The JSON answers: every question's answer follows the published schema and its kind's values."""

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from mdrules.answers import SCHEMA_VERSION, answer, schema
from mdrules.cli import main
from mdrules.decision import KIND_OUTCOMES, AnswerKind, Decision, Message, Outcome
from mdrules.errors import DefinitionError
from mdrules.i18n import N_
from mdrules.metadata import cite
from mdrules.regulations import RULESETS, haarlem
from mdrules.regulations.haarlem.metadata import HAARLEM
from mdrules.ruleset import Rule, rule
from mdrules.vocabulary import Role
from questions import RULES, calls

PUBLISHED = (
    Path(__file__).parents[1] / "docs" / "reference" / f"answer-v{SCHEMA_VERSION}.schema.json"
)

KIND_VALUES: dict[AnswerKind, set[str]] = {
    AnswerKind.PERMISSION: {"allowed", "not-allowed", "conditional", "blocked"},
    AnswerKind.YES_NO: {"yes", "no", "conditional"},
    AnswerKind.DEADLINE: {"on-time", "due", "overdue", "not-applicable"},
    AnswerKind.OPEN_CLOSED: {"open", "closed"},
}
"""The values the handbook's page documents for each kind (docs/reference/command-line.md)."""


def published() -> dict[str, Any]:
    """Return the schema as the handbook publishes it."""
    data: dict[str, Any] = json.loads(PUBLISHED.read_text(encoding="utf-8"))
    return data


def problems(value: Any, node: dict[str, Any], root: dict[str, Any], where: str = "") -> list[str]:  # noqa: ANN401 (a JSON value)
    """Return where a JSON value breaks a schema, for the keywords the published schema uses."""
    if "$ref" in node:
        target = root
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return problems(value, target, root, where)
    if "anyOf" in node:
        if any(not problems(value, option, root, where) for option in node["anyOf"]):
            return []
        return [f"{where}: {value!r} fits none of {node['anyOf']}"]
    if "oneOf" in node:
        mapping = node["discriminator"]["mapping"]
        key = value.get(node["discriminator"]["propertyName"]) if isinstance(value, dict) else None
        if key not in mapping:
            return [f"{where}: expected a key among {sorted(mapping)}; got {key!r}"]
        return problems(value, {"$ref": mapping[key]}, root, where)
    if "enum" in node and value not in node["enum"]:
        return [f"{where}: expected one of {node['enum']}; got {value!r}"]
    if "const" in node and value != node["const"]:
        return [f"{where}: expected {node['const']!r}; got {value!r}"]
    kinds = {"string": str, "integer": int, "object": dict, "array": list, "null": type(None)}
    if "type" in node and not isinstance(value, kinds[node["type"]]):
        return [f"{where}: expected {node['type']}; got {value!r}"]
    if node.get("format") == "date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return [f"{where}: expected a date; got {value!r}"]
    found: list[str] = []
    if isinstance(value, dict):
        properties = node.get("properties", {})
        found += [
            f"{where}: lacks {name}" for name in node.get("required", ()) if name not in value
        ]
        for name, item in value.items():
            if name in properties:
                found += problems(item, properties[name], root, f"{where}.{name}")
            elif isinstance(node.get("additionalProperties"), dict):
                found += problems(item, node["additionalProperties"], root, f"{where}.{name}")
            elif node.get("additionalProperties") is False:
                found.append(f"{where}: has {name}, which the schema does not name")
    if isinstance(value, list) and "items" in node:
        for number, item in enumerate(value):
            found += problems(item, node["items"], root, f"{where}[{number}]")
    return found


def test_the_published_schema_is_the_generated_one() -> None:
    """The handbook's schema file is what `mdrules schema` prints: regenerate it after a change."""
    generated = json.dumps(schema(RULESETS.rules.values()), ensure_ascii=False, indent=2) + "\n"
    assert PUBLISHED.read_text(encoding="utf-8") == generated, (
        f"expected {PUBLISHED} to be the generated schema; run: mdrules schema > {PUBLISHED.name}"
    )


def test_the_checker_finds_what_breaks_the_schema() -> None:
    """The schema checker of these tests refuses a wrong machine value, outcome and field."""
    decision = haarlem.office_holder(Role.EMPLOYEE)
    good = answer(RULESETS.rules["haarlem.office-holder"], decision)
    assert problems(good, published(), published()) == []
    for change in ({"answer": "information"}, {"outcome": "not_allowed"}, {"extra": 1}):
        assert problems({**good, **change}, published(), published()) != []


@pytest.mark.parametrize("question", RULES, ids=lambda question: question.key)
def test_every_answer_fits_the_published_schema(question: Rule) -> None:
    """Each answer of each question, in both languages, is valid under the published schema."""
    root = published()
    answered = 0
    for inputs, decision in calls(question):
        for language in ("nl", "en"):
            data = json.loads(json.dumps(answer(question, decision, language)))
            assert problems(data, root, root) == [], f"{question.key} {inputs}"
            answered += 1
    assert answered > 0


@pytest.mark.parametrize("question", RULES, ids=lambda question: question.key)
def test_each_question_answers_with_its_kind_s_values(question: Rule) -> None:
    """The machine field takes the documented values of the question's kind, and the outcome fits.

    A yes/no question never answers "information", a question of permission never "yes".
    """
    for inputs, decision in calls(question):
        data = answer(question, decision)
        assert data["kind"] == question.answer.value
        assert decision.outcome in KIND_OUTCOMES[question.answer], f"{question.key} {inputs}"
        machine = data["answer"]
        if question.answer in {AnswerKind.PERMISSION, AnswerKind.YES_NO}:
            assert machine in KIND_VALUES[question.answer]
            assert machine == decision.outcome.value.replace("_", "-")
        elif question.answer is AnswerKind.DEADLINE:
            assert machine["status"] in KIND_VALUES[AnswerKind.DEADLINE]
            assert (machine["date"] is None) is (machine["status"] == "not-applicable")
        elif question.answer is AnswerKind.OPEN_CLOSED:
            assert set(machine.values()) <= KIND_VALUES[AnswerKind.OPEN_CLOSED]
            assert machine
        else:
            assert machine == data["steps"]


def test_a_rule_whose_outcome_does_not_fit_its_kind_is_refused() -> None:
    """A yes/no question that answers "allowed" is an author's mistake, reported as such."""

    @rule(HAARLEM, "demo", "2.1", title=N_("Een demovraag."), answer=AnswerKind.YES_NO)
    def demo() -> Decision:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=cite(HAARLEM, "2.1"),
            explanation=Message(text="Demo."),
        )

    with pytest.raises(DefinitionError, match=r"answers a yes-no question: expected an outcome"):
        demo()


def test_a_rule_without_a_dutch_title_is_refused_at_its_place() -> None:
    """A rule needs a title marked with N_, or the list of questions has no line for it."""
    for title in (None, "Whether it is a demo.", N_("")):
        with pytest.raises(DefinitionError, match=r"test_answers\.py:\d+\) has no title"):

            @rule(HAARLEM, "demo", "2.1", title=title)  # type: ignore[arg-type]
            def demo() -> Decision:
                raise AssertionError


def test_every_question_has_its_title_in_dutch_and_english() -> None:
    """Each title is Dutch, and translated into English."""
    for question in RULESETS.rules.values():
        assert question.title_in("nl") == question.title
        assert question.title_in("en") not in {"", question.title}, question.key


def ask_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    """Return the JSON answer of the command to a question."""
    assert main(["ask", "--json", *argv]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_questions_of_fact_answer_yes_or_no(capsys: pytest.CaptureFixture[str]) -> None:
    """A committee member is an ambtsdrager and an employee is not: yes and no, not information."""
    member = ask_json(capsys, "haarlem", "office-holder", "--role", "commissielid")
    employee = ask_json(capsys, "haarlem", "office-holder", "--role", "employee")
    assert (member["outcome"], member["answer"]) == ("yes", "yes")
    assert (employee["outcome"], employee["answer"]) == ("no", "no")
    battery = ask_json(capsys, "haarlem", "defective-device", "--problem", "matige-batterij")
    assert (battery["outcome"], battery["answer"]) == ("no", "no")
    small = ask_json(capsys, "haarlem", "icloud-storage", "--storage-gb", "4")
    large = ask_json(capsys, "haarlem", "icloud-storage", "--storage-gb", "8")
    assert (small["answer"], large["answer"]) == ("yes", "no")


def test_a_deadline_says_whether_it_is_met(capsys: pytest.CaptureFixture[str]) -> None:
    """An on-time, a due and an overdue review differ in the machine field, not only in words."""
    statuses = [
        ask_json(capsys, "haarlem", "review", "--last-review", "2019-10-30", "--on", on)["answer"]
        for on in ("2019-11-01", "2020-04-10", "2020-05-01")
    ]
    assert statuses == [
        {"date": "2020-04-30", "status": status} for status in ("on-time", "due", "overdue")
    ]


def test_support_says_which_channel_is_open(capsys: pytest.CaptureFixture[str]) -> None:
    """On a Saturday morning the servicedesk is closed and the ICT-Loket open, as data."""
    data = ask_json(capsys, "haarlem", "support", "--moment", "2026-11-28T10:00")
    assert data["answer"] == {
        "servicedesk-iv": "closed",
        "fix": "open",
        "ict-loket": "open",
        "ict-loket-zandvoort": "closed",
    }
    [desk, *_] = data["steps"]
    assert {"kind": "phone", "address": "0235115252", "uri": "tel:+31235115252"} in desk["contacts"]


def test_steps_carry_their_contacts(capsys: pytest.CaptureFixture[str]) -> None:
    """A step that names an e-mail address carries it as a contact with its mailto: address."""
    data = ask_json(
        capsys, "haarlem", "incident", "--moment", "2026-11-28T10:00", "--event", "loss"
    )
    contacts = [contact for step in data["answer"] for contact in step["contacts"]]
    assert any(re.fullmatch(r"mailto:\S+@haarlem\.nl", c["uri"]) for c in contacts), contacts
