"""The messages of the rules: found in the source, so their catalog can be complete.

A message is the Dutch ``text`` of a :class:`~mdrules.decision.Message`, or a string marked with
:func:`mdrules.i18n.N_`. The text may be built from string literals and module constants joined
with ``+``, be a local variable assigned such texts, or an entry of a module-level dict of such
texts; anything else cannot be translated and is reported. The words of a regulation's parameters
(``parameters.toml``) are messages too: the phrases their values hold once typed.
"""

import ast
import importlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mdrules.i18n import Named, Phrase
from mdrules.ruleset import Ruleset

PACKAGE = Path(__file__).resolve().parent


@dataclass
class Extraction:
    """The messages of some modules, and the places whose text could not be read."""

    messages: dict[str, list[str]] = field(default_factory=dict)
    """Each message, with the places (file:line) it comes from."""
    problems: list[str] = field(default_factory=list)


def _fold(node: ast.expr, constants: dict[str, str]) -> str | None:
    """Return the text of an expression made of literals, constants and ``+``, if it is one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _fold(node.left, constants), _fold(node.right, constants)
        return None if left is None or right is None else left + right
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            if isinstance(target, ast.Name):
                text = _fold(statement.value, constants)
                if text is not None:
                    constants[target.id] = text
    return constants


def _module_tables(tree: ast.Module) -> dict[str, list[ast.expr]]:
    """Return the values of module-level dict literals: ``TEXTS[key]`` may be a message."""
    tables: dict[str, list[ast.expr]] = {}
    for statement in tree.body:
        target = value = None
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target, value = statement.targets[0], statement.value
        elif isinstance(statement, ast.AnnAssign):
            target, value = statement.target, statement.value
        if isinstance(target, ast.Name) and isinstance(value, ast.Dict):
            tables[target.id] = list(value.values)
    return tables


def _assignments(scope: ast.AST) -> dict[str, list[ast.expr]]:
    found: dict[str, list[ast.expr]] = {}
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, []).append(node.value)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            found.setdefault(node.target.id, []).append(node.value)
    return found


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


class _Finder(ast.NodeVisitor):
    """Visits a module, resolving a message's variable in the function that assigns it."""

    def __init__(self, tree: ast.Module, where: str, extraction: Extraction) -> None:
        self.constants = _module_constants(tree)
        self.tables = _module_tables(tree)
        self.where = where
        self.extraction = extraction
        self.scopes: list[dict[str, list[ast.expr]]] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.scopes.append(_assignments(node))
        self.generic_visit(node)
        self.scopes.pop()

    def _values(self, candidate: ast.expr) -> list[ast.expr]:
        if isinstance(candidate, ast.Subscript) and isinstance(candidate.value, ast.Name):
            return self.tables.get(candidate.value.id, [candidate])
        if isinstance(candidate, ast.Name) and candidate.id not in self.constants:
            for scope in reversed(self.scopes):
                if candidate.id in scope:
                    return [v for value in scope[candidate.id] for v in self._values(value)]
        return [candidate]

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        candidates: list[ast.expr] = []
        if name == "N_" and node.args:
            candidates = [node.args[0]]
        elif name == "Message":
            candidates = [k.value for k in node.keywords if k.arg == "text"]
        elif name == "classify" and len(node.args) >= 3:
            candidates = [node.args[2]]
        for candidate in candidates:
            for value in self._values(candidate):
                text = _fold(value, self.constants)
                place = f"{self.where}:{value.lineno}"
                if text is None:
                    self.extraction.problems.append(
                        f"{place}: expected a message made of string literals and constants"
                    )
                else:
                    self.extraction.messages.setdefault(text, []).append(place)
        self.generic_visit(node)


def extract(path: Path, extraction: Extraction) -> None:
    """Add the messages of one module to an extraction."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(PACKAGE.parent).as_posix()
    _Finder(tree, where, extraction).visit(tree)


def phrases(value: object) -> Iterator[Phrase]:
    """Yield the phrases a value is shown by: a phrase, the words of a named value, in lists.

    >>> from mdrules.i18n import N_
    >>> from mdrules.vocabulary import DeviceKind, Word
    >>> list(phrases((Word(DeviceKind.LAPTOP, N_("laptop")), N_("data"), "0000")))
    ['laptop', 'data']
    """
    if isinstance(value, list | tuple):
        for item in value:
            yield from phrases(item)
    elif isinstance(value, Phrase):
        yield value
    elif isinstance(value, Named) and isinstance(value.name, Phrase):
        yield value.name


def extract_parameters(path: Path, extraction: Extraction) -> None:
    """Add the phrases of one regulation's ``parameters.toml``, read by the regulation's package.

    The package beside the file is imported: only the types its rule modules claim say which
    strings of the file are words to translate.
    """
    module = ".".join(path.parent.relative_to(PACKAGE.parent).parts)
    ruleset = getattr(importlib.import_module(module), "RULESET", None)
    where = path.relative_to(PACKAGE.parent).as_posix()
    if not isinstance(ruleset, Ruleset):
        extraction.problems.append(f"{where}: expected {module}.RULESET, a Ruleset, to read it")
        return
    lines = path.read_text(encoding="utf-8").splitlines()
    for key, parameter in ruleset.parameters.items():
        name = key.split(".", 1)[1]
        line = next(
            (n for n, text in enumerate(lines, 1) if text.strip() == f"[{name}]"), len(lines)
        )
        for phrase in phrases(parameter.value):
            extraction.messages.setdefault(str(phrase), []).append(f"{where}:{line}")


def extract_package() -> Extraction:
    """Return every message of the package's modules, in a stable order.

    >>> "Toegestaan" in extract_package().messages
    True
    """
    extraction = Extraction()
    for path in sorted(PACKAGE.rglob("*.py")):
        extract(path, extraction)
    for path in sorted(PACKAGE.rglob("parameters.toml")):
        extract_parameters(path, extraction)
    extraction.messages = {
        text: sorted(set(places)) for text, places in sorted(extraction.messages.items())
    }
    extraction.problems = sorted(set(extraction.problems))
    return extraction
