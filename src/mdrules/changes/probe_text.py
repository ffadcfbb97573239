"""The probe's reading of a version's pages: each article's words, in Dutch and in English.

Part of the probe (:mod:`mdrules.history.probe`): it runs inside another version's source tree and
imports nothing of the running ``mdrules``, only that version's own, inside its functions.
The handbook's page of changes imports it too (:mod:`mdrules.changes.since`), to read the tree
being built.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from pathlib import Path
from typing import Any


def rules_and_parameters() -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the version's rules and parameters by key, from whichever layout it has.

    A version has either one package per regulation (``mdrules.regulations.RULESETS``) or, before
    that, the registries ``mdrules.parameters.PARAMETERS`` and ``mdrules.rules.load_all()``.
    """
    import mdrules.regulations

    rulesets = getattr(mdrules.regulations, "RULESETS", None)
    if rulesets is not None:
        return dict(rulesets.rules), dict(rulesets.parameters)
    from mdrules.parameters import PARAMETERS  # type: ignore[attr-defined]
    from mdrules.rules import load_all  # type: ignore[import-not-found]

    return dict(load_all()), dict(PARAMETERS)


class UnreadableError(Exception):
    """Something of a version the probe cannot read; the message says what failed."""


def describe(error: BaseException) -> str:
    """Name an exception and its message, as a line of an error.

    >>> describe(KeyError("haarlem.x"))
    "KeyError: 'haarlem.x'"
    """
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


_LABEL = re.compile(r"^\((?P<label>[A-Za-z0-9_-]+)\)=\s*$")
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.*?)\s*$")
_OPEN = re.compile(r"^(?P<fence>:{3,}|`{3,})\{(?P<name>[\w-]+)\}\s*(?P<argument>.*?)\s*$")
_CODE = re.compile(r"^(?P<fence>`{3,}|~{3,})")
_CLOSE = re.compile(r"^(?P<fence>:{3,}|`{3,}|~{3,})\s*$")
_OPTION = re.compile(r"^:[\w-]+:")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_ROLE = re.compile(r"\{(?P<name>[\w:-]+)\}`(?P<content>[^`]*)`")
_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]^][^\]]*)\]\([^)]*\)")
_FOOTNOTE_REF = re.compile(r"\[\^(?P<name>[^\]]+)\](?!:)")
_FOOTNOTE = re.compile(r"^\[\^(?P<name>[^\]]+)\]:\s*")
_TARGETED = re.compile(r"^(?P<text>.*?)\s*<(?P<target>[^<>]+)>$", re.DOTALL)
# Directives whose content is the regulation's text; any other directive is an aside (examples).
_TEXT_DIRECTIVES = frozenset({"provision", "glossary"})


@dataclasses.dataclass
class Unit:
    """A labelled part of a page: a provision, or a section with its heading."""

    label: str
    number: str
    blocks: list[str] = dataclasses.field(default_factory=list)


def label_number(label: str, regulation: str) -> str:
    """Return the article number a label stands for: ``haarlem-2-3-16`` -> ``2.3.16``."""
    return label.removeprefix(regulation + "-").replace("-", ".")


def _provision_label(regulation: str, number: str) -> str:
    return regulation + "-" + "-".join(number.strip().lower().split("."))


