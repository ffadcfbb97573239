"""The Sphinx extension: provisions, defined terms and facts, built in small test projects."""

import re
from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

CONF = (
    'extensions = ["myst_parser", "mdrules.sphinxext"]\nmyst_enable_extensions = ["colon_fence"]\n'
)
INDEX = "# Index\n\n```{toctree}\nhaarlem/beleid\nleeuwarden/regeling\n```\n"

MakeApp = Callable[..., Any]


def build(
    make_app: MakeApp, srcdir: Path, pages: dict[str, str], language: str = "en"
) -> tuple[Path, str]:
    """Build a project made of `pages` in a language; return its output folder and its warnings."""
    (srcdir / "conf.py").write_text(CONF, encoding="utf-8")
    for name, text in {"index.md": INDEX, **pages}.items():
        path = srcdir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    app = make_app("html", srcdir=srcdir, confoverrides={"language": language})
    app.build()
    return Path(app.outdir), app.warning.getvalue()


HAARLEM = """# Beleid

(haarlem-2-3)=
## 2.3 Gebruik

:::{provision} 2.3.15
Opslag in de iCloud.
:::

:::{provision} 2.3.16
Een mobile device dient beveiligd te zijn (zie {ref}`haarlem-2-3-15`).
:::
"""

LEEUWARDEN = """# Regeling

(leeuwarden-1)=
## Artikel 1

:::::{provision} 1.2
Met {defn}`middelen` wordt bedoeld:

::::{provision} 1.2.a
ICT-middelen:

:::{provision} 1.2.a.i
:marker: i)
Devices.
:::
::::
:::::

Zie {ref}`middelen <leeuwarden-term-middelen>`.
"""


def test_provisions_render_as_a_list_with_permalinks(make_app: MakeApp, tmp_path: Path) -> None:
    """Consecutive provisions form one list; each marker links to the provision's own label."""
    outdir, warnings = build(
        make_app, tmp_path, {"haarlem/beleid.md": HAARLEM, "leeuwarden/regeling.md": LEEUWARDEN}
    )
    # The test pages hold few provisions, so the coverage check has much to say; nothing else.
    other = [line for line in warnings.splitlines() if "[mdrules.coverage]" not in line]
    assert other == []
    html = (outdir / "haarlem/beleid.html").read_text(encoding="utf-8")
    assert html.count('<ol class="md-provisions">') == 1
    assert '<li class="md-provision" id="haarlem-2-3-16">' in html
    assert '<a class="md-marker" href="#haarlem-2-3-16"' in html
    assert 'href="#haarlem-2-3-15"' in html
    assert ">2.3.15</span></a>" in html  # {ref} without a title shows the number


def test_nested_provisions_show_their_own_markers(make_app: MakeApp, tmp_path: Path) -> None:
    """Leeuwarden shows the last part of the number, or the marker the page sets."""
    outdir, _warnings = build(
        make_app, tmp_path, {"haarlem/beleid.md": HAARLEM, "leeuwarden/regeling.md": LEEUWARDEN}
    )
    html = (outdir / "leeuwarden/regeling.html").read_text(encoding="utf-8")
    for label, marker in [("1-2", "2."), ("1-2-a", "a."), ("1-2-a-i", "i)")]:
        assert f'id="leeuwarden-{label}"' in html
        assert f'href="#leeuwarden-{label}" title="Link to this provision">{marker}</a>' in html
    assert '<dfn class="md-dfn" id="leeuwarden-term-middelen">middelen</dfn>' in html
    assert 'href="#leeuwarden-term-middelen"' in html


@pytest.mark.parametrize(
    ("page", "text", "message"),
    [
        ("faq.md", ":::{provision} 2.3.16\nX\n:::\n", "a provision belongs on a regulation page"),
        (
            "haarlem/beleid.md",
            ":::{provision} 2..3\nX\n:::\n",
            "provision number: expected a dot-separated number such as 2.3.16 or 4a.1.c, "
            "got '2..3'",
        ),
        (
            "haarlem/beleid.md",
            "{regulation}`haarlem:colour`",
            "expected REGULATION:FIELD with REGULATION one of haarlem, leeuwarden and FIELD one of",
        ),
        ("faq.md", "{defn}`Gebruiker`", "a term definition belongs on a regulation page"),
    ],
)
def test_bad_markup_is_reported_with_what_was_expected(
    make_app: MakeApp, tmp_path: Path, page: str, text: str, message: str
) -> None:
    """Misused directives and roles give a warning that says what was expected and what came."""
    _outdir, warnings = build(make_app, tmp_path, {page: "# T\n\n" + text})
    assert message in warnings


