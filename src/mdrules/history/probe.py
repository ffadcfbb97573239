"""Read one version of the handbook: its articles, parameters and rule outcomes, as JSON.

This file runs as a script inside another version's source tree (``python -P probe.py snapshot
ROOT OUT``), with that version's ``src`` first on the path. It therefore imports nothing of the
running ``mdrules`` but the version's own, and only through names every version has had:
``mdrules.regulations.REGULATIONS`` and either ``mdrules.regulations.RULESETS`` (one package per
regulation) or, in older versions, ``mdrules.parameters.PARAMETERS`` and ``mdrules.rules.load_all``.

``snapshot`` writes the articles (text per label, Dutch and English), the parameters, and every
rule call that the version's examples and tests make, with its result. ``evaluate`` replays calls
recorded from another version against this one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import functools
import inspect
import io
import json
import re
import sys
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _rules_and_parameters() -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the version's rules and parameters by key, from whichever layout it has."""
    import mdrules.regulations

    rulesets = getattr(mdrules.regulations, "RULESETS", None)
    if rulesets is not None:
        return dict(rulesets.rules), dict(rulesets.parameters)
    from mdrules.parameters import PARAMETERS  # type: ignore[attr-defined]
    from mdrules.rules import load_all  # type: ignore[import-not-found]

    return dict(load_all()), dict(PARAMETERS)


# --- Articles --------------------------------------------------------------------------------

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
    """The version's own renderers of parameter values, country lists and regulation facts."""

    root: Path

    def parameter(self, content: str, language: str) -> str:
        """Render ``{param}`key:form``` with the version's parameters."""
        try:
            from mdrules.parameters import render

            key, _sep, form = content.partition(":")
            return str(render(_rules_and_parameters()[1][key], language, form))
        except Exception:
            return content

    def countries(self, content: str, language: str) -> str:
        """Render ``{countries}`eu``` with the version's country lists."""
        try:
            from babel.lists import format_list

            from mdrules.vocabulary import EU_MEMBERS, EUROPE, country_name

            codes = {"eu": EU_MEMBERS, "europe": EUROPE}[content]
            names = sorted(country_name(code, language) for code in codes)
            return str(format_list(names, locale=language))
        except Exception:
            return content

    def fact(self, content: str, language: str) -> str:
        """Render ``{regulation}`haarlem:version``` with the version's registry."""
        try:
            from mdrules.regulations import REGULATIONS
            from mdrules.sphinxext.facts import render_fact

            key, _sep, field = content.partition(":")
            return str(render_fact(REGULATIONS[key], field, language))
        except Exception:
            return content


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
            dutch = [plain_text(block, "nl", helpers) for block in unit.blocks]
            translated = [english.get(block) for block in unit.blocks]
            units.append(
                {
                    "label": unit.label,
                    "number": unit.number,
                    "nl": " ".join(dutch),
                    "en": None
                    if any(text is None for text in translated)
                    else " ".join(plain_text(text or "", "en", helpers) for text in translated),
                }
            )
        found[regulation_id] = units
    return found


# --- Parameters and the registry -------------------------------------------------------------


def parameters() -> dict[str, dict[str, Any]]:
    """Return every parameter: its article and its value as the text shows it in each language."""
    from mdrules.parameters import render

    found = {}
    for key, parameter in sorted(_rules_and_parameters()[1].items()):
        values = {}
        for language in ("nl", "en"):
            try:
                values[language] = str(render(parameter, language, ""))
            except Exception:
                values[language] = repr(parameter.value)
        found[key] = {
            "regulation": parameter.citation.regulation,
            "article": parameter.citation.article,
            "description": str(getattr(parameter, "description", "")),
            **values,
        }
    return found


def registry() -> dict[str, dict[str, Any]]:
    """Return each regulation's title, version and date."""
    from mdrules.regulations import REGULATIONS

    return {
        key: {
            "title": regulation.title,
            "version": str(regulation.version),
            "date": regulation.version_date.isoformat() if regulation.version_date else None,
            "page": regulation.page,
        }
        for key, regulation in REGULATIONS.items()
    }


# --- Rule calls --------------------------------------------------------------------------------


class UnreplayableError(TypeError):
    """A value that cannot be carried from one version to another."""


