"""The theme's stylesheet cut to what an edition can use: safe, copied as written, re-stamped."""

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import furo
import pytest
import tinycss2
from tinycss2.ast import AtRule, Node, QualifiedRule

from conftest import Build
from mdrules.errors import StylesheetError
from mdrules.sphinxext.content.assets import checksum
from mdrules.sphinxext.content.unused_css import (
    THEME,
    Source,
    asked_names,
    keep_used,
    names_in_pages,
    selectors,
)

MakeApp = Callable[..., Any]

FURO_CSS = Path(furo.__file__).parent / "theme" / "furo" / "static" / "styles" / "furo.css"


def every_asked_name(css: str) -> set[str]:
    """Return every class, id and attribute name some selector of a stylesheet asks for."""
    source = Source.of(css)
    names: set[str] = set()
    rules: list[Node] = list(tinycss2.parse_stylesheet(source.text))
    while rules:
        rule = rules.pop()
        if isinstance(rule, AtRule) and rule.content is not None:
            rules += tinycss2.parse_blocks_contents(rule.content)
        elif isinstance(rule, QualifiedRule):
            for selector, _begin, _end in selectors(source, rule, 0, 0):
                names |= asked_names(selector) or set()
    return names


def test_a_rule_keeps_the_selectors_that_can_match() -> None:
    """A selector naming a class no page has goes; the rule goes when none of its selectors stay."""
    css = ".a,.b>p{x:1}.c .a{y:2}#top,[data-x]{z:3}@media print{.c{w:4}}@media screen{.a{v:5}}"
    assert keep_used(css, {"a", "top"}) == ".a{x:1}#top{z:3}@media screen{.a{v:5}}"
    assert keep_used(css, set()) == ""


def test_what_the_cut_cannot_judge_stays() -> None:
    """Elements, what functions hold, namespaces, invalid ids, at-rules other than groups stay."""
    kept = (
        "p,*{a:1}",
        ":not(.gone) dt{b:2}",
        ":is(.gone,.also) dd{c:3}",
        "[svg|href],[*|lang]{d:4}",
        "#1a{e:5}",
        "@font-face{font-family:x}",
        "@keyframes spin{0%{f:6}}",
        "@media print{g:7}",  # declarations in a group: not read as rules
        '@import "other.css";',
    )
    css = "".join(kept)
    assert keep_used(css, set()) == css


def test_a_stylesheet_with_an_error_is_not_cut() -> None:
    """A stray brace or an unclosed block is an error that names what came, not a guess."""
    with pytest.raises(StylesheetError, match=r"expected a stylesheet without errors; got 'EOF"):
        keep_used(".a{x:1}}", {"a"})
    with pytest.raises(StylesheetError, match=r"expected a block in braces after '\.a'"):
        keep_used(".a{x:1", {"a"})


def test_with_every_name_present_furos_stylesheet_is_kept_as_written() -> None:
    """Nothing is lost or rewritten (strings keep their quotes); the source-map comment goes."""
    css = FURO_CSS.read_text(encoding="utf-8")
    names = every_asked_name(css)
    assert len(names) > 150
    whole = re.sub(r"\s*/\*# sourceMappingURL=[^*]*\*/\s*$", "", css)
    assert keep_used(css, names) == whole


def test_the_names_of_pages_count_where_markup_and_scripts_give_them() -> None:
    """Class and id values, attribute names (with or without value), and words of scripts."""
    page = (
        "<details open><summary class='x&amp;y z'>s</summary></details>"
        "<button onclick=\"this.classList.add('pressed')\" id=b>b</button>"
        '<script type="application/json">{"word": "there"}</script>'
        "<p>not-a-class text</p>"
        '<a title="1 > 0" class="after">a</a>'
    )
    names = names_in_pages([page])
    assert {"open", "x&y", "z", "onclick", "pressed", "b", "word", "there", "after"} <= names
    assert "not-a-class" not in names


def test_the_edition_serves_the_cut_stylesheet_and_names_its_checksum(dutch_build: Build) -> None:
    """furo.css is cut; what only scripts add stays; every page asks for the file as served."""
    served = (dutch_build.outdir / THEME).read_text(encoding="utf-8")
    whole = FURO_CSS.read_text(encoding="utf-8")
    assert len(served) < 0.85 * len(whole)
    assert ".versionadded" in whole
    assert ".versionadded" not in served  # no page says what version added something
    # Only furo.js gives these: classList "scrolled", and dataset.theme (data-theme).
    assert ".mobile-header.scrolled{" in served
    assert "body[data-theme=dark]{" in served
    stamp = f"furo.css?v={checksum(served.encode())}"
    outdir = dutch_build.outdir
    pages = {str(page.relative_to(outdir)): page.read_text() for page in outdir.rglob("*.html")}
    asking = [name for name, html in pages.items() if "furo.css?v=" in html]
    assert len(asking) > 50
    assert [name for name in asking if stamp not in pages[name]] == []


def test_a_stylesheet_that_cannot_be_read_is_served_whole(
    make_app: MakeApp, tmp_path: Path
) -> None:
    """The cut warns once, with the type ``mdrules.stylesheet``, and leaves the file as it is."""
    conf = 'extensions = ["myst_parser", "mdrules.sphinxext"]\nhtml_theme = "furo"\n'
    (tmp_path / "conf.py").write_text(conf, encoding="utf-8")
    (tmp_path / "index.md").write_text("# Start\n", encoding="utf-8")
    app = make_app("html", srcdir=tmp_path)
    broken = ".sidebar-tree{color:red}}"

    def break_stylesheet(app: Any, exception: Exception | None) -> None:  # noqa: ANN401 (Sphinx)
        (Path(app.outdir) / THEME).write_text(broken, encoding="utf-8")

    app.connect("build-finished", break_stylesheet, priority=800)
    app.build()
    warnings = app.warning.getvalue()
    assert f"{THEME} is served whole: expected a stylesheet without errors" in warnings
    assert warnings.count("[mdrules.stylesheet]") == 1
    assert (Path(app.outdir) / THEME).read_text(encoding="utf-8") == broken