def scan_units(markdown: str, regulation: str, owners: list[str] | None = None) -> list[Unit]:
    """Split a page's Markdown into labelled units, each a list of Markdown blocks.

    Asides (examples, code) are left out; blank lines, list items and table cells end a block.
    ``owners``, when given, receives the label each line belongs to (an example, its article's).
    """
    units: list[Unit] = [Unit(regulation, "")]
    stack: list[tuple[str, Unit | None]] = []  # open fences: (fence, unit or None for an aside)
    current = section = units[0]
    block: list[str] = []
    pending: str | None = None
    glossary = False

    def flush() -> None:
        text = " ".join(line.strip() for line in block if line.strip())
        if text and not any(unit is None for _fence, unit in stack):
            current.blocks.append(text)
        block.clear()

    for line in markdown.splitlines():
        if owners is not None:
            owners.append(pending or current.label)
        in_aside = any(unit is None for _fence, unit in stack)
        closing = _CLOSE.match(line)
        if stack and closing and closing["fence"] == stack[-1][0]:
            flush()
            _fence, unit = stack.pop()
            if unit is not None:
                glossary = False
                parents = [u for _f, u in stack if u is not None]
                current = parents[-1] if parents else section
            continue
        opening = _OPEN.match(line)
        code = _CODE.match(line)
        if opening or (code and not closing):
            flush()
            fence = opening["fence"] if opening else code["fence"] if code else ""
            name = opening["name"] if opening else ""
            if name == "provision" and not in_aside:
                label = pending or _provision_label(
                    regulation, opening["argument"] if opening else ""
                )
                pending = None
                current = Unit(label, opening["argument"] if opening else "")
                units.append(current)
                stack.append((fence, current))
            elif name in _TEXT_DIRECTIVES and not in_aside:
                glossary = name == "glossary"
                stack.append((fence, current))
            else:
                stack.append((fence, None))
            continue
        if in_aside:
            continue
        target = _LABEL.match(line)
        if target:
            flush()
            pending = target["label"]
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            current = Unit(pending or current.label, label_number(pending or "", regulation))
            if pending is None:  # a heading without a label continues the unit before it
                current = units[-1]
            else:
                units.append(current)
            section = current
            pending = None
            current.blocks.append(heading["text"])
            continue
        if _OPTION.match(line) and not block:
            continue
        if not line.strip():
            flush()
            continue
        if line.lstrip().startswith("|"):
            flush()
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if not all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells):
                current.blocks.extend(cell for cell in cells if cell)
            continue
        footnote = _FOOTNOTE.match(line)
        if footnote:
            flush()
            line = line[footnote.end() :]
        elif _ITEM.match(line):
            flush()
            line = _ITEM.sub("", line, count=1)
        elif glossary and not line.startswith((" ", "\t")):
            flush()  # a glossary term is its own block; its definition is indented
            block.append(line)
            flush()
            continue
        block.append(line)
    flush()
    return [unit for unit in units if unit.blocks]


def _render_role(name: str, content: str, language: str, helpers: Helpers) -> str:
    targeted = _TARGETED.match(content)
    if name == "param":
        return helpers.parameter(content, language)
    if name == "countries":
        return helpers.countries(content, language)
    if name == "regulation":
        return helpers.fact(content, language)
    if targeted and name in {"term", "ref", "doc", "defn", "numref"}:
        return targeted["text"]
    return content


def plain_text(markdown: str, language: str, helpers: Helpers) -> str:
    """Return the words a reader sees for a block of Markdown: roles rendered, markup dropped."""
    text = _ROLE.sub(lambda m: _render_role(m["name"], m["content"], language, helpers), markdown)
    text = _LINK.sub(lambda m: m["text"], text)
    text = _FOOTNOTE_REF.sub(lambda m: f"[{m['name']}]", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"``?([^`]+)``?", r"\1", text)
    text = re.sub(r"\\(.)", r"\1", text)
    return " ".join(text.split())


