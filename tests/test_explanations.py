"""The rules' explanations in English: a complete catalog, every message rendered, no Dutch left.

Each rule is called with a table of cases that together produce every message of the rules. Every
explanation is rendered in English and must read as English: no Dutch giveaway word, no Dutch
value (a word passed as plain text instead of a message is shown untranslated).
"""

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

import pytest

from mdrules.catalogs import check_package
from mdrules.cli import main
from mdrules.decision import Decision, Message
from mdrules.errors import TranslationError
from mdrules.i18n import Named, Phrase, Territory, translate
from mdrules.messages import extract_package
from mdrules.regulations import RULESETS, haarlem, leeuwarden
from mdrules.regulations.haarlem import (
    AccessoryProblem,
    CodeKind,
    DeviceProblem,
    Handover,
    Incident,
    Porting,
    Service,
    SoftwareOrigin,
    UnlockMethod,
)
from mdrules.regulations.leeuwarden import (
    MEANS,
    Activity,
    DataKind,
    Direction,
    Event,
    Location,
    Principal,
    Purpose,
    Requester,
    Transfer,
    Usage,
)
from mdrules.vocabulary import OFFICE_HOLDERS, DeviceKind, Role

DUTCH_GIVEAWAYS = (" de ", " het ", " een ", " niet ", " van ", "Grondslag")
"""Words that mark a Dutch sentence; an English explanation has none of them."""

MONDAY = dt.date(2026, 11, 23)
TUESDAY = dt.date(2026, 11, 24)
SATURDAY = dt.date(2026, 11, 21)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """Return a naive moment (Amsterdam time) on a day."""
    return dt.datetime.combine(day, dt.time(hour, minute))


JUDGEMENTS = (None, True, False)
PRIVATE_USE_JUDGEMENTS = ("within_rules", "not_disruptive", "without_extra_costs", "handled_safely")