def encode(value: object) -> object:
    """Return a value as JSON that names its type, so another version can rebuild it."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, enum.Enum):
        return {"$enum": type(value).__name__, "value": value.value}
    if isinstance(value, str):
        return str(value)
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$time": value.isoformat()}
    if isinstance(value, frozenset | set):
        items = [encode(item) for item in value]
        return {"$frozenset": sorted(items, key=lambda item: json.dumps(item, sort_keys=True))}
    if isinstance(value, tuple):
        return {"$tuple": [encode(item) for item in value]}
    if isinstance(value, list):
        return [encode(item) for item in value]
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return {"$model": type(value).__name__, "data": dump(mode="json")}
    msg = f"cannot carry a {type(value).__name__} between versions"
    raise UnreplayableError(msg)


def _candidates(hint: object) -> list[object]:
    """Return the types a hint allows: ``X | None`` gives X and None; Annotated its base."""
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        return _candidates(typing.get_args(hint)[0])
    if origin in {typing.Union, types.UnionType}:
        return [t for arg in typing.get_args(hint) for t in _candidates(arg)]
    return [hint]


def decode(value: object, hint: object) -> object:
    """Rebuild an encoded value as this version's type for a parameter's hint."""
    if isinstance(value, list):
        return [decode(item, object) for item in value]
    if not isinstance(value, dict):
        return value
    candidates = _candidates(hint)
    if "$enum" in value:
        for candidate in candidates:
            if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
                return candidate(value["value"])
        msg = f"this version has no {value['$enum']} for this input"
        raise UnreplayableError(msg)
    if "$datetime" in value:
        return dt.datetime.fromisoformat(value["$datetime"])
    if "$date" in value:
        return dt.date.fromisoformat(value["$date"])
    if "$time" in value:
        return dt.time.fromisoformat(value["$time"])
    inner = [typing.get_args(c)[0] for c in candidates if typing.get_args(c)]
    item_hint = inner[0] if inner else object
    if "$frozenset" in value:
        return frozenset(decode(item, item_hint) for item in value["$frozenset"])
    if "$tuple" in value:
        return tuple(decode(item, item_hint) for item in value["$tuple"])
    if "$model" in value:
        for candidate in candidates:
            validate = getattr(candidate, "model_validate", None)
            if callable(validate):
                return validate(value["data"])
        msg = f"this version has no {value['$model']} for this input"
        raise UnreplayableError(msg)
    return value


def result(call: Callable[[], Any]) -> dict[str, Any]:
    """Return what a rule call gives: the decision's outcome, articles, date and texts."""
    try:
        decision = call()
    except UnreplayableError as error:
        return {"unreplayable": str(error)}
    except Exception as error:
        return {"error": f"{type(error).__name__}: {error}"}
    texts = {}
    for language in ("nl", "en"):
        try:
            texts[language] = decision.explain(language)
        except Exception:
            texts[language] = None
    return {
        "outcome": decision.outcome.value,
        "articles": [citation.article for citation in decision.citations],
        "date": decision.date.isoformat() if decision.date else None,
        "conditions": [condition.key for condition in decision.conditions],
        "text": texts,
    }


class Recorder:
    """A pytest plugin that records every outermost rule call the examples and tests make."""

    def __init__(self) -> None:
        """Wrap every registered rule where the tests and examples look it up."""
        self.cases: dict[str, dict[str, Any]] = {}
        self.origin = ""
        self.depth = 0
        for key, rule in _rules_and_parameters()[0].items():
            original, attribute = rule.function, str(rule.function.__name__)
            wrapped = self._wrap(key, original)
            # The defining module, and every package that re-exports the rule (haarlem.incident).
            for module in list(sys.modules.values()):
                name = getattr(module, "__name__", "")
                if name.startswith("mdrules") and getattr(module, attribute, 0) is original:
                    setattr(module, attribute, wrapped)

    def _wrap(self, key: str, function: Callable[..., Any]) -> Callable[..., Any]:
        signature = inspect.signature(function)

        @functools.wraps(function)
        def recording(*args: object, **kwargs: object) -> object:
            if self.depth:
                return function(*args, **kwargs)
            self.depth += 1
            try:
                self._record(key, signature, function, args, kwargs)
            finally:
                self.depth -= 1
            return function(*args, **kwargs)

        return recording

    def _record(
        self,
        key: str,
        signature: inspect.Signature,
        function: Callable[..., Any],
        args: tuple[object, ...],
        kwargs: dict[str, object],
    ) -> None:
        try:
            bound = signature.bind(*args, **kwargs)
            inputs = {name: encode(value) for name, value in bound.arguments.items()}
        except (TypeError, UnreplayableError):
            return
        identity = json.dumps([key, inputs], sort_keys=True, ensure_ascii=False)
        if identity not in self.cases:
            self.cases[identity] = {
                "rule": key,
                "inputs": inputs,
                "origin": self.origin,
                "result": result(lambda: function(*args, **kwargs)),
            }

    def pytest_runtest_setup(self, item: Any) -> None:  # noqa: ANN401 (pytest's item)
        """Remember which example or test makes the calls that follow."""
        self.origin = str(item.nodeid)