@dataclasses.dataclass
class Helpers:
    """The version's own renderers of parameter values, country lists and regulation facts.

    A role the version cannot render is an :class:`UnreadableError` naming the role: shown raw,
    it would read as an amendment of the text.
    """

    root: Path

    def parameter(self, content: str, language: str) -> str:
        """Render ``{param}`key:form``` with the version's parameters."""
        try:
            from mdrules.parameters import render

            PARAMETERS = rules_and_parameters()[1]  # noqa: N806 (the version's registry)
            key, _sep, form = content.partition(":")
            if key not in PARAMETERS:
                msg = f"the version has no parameter {key}"
                raise UnreadableError(msg)
            return str(render(PARAMETERS[key], language, form))
        except Exception as error:
            raise _role_error("param", content, language, error) from error

    def countries(self, content: str, language: str) -> str:
        """Render ``{countries}`eu``` with the version's country lists."""
        try:
            from babel.lists import format_list

            from mdrules import vocabulary
            from mdrules.vocabulary import EU_MEMBERS, EUROPE, country_name

            lists = {"eu": EU_MEMBERS, "europe": EUROPE}
            if hasattr(vocabulary, "EU_TERRITORIES"):  # versions since the EU's territories
                lists["eu-territories"] = vocabulary.EU_TERRITORIES
            if content not in lists:
                msg = f"expected one of {', '.join(lists)}; got {content!r}"
                raise UnreadableError(msg)
            names = sorted(country_name(code, language) for code in lists[content])
            return str(format_list(names, locale=language))
        except Exception as error:
            raise _role_error("countries", content, language, error) from error

    def fact(self, content: str, language: str) -> str:
        """Render ``{regulation}`haarlem:version``` with the version's registry."""
        try:
            import mdrules.metadata
            from mdrules.regulations import REGULATIONS

            # The engine's, since each regulation has a folder; in older versions, the one of that
            # version's Sphinx extension (this package's own extension is never imported here).
            render_fact = getattr(mdrules.metadata, "render_fact", None)
            if render_fact is None:
                render_fact = importlib.import_module("mdrules.sphinxext.facts").render_fact

            key, _sep, field = content.partition(":")
            if key not in REGULATIONS:
                msg = f"the version has no regulation {key}"
                raise UnreadableError(msg)
            text = render_fact(REGULATIONS[key], field, language)
            return "not stated in the source" if text is None else str(text)
        except Exception as error:
            raise _role_error("regulation", content, language, error) from error


def _role_error(role: str, content: str, language: str, error: Exception) -> UnreadableError:
    """Return the error of a role the version cannot render, saying which and why.

    >>> _role_error("param", "haarlem.x", "en", UnreadableError("no such parameter"))
    UnreadableError('cannot render {param}`haarlem.x` in en: no such parameter')
    """
    why = str(error) if isinstance(error, UnreadableError) else describe(error)
    return UnreadableError(f"cannot render {{{role}}}`{content}` in {language}: {why}")


def _catalog(path: Path) -> dict[str, str]:
    """Return the translated, non-fuzzy messages of a ``.po`` file (empty when it is missing)."""
    if not path.is_file():
        return {}
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalog = read_po(handle)
    return {
        str(message.id): str(message.string)
        for message in catalog
        if message.id and isinstance(message.string, str) and message.string and not message.fuzzy
    }


def articles(root: Path) -> dict[str, list[dict[str, Any]]]:
    """Return each regulation's units: label, number and text in Dutch and English."""
    from mdrules.regulations import REGULATIONS

    helpers = Helpers(root)
    found: dict[str, list[dict[str, Any]]] = {}
    for regulation_id, regulation in REGULATIONS.items():
        page = root / "docs" / f"{regulation.page}.md"
        if not page.is_file():
            continue
        english = _catalog(root / "locale" / "en" / "LC_MESSAGES" / f"{regulation.page}.po")
        units = []
        for unit in scan_units(page.read_text(encoding="utf-8"), regulation_id):
            try:
                units.append(_unit(unit, english, helpers))
            except UnreadableError as error:
                msg = f"docs/{regulation.page}.md, {unit.label}: {error}"
                raise UnreadableError(msg) from error
        found[regulation_id] = units
    return found


def _unit(unit: Unit, english: dict[str, str], helpers: Helpers) -> dict[str, Any]:
    """Return a unit's label, number and words; ``en`` is ``None`` when a translation lacks."""
    translated = [english.get(block) for block in unit.blocks]
    return {
        "label": unit.label,
        "number": unit.number,
        "nl": " ".join(plain_text(block, "nl", helpers) for block in unit.blocks),
        "en": None
        if any(text is None for text in translated)
        else " ".join(plain_text(text or "", "en", helpers) for text in translated),
    }