CASES: dict[str, list[dict[str, Any]]] = {
    # Haarlem -------------------------------------------------------------------------------------
    "haarlem.office-holder": [{"role": role} for role in Role],
    "haarlem.software-license": [{"has_valid_license": valid} for valid in (True, False)],
    "haarlem.private-use": [
        dict(zip(PRIVATE_USE_JUDGEMENTS, values, strict=True))
        for values in (
            (None, None, None, None),
            (True, True, True, True),
            (True, True, True, None),
            (False, True, True, True),
            (True, False, True, True),
            (True, True, False, True),
            (True, True, True, False),
            (False, False, False, False),
        )
    ],
    "haarlem.support": [
        {"moment": at(MONDAY, 7, 44)},
        {"moment": at(MONDAY, 10)},
        {"moment": at(TUESDAY, 10)},
        {"moment": at(SATURDAY, 10)},
        {"moment": at(TUESDAY, 10), "holidays": frozenset({TUESDAY})},
    ],
    "haarlem.incident": [
        {"moment": moment, "event": event, "burglary": burglary, "police_report_relevant": relevant}
        for moment in (at(MONDAY, 10), at(SATURDAY, 23, 30))
        for event in Incident
        for burglary, relevant in ((True, None), (False, True), (False, False), (False, None))
    ]
    + [{"moment": at(MONDAY, 10), "event": Incident.THEFT, "holidays": frozenset({MONDAY})}],
    "haarlem.defective-device": [
        {"problem": DeviceProblem.MISSING},
        {"problem": DeviceProblem.WORN_BATTERY},
        *({"problem": DeviceProblem.DEFECT, "defective": d} for d in JUDGEMENTS),
    ],
    "haarlem.accessory": [{"problem": problem} for problem in AccessoryProblem],
    "haarlem.icloud-storage": [
        {"storage_gb": 0},
        {"storage_gb": 1},
        {"storage_gb": 6},
        {"storage_gb": 50},
        {"storage_gb": 6, "linked_to_work_address": True},
        {"storage_gb": 50, "linked_to_work_address": True},
    ],
    "haarlem.security-code": [
        {"code": code, "kind": kind} for code in ("1234", "4821") for kind in CodeKind
    ],
    "haarlem.device-security": [
        {"device": DeviceKind.LAPTOP, "login_account": True},
        {"device": DeviceKind.LAPTOP},
        {"device": DeviceKind.SMARTPHONE, "login_account": True},
        {"device": DeviceKind.SMARTPHONE, "sim_code": "0000", "unlock": UnlockMethod.FACE},
        {"device": DeviceKind.SMARTPHONE, "sim_code": "4821", "unlock": UnlockMethod.FINGERPRINT},
        {"device": DeviceKind.TABLET, "unlock": UnlockMethod.CODE, "unlock_code": "1234"},
        {"device": DeviceKind.TABLET, "unlock": UnlockMethod.PATTERN},
    ],
    "haarlem.device-combination": [
        {"smartphones": s, "laptops": laptops, "tablets": t}
        for s, laptops, t in itertools.product(range(3), repeat=3)
        if 0 < s + laptops + t <= 3
    ],
    "haarlem.device-return": [{"term_ended": ended} for ended in (True, False)],
    "haarlem.replacement": [
        {"device": device, "issued": dt.date(2023, 1, 10), "on": on}
        for device in haarlem.MOBILE_KINDS
        for on in (dt.date(2024, 1, 10), dt.date(2027, 6, 1))
    ],
    "haarlem.subscription": [
        {"service": Service.CALL, "country": "NL"},
        {"service": Service.CALL, "number": "0900-1234567"},
        {"service": Service.CALL, "number": "0906-1234567"},
        {"service": Service.SMS, "number": "0909 1234567"},
        {"service": Service.SMS, "country": "DE"},
        {"service": Service.DATA, "country": "FR", "month_data_gb": 5},
        {"service": Service.DATA, "country": "FR", "month_data_gb": 6},
        *(
            {"service": service, "country": "TR", "necessary_for_duties": necessary}
            for service in Service
            for necessary in JUDGEMENTS
        ),
        {"service": Service.CALL, "country": "US"},
    ],
    "haarlem.usage-data": [{"sim_on_loan": sim} for sim in (True, False)],
    "haarlem.sim-removal": [{}],
    "haarlem.number-porting": [
        {"porting": Porting.TO_ORGANISATION, "buyout": buyout} for buyout in JUDGEMENTS
    ]
    + [
        {"porting": Porting.TO_OTHER_PROVIDER, "term_ended": ended, "buyout": buyout}
        for ended in JUDGEMENTS
        for buyout in JUDGEMENTS
    ],
    "haarlem.support-scope": [
        {"organisation_device": device, "software": software}
        for device in (True, False)
        for software in SoftwareOrigin
    ],
    "haarlem.third-parties": [{"handover": handover} for handover in Handover],
    "haarlem.wired-connection": [
        {"last_connected": dt.date(2026, 1, 5), "on": on}
        for on in (dt.date(2026, 3, 1), dt.date(2026, 11, 23))
    ]
    + [{"last_connected": dt.date(2026, 1, 5), "on": MONDAY, "device": DeviceKind.TABLET}],
    "haarlem.review": [
        {"last_review": dt.date(2019, 10, 30), "on": on}
        for on in (dt.date(2020, 1, 6), dt.date(2020, 5, 1))
    ],
    # Leeuwarden ----------------------------------------------------------------------------------
    "leeuwarden.applies-to": [
        {"role": role, "uses_municipal_means": uses}
        for role in Role
        if role not in OFFICE_HOLDERS
        for uses in JUDGEMENTS
    ]
    + [
        {"role": role, "uses_municipal_means": uses, "college_applies": college}
        for role in sorted(OFFICE_HOLDERS)
        for uses in JUDGEMENTS
        for college in JUDGEMENTS
    ],
    "leeuwarden.means": [
        {"item": item, "provided_or_paid": provided} for item in MEANS for provided in JUDGEMENTS
    ],
    "leeuwarden.private-use": [
        {"item": item, "limited_and_not_disruptive": limited}
        for item in MEANS
        for limited in JUDGEMENTS
    ],
    "leeuwarden.lending": [
        {"item": item, "prior_permission": permission, "action": action}
        for item in MEANS
        for permission in JUDGEMENTS
        for action in Transfer
    ],
    "leeuwarden.subscription": [
        {"device": device, "necessary_for_duties": necessary}
        for device in (DeviceKind.SMARTPHONE, DeviceKind.LAPTOP, DeviceKind.TABLET)
        for necessary in JUDGEMENTS
    ],
    "leeuwarden.business-use": [
        {"service": Usage.VOICE, "device": DeviceKind.SMARTPHONE},
        *(
            {"service": Usage.DATA, "device": device}
            for device in (DeviceKind.SMARTPHONE, DeviceKind.LAPTOP, DeviceKind.TABLET)
        ),
    ],
    "leeuwarden.call-abroad": [
        {"country_of_stay": stay, "other_country": other, "direction": direction}
        for stay, other in (
            ("NL", "NL"),
            ("NL", "BE"),
            ("ES", "ES"),
            ("ES", "NL"),
            ("ES", "DE"),
            ("US", "NL"),
        )
        for direction in Direction
    ],
    "leeuwarden.data-abroad": [
        {"country": country, "necessary_for_duties": requires}
        for country in ("NL", "BE", "NO", "TR", "US")
        for requires in JUDGEMENTS
    ],
    "leeuwarden.app-origin": [
        {"country": country, "offensive_cyber_programme": programme}
        for country in ("NO", "CN")
        for programme in JUDGEMENTS
    ],
    "leeuwarden.business-mail": [{"purpose": purpose} for purpose in Purpose],
    "leeuwarden.byod": [
        {"device": device, "privately_owned": owned, "accesses_work": access}
        for device in DeviceKind
        for owned, access in ((True, True), (False, True), (True, False))
    ],
    "leeuwarden.byod-sim": [
        {"device": device}
        for device in (DeviceKind.SMARTPHONE, DeviceKind.LAPTOP, DeviceKind.TABLET)
    ],
    "leeuwarden.storage": [
        {"data": data, "location": location} for data in DataKind for location in Location
    ],
    "leeuwarden.password-request": [
        {"asked_by": requester, "misuse_suspected": suspected}
        for requester in Requester
        for suspected in (False, True)
    ],
    "leeuwarden.return-means": [
        {"last_working_day": dt.date(2026, 12, 31), "on": on}
        for on in (dt.date(2026, 11, 23), dt.date(2027, 1, 4))
    ],
    "leeuwarden.prohibited-activity": [
        {"activity": activity, "necessary_for_duties": necessary}
        for activity in Activity
        for necessary in JUDGEMENTS
    ],
    "leeuwarden.unsolicited-material": [
        {"continued": continued, "must_be_recorded": recorded}
        for continued in JUDGEMENTS
        for recorded in JUDGEMENTS
    ],
    "leeuwarden.loss-or-theft": [
        {"event": event, "byod": byod, "business_information": business}
        for event in Event
        for byod, business in ((False, None), (True, True), (True, None), (True, False))
    ],
    "leeuwarden.investigation": [
        {"targeted": targeted, "ordered_by": principal, "suspicion": suspicion}
        for targeted in (True, False)
        for principal in Principal
        for suspicion in JUDGEMENTS
    ],
}
"""Calls of each rule that together reach every branch, and so every message."""

