"""The HTML report of two versions: a standalone, accessible, printable page."""

import ast
import re
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from mdrules.changes import wording
from mdrules.changes.compare import (
    ArticleChange,
    BehaviourChange,
    FactChange,
    ParameterChange,
    Report,
)
from mdrules.changes.redline import redline
from mdrules.history import document
from mdrules.history.document import render_document
from mdrules.history.terminal import summary

VOID = {"meta", "br", "wbr"}


class Page(HTMLParser):
    """A parsed page: checks that its tags balance, and keeps what the tests look at."""

    def __init__(self, html: str) -> None:
        """Parse a whole page."""
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[tuple[tuple[str, ...], str]] = []
        self.doctype = ""
        self.feed(html)
        self.close()
        assert self.open == [], f"tags left open: {self.open}"

    def handle_decl(self, decl: str) -> None:
        """Keep the doctype."""
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element, unless it is void."""
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Refuse XML's self-closing tags: the page is HTML."""
        raise AssertionError(f"self-closing <{tag}/> in an HTML page")

    def handle_endtag(self, tag: str) -> None:
        """Close the element last opened, which must be of the same kind."""
        assert tag not in VOID, f"</{tag}> closes a void element"
        assert self.open, f"</{tag}> closes nothing"
        opened = self.open.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>"

    def handle_data(self, data: str) -> None:
        """Keep a text with the elements it is in."""
        if data.strip():
            self.texts.append((tuple(self.open), data))

    def all(self, tag: str) -> list[dict[str, str | None]]:
        """Return the attributes of every element of a kind, in order."""
        return [attrs for name, attrs in self.tags if name == tag]

    def text(self) -> str:
        """Return the page's text, its style left out."""
        return " ".join(data for open_, data in self.texts if "style" not in open_)


def result(outcome: str, date: str | None = None, text: str = "") -> dict[str, Any]:
    """Return a rule's result as the probe records it."""
    return {
        "outcome": outcome,
        "articles": ["2.4.6"],
        "date": date,
        "conditions": [],
        "text": {"nl": text, "en": text},
    }


def change(
    rule: str, inputs: dict[str, Any], old: dict[str, Any], new: dict[str, Any]
) -> BehaviourChange:
    """Return a call whose result differs between the versions."""
    return BehaviourChange(
        regulation="haarlem", rule=rule, inputs=inputs, origin="tests/x.py::t[a]", old=old, new=new
    )


def sample() -> Report:
    """Return a report with something of every kind, for Haarlem; Leeuwarden unchanged."""
    return Report(
        old="v1.04",
        new="v1.05",
        regulations=("haarlem", "leeuwarden"),
        facts=(FactChange(regulation="haarlem", field="date", old="2019-10-30", new=None),),
        articles=(
            ArticleChange(
                regulation="haarlem",
                kind="changed",
                old_label="haarlem-2-4-6",
                new_label="haarlem-2-4-6",
                old_number="2.4.6",
                new_number="2.4.6",
                nl=redline("De termijn is 36 maanden.", "De termijn is 48 maanden."),
                en=redline("The period is 36 months.", "The period is 48 months."),
            ),
            ArticleChange(
                regulation="haarlem",
                kind="added",
                old_label=None,
                new_label="haarlem-2-4-7",
                old_number=None,
                new_number="2.4.7",
                nl=redline("", "Nieuw <script>alert(1)</script> & meer."),
                en=None,
            ),
        ),
        parameters=(
            ParameterChange(
                key="haarlem.months",
                regulation="haarlem",
                article="2.4.6",
                description="Depreciation period, in months.",
                kind="changed",
                old={"nl": "36", "en": "36"},
                new={"nl": "48 <b>", "en": "48 <b>"},
            ),
        ),
        behaviour=(
            change(
                "haarlem.replacement",
                {"device": {"$enum": "DeviceKind", "value": "tablet"}},
                result("deadline", "2023-05-31"),
                result("deadline", "2024-05-31"),
            ),
            change("haarlem.security-code", {"code": "1111"}, result("allowed"), result("denied")),
        ),
        reworded=(
            change(
                "haarlem.security-code",
                {"code": "0000"},
                result("denied", text="niet 0000 of 1234"),
                result("denied", text="niet 0000, 1234 of 1111"),
            ),
        ),
        cases=12,
    )


EMPTY = Report(
    old="v1",
    new="v2",
    regulations=("haarlem", "leeuwarden"),
    facts=(),
    articles=(),
    parameters=(),
    behaviour=(),
    reworded=(),
    cases=3,
)