def test_a_provision_defined_twice_is_reported(make_app: MakeApp, tmp_path: Path) -> None:
    """The same number twice on a page is a duplicate label."""
    text = HAARLEM + ":::{provision} 2.3.16\nNog eens.\n:::\n"
    _outdir, warnings = build(make_app, tmp_path, {"haarlem/beleid.md": text})
    assert "provision 2.3.16 (label haarlem-2-3-16) is defined twice" in warnings


def test_facts_render_from_the_registry(make_app: MakeApp, tmp_path: Path) -> None:
    """Version and date come from the registry, formatted for the build's language."""
    text = "# T\n\n{regulation}`haarlem:version` {regulation}`haarlem:version_date`\n"
    outdir, _warnings = build(make_app, tmp_path, {"about.md": text})
    html = (outdir / "about.html").read_text(encoding="utf-8")
    assert "1.04" in html
    assert "30 October 2019" in html


def test_a_rule_citing_a_missing_article_fails_the_build(make_app: MakeApp, tmp_path: Path) -> None:
    """A rule whose article is not in the handbook is named, with its module and line."""
    _outdir, warnings = build(make_app, tmp_path, {"haarlem/beleid.md": HAARLEM})
    cited = (
        r"rule haarlem\.replacement \(\S+/s2_4_devices\.py:\d+\) cites haarlem 2\.4\.6, "
        r"which its page \S*haarlem/beleid\.md does not have"
    )
    assert re.search(cited, warnings), warnings


def test_an_unclassified_part_fails_the_build(make_app: MakeApp, tmp_path: Path) -> None:
    """A part that no rule cites and no classification covers is named."""
    text = HAARLEM + ":::{provision} 2.3.99\nNieuw.\n:::\n"
    _outdir, warnings = build(make_app, tmp_path, {"haarlem/beleid.md": text})
    assert "haarlem 2.3.99 (haarlem-2-3-99) is neither cited by a rule nor classified" in warnings


def test_an_encoded_part_needs_an_example(make_app: MakeApp, tmp_path: Path) -> None:
    """A provision a rule cites but with no example under it is named."""
    _outdir, warnings = build(make_app, tmp_path, {"haarlem/beleid.md": HAARLEM})
    pattern = r"haarlem-2-3-16 is encoded by .*haarlem.security-code.* but has no example"
    assert re.search(pattern, warnings)


def test_parameter_role_renders_the_value(make_app: MakeApp, tmp_path: Path) -> None:
    """The page shows the parameter's value; an unknown key or form is an error."""
    text = (
        "# T\n\n{param}`haarlem.depreciation_laptop_months` maanden, "
        "{param}`haarlem.forbidden_codes:or`, {param}`haarlem.nope`, "
        "{param}`haarlem.forbidden_codes:dashed`\n"
    )
    outdir, warnings = build(make_app, tmp_path, {"about.md": text})
    html = (outdir / "about.html").read_text(encoding="utf-8")
    assert '<span class="md-param">48</span> maanden' in html
    assert '<span class="md-param">0000 or 1234</span>' in html
    assert "expected a parameter key such as" in warnings
    assert "got 'haarlem.nope'" in warnings
    assert "cannot be shown in form 'dashed'" in warnings


def test_contacts_are_links_a_phone_opens(make_app: MakeApp, tmp_path: Path) -> None:
    """A phone number is a ``tel:`` link in E.164 form, an e-mail address a ``mailto:`` link.

    The internal extension dials only inside the municipality's exchange: it stays text.
    """
    text = (
        "# T\n\n{param}`haarlem.servicedesk_phone:dashed`, "
        "{param}`haarlem.servicedesk_phone:plain`, {param}`haarlem.servicedesk_phone:extension`, "
        "{param}`haarlem.servicedesk_email`\n"
    )
    outdir, warnings = build(make_app, tmp_path, {"about.md": text})
    html = (outdir / "about.html").read_text(encoding="utf-8")
    assert "about.md:3" not in warnings
    # Sphinx cloaks an e-mail address with character references; a browser reads them as text.
    link = r'<a class="[^"]*md-param[^"]*" href="([^"]+)">(.+?)</a>'
    links = {
        re.sub("<[^>]+>", "", unescape(shown)): unquote(unescape(href))
        for href, shown in re.findall(link, html)
    }
    assert links == {
        "023-5115252": "tel:+31235115252",
        "0235115252": "tel:+31235115252",
        "servicedesk.iv@haarlem.nl": "mailto:servicedesk.iv@haarlem.nl",
    }
    assert '<span class="md-param">5252</span>' in html