CALLS = [(key, arguments) for key, table in CASES.items() for arguments in table]


def _call_id(key: str, arguments: dict[str, Any]) -> str:
    shown = ",".join(f"{name}={getattr(v, 'value', v)}" for name, v in arguments.items())
    return f"{key}({shown})"


def decide(key: str, arguments: dict[str, Any]) -> Decision:
    """Ask a rule, by its key, with the arguments of a case."""
    return RULESETS.rules[key].function(**arguments)


def _messages(decision: Decision) -> Iterator[Message]:
    yield decision.explanation
    yield from (condition.text for condition in decision.conditions)
    yield from decision.steps


def _values(value: object) -> Iterator[object]:
    """Yield a value and, for a list or tuple, every item in it."""
    if isinstance(value, list | tuple):
        for item in value:
            yield from _values(item)
    else:
        yield value


def _phrases(value: object) -> set[str]:
    """Return the phrases a value is shown by: a phrase, the words of a named value, in lists."""
    found: set[str] = set()
    for item in _values(value):
        if isinstance(item, Phrase):
            found.add(item)
        elif isinstance(item, Named) and isinstance(item.name, Phrase):
            found.add(item.name)
    return found


def message_ids(decision: Decision) -> set[str]:
    """Return the message ids a decision is rendered from: its texts and its phrases."""
    found = set()
    for message in _messages(decision):
        found.add(message.text)
        for value in message.values.values():
            found |= _phrases(value)
    return found


def parameter_phrases() -> set[str]:
    """Return the phrases of the parameters: the pages render them, rules need not."""
    return {
        phrase for parameter in RULESETS.parameters.values() for phrase in _phrases(parameter.value)
    }


def test_every_rule_has_cases() -> None:
    """The table asks every registered rule."""
    assert set(CASES) == set(RULESETS.rules)


def test_package_catalog_is_complete() -> None:
    """The English catalog has every message of the rules, translated, none fuzzy or obsolete."""
    status = check_package("en")
    assert (status.fuzzy, status.untranslated, status.missing, status.obsolete) == ([],) * 4
    assert status.complete


