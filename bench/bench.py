"""Benchmark of the handbook's build and pages: `make bench` (a report, not a test).

Measures, on a copy of the repository in a temporary folder:
- the wall time of a clean build of both editions, and of the same Markdown built by a bare
  sphinx-build with only myst-parser (the ratio of the two). Each edition starts from an empty
  `_build` of its own run; as in `make html`, the English build reuses the API analysis that the
  Dutch build of the same run stored in `_build/doctrees/api-analysis/`;
- the time of a rebuild after one article is edited (Dutch edition, as an author previews);
- `make check` from an empty `_build` and after one article edit, and `make test`
  (`check_bench.py`);
- the size of an article page with all it loads (HTML, CSS, JS, fonts, images);
- a reader's first search: the bytes a query downloads and the time to its first result, in
  headless Chromium (`search_bench.py`);
- `make html` on a fresh copy without any release, and with a stored release snapshot (and its
  tag) of an earlier version of each regulation, which the page of changes compares with; the
  ratio of the two;
- the author's loop (`preview_bench.py`): a clean and an incremental Dutch build, the search
  index after each, and the time from saving an article edit to the page reloaded by
  `make preview`.

`python bench/bench.py --only release` (or `check`, `test`, `preview`) measures those figures
alone and
prints them, leaving bench/results.md and README.md as they are.

Writes bench/results.md and the figures between the bench markers of README.md.
"""

import datetime as dt
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from check_bench import Rows, Timer, check_figures, make_test_figures
from page_weight import on_demand_scripts, page_weight
from preview_bench import preview_figures
from search_bench import search_figures

ROOT = Path(__file__).resolve().parents[1]

BIN = Path(sys.executable).parent
TARGETS = {"ratio": 1.5, "rebuild": 3.0, "page_kb": 150.0, "release_ratio": 1.10}
ARTICLE = "haarlem/beleid"
# The bare build: myst-parser and Sphinx alone, with the same catalogs. The handbook's own
# directives and roles are known only as plain content (their text, rendered as Markdown), so the
# bare build renders the same text as ours, without any feature; without them it would skip every
# provision (most of an article page) and every example.
BARE_CONF = """
from docutils import nodes
from docutils.parsers.rst import Directive, directives

extensions = ["myst_parser"]
myst_enable_extensions = ["colon_fence", "attrs_block", "attrs_inline"]
locale_dirs = ["../locale"]
gettext_compact = False


class AnyOption(dict):
    def __contains__(self, name):
        return True

    def __missing__(self, name):
        return directives.unchanged


class Content(Directive):
    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec = AnyOption()

    def run(self):
        node = nodes.container()
        self.state.nested_parse(self.content, self.content_offset, node)
        return [node]


class Code(Content):
    def run(self):
        text = "\\n".join(self.content)
        return [nodes.literal_block(text, text)]


class Nothing(Content):
    def run(self):
        return []


def text_role(name, rawtext, text, lineno, inliner, options=None, content=()):
    return [nodes.Text(text)], []


def setup(app):
    for name in (
        "provision", "example", "faq-basis", "coverage", "comparison", "revisions", "changes",
        "version-line",
    ):
        app.add_directive(name, Content)
    app.add_directive("doctest", Code)
    app.add_directive("autodoc2-docstring", Nothing)
    for name in ("param", "regulation", "countries", "defn"):
        app.add_role(name, text_role)
"""


def timed(command: list[str], cwd: Path) -> float:
    """Run a command in the copy; return its wall time in seconds. A failure stops the benchmark.

    The copy's own package comes first on the path: the virtual environment is shared with the
    working tree, whose editable install would otherwise be imported.
    """
    env = {**os.environ, "PYTHONPATH": str(cwd / "src")}
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, check=False, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        tail = (result.stdout + result.stderr)[-2000:]
        msg = f"expected {' '.join(command)} to succeed; it exited {result.returncode}:\n{tail}"
        raise RuntimeError(msg)
    return time.perf_counter() - start


def sphinx(copy: Path, out: str, language: str, conf: Path, *, fresh: bool) -> list[str]:
    """Return a sphinx-build command for one edition."""
    command = [str(BIN / "sphinx-build"), "-q", "-b", "html", "-c", str(conf)]
    command += ["-D", f"language={language}", "-d", f"_build/doctrees/{out}-{language}"]
    return [*command, *(["-E"] if fresh else []), "docs", f"_build/{out}/{language}"]


def copy_repository() -> Path:
    """Copy the repository's tracked files (and node_modules) to a temporary folder."""
    target = Path(tempfile.mkdtemp(prefix="mdrules-bench-"))
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    for name in files:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target / name)
    if (ROOT / ".git").is_file():  # a git worktree: its .git names the repository's folder
        shutil.copy2(ROOT / ".git", target / ".git")
    else:
        shutil.copytree(ROOT / ".git", target / ".git")
    if (ROOT / "node_modules").exists():
        shutil.copytree(ROOT / "node_modules", target / "node_modules", symlinks=True)
    (target / ".venv").symlink_to(ROOT / ".venv")
    return target


