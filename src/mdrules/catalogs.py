"""The translation catalogs of the handbook: update them after a Dutch edit, and check them.

    python -m mdrules.catalogs update _build/gettext     # after `sphinx-build -b gettext`
    python -m mdrules.catalogs check _build/gettext      # the gate: exit 1 unless complete

A catalog is complete when it has every message of its page's template, each translated, none fuzzy,
and no obsolete entries. The API reference (``reference/api/``) is English in every edition and has
no catalog; the rest of the reference is translated like any page.
"""

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from mdrules.i18n import LOCALE_DIR as PACKAGE_LOCALE_DIR
from mdrules.messages import extract_package

ROOT = Path(__file__).resolve().parents[2]
LOCALE_DIR = ROOT / "locale"
TRANSLATED_LANGUAGES = ("en",)
EXCLUDED = ("reference/api/",)
"""The pages without a catalog: the API reference, English in every edition."""


@dataclass
class CatalogStatus:
    """The state of one page's catalog."""

    page: str
    messages: int = 0
    translated: int = 0
    fuzzy: list[str] = field(default_factory=list)
    untranslated: list[str] = field(default_factory=list)
    obsolete: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    """Messages of the page that the catalog does not have yet."""

    @property
    def complete(self) -> bool:
        """Whether the page can be published in the catalog's language."""
        return not (self.fuzzy or self.untranslated or self.obsolete or self.missing)


def templates(pot_dir: Path) -> dict[str, Path]:
    """Return the message templates of the translated pages, by page name."""
    found = {}
    for pot in sorted(pot_dir.rglob("*.pot")):
        page = pot.relative_to(pot_dir).with_suffix("").as_posix()
        if not page.startswith(EXCLUDED):
            found[page] = pot
    return found


def catalog_path(page: str, language: str, locale_dir: Path = LOCALE_DIR) -> Path:
    """Return where the catalog of a page lives."""
    return locale_dir / language / "LC_MESSAGES" / f"{page}.po"


def _read(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def _ids(catalog: Catalog) -> list[str]:
    return [str(message.id) for message in catalog if message.id]


def _entries(catalog: Catalog) -> list[tuple[str, str, bool]]:
    return [(str(m.id), str(m.string), m.fuzzy) for m in catalog if m.id] + [
        (str(key), "", True) for key in catalog.obsolete
    ]


def update(
    pot_dir: Path,
    language: str,
    *,
    prune: bool = False,
    locale_dir: Path = LOCALE_DIR,
    pages: frozenset[str] | None = None,
) -> list[CatalogStatus]:
    """Bring every catalog up to date with the templates; return what needs translating.

    A changed message keeps its old translation marked fuzzy; a removed one becomes obsolete until
    the translator has used it (``prune`` removes them). A file is written only when its messages
    change.
    """
    statuses = []
    for page, pot in templates(pot_dir).items():
        if pages is not None and page not in pages:
            continue
        template = _read(pot)
        path = catalog_path(page, language, locale_dir)
        merge(path, template, language, prune=prune)
        statuses.append(check_catalog(page, path, template, language))
    return statuses


def merge(path: Path, template: Catalog, language: str, *, prune: bool) -> None:
    """Merge a template into the catalog at `path`, creating it if need be.

    The file is written only when its messages change, so unchanged catalogs keep their bytes.
    """
    if path.exists():
        catalog = _read(path, language)
        before = _entries(catalog)
        catalog.update(template, update_header_comment=False, update_creation_date=False)
    else:
        catalog = Catalog(locale=language, project="mdrules", fuzzy=False)
        catalog.creation_date = template.creation_date
        before = []
        catalog.update(template)
    if prune:
        catalog.obsolete.clear()
    if _entries(catalog) != before:
        catalog.revision_date = template.creation_date
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100)


def check_catalog(page: str, path: Path, template: Catalog, language: str) -> CatalogStatus:
    """Return the state of one catalog against its page's template."""
    status = CatalogStatus(page)
    if not path.exists():
        status.missing = _ids(template)
        return status
    catalog = _read(path, language)
    wanted = set(_ids(template))
    for message in catalog:
        if not message.id:
            continue
        message_id = str(message.id)
        status.messages += 1
        if message.fuzzy:
            status.fuzzy.append(message_id)
        elif not message.string:
            status.untranslated.append(message_id)
        else:
            status.translated += 1
        if message_id not in wanted:
            status.obsolete.append(message_id)
    status.obsolete += [str(key) for key in catalog.obsolete]
    have = set(_ids(catalog))
    status.missing = [message_id for message_id in _ids(template) if message_id not in have]
    return status


def check(pot_dir: Path, language: str, *, locale_dir: Path = LOCALE_DIR) -> list[CatalogStatus]:
    """Return the state of every catalog, without changing anything."""
    pages = templates(pot_dir)
    statuses = [
        check_catalog(page, catalog_path(page, language, locale_dir), _read(pot), language)
        for page, pot in pages.items()
    ]
    folder = locale_dir / language / "LC_MESSAGES"
    for po in sorted(folder.rglob("*.po")):
        page = po.relative_to(folder).with_suffix("").as_posix()
        if page not in pages and page != "sphinx":
            stray = CatalogStatus(page)
            stray.obsolete = _ids(_read(po, language))
            statuses.append(stray)
    return statuses


