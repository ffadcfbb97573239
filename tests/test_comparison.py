"""The comparison page: the same questions put to both regulations' rules, at build time."""

import pytest

from conftest import Build
from mdrules.i18n import translate
from mdrules.parameters import Parameter
from mdrules.regulations import RULESETS, haarlem
from mdrules.regulations.comparison import TOPICS
from mdrules.sphinxext.content.comparison import _answer


def test_every_topic_asks_both_regulations() -> None:
    """Each topic has a question for each regulation, and each names an existing rule."""
    rules = RULESETS.rules
    assert len(TOPICS) >= 6
    for topic in TOPICS:
        asked = {question.rule.split(".")[0] for question in topic.questions}
        assert asked == {"haarlem", "leeuwarden"}, topic.title
        for question in topic.questions:
            assert question.rule in rules


@pytest.mark.parametrize(
    ("build_name", "language"), [("dutch_build", "nl"), ("english_build", "en")]
)
def test_the_page_shows_the_rules_answers(
    request: pytest.FixtureRequest, build_name: str, language: str
) -> None:
    """Every answer on the page is the rule's explanation in the page's language."""
    build: Build = request.getfixturevalue(build_name)
    html = build.page("faq/vergelijking")
    rules = RULESETS.rules
    for topic in TOPICS:
        assert translate(topic.title, language) in html
        for question in topic.questions:
            decision = rules[question.rule].function(**question.arguments)
            explanation = decision.explanation.render(language)
            assert explanation.replace("&", "&amp;") in html, question.caption
            for citation in decision.citations:
                assert f"#{citation.label}" in html


def test_a_changed_parameter_changes_the_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page is computed: with another forbidden code, 1234 is allowed and the answer says so."""
    question = next(
        q for topic in TOPICS for q in topic.questions if q.rule == "haarlem.security-code"
    )
    before = _answer(question, "nl").astext()
    assert "Niet toegestaan" in before
    changed = Parameter[tuple[str, ...]](
        key="haarlem.forbidden_codes",
        value=("0000", "9999"),
        citation=haarlem.FORBIDDEN_CODES.citation,
        description=haarlem.FORBIDDEN_CODES.description,
    )
    monkeypatch.setattr(haarlem.s2_3_15_16_security, "FORBIDDEN_CODES", changed)
    after = _answer(question, "nl").astext()
    assert after != before
    assert "Toegestaan: De code 1234 is toegestaan: het is niet 0000 of 9999." in after


def test_columns_name_the_municipalities(dutch_build: Build, english_build: Build) -> None:
    """Each column is headed by the municipalities, with their names' capitals kept."""
    assert "Gemeenten Haarlem &amp; Zandvoort" in dutch_build.page("faq/vergelijking")
    assert "Municipalities of Haarlem &amp; Zandvoort" in english_build.page("faq/vergelijking")
