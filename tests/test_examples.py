"""Worked examples: a situation in words and the rules' answer in the page's language, no code."""

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT

MakeApp = Callable[..., Any]

CONF = (
    'extensions = ["myst_parser", "sphinx.ext.doctest", "mdrules.sphinxext"]\n'
    'myst_enable_extensions = ["colon_fence"]\n'
    f'locale_dirs = ["locale", "{ROOT / "locale"}"]\ngettext_compact = False\n'
)
SITUATION = "Je telefoon wordt op zaterdag 21 november 2026 om 23:30 gestolen, bij een inbraak."
CODE = """>>> import datetime as dt
>>> from mdrules.regulations import haarlem
>>> print(haarlem.incident(dt.datetime(2026, 11, 21, 23, 30), haarlem.Incident.THEFT,
...     burglary=True))
Verplicht: Het is 21 november 2026 23:30, buiten kantooruren ...
Grondslag: Haarlem 2.3.8; Haarlem 2.3.9; Haarlem 2.7.3
"""


def page(situation: str = SITUATION, code: str = CODE) -> str:
    """Return a FAQ page with one example of one case."""
    return (
        "# Vragen\n\n(faq-diefstal)=\n## Mijn telefoon is gestolen\n\nBel de servicedesk.\n\n"
        f":::{{example}}\n{situation}\n\n```{{doctest}}\n{code}```\n:::\n"
    )


PO = f"""msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Vragen"
msgstr "Questions"

msgid "Mijn telefoon is gestolen"
msgstr "My phone was stolen"

msgid "Bel de servicedesk."
msgstr "Call the service desk."

msgid "{SITUATION}"
msgstr "Your phone is stolen on Saturday 21 November 2026 at 23:30, in a burglary."
"""


def build(make_app: MakeApp, srcdir: Path, text: str, language: str = "nl") -> tuple[str, str]:
    """Build a one-page project; return the page's HTML and the warnings."""
    (srcdir / "conf.py").write_text(CONF + f'language = "{language}"\n', encoding="utf-8")
    (srcdir / "index.md").write_text("# Index\n\n```{toctree}\nfaq\n```\n", encoding="utf-8")
    (srcdir / "faq.md").write_text(text, encoding="utf-8")
    catalog = srcdir / "locale/en/LC_MESSAGES/faq.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(PO, encoding="utf-8")
    app = make_app("html", srcdir=srcdir)
    app.build()
    html = (Path(app.outdir) / "faq.html").read_text(encoding="utf-8")
    return html, app.warning.getvalue()


def reader_text(html: str) -> str:
    """Return the page's HTML without the folded code, which only authors open."""
    return re.sub(r'<details class="md-example-code".*?</details>', "", html, flags=re.DOTALL)


def test_an_example_shows_the_situation_and_the_answer_in_words(
    make_app: MakeApp, tmp_path: Path
) -> None:
    """The reader sees the situation and the rendered decision, with its steps and articles."""
    html, warnings = build(make_app, tmp_path, page())
    assert warnings == ""
    assert '<details class="md-aside md-example">' in html
    assert f"<p>{SITUATION}</p>" in html
    assert '<strong class="md-outcome">Verplicht:</strong>' in html
    assert '<a class="reference external" href="mailto:' in html
    assert "Zo rekent de regel" in html  # the code is still there for authors, folded
    assert 'href="#haarlem-2-3-8"' not in html  # not on this page: resolved to the regulation
    text = reader_text(html)
    assert "&gt;&gt;&gt;" not in text
    assert "print(" not in text
    assert "haarlem.Incident" not in text
    assert "Zo rekent de regel" in html  # the code is still there for authors, folded


def test_the_english_edition_answers_in_english(make_app: MakeApp, tmp_path: Path) -> None:
    """The situation comes from the catalog and the decision is rendered in English."""
    html, warnings = build(make_app, tmp_path, page(), language="en")
    assert warnings == ""
    assert "Your phone is stolen on Saturday 21 November 2026 at 23:30" in html
    assert '<strong class="md-outcome">Required:</strong>' in html
    text = reader_text(html)
    assert "Verplicht" not in text
    assert "Grondslag" not in text
    assert "How the rule computes this" in html


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (page(situation=""), 11, "expected the situation in words"),
        (page(code=CODE.replace("Verplicht", "Toegestaan")), 14, "no longer matches"),
        (page(code=">>> print('geen besluit')\ngeen besluit\n"), 11, "print the decisions of"),
        (page(code=">>> print(haarlem.nothing())\n"), 12, "raised NameError"),
    ],
)
def test_a_wrong_example_is_reported_at_its_line(
    make_app: MakeApp, tmp_path: Path, text: str, line: int, message: str
) -> None:
    """A missing situation, a stale answer, a print that is no decision, a failing call."""
    _html, warnings = build(make_app, tmp_path, text)
    assert re.search(f"faq.md:{line}: WARNING: [^\n]*{message}", warnings), warnings