def report(statuses: list[CatalogStatus], language: str) -> str:
    """Describe the catalogs: a line per page, then each message that needs work."""
    lines = [f"{'page':<24} {'messages':>8} {'translated':>10} {'fuzzy':>6} {'missing':>8}"]
    for s in statuses:
        missing = len(s.untranslated) + len(s.missing)
        lines.append(
            f"{s.page:<24} {s.messages:>8} {s.translated:>10} {len(s.fuzzy):>6} {missing:>8}"
        )
    for s in statuses:
        for kind, messages in (
            ("fuzzy", s.fuzzy),
            ("untranslated", s.untranslated + s.missing),
            ("obsolete", s.obsolete),
        ):
            for message in messages:
                short = message if len(message) < 90 else message[:87] + "..."
                path = (
                    package_catalog_path(language)
                    if s.page == PACKAGE_CATALOG
                    else catalog_path(s.page, language)
                ).relative_to(ROOT)
                where = message_place(s.page, message) if kind != "obsolete" else None
                if where is None:
                    lines.append(f"{path}: {kind}: {short}")
                else:
                    lines.append(f"{where}: {kind} in {path}: {short}")
    if not all(s.complete for s in statuses):
        lines.append(
            f"run `make translations` to bring locale/{language}/ up to date with the pages, then "
            "translate each message it lists (a changed one keeps its old translation, as fuzzy)"
        )
    return "\n".join(lines)


def message_place(page: str, message: str, docs: Path | None = None) -> str | None:
    r"""Return ``docs/<page>.md:line`` where a page's message (a paragraph, a heading) begins.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "p.md").write_text("# Titel\n\nEen zin die\ndoorloopt.\n", encoding="utf-8")
    >>> message_place("p", "Een zin die doorloopt.", folder).endswith("p.md:3")
    True
    """
    source = (docs or ROOT / "docs") / f"{page}.md"
    try:
        text = source.read_text(encoding="utf-8")
    except OSError:
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        words = " ".join(line.split()).lstrip("#").strip()
        if len(words) > 3 and (message.startswith(words) or words.startswith(message)):
            with_root = source.relative_to(ROOT) if source.is_relative_to(ROOT) else source
            return f"{with_root}:{number}"
    return None


PACKAGE_CATALOG = "mdrules (decisions)"


def package_catalog_path(language: str) -> Path:
    """Return the catalog of the rules' messages, shipped with the package."""
    return PACKAGE_LOCALE_DIR / language / "LC_MESSAGES" / "mdrules.po"


def package_template() -> Catalog:
    """Return the messages of the rules as a template; an unreadable message is an error."""
    extraction = extract_package()
    if extraction.problems:
        raise ValueError("; ".join(extraction.problems))
    template = Catalog(project="mdrules", fuzzy=False)
    for text in extraction.messages:
        template.add(text)
    return template


def update_package(language: str, *, prune: bool = False) -> CatalogStatus:
    """Bring the catalog of the rules' messages up to date; return what needs translating."""
    template = package_template()
    path = package_catalog_path(language)
    merge(path, template, language, prune=prune)
    return check_catalog(PACKAGE_CATALOG, path, template, language)


def check_package(language: str) -> CatalogStatus:
    """Return the state of the catalog of the rules' messages."""
    return check_catalog(
        PACKAGE_CATALOG, package_catalog_path(language), package_template(), language
    )


def main(argv: list[str] | None = None) -> int:
    """Update or check the catalogs; exit 1 when a catalog is not complete."""
    parser = argparse.ArgumentParser(prog="python -m mdrules.catalogs", description=__doc__)
    parser.add_argument("action", choices=["update", "check"])
    parser.add_argument("pot_dir", type=Path, help="output folder of sphinx-build -b gettext")
    parser.add_argument("--lang", default="en", choices=TRANSLATED_LANGUAGES)
    parser.add_argument("--prune", action="store_true", help="drop obsolete entries on update")
    parser.add_argument(
        "--page",
        action="append",
        help="update only this page's catalog (repeatable); the rules' catalog is left alone",
    )
    args = parser.parse_args(argv)
    if not args.pot_dir.is_dir():
        print(
            f"error: expected the folder of message templates; {args.pot_dir} is none",
            file=sys.stderr,
        )
        return 2
    try:
        if args.action == "update" and args.page:
            statuses = update(args.pot_dir, args.lang, prune=args.prune, pages=frozenset(args.page))
        elif args.action == "update":
            statuses = update(args.pot_dir, args.lang, prune=args.prune)
            statuses.append(update_package(args.lang, prune=args.prune))
        else:
            statuses = [*check(args.pot_dir, args.lang), check_package(args.lang)]
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(report(statuses, args.lang))
    return 0 if all(s.complete for s in statuses) else 1


if __name__ == "__main__":
    sys.exit(main())