GIT = ["git", "-c", "user.name=Bench", "-c", "user.email=bench@example.org"]
"""git, as the benchmark's own author, for the commits and tags of a copy."""


EARLIER = {"haarlem": ("1.04", "1.03"), "leeuwarden": ("2024", "2023")}
"""Each regulation's current version, and the earlier one its stored release stands for."""


def make_html(copy: Path) -> tuple[float, float]:
    """Return the wall and processor time of `make html` in a copy, from an empty `_build`.

    The processor time (of all its processes) weighs less on a machine busy with other work.
    """
    shutil.rmtree(copy / "_build", ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = timed(["make", "html"], copy)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def store_earlier_releases(copy: Path) -> None:
    """Store each regulation's release snapshot as that of an earlier version, and commit it.

    The snapshot is the current tree's (`mdrules release`), stored under an earlier version so
    that the page of changes compares with it, as after a new version in the register.
    """
    for regulation, (current, previous) in EARLIER.items():
        timed([str(BIN / "mdrules"), "release", regulation], copy)
        folder = copy / "src" / "mdrules" / "regulations" / regulation / "releases"
        snapshot = json.loads((folder / f"{current}.json").read_text(encoding="utf-8"))
        snapshot["registry"][regulation]["version"] = previous
        text = json.dumps(snapshot, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
        (folder / f"{previous}.json").write_text(text, encoding="utf-8")
        (folder / f"{current}.json").unlink()
    git = [*GIT, "-C", str(copy)]
    timed([*git, "add", "src/mdrules/regulations"], copy)
    timed([*git, "commit", "-q", "-m", "Stored releases"], copy)


def releases(copy: Path, *, stored: bool) -> None:
    """Put the stored releases and their tags in place, or take them away."""
    aside = copy.with_name(copy.name + "-releases")
    git = [*GIT, "-C", str(copy)]
    for regulation, (_current, previous) in EARLIER.items():
        folder = copy / "src" / "mdrules" / "regulations" / regulation / "releases"
        kept = aside / regulation
        if stored:
            shutil.move(kept, folder)
            timed([*git, "tag", f"{regulation}-{previous}"], copy)
        else:
            kept.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(folder, kept)
            timed([*git, "tag", "--delete", f"{regulation}-{previous}"], copy)


def release_figures(repeat: int = 3) -> list[tuple[str, str, str]]:
    """Time `make html` on a fresh copy without a release and with stored releases, in turns.

    Each figure is the shortest of ``repeat`` runs; the runs alternate, so that a machine that
    slows down or speeds up weighs on both alike.
    """
    copy = copy_repository()
    try:
        # A repository of its own: the copy's .git may be a worktree's, shared with this one.
        git = [*GIT, "-C", str(copy)]
        (shutil.rmtree if (copy / ".git").is_dir() else Path.unlink)(copy / ".git")
        timed([*git, "init", "-q", "-b", "main"], copy)
        (copy / ".git" / "info" / "exclude").write_text(".venv\nnode_modules\n", encoding="utf-8")
        timed([*git, "add", "-A"], copy)
        timed([*git, "commit", "-q", "-m", "Fresh copy"], copy)
        store_earlier_releases(copy)
        timed([*git, "tag", "haarlem-1.03"], copy)
        timed([*git, "tag", "leeuwarden-2023"], copy)
        without, with_release = [], []
        for _ in range(repeat):
            releases(copy, stored=False)
            without.append(make_html(copy))
            releases(copy, stored=True)
            with_release.append(make_html(copy))
        page = (copy / "_build" / "html" / "nl" / "wijzigingen.html").read_text(encoding="utf-8")
        if "vergeleken met de vorige release, haarlem-1.03." not in page:
            msg = "expected the page of changes to compare with the stored release haarlem-1.03"
            raise RuntimeError(msg)
    finally:
        shutil.rmtree(copy, ignore_errors=True)
        shutil.rmtree(copy.with_name(copy.name + "-releases"), ignore_errors=True)
    rows = []
    for index, unit in ((0, "wall"), (1, "processor")):
        plain = min(run[index] for run in without)
        stored = min(run[index] for run in with_release)
        rows += [
            (f"make html, fresh copy, no release ({unit})", f"{plain:.1f} s", ""),
            (f"make html, fresh copy, a stored release each ({unit})", f"{stored:.1f} s", ""),
            (
                f"ratio with / without a release ({unit})",
                f"{stored / plain:.2f}",
                f"at most {TARGETS['release_ratio']:.2f}",
            ),
        ]
    return rows


def in_a_copy(measure: Callable[[Timer, Path], Rows]) -> Rows:
    """Return the figures `measure` takes in a copy of the repository of its own."""
    copy = copy_repository()
    try:
        return measure(timed, copy)
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def author_figures() -> Rows:
    """Return the author's loop (``preview_bench``), measured on a copy of its own."""
    copy = copy_repository()
    try:
        return preview_figures(copy)
    finally:
        shutil.rmtree(copy, ignore_errors=True)


ONLY: dict[str, Callable[[], Rows]] = {
    "release": release_figures,
    "check": lambda: in_a_copy(check_figures),
    "test": lambda: in_a_copy(make_test_figures),
    "preview": author_figures,
}
"""The figures ``--only NAME`` takes and prints alone."""


def main(argv: list[str]) -> int:
    """Run the benchmark and write its figures; ``--only NAME`` prints those figures alone."""
    if len(argv) == 2 and argv[0] == "--only" and argv[1] in ONLY:
        rows = ONLY[argv[1]]()
        print("\n".join(f"| {name} | {figure} | {target} |" for name, figure, target in rows))
        return 0
    if argv:
        choices = " or ".join(f"--only {name}" for name in ONLY)
        print(f"expected no arguments, or {choices}; got {' '.join(argv)}", file=sys.stderr)
        return 2
    releases = release_figures()
    author = author_figures()
    copy = copy_repository()
    bare = Path(tempfile.mkdtemp(prefix="mdrules-bench-bare-"))
    (bare / "conf.py").write_text(BARE_CONF, encoding="utf-8")
    try:
        ours = sum(
            timed(sphinx(copy, "ours", lang, copy, fresh=True), copy) for lang in ("nl", "en")
        )
        plain = sum(
            timed(sphinx(copy, "bare", lang, bare, fresh=True), copy) for lang in ("nl", "en")
        )
        # The page and the index as the clean build made them (a rebuild keeps fewer index
        # entries of the pages it does not write again).
        site = copy / "_build" / "ours"
        weight, compressed = page_weight(site, f"nl/{ARTICLE}.html")
        searched = on_demand_scripts(site, f"nl/{ARTICLE}.html")
        search = search_figures(site)
        article = copy / "docs" / f"{ARTICLE}.md"
        article.write_text(article.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        rebuild = timed(sphinx(copy, "ours", "nl", copy, fresh=False), copy)
        checks = check_figures(timed, copy) + make_test_figures(timed, copy)
    finally:
        shutil.rmtree(copy, ignore_errors=True)
        shutil.rmtree(bare, ignore_errors=True)
    page_kb = sum(weight.values()) / 1024
    rows = [
        ("clean build, both editions", f"{ours:.1f} s", ""),
        ("bare sphinx-build + myst-parser, both editions", f"{plain:.1f} s", ""),
        ("ratio ours / bare", f"{ours / plain:.2f}", f"at most {TARGETS['ratio']}"),
        (
            "rebuild after one article edit (nl)",
            f"{rebuild:.1f} s",
            f"under {TARGETS['rebuild']:.0f} s",
        ),
        *checks,
        (
            f"article page {ARTICLE} (all it loads)",
            f"{page_kb:.0f} KB",
            f"under {TARGETS['page_kb']:.0f} KB",
        ),
        *(
            (f"  of which {kind}", f"{size / 1024:.1f} KB", "")
            for kind, size in sorted(weight.items())
        ),
        ("  the same, gzip-compressed", f"{compressed / 1024:.0f} KB", ""),
        ("  and, opened from the search, highlighting scripts", f"{searched / 1024:.1f} KB", ""),
        ("a search, from an empty cache: what a query downloads", f"{search['kb']:.0f} KB", ""),
        ("  the same, gzip-compressed", f"{search['gzip_kb']:.0f} KB", ""),
        ("  time to its first result (headless Chromium)", f"{search['ms']:.0f} ms", ""),
        *releases,
        *author,
    ]
    table = ["| measure | figure | target |", "| --- | --- | --- |"]
    table += [f"| {name} | {figure} | {target} |" for name, figure, target in rows]
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    note = (
        "Clean builds start from an empty `_build`; as in `make html`, the English build reuses the"
        " API analysis the Dutch build of the same run stored. The bare build knows the handbook's"
        " directives and roles only as plain content, so it renders the same text. The article"
        " page is the Dutch one, with all it loads when opened (HTML, CSS with the fonts and"
        " images it names, scripts, icons), uncompressed. A search is the median of readers'"
        " queries in both editions (`bench/search_bench.py`), each opening the search page with"
        " an empty cache."
    )
    text = f"Measured {stamp} with `make bench`, on this machine ({sys.platform}). {note}\n\n"
    text += "\n".join(table)
    (ROOT / "bench" / "results.md").write_text(f"# Benchmark\n\n{text}\n", encoding="utf-8")
    readme = ROOT / "README.md"
    content = readme.read_text(encoding="utf-8")
    start, end = "<!-- bench -->", "<!-- /bench -->"
    if start in content and end in content:
        before, rest = content.split(start, 1)
        after = rest.split(end, 1)[1]
        readme.write_text(f"{before}{start}\n{text}\n{end}{after}", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
