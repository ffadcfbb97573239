"""The API reference's analysis: done once per content, and only of the package's own code.

sphinx-autodoc2 analyses the package with astroid at the start of every build, and astroid infers
through everything the package imports (pydantic, babel, the standard library) to find inherited
members, which the reference hides. This makes it cheaper, with the same pages:

- astroid loads only what the reference shows: while autodoc2 runs, a module the package imports
  is on astroid's deny list unless it is the package's own or gives one of its classes a base,
  metaclass or decorator (whose inherited constructor the reference shows);
- the result is stored under the build folder (beside the doctrees of the editions), named by a
  hash of everything it depends on: the analysed files, the configuration and the versions of the
  tools. The Dutch, English and gettext builds of one ``make html`` analyse once; an edit of a
  module changes the hash (the new analysis replaces the old), and ``make clean`` removes it;
- the analysis runs in a process of its own, so astroid's trees never burden the build's memory;
- the items are kept in a database that knows each item's children (autodoc2's own looks through
  all items for the children of each);
- the members classes inherit are not analysed when the reference hides them, but
  constructors: 4 287 of 5 072 items were such members, most of ``str`` and of ``BaseModel``;
- astroid's transforms (its "brain" plugins, which teach inference about enums, dataclasses,
  typing and so on) are switched off in that process, and its trees are not walked for them:
  they change only members the reference hides (``__init_subclass__``, ``_is_protocol``, ...),
  and cost a third of the analysis.
"""

import ast
import gc
import hashlib
import multiprocessing
import os
import pickle
import sys
from collections.abc import Iterable, Iterator, Sequence
from importlib.metadata import version
from multiprocessing.process import BaseProcess
from pathlib import Path, PurePosixPath

from astroid.manager import AstroidManager
from astroid.nodes import ClassDef, NodeNG
from astroid.transforms import TransformVisitor
from autodoc2 import analysis
from autodoc2.analysis import analyse_module
from autodoc2.config import Config, PackageConfig
from autodoc2.db import InMemoryDb, UniqueError
from autodoc2.sphinx.utils import LOGGER, get_all_analyser, load_config, warn_sphinx
from autodoc2.utils import ItemData, WarningSubtypes, yield_modules
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

#: The folder, beside the editions' doctrees, that holds stored analyses.
STORE = "api-analysis"


class Untransformed(TransformVisitor):
    """astroid's transform visitor with no transform: it hands each tree back without a walk.

    >>> from astroid.builder import AstroidBuilder
    >>> tree = AstroidBuilder().string_build("x = 1")
    >>> Untransformed().visit(tree) is tree
    True
    """

    def visit(self, node: NodeNG) -> NodeNG:
        """Return the tree as it is."""
        return node


class IndexedDb(InMemoryDb):
    """autodoc2's database of items, with the children of each item looked up, not searched for.

    >>> db = IndexedDb()
    >>> for name in ("m", "m.A", "m.A.f", "m.b"):
    ...     db.add({"full_name": name, "type": "class" if name == "m.A" else "function"})
    >>> list(db.get_children_names("m")), list(db.get_children_names("m", {"class"}))
    (['m.A', 'm.b'], ['m.A'])
    """

    def __init__(self) -> None:
        """Start empty, with no index."""
        super().__init__()
        self._children: dict[str, list[ItemData]] | None = None

    def add(self, item: ItemData) -> None:
        """Add an item (the index is made again on the next lookup)."""
        super().add(item)
        self._children = None

    def remove(self, full_name: str, descendants: bool) -> None:
        """Remove an item, and its descendants if asked to."""
        super().remove(full_name, descendants)
        self._children = None

    def _index(self) -> dict[str, list[ItemData]]:
        if self._children is None:
            self._children = {}
            for item in self._items.values():  # in the order autodoc2's own search finds them
                parent, dot, _name = item["full_name"].rpartition(".")
                if dot:
                    self._children.setdefault(parent, []).append(item)
        return self._children

    def get_children(
        self, full_name: str, types: set[str] | None = None, *, sort_name: bool = False
    ) -> Iterable[ItemData]:
        """Return the items directly below ``full_name`` (of the given types), as autodoc2 does."""
        found = [
            item
            for item in self._index().get(full_name, [])
            if types is None or item["type"] in types
        ]
        return sorted(found, key=lambda item: item["full_name"]) if sort_name else iter(found)

    def get_children_names(
        self, full_name: str, types: set[str] | None = None, *, sort_name: bool = False
    ) -> Iterable[str]:
        """Return the names of the items directly below ``full_name``, as autodoc2 does."""
        names = [item["full_name"] for item in self.get_children(full_name, types)]
        return sorted(names) if sort_name else iter(names)