@pytest.mark.parametrize("report", [sample(), EMPTY], ids=["sample", "empty"])
def test_the_page_is_well_formed_and_standalone(report: Report) -> None:
    """Tags balance, ids are unique and every link finds its target; nothing is loaded."""
    html = render_document(report)
    page = Page(html)
    assert page.doctype.lower() == "doctype html"
    assert page.all("html") == [{"lang": "nl"}]
    assert page.all("meta")[0] == {"charset": "utf-8"}
    ids = [attrs["id"] for _tag, attrs in page.tags if "id" in attrs]
    assert len(ids) == len(set(ids))
    for link in page.all("a"):
        assert str(link["href"]).removeprefix("#") in ids
    for tag in ("script", "link", "img", "iframe", "object"):
        assert page.all(tag) == []
    assert not re.search(r"https?:|url\(|@import|src=", html)


def test_headings_descend_one_level_at_a_time() -> None:
    """One h1; no heading skips a level."""
    page = Page(render_document(sample()))
    levels = [int(tag[1]) for tag, _attrs in page.tags if re.fullmatch(r"h[1-6]", tag)]
    assert levels.count(1) == 1
    assert levels[0] == 1
    assert all(after <= before + 1 for before, after in pairwise(levels))


def test_tables_have_captions_and_scoped_headers() -> None:
    """Every table is named by a caption; every header cell says what it heads."""
    html = render_document(sample())
    page = Page(html)
    assert html.count("<table") == html.count("<caption") > 0
    assert all(attrs.get("scope") in ("col", "row") for attrs in page.all("th"))


def test_the_redline_shows_both_languages_marked() -> None:
    """Dutch and English side by side in their languages; changes in del/ins, announced."""
    html = render_document(sample())
    page = Page(html)
    cells = [attrs for attrs in page.all("td") if "lang" in attrs]
    assert [cell["lang"] for cell in cells[:2]] == ["nl", "en"]
    hidden = '<span class="visually-hidden" lang="nl">'
    removed = f"<del>{hidden}verwijderd: </span>36</del>"
    added = f"<ins>{hidden}toegevoegd: </span>48</ins>"
    assert f"is {removed} {added} maanden." in html
    assert f"is {removed} {added} months." in html
    assert "De Engelse tekst ontbreekt in een van de versies." in html


def test_text_is_escaped() -> None:
    """Markup in an article, a value or a version name is shown as text, never as markup."""
    report = sample().model_copy(update={"new": "<i>v2</i>"})
    html = render_document(report)
    page = Page(html)
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; meer." in html
    assert page.all("b") == []
    assert page.all("i") == []
    assert "<i>v2</i>" in page.text()


def test_the_sections_show_facts_parameters_and_outcomes() -> None:
    """Facts (an unstated one said so), parameters with their article, outcomes per rule."""
    html = render_document(sample())
    text = Page(html).text()
    assert "2019-10-30" in text
    assert "niet vermeld" in text
    assert "Haarlem 2.4.6" in text
    assert "haarlem.replacement (1)" in text
    assert "haarlem.security-code (1)" in text
    assert "<mark>2023-05-31</mark>" in html
    assert "<mark>2024-05-31</mark>" in html
    assert "<details><summary>Toon de aanroepen en hun teksten</summary>" in html
    assert "<ins>" in html.split("<details>")[1]
    assert wording.counts(sample(), "nl") in text


def test_an_unchanged_regulation_says_so() -> None:
    """Leeuwarden, unchanged in the sample, is still listed, with a sentence that says so."""
    html = render_document(sample())
    section = html[html.index('<h2 id="leeuwarden">') :]
    assert "Niets veranderd in tekst, parameters of uitkomsten." in section


def test_an_empty_report_says_nothing_changed() -> None:
    """An empty report has its title and the sentence, and no sections or tables."""
    page = Page(render_document(EMPTY))
    assert "Niets veranderd in tekst, parameters of uitkomsten." in page.text()
    assert "Wat veranderde van v1 naar v2" in page.text()
    assert page.all("table") == []
    assert page.all("h2") == []


def test_long_unchanged_text_is_shortened_around_the_change() -> None:
    """A long unchanged run keeps a dozen words either side of a change."""
    before = " ".join(f"w{i}" for i in range(100))
    segments = redline(f"{before} oud {before}", f"{before} nieuw {before}")
    article = sample().articles[0].model_copy(update={"nl": segments, "en": segments})
    html = render_document(sample().model_copy(update={"articles": (article,)}))
    assert '<td lang="nl" data-label="Nederlands">[…] w88 w89' in html
    assert "w98 w99 <del>" in html
    assert "</ins> w0 w1 " in html
    assert " w10 w11 […]</td>" in html
    assert "w12 " not in html
    assert "w87 " not in html