def test_every_message_can_be_extracted() -> None:
    """Every message text of the package is made of literals, so it reaches the catalog."""
    assert extract_package().problems == []


def test_the_cases_render_every_message_of_the_rules() -> None:
    """Together the cases produce every message of the two regulations' modules."""
    reasons = {classification.reason for classification in RULESETS.classifications.values()}
    wanted = {
        text
        for text, places in extract_package().messages.items()
        if text not in reasons
        and any(
            place.startswith(("mdrules/haarlem.py", "mdrules/leeuwarden.py")) for place in places
        )
    }
    produced: set[str] = set()
    for key, arguments in CALLS:
        produced |= message_ids(decide(key, arguments))
    assert sorted(wanted - produced - parameter_phrases()) == []
    assert sorted(produced - set(extract_package().messages)) == []


@pytest.mark.parametrize(("key", "arguments"), CALLS, ids=[_call_id(*call) for call in CALLS])
def test_explanation_is_english(key: str, arguments: dict[str, Any]) -> None:
    """Each case renders in English, with no Dutch word and no untranslated Dutch value."""
    decision = decide(key, arguments)
    english = decision.explain("en")
    assert [word for word in DUTCH_GIVEAWAYS if word in f" {english} "] == []
    assert english != decision.explain("nl")
    for message in _messages(decision):
        for value in message.values.values():
            for item in _values(value):
                if isinstance(item, str) and not isinstance(item, Phrase | Territory):
                    assert not any(c.isalpha() for c in item) or "@" in item, (item, message.text)


def test_country_is_named_in_the_language() -> None:
    """A country is shown by its name in the answer's language, not by its code."""
    decision = haarlem.subscription(Service.DATA, "TR")
    assert "(Turkije)" in decision.explain("nl")
    assert "(Türkiye)" in decision.explain("en")
    english = leeuwarden.call_abroad("ES", "NL").explain("en")
    assert "home country (Netherlands); country of stay: Spain." in english


def test_command_answers_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    """`mdrules ask --lang en` answers in English, with the English citation."""
    status = main(["ask", "--lang", "en", "haarlem", "security-code", "--code", "1234"])
    out = capsys.readouterr().out
    assert status == 0
    assert out.startswith("Not allowed: ")
    assert out.rstrip().endswith("Basis: Haarlem 2.3.16")


def test_a_missing_translation_is_an_error() -> None:
    """A message the catalog lacks is an error in English, not silent Dutch."""
    with pytest.raises(TranslationError, match="the en catalog has no translation of"):
        translate("Dit bericht staat niet in de catalogus.", "en")
    with pytest.raises(TranslationError):
        Message(text="Dit bericht staat niet in de catalogus.").render("en")


def test_parameter_phrases_are_translated() -> None:
    """Every word of a parameter, shown on the English pages, has its English text."""
    for phrase in sorted(parameter_phrases()):
        assert translate(phrase, "en") != "", phrase


@pytest.mark.parametrize(
    ("moment", "hours"),
    [
        (at(MONDAY, 10), "from 7:45 until 17:00"),
        (at(SATURDAY, 10), "from 7:45 until 17:00"),
        (at(TUESDAY, 10), "from 9:00 until 12:00"),
    ],
)
def test_opening_hours_read_until(moment: dt.datetime, hours: str) -> None:
    """In English "t/m" with times is "until" (TERMINOLOGY.md), in every opening-hours answer."""
    english = haarlem.support(moment).explain("en")
    assert hours in english
    assert " to 1" not in english
    incident = haarlem.incident(moment, Incident.DAMAGE, police_report_relevant=False)
    assert "from 7:45 until 17:00" in incident.explain("en")


@pytest.mark.parametrize(
    ("storage_gb", "dutch", "english"),
    [
        (1, "1 gigabyte kost de ambtsdrager niets", "1 GB costs the office holder nothing"),
        (6, "1 gigabyte extra opslag", "1 GB of extra storage"),
        (7, "2 gigabyte extra opslag", "2 GB of extra storage"),
        (50, "45 gigabyte extra opslag", "45 GB of extra storage"),
    ],
)
def test_storage_amounts_read_well_for_one_and_more(
    storage_gb: int, dutch: str, english: str
) -> None:
    """No "1 gigabytes": Dutch writes the unit after any number, English its symbol, GB."""
    decision = haarlem.icloud_storage(storage_gb)
    assert dutch in decision.explain("nl")
    assert english in decision.explain("en")
    assert "gigabytes" not in decision.explain("en")