def package_modules(srcdir: Path, package: PackageConfig) -> tuple[str, list[tuple[Path, str]]]:
    """Return a package's root module, and the files and modules autodoc2 analyses, as it does."""
    path = srcdir / PurePosixPath(package.path)
    if path.is_file():
        root = package.module or path.stem
        return root, [(path, root)]
    root = package.module or path.name
    found = yield_modules(
        path,
        root_module=root,
        exclude_dirs=package.exclude_dirs,
        exclude_files=package.exclude_files,
    )
    return root, list(found)


def content_hash(modules: Iterable[tuple[Path, str]]) -> str:
    """Return autodoc2's own hash of a package's files (it re-analyses when this changes)."""
    hasher = hashlib.sha256()
    for path, _ in sorted(modules):
        hasher.update(path.read_bytes())
    return hasher.hexdigest()


def analysis_key(packages: dict[str, list[tuple[Path, str]]], config: Config) -> str:
    """Return the name of the analysis of these packages: it changes with anything that counts.

    >>> key = analysis_key({}, Config())
    >>> len(key), key == analysis_key({}, Config())
    (64, True)
    """
    hasher = hashlib.sha256()
    tools = [f"python {sys.version_info[:2]}"]
    tools += [f"{name} {version(name)}" for name in ("sphinx-autodoc2", "astroid")]
    hasher.update(repr((tools, config.packages, hides_inherited(config))).encode())
    hasher.update(Path(__file__).read_bytes())  # how this module analyses
    for name, modules in sorted(packages.items()):
        hasher.update(name.encode())
        for path, module in sorted(modules):
            hasher.update(f"\0{module}\0".encode())
            hasher.update(path.read_bytes())
    return hasher.hexdigest()


def statements(body: Sequence[ast.AST]) -> Iterator[ast.AST]:
    r"""Yield the statements of a body and of the bodies within them; no expression is visited.

    >>> [type(node).__name__ for node in statements(ast.parse("if x:\n    import a\nb = 1").body)]
    ['If', 'Import', 'Assign']
    """
    for statement in body:
        yield statement
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            nested = getattr(statement, field, None)
            if isinstance(nested, list):
                yield from statements(nested)


def imported_modules(tree: ast.Module) -> Iterator[str]:
    """Yield every absolute module name some code imports, with each of its parent packages.

    >>> sorted(set(imported_modules(ast.parse("import a.b; from c import d; from . import e"))))
    ['a', 'a.b', 'c', 'c.d']
    """
    for node in statements(tree.body):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            # ``from c import d`` may import the module c.d
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        for name in names:
            parts = name.split(".")
            yield from (".".join(parts[:end]) for end in range(1, len(parts) + 1))