def record(root: Path) -> list[dict[str, Any]]:
    """Run the version's rule tests and examples; return the rule calls they make."""
    import pytest

    from mdrules.regulations import REGULATIONS

    with contextlib.suppress(ImportError):
        from hypothesis import settings

        settings.register_profile("probe", derandomize=True, database=None, deadline=None)
        settings.load_profile("probe")
    recorder = Recorder()
    paths = ["docs"]
    for key in REGULATIONS:
        paths += [f"tests/test_{key}.py", f"src/mdrules/{key}.py", f"src/mdrules/{key}"]
        paths += [f"src/mdrules/regulations/{key}"]
    paths = [path for path in paths if (root / path).exists()]
    arguments = ["-q", "-p", "no:cacheprovider", "--no-header", "-o", "addopts=", "-W", "ignore"]
    arguments += ["--doctest-modules", "--doctest-glob=__nothing__", *paths]
    with contextlib.redirect_stdout(io.StringIO()):
        pytest.main(arguments, plugins=[recorder])
    owners = {
        f"docs/{r.page}.md": _line_owners(root / "docs" / f"{r.page}.md", key)
        for key, r in REGULATIONS.items()
    }
    for case in recorder.cases.values():
        case["origin"] = _article_of(case["origin"], owners)
    return sorted(recorder.cases.values(), key=lambda case: (case["rule"], case["origin"]))


def _line_owners(page: Path, regulation: str) -> list[str]:
    """Return the label each line of a regulation's page belongs to (none when it is missing)."""
    owners: list[str] = []
    if page.is_file():
        scan_units(page.read_text(encoding="utf-8"), regulation, owners)
    return owners


def _article_of(origin: str, owners: dict[str, list[str]]) -> str:
    """Name an example on a regulation's page by its article: ``docs/x.md::line:9`` -> label."""
    match = re.fullmatch(r"(?P<path>[^:]+)::line:(?P<line>\d+),column:\d+", origin)
    if match is None or match["path"] not in owners:
        return origin
    lines, line = owners[match["path"]], int(match["line"])
    return lines[line - 1] if 0 < line <= len(lines) else origin


def evaluate(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replay recorded calls against this version; return their results in the same order."""
    rules = _rules_and_parameters()[0]
    results = []
    for case in cases:
        rule = rules.get(case["rule"])
        if rule is None:
            results.append({"missing": f"this version has no rule {case['rule']}"})
            continue
        results.append(result(functools.partial(_replay, rule.function, case["inputs"])))
    return results


def _replay(function: Callable[..., Any], inputs: dict[str, Any]) -> Any:  # noqa: ANN401 (a decision)
    """Call a rule with recorded inputs rebuilt as this version's types."""
    hints = typing.get_type_hints(function, include_extras=True)
    missing = sorted(set(inputs) - set(inspect.signature(function).parameters))
    if missing:
        msg = f"this version's rule has no input {', '.join(missing)}"
        raise UnreplayableError(msg)
    return function(**{key: decode(value, hints.get(key, object)) for key, value in inputs.items()})


def main(argv: list[str]) -> int:
    """``snapshot ROOT OUT`` or ``evaluate ROOT CASES OUT``."""
    command, root = argv[0], Path(argv[1]).resolve()
    sys.path.insert(0, str(root / "src"))
    for name in [name for name in sys.modules if name == "mdrules" or name.startswith("mdrules.")]:
        del sys.modules[name]
    import os

    os.chdir(root)
    if command == "snapshot":
        data: object = {
            "registry": registry(),
            "articles": articles(root),
            "parameters": parameters(),
            "cases": record(root),
        }
        out = Path(argv[2])
    elif command == "evaluate":
        data = evaluate(json.loads(Path(argv[2]).read_text(encoding="utf-8")))
        out = Path(argv[3])
    else:
        print(f"probe: expected snapshot or evaluate; got {command!r}", file=sys.stderr)
        return 2
    out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
