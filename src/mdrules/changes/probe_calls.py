"""The probe's rule calls: values carried between versions, and what a call gives.

Part of the probe (:mod:`mdrules.history.probe`): it runs inside another version's source tree and
imports nothing of the running ``mdrules``, only that version's own, inside its functions.
The handbook's page of changes imports it too (:mod:`mdrules.changes.since`), to ask a
stored release's calls again of the rules in use.

A rule that refuses its input (``ValueError``, as the ``mdrules`` command reports bad input) gives
a refusal, an outcome like any other. Any other failure of a call, or of reading its decision, is
an :class:`~mdrules.changes.probe_text.UnreadableError` naming the call: the version cannot be read.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import json
import re
import sys
import types
import typing
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING or __package__:
    from mdrules.changes.probe_text import UnreadableError, describe, rules_and_parameters
else:  # run by the probe script: its sibling file, never the version's own mdrules
    from probe_text import UnreadableError, describe, rules_and_parameters

#: What a rule raises to refuse its input: a refusal is an outcome.
REFUSALS = (ValueError, OverflowError)

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


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
        kinds = [c for c in candidates if isinstance(c, type) and issubclass(c, enum.Enum)]
        kinds.sort(key=lambda kind: kind.__name__ != value["$enum"])  # the same name first
        for kind in kinds:
            try:  # the value, or another name the enumeration takes for it (a Dutch word)
                return kind(value["value"])
            except ValueError:
                continue
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


def what(rule: str, inputs: dict[str, Any]) -> str:
    """Name a call in an error: its rule and its inputs as recorded.

    >>> what("haarlem.security-code", {"code": "1234"})
    'haarlem.security-code {"code": "1234"}'
    """
    return f"{rule} {json.dumps(inputs, ensure_ascii=False, sort_keys=True)}"


def result(call: Callable[[], Any], name: str, *, replayed: bool = False) -> dict[str, Any]:
    """Return what a rule call gives: its outcome, articles, date, conditions, steps and texts.

    ``name`` names the call in an error. A call replayed from another version whose inputs this
    version's rule cannot take (a ``TypeError``) is unreplayable, not an error.
    """
    try:
        decision = call()
    except UnreplayableError as error:
        return {"unreplayable": str(error)}
    except REFUSALS as error:
        return {"error": describe(error)}
    except Exception as error:
        if replayed and isinstance(error, TypeError):
            return {"unreplayable": f"this version's rule cannot take these inputs: {error}"}
        msg = f"the call {name} failed: {describe(error)}"
        raise UnreadableError(msg) from error
    try:
        return _answer(decision)
    except UnreadableError as error:
        msg = f"the answer to {name}: {error}"
        raise UnreadableError(msg) from error
    except Exception as error:
        msg = f"cannot read the answer to {name}: {describe(error)}"
        raise UnreadableError(msg) from error


def _answer(decision: Any) -> dict[str, Any]:  # noqa: ANN401 (the version's Decision)
    """Return a decision as data; the Dutch of its steps and conditions is part of its outcome."""
    return {
        "outcome": decision.outcome.value,
        "articles": [citation.article for citation in decision.citations],
        "date": decision.date.isoformat() if decision.date else None,
        "conditions": [condition.key for condition in decision.conditions],
        "condition_texts": _texts(
            lambda language: [c.render(language) for c in decision.conditions]
        ),
        "steps": _texts(lambda language: [step.render(language) for step in decision.steps]),
        "contacts": sorted(set(contacts(decision))),
        "text": _texts(decision.explain),
    }


def _texts(render: Callable[[str], Any]) -> dict[str, Any]:
    """Render a part of an answer in Dutch and English; English is ``None`` if untranslated.

    A message the English catalog lacks is the English that is missing, as for an article's text,
    not a version that cannot be read; any other failure is.
    """
    texts = {}
    for language in ("nl", "en"):
        try:
            texts[language] = render(language)
        except Exception as error:
            if language != "nl" and type(error).__name__ == "TranslationError":
                texts[language] = None
                continue
            msg = f"cannot render it in {language}: {describe(error)}"
            raise UnreadableError(msg) from error
    return texts


def contacts(decision: Any) -> Iterator[str]:  # noqa: ANN401 (the version's Decision)
    """Yield the phone numbers and e-mail addresses an answer gives, in any of its messages."""
    messages = [decision.explanation, *decision.steps, *(c.text for c in decision.conditions)]
    for message in messages:
        for value in getattr(message, "values", {}).values():
            yield from _contacts(value)


def _contacts(value: object) -> Iterator[str]:
    """Yield the contacts of a message's value: a phone number, an address, or a list of them.

    >>> list(_contacts(("servicedesk@example.org", "0000")))
    ['servicedesk@example.org']
    """
    if isinstance(value, str):
        if EMAIL.fullmatch(value):
            yield value
    elif hasattr(value, "dashed"):  # the version's PhoneNumber
        extension = getattr(value, "extension", None)
        yield f"{value.dashed} ({extension})" if extension else str(value.dashed)
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _contacts(item)


class Recorder:
    """Records every outermost rule call the examples and tests make, with what it gives.

    A call the version cannot answer is kept in ``failures``, because the example or test that
    made it would swallow the error; the probe raises the first after the run.
    """

    def __init__(self) -> None:
        """Wrap every registered rule where the tests and examples look it up."""
        self.cases: dict[str, dict[str, Any]] = {}
        self.failures: list[str] = []
        self.origin = ""
        self.depth = 0
        rules = rules_and_parameters()[0]
        # mdrules, and the top package of a regulation kept outside it (a test's "demo").
        packages = {"mdrules"} | {str(r.function.__module__).split(".")[0] for r in rules.values()}
        for key, rule in rules.items():
            original, attribute = rule.function, str(rule.function.__name__)
            wrapped = self._wrap(key, original)
            # The defining module, and every package that re-exports the rule (haarlem.incident).
            for module in list(sys.modules.values()):
                top = str(getattr(module, "__name__", "")).split(".")[0]
                if top in packages and getattr(module, attribute, 0) is original:
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
        if identity in self.cases:
            return
        try:
            given = result(lambda: function(*args, **kwargs), what(key, inputs))
        except UnreadableError as error:
            self.failures.append(f"{self.origin}: {error}")
            return
        self.cases[identity] = {
            "rule": key,
            "inputs": inputs,
            "origin": self.origin,
            "result": given,
        }

    def call(self, key: str, function: Callable[..., Any], arguments: dict[str, Any]) -> None:
        """Record a call made here, not by an example or a test: a row of a decision table."""
        self._record(key, inspect.signature(function), function, (), arguments)

    def pytest_runtest_setup(self, item: Any) -> None:  # noqa: ANN401 (pytest's item)
        """Remember which test makes the calls that follow."""
        self.origin = str(item.nodeid)


def evaluate(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replay recorded calls against this version; return their results in the same order."""
    rules = rules_and_parameters()[0]
    results = []
    for case in cases:
        rule = rules.get(case["rule"])
        if rule is None:
            results.append({"missing": f"this version has no rule {case['rule']}"})
            continue
        call = functools.partial(_replay, rule.function, case["inputs"])
        results.append(result(call, what(case["rule"], case["inputs"]), replayed=True))
    return results


def _replay(function: Callable[..., Any], inputs: dict[str, Any]) -> Any:  # noqa: ANN401 (a decision)
    """Call a rule with recorded inputs rebuilt as this version's types."""
    hints = typing.get_type_hints(function, include_extras=True)
    missing = sorted(set(inputs) - set(inspect.signature(function).parameters))
    if missing:
        msg = f"this version's rule has no input {', '.join(missing)}"
        raise UnreplayableError(msg)
    return function(**{key: decode(value, hints.get(key, object)) for key, value in inputs.items()})