def test_the_output_is_deterministic() -> None:
    """The same report, even read back from JSON, gives the same bytes."""
    report = sample()
    again = Report.model_validate_json(report.model_dump_json())
    assert render_document(report) == render_document(report) == render_document(again)


def test_chrome_comes_from_the_catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    """In another language every heading and label of the page is the catalog's text."""
    monkeypatch.setattr(wording, "translate", lambda msgid, _language: f"⟦{msgid}⟧")
    html = render_document(sample(), "en")
    page = Page(html)
    assert page.all("html") == [{"lang": "en"}]
    headings = re.findall(r"<(h1|h3|summary|th scope=\"col\")>([^<]*)<", html)
    assert headings
    for _tag, text in headings:
        assert text.startswith("⟦"), text
    assert "⟦verwijderd⟧: " in html
    assert "⟦De Engelse tekst ontbreekt in een van de versies.⟧" in html


def test_the_markup_is_the_templates() -> None:
    """The module only gathers texts: no string of document.py holds a tag; the template does."""
    source = Path(document.__file__)
    strings = [
        node.value
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]
    tagged = [text for text in strings if re.search(r"<[a-z/!]", text) and ">>>" not in text]
    assert tagged == []
    template = source.with_name("templates") / "report.html"
    assert "<table>" in template.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("count", "nl", "en"),
    [
        (
            0,
            "0 artikelen, 0 parameters, 0 uitkomsten van 0 aanroepen",
            "0 articles, 0 parameters, 0 outcomes of 0 calls",
        ),
        (
            1,
            "1 artikel, 1 parameter, 1 uitkomst van 1 aanroep",
            "1 article, 1 parameter, 1 outcome of 1 call",
        ),
        (
            2,
            "2 artikelen, 2 parameters, 2 uitkomsten van 2 aanroepen",
            "2 articles, 2 parameters, 2 outcomes of 2 calls",
        ),
    ],
)
def test_counts_take_their_plural_form(count: int, nl: str, en: str) -> None:
    """0, 1 and 2 of each kind are counted in the plural form each language gives them."""
    report = sample()
    report = report.model_copy(
        update={
            "articles": report.articles[:1] * count,
            "parameters": report.parameters[:1] * count,
            "behaviour": report.behaviour[:1] * count,
            "reworded": report.reworded[:1] * count,
            "cases": count,
        }
    )
    assert wording.counts(report, "nl") == f"{nl} anders ({count} alleen anders verwoord)"
    assert wording.counts(report, "en") == f"{en} different ({count} only worded differently)"
    assert wording.counts(report, "nl") in Page(render_document(report)).text()


def steps(*texts: str) -> dict[str, list[str]]:
    """Return the steps of a result, the same in both languages."""
    return {"nl": list(texts), "en": list(texts)}


def test_a_changed_step_shows_in_the_outcomes() -> None:
    """Where only the steps differ, each side shows its steps, the words of its own marked."""
    call = result("required", text="Meld het.")
    mail = call | {"steps": steps("Mail naar x@example.org."), "contacts": ["x@example.org"]}
    bel = call | {"steps": steps("Bel 023-5115252."), "contacts": ["023-5115252"]}
    report = sample().model_copy(
        update={"behaviour": (change("haarlem.incident", {}, bel, mail),), "reworded": ()}
    )
    html = render_document(report)
    assert "<td>Verplicht (Haarlem 2.4.6): 1. <mark>Bel 023-5115252</mark>.</td>" in html
    assert "<td>Verplicht (Haarlem 2.4.6): 1. <mark>Mail naar x@example.org</mark>.</td>" in html
    contact = call | {"contacts": ["meldingen@example.org"]}
    shown = wording.outcome(contact, "haarlem", "nl", call | {"contacts": ["x@example.org"]})
    assert shown == "Verplicht (Haarlem 2.4.6): meldingen@example.org"
    assert wording.outcome(bel, "haarlem", "nl", bel) == "Verplicht (Haarlem 2.4.6)"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_decision_tables_not_asked_are_named(language: str) -> None:
    """A report made without pytest says which decision tables it could not ask, and why."""
    report = sample().model_copy(update={"skipped": ("tests/test_haarlem.py",)})
    note = wording.skipped(report, language)
    assert note is not None
    assert "tests/test_haarlem.py" in note
    assert "pip install pytest" in note
    assert f'<p class="note">{note}</p>' in render_document(report, language)
    assert note in summary(report, language)
    assert wording.skipped(sample(), language) is None
    assert "pytest" not in render_document(sample(), language)