COMMAND_LINE = "# T\n\n:::{option-values}\n:::\n\n:::{question-options}\n:::\n"
"""A page with the command line's lists of values and of questions."""


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nl", ("; in het Nederlands ook ", "Opties: ", "Geen opties.")),
        ("en", ("; in Dutch also ", "Options: ", "No options.")),
    ],
)
def test_the_command_line_lists_speak_the_editions_language(
    make_app: MakeApp, tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    """Values and questions are listed in the edition's language, each question by its title."""
    outdir, _warnings = build(make_app, tmp_path, {"about.md": COMMAND_LINE}, language)
    text = re.sub(r"<[^>]+>", "", unescape((outdir / "about.html").read_text(encoding="utf-8")))
    also, options, none = words
    assert "--event: damage, loss, theft" + also + "schade, verlies, diefstal" in text
    title = "Of de ambtsdrager de simkaart" if language == "nl" else "Whether the office holder"
    assert f"haarlem sim-removal (permission): {title}" in text
    assert options + "--code, [--kind]" in text
    assert text.count(none) == 1  # haarlem sim-removal asks for nothing


NAVIGATION_PAGES = {
    "index.md": "# Start\n\n```{toctree}\n:caption: Regelingen\n\nhaarlem/beleid\nfaq/index\n```\n"
    "\n"
    "```{toctree}\n:caption: Over\n:hidden:\n\nover\n```\n",
    "haarlem/beleid.md": HAARLEM,
    "faq/index.md": "# Vragen\n\n```{toctree}\nhaarlem\ndiep/index\n```\n",
    "faq/haarlem.md": "# Vragen over Haarlem\n\n## Een sectie\n",
    "faq/diep/index.md": "# Diep\n\n```{toctree}\nblad\n```\n",
    "faq/diep/blad.md": "# Blad\n",
    "over.md": '# Over & "dit" <handboek>\n',
}


def build_navigation(make_app: MakeApp, srcdir: Path, more: str = "") -> tuple[Any, list[str]]:
    """Build a Furo project of several levels, checking each page's navigation against Furo's."""
    conf = CONF + 'html_theme = "furo"\nmdrules_check_navigation = True\n' + more
    (srcdir / "conf.py").write_text(conf, encoding="utf-8")
    for name, text in NAVIGATION_PAGES.items():
        (srcdir / name).parent.mkdir(parents=True, exist_ok=True)
        (srcdir / name).write_text(text, encoding="utf-8")
    app = make_app("html", srcdir=srcdir)
    trees: list[str] = []

    def keep(*args: object) -> None:
        context = args[3]
        assert isinstance(context, dict)
        trees.append(context["furo_navigation_tree"])

    app.connect("html-page-context", keep, priority=900)
    app.build()
    return app, trees


def test_navigation_is_furos_own_on_every_page(make_app: MakeApp, tmp_path: Path) -> None:
    """Each page's tree, made once and marked per page, is the one Furo makes for that page."""
    app, trees = build_navigation(make_app, tmp_path)
    assert "expected the navigation" not in app.warning.getvalue()
    outdir = Path(app.outdir)
    blad = (outdir / "faq/diep/blad.html").read_text(encoding="utf-8")
    assert '<a class="current reference internal" href="#">Blad</a>' in blad
    assert 'href="../../haarlem/beleid.html"' in blad
    assert blad.count('checked=""') == 2  # Vragen and Diep are open
    assert 'class="toctree-l3 current current-page"' in blad
    start = (outdir / "index.html").read_text(encoding="utf-8")
    assert 'class="current' not in start.split('class="sidebar-tree"')[1].split("</div>")[0]
    assert len(set(trees)) >= 6  # the pages differ in links and branch


def test_navigation_check_reports_a_difference(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the tree made once would differ from Furo's on a page, the build warns."""
    from mdrules.sphinxext.content.navigation import Tree

    monkeypatch.setattr(Tree, "for_page", lambda *args: "<ul></ul>")
    app, _trees = build_navigation(make_app, tmp_path)
    assert "expected the navigation of faq/diep/blad to be Furo's own" in app.warning.getvalue()


def _sidebar(outdir: Path, page: str) -> str:
    html = (outdir / page).read_text(encoding="utf-8")
    return html.split('class="sidebar-tree"')[1].split("</div>")[0]


def test_a_folded_branch_shows_only_on_its_own_pages(make_app: MakeApp, tmp_path: Path) -> None:
    """Below a folded document the tree has items only on the pages of that branch."""
    app, _trees = build_navigation(
        make_app, tmp_path, 'mdrules_navigation_folded = ["faq/index"]\n'
    )
    assert "expected the navigation" not in app.warning.getvalue()
    outdir = Path(app.outdir)
    outside = _sidebar(outdir, "haarlem/beleid.html")
    assert (
        '<li class="toctree-l1"><a class="reference internal" href="../faq/index.html">' in outside
    )
    assert "Blad" not in outside
    assert "toctree-checkbox" not in outside
    for page in ("faq/index.html", "faq/diep/blad.html"):
        inside = _sidebar(outdir, page)
        assert "Blad" in inside
        assert 'checked=""' in inside
