"""Benchmark of the handbook's build and pages: `make bench` (a report, not a test).

Measures, on a copy of the repository in a temporary folder:
- the wall time of a clean build of both editions, and of the same Markdown built by a bare
  sphinx-build with only myst-parser (the ratio of the two);
- the time of a rebuild after one article is edited (Dutch edition, as an author previews);
- the time of `make test`;
- the transfer size of an article page (HTML, CSS, JS, fonts, images) and of the search index.

Writes bench/results.md and the figures between the bench markers of README.md.
"""

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Response, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from browser import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402 (the tests' helper module)

BIN = Path(sys.executable).parent
TARGETS = {"ratio": 1.5, "rebuild": 3.0, "page_kb": 150.0}
ARTICLE = "haarlem/beleid"
BARE_CONF = 'extensions = ["myst_parser"]\nmyst_enable_extensions = ["colon_fence"]\n'


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
    shutil.copytree(ROOT / ".git", target / ".git")
    if (ROOT / "node_modules").exists():
        shutil.copytree(ROOT / "node_modules", target / "node_modules", symlinks=True)
    (target / ".venv").symlink_to(ROOT / ".venv")
    return target


def page_weight(site: Path, page: str) -> dict[str, int]:
    """Load a page in Chromium and add up what it transfers, by kind of resource."""
    sizes: dict[str, int] = {}
    with serve(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        tab = browser.new_page()

        def count(response: Response) -> None:
            kind = response.request.resource_type
            sizes[kind] = sizes.get(kind, 0) + len(response.body())

        tab.on("response", count)
        tab.goto(f"{url}/{page}", wait_until="networkidle")
        browser.close()
    return sizes


def main() -> int:
    """Run the benchmark and write its figures."""
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
        article = copy / "docs" / f"{ARTICLE}.md"
        article.write_text(article.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        rebuild = timed(sphinx(copy, "ours", "nl", copy, fresh=False), copy)
        test_time = timed(["make", "test"], copy)
        site = copy / "_build" / "ours"
        shutil.copy(copy / "site" / "index.html", site / "index.html")
        weight = page_weight(site, f"nl/{ARTICLE}.html")
        index_kb = {
            lang: (site / lang / "searchindex.js").stat().st_size / 1024 for lang in ("nl", "en")
        }
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
        ("make test", f"{test_time:.0f} s", ""),
        (
            f"article page {ARTICLE} (all it loads)",
            f"{page_kb:.0f} KB",
            f"under {TARGETS['page_kb']:.0f} KB",
        ),
        *(
            (f"  of which {kind}", f"{size / 1024:.1f} KB", "")
            for kind, size in sorted(weight.items())
        ),
        *((f"search index ({lang})", f"{kb:.0f} KB", "") for lang, kb in index_kb.items()),
    ]
    table = ["| measure | figure | target |", "| --- | --- | --- |"]
    table += [f"| {name} | {figure} | {target} |" for name, figure, target in rows]
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    text = f"Measured {stamp} with `make bench`, on this machine ({sys.platform}).\n\n" + "\n".join(
        table
    )
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
    sys.exit(main())