def class_origins(tree: ast.Module) -> Iterator[str]:
    r"""Yield the modules some code's classes take a base, metaclass or decorator from.

    >>> code = "from pydantic import BaseModel\nimport enum, re\nclass A(BaseModel, enum.Enum): ..."
    >>> sorted(class_origins(ast.parse(code)))
    ['enum', 'pydantic']
    """
    imported: dict[str, str] = {}
    classes: list[ast.ClassDef] = []
    for node in statements(tree.body):
        if isinstance(node, ast.Import):
            for alias in node.names:
                imported[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            imported.update((alias.asname or alias.name, node.module) for alias in node.names)
        elif isinstance(node, ast.ClassDef):
            classes.append(node)
    for node in classes:
        used = [*node.bases, *(keyword.value for keyword in node.keywords), *node.decorator_list]
        for expression in used:
            for name in ast.walk(expression):
                if isinstance(name, ast.Name) and name.id in imported:
                    yield imported[name.id]


def skippable_modules(packages: dict[str, list[tuple[Path, str]]]) -> set[str]:
    """Return the modules astroid may skip when it analyses the packages (by root module).

    Those the packages import from elsewhere, except the packages that a class takes a base,
    metaclass or decorator from: autodoc2 reads inherited members there (a constructor's
    signature). The rest it would read only for members that the reference hides.
    """
    trees = [ast.parse(path.read_bytes()) for modules in packages.values() for path, _ in modules]
    needed = {root.split(".")[0] for root in packages} | {"builtins"}
    needed |= {name.split(".")[0] for tree in trees for name in class_origins(tree)}
    imported = {name for tree in trees for name in imported_modules(tree)}
    return {name for name in imported if name.split(".")[0] not in needed}


def hides_inherited(config: Config) -> bool:
    """Say whether the reference hides the members classes inherit.

    >>> hides_inherited(Config()), hides_inherited(Config(hidden_objects={"private"}))
    (True, False)
    """
    return "inherited" in config.hidden_objects


def skip_inherited_members() -> None:
    """Let autodoc2's analysis pass over the members a class inherits, but its constructor.

    autodoc2 walks every member of every ancestor (each ``str`` method of a string enum, each
    method of pydantic's ``BaseModel``) and marks those not defined in the class as inherited.
    Only the constructor of those is read when the reference hides them: the class's own line
    shows its signature. Every other item comes out as before, in the same order.
    """
    walk = analysis.walk_node

    def walk_shown(node: NodeNG, state: analysis.State) -> Iterable[ItemData]:
        owner = node.parent
        if (
            isinstance(owner, ClassDef)
            and getattr(node, "name", None) != "__init__"
            and owner.qname() != ".".join(state.name_stack)  # a member of an ancestor
        ):
            return iter(())
        return walk(node, state)

    analysis.walk_node = walk_shown


def analyse(
    packages: dict[str, list[tuple[Path, str]]], target: Path, *, hide_inherited: bool = False
) -> None:
    """Analyse the packages as autodoc2 does and store the result: its items and duplicates.

    It runs in a process of its own: astroid's trees never weigh on the build's memory, and the
    process ends without taking them apart. With ``hide_inherited`` the members classes inherit
    are left out, but constructors.
    """
    # astroid makes many small objects that live until the end: nothing for the collector.
    gc.disable()
    if hide_inherited:
        skip_inherited_members()
    manager = AstroidManager()
    manager.module_denylist.update(skippable_modules(packages))
    AstroidManager.brain["_transform"] = manager._transform = Untransformed()  # in the worker
    database = IndexedDb()
    duplicates: list[str] = []
    for modules in packages.values():
        for path, name in modules:
            for item in analyse_module(path, name):
                try:
                    database.add(item)
                except UniqueError:
                    duplicates.append(f"Duplicate item {item['full_name']} ({item['type']})")
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written aside and renamed: builds that run side by side never read half a file.
    partial = target.with_suffix(f".{os.getpid()}.tmp")
    partial.write_bytes(pickle.dumps((database, duplicates)))
    partial.replace(target)


def restore_analysis(app: Sphinx) -> None:
    """Hand autodoc2 the analysis of its packages: stored, or made now in another process."""
    if "autodoc2" not in app.extensions:
        return
    config = load_config(app)
    srcdir = Path(app.srcdir)
    if any(package.from_git_clone for package in config.packages):
        return  # a package cloned from git: autodoc2 deals with it as usual
    packages: dict[str, list[tuple[Path, str]]] = {}
    hashes: dict[str, dict[str, str]] = {}
    for package in config.packages:
        root, modules = package_modules(srcdir, package)
        if not modules or root in packages:
            return  # a missing or repeated package: autodoc2 reports it as usual
        packages[root] = modules
        path = (srcdir / PurePosixPath(package.path)).as_posix()
        hashes[path] = {"hash": content_hash(modules), "root_module": root}
    if getattr(app.env, "autodoc2_cache", None) == hashes:
        return  # autodoc2's own record in the environment is up to date
    stored = Path(app.doctreedir).parent / STORE / f"{analysis_key(packages, config)}.pickle"
    if not stored.exists():
        LOGGER.info("[Autodoc2] Analysing packages ...")
        # Forked where the system can: the child has nothing to import again.
        context = (
            multiprocessing.get_context("fork")
            if "fork" in multiprocessing.get_all_start_methods()
            else multiprocessing.get_context("spawn")
        )
        worker: BaseProcess = context.Process(
            target=analyse,
            args=(packages, stored),
            kwargs={"hide_inherited": hides_inherited(config)},
        )
        worker.start()
        worker.join()
        if worker.exitcode != 0:
            msg = f"expected the API analysis to succeed; it exited {worker.exitcode}"
            raise ExtensionError(msg)
        for outdated in stored.parent.glob("*.pickle"):  # analyses of earlier sources
            if outdated != stored:
                outdated.unlink(missing_ok=True)
    # Pickled, not JSON: the items' tuples must come back as tuples.
    database, duplicates = pickle.loads(stored.read_bytes())
    app.env.autodoc2_db = database  # type: ignore[attr-defined]
    app.env.autodoc2_cache = hashes  # type: ignore[attr-defined]
    get_all_analyser(app.env).clear_cache()
    for message in duplicates:
        warn_sphinx(message, WarningSubtypes.DUPLICATE_ITEM)


def connect(app: Sphinx) -> None:
    """Run before autodoc2, which is connected to builder-inited at the default priority (500)."""
    app.connect("builder-inited", restore_analysis, priority=400)
