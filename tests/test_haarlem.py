"""The rules of Haarlem & Zandvoort: decision tables, boundaries, properties and bad input."""

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mdrules.decision import Decision, Outcome
from mdrules.errors import InputError
from mdrules.i18n import Named, Phrase
from mdrules.parameters import Parameter, PhoneNumber, render
from mdrules.regulations import RULESETS, haarlem
from mdrules.regulations.haarlem import (
    AccessoryProblem,
    DeviceProblem,
    Handover,
    Incident,
    Porting,
    Service,
    SoftwareOrigin,
    UnlockMethod,
)
from mdrules.vocabulary import (
    COUNTRIES,
    DEVICE_NAMES,
    IN_EU,
    OFFICE_HOLDERS,
    DeviceKind,
    Role,
)

PAGE = Path(__file__).resolve().parents[1] / "docs" / "haarlem" / "beleid.md"

# A week in November 2026: Monday 23 to Sunday 29; Saturday 21 and Sunday 22 before it.
MONDAY = dt.date(2026, 11, 23)
TUESDAY = dt.date(2026, 11, 24)
WEDNESDAY = dt.date(2026, 11, 25)
FRIDAY = dt.date(2026, 11, 27)
SATURDAY = dt.date(2026, 11, 21)
SUNDAY = dt.date(2026, 11, 22)

PHONE = haarlem.SERVICEDESK_PHONE.value
EMAIL = haarlem.SERVICEDESK_EMAIL.value
DATALEK = haarlem.DATALEK_EMAIL.value
FORBIDDEN = haarlem.FORBIDDEN_CODES.value


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """Return a naive moment (Amsterdam time) on a day."""
    return dt.datetime.combine(day, dt.time(hour, minute))


def articles(decision: Decision) -> list[str]:
    """Return the articles a decision cites, in order."""
    return [citation.article for citation in decision.citations]


def steps(decision: Decision) -> list[str]:
    """Return the steps of a decision as Dutch text."""
    return [step.render() for step in decision.steps]


# 2.1 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "office_holder"),
    [
        (Role.MAYOR, True),
        (Role.ALDERMAN, True),
        (Role.COUNCIL_MEMBER, True),
        (Role.COMMITTEE_MEMBER, True),
        (Role.EMPLOYEE, False),
        (Role.INTERN, False),
        (Role.TEMPORARY_WORKER, False),
        (Role.VOLUNTEER, False),
        (Role.OTHER_WORKER, False),
        (Role.EXTERNAL, False),
    ],
)
def test_office_holder(role: Role, office_holder: bool) -> None:
    """Mayor, aldermen, council and committee members are ambtsdrager; no one else is."""
    decision = haarlem.office_holder(role)
    assert decision.outcome is (Outcome.YES if office_holder else Outcome.NO)
    assert articles(decision) == ["2.1"]
    assert ("valt onder" in decision.explain()) is office_holder
    assert (role in OFFICE_HOLDERS) is office_holder


def test_mobile_devices_are_the_parameter() -> None:
    """The mobile devices of 2.1 are one parameter: the page's words, the rules' device kinds."""
    assert haarlem.MOBILE_KINDS == (DeviceKind.SMARTPHONE, DeviceKind.LAPTOP, DeviceKind.TABLET)
    assert render(haarlem.MOBILE_DEVICES, "nl", "or") == "mobiele telefoon, laptop of tablet"
    assert render(haarlem.MOBILE_DEVICES, "en", "or") == "mobile phone, laptop or tablet"
    assert haarlem.MOBILE_DEVICES.citation.article == "2.1"


# 2.3.1, 2.5.1 ------------------------------------------------------------------------------------

PRIVATE_USE_KEYS = ["within_rules", "not_disruptive", "without_extra_costs", "handled_safely"]
PRIVATE_USE_ARTICLES = {
    "within_rules": "2.3.1",
    "not_disruptive": "2.3.1",
    "without_extra_costs": "2.3.1",
    "handled_safely": "2.5.1",
}


@given(st.lists(st.sampled_from([None, True, False]), min_size=4, max_size=4))
def test_private_use_names_exactly_the_open_conditions(judgements: list[bool | None]) -> None:
    """Any mix of judgements: a failing one forbids; otherwise each open one is a condition."""
    given_ = dict(zip(PRIVATE_USE_KEYS, judgements, strict=True))
    decision = haarlem.private_use(**given_)
    failed = [key for key, value in given_.items() if value is False]
    open_keys = [key for key, value in given_.items() if value is None]
    if failed:
        assert decision.outcome is Outcome.NOT_ALLOWED
        assert articles(decision) == sorted({PRIVATE_USE_ARTICLES[key] for key in failed})
        assert len(decision.explanation.values["failed"]) == len(failed)
    elif open_keys:
        assert decision.outcome is Outcome.CONDITIONAL
        assert [c.key for c in decision.conditions] == open_keys
        assert [c.citation.article for c in decision.conditions] == [
            PRIVATE_USE_ARTICLES[key] for key in open_keys
        ]
    else:
        assert decision.outcome is Outcome.ALLOWED


def test_private_use_without_judgements_names_all_four_conditions() -> None:
    """Asked without judgements, the answer names the four conditions in the order of the text."""
    decision = haarlem.private_use()
    assert decision.outcome is Outcome.CONDITIONAL
    assert [c.key for c in decision.conditions] == PRIVATE_USE_KEYS
    text = decision.explain()
    assert "primair ten behoeve van het vervullen van de taak of functie" in text
    assert "veilig, zorgvuldig en integer" in text


# 2.3.3 -------------------------------------------------------------------------------------------


# 2.3.8, 2.3.9, 2.7.3 -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "holidays", "in_office_hours"),
    [
        (at(MONDAY, 7, 44), frozenset(), False),
        (at(MONDAY, 7, 45), frozenset(), True),
        (at(MONDAY, 12, 0), frozenset(), True),
        (at(MONDAY, 17, 0), frozenset(), True),
        (at(MONDAY, 17, 1), frozenset(), False),
        (at(FRIDAY, 17, 0), frozenset(), True),
        (at(SATURDAY, 12, 0), frozenset(), False),
        (at(SATURDAY, 23, 30), frozenset(), False),
        (at(SUNDAY, 10, 0), frozenset(), False),
        (at(MONDAY, 10, 0), frozenset({MONDAY}), False),
        (at(MONDAY, 10, 0), frozenset({TUESDAY}), True),
        (dt.datetime(2026, 11, 23, 16, 0, tzinfo=dt.UTC), frozenset(), True),
        (dt.datetime(2026, 11, 23, 16, 1, tzinfo=dt.UTC), frozenset(), False),
        (dt.datetime(2026, 7, 1, 15, 0, tzinfo=dt.UTC), frozenset(), True),
        (dt.datetime(2026, 7, 1, 15, 1, tzinfo=dt.UTC), frozenset(), False),
    ],
    ids=[
        "7:44",
        "7:45",
        "noon",
        "17:00",
        "17:01",
        "friday-17:00",
        "saturday-noon",
        "saturday-night",
        "sunday",
        "holiday",
        "other-holiday",
        "utc-winter-17:00",
        "utc-winter-17:01",
        "utc-summer-17:00",
        "utc-summer-17:01",
    ],
)
def test_incident_contact_by_time_of_day(
    moment: dt.datetime, holidays: frozenset[dt.date], in_office_hours: bool
) -> None:
    """In office hours the beheerder is called; outside them (weekend, holiday) mailed."""
    decision = haarlem.incident(
        moment, Incident.DAMAGE, police_report_relevant=False, holidays=holidays
    )
    assert decision.outcome is Outcome.REQUIRED
    assert haarlem.office_hours(moment, holidays) is in_office_hours
    first = steps(decision)[0]
    if in_office_hours:
        assert PHONE.dashed in first
        assert "tijdens kantooruren" in decision.explanation.render()
    else:
        assert EMAIL in first
        assert "buiten kantooruren" in decision.explanation.render()


@pytest.mark.parametrize(
    ("event", "cited", "blocked_and_reported"),
    [
        (Incident.DAMAGE, ["2.3.8", "2.7.3"], False),
        (Incident.LOSS, ["2.3.8", "2.3.9", "2.7.3"], True),
        (Incident.THEFT, ["2.3.8", "2.3.9", "2.7.3"], True),
    ],
)
def test_incident_after_theft_or_loss(
    event: Incident, cited: list[str], blocked_and_reported: bool
) -> None:
    """After theft or loss the beheerder blocks and wipes the device and reports the data leak."""
    decision = haarlem.incident(at(MONDAY, 10), event, police_report_relevant=False)
    assert articles(decision) == cited
    text = " ".join(steps(decision))
    assert ("blokkeert en wist" in text) is blocked_and_reported
    assert (DATALEK in text) is blocked_and_reported


@pytest.mark.parametrize(
    ("burglary", "police_report_relevant", "outcome", "police_steps"),
    [
        (True, None, Outcome.REQUIRED, True),
        (False, True, Outcome.REQUIRED, True),
        (True, True, Outcome.REQUIRED, True),
        (False, False, Outcome.REQUIRED, False),
        (True, False, Outcome.REQUIRED, False),
        (False, None, Outcome.REQUIRED, True),
    ],
)
def test_incident_police_report(
    burglary: bool, police_report_relevant: bool | None, outcome: Outcome, police_steps: bool
) -> None:
    """A burglary calls for a police report; otherwise it is a judgement, open until made."""
    decision = haarlem.incident(
        at(SATURDAY, 23, 30),
        Incident.THEFT,
        burglary=burglary,
        police_report_relevant=police_report_relevant,
    )
    assert decision.outcome is outcome
    text = " ".join(steps(decision))
    assert ("aangifte bij de politie" in text) is police_steps
    assert ("proces-verbaal" in text) is police_steps
    if police_report_relevant is None and not burglary:
        assert [c.key for c in decision.conditions] == ["police_report_relevant"]
        assert decision.conditions[0].citation.article == "2.3.8"
    else:
        assert decision.conditions == ()


@pytest.mark.parametrize("event", list(Incident))
@pytest.mark.parametrize("moment", [at(MONDAY, 10), at(SATURDAY, 23, 30)], ids=["in", "out"])
def test_informing_the_beheerder_is_never_conditional(event: Incident, moment: dt.datetime) -> None:
    """Only the police report waits for a judgement: informing the beheerder is always required."""
    decision = haarlem.incident(moment, event)
    assert decision.outcome is Outcome.REQUIRED
    assert "moet snel gemeld worden aan de beheerder" in decision.explanation.render()
    assert steps(decision)[0].startswith("Stel de beheerder snel op de hoogte")
    assert steps(decision)[1].startswith("Waar mogelijk en relevant: doe aangifte")
    assert [c.key for c in decision.conditions] == ["police_report_relevant"]
    assert decision.explain().startswith("Verplicht: ")


@given(
    day=st.sampled_from([SATURDAY, SUNDAY]),
    time=st.times(),
    event=st.sampled_from(list(Incident)),
)
def test_any_weekend_moment_is_outside_office_hours(
    day: dt.date, time: dt.time, event: Incident
) -> None:
    """Any moment on a Saturday or Sunday is outside office hours: mail, never call."""
    moment = dt.datetime.combine(day, time)
    assert not haarlem.office_hours(moment)
    decision = haarlem.incident(moment, event, police_report_relevant=False)
    assert EMAIL in steps(decision)[0]


@given(
    day=st.sampled_from([MONDAY, TUESDAY, WEDNESDAY, FRIDAY]),
    time=st.times(
        min_value=haarlem.SERVICEDESK_OPENS.value,
        max_value=haarlem.SERVICEDESK_CLOSES.value.replace(second=59, microsecond=999999),
    ),
)
def test_any_workday_moment_in_hours_is_office_hours(day: dt.date, time: dt.time) -> None:
    """Any moment on a workday from opening through the closing minute is within office hours."""
    assert haarlem.office_hours(dt.datetime.combine(day, time))


# 2.3.11 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("problem", [DeviceProblem.MISSING, DeviceProblem.WORN_BATTERY])
def test_defective_device_rejects_a_needless_judgement(problem: DeviceProblem) -> None:
    """A judgement of a defect for a missing device or a worn battery is bad input."""
    with pytest.raises(InputError) as refused:
        haarlem.defective_device(problem, defective=True)
    assert str(refused.value) == (
        f"verwacht geen oordeel --defective bij --problem {problem.value}; "
        "opgegeven: --defective ja"
    )
    assert refused.value.render("en") == (
        f"expected no judgement --defective for --problem {problem.value}; got --defective yes"
    )


# 2.3.12 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("problem", list(AccessoryProblem))
def test_accessory(problem: AccessoryProblem) -> None:
    """Accessories that are missing or defective are replaced by the office holder."""
    decision = haarlem.accessory(problem)
    assert decision.outcome is Outcome.REQUIRED
    assert articles(decision) == ["2.3.12"]
    assert "door de ambtsdrager zelf vervangen" in decision.explanation.render()


# 2.3.15 ------------------------------------------------------------------------------------------

FREE_GB = haarlem.ICLOUD_FREE_GB.value


@pytest.mark.parametrize(
    ("storage_gb", "outcome", "extra"),
    [
        (0, Outcome.YES, None),
        (FREE_GB - 1, Outcome.YES, None),
        (FREE_GB, Outcome.YES, None),
        (FREE_GB + 1, Outcome.NO, 1),
        (50, Outcome.NO, 50 - FREE_GB),
    ],
    ids=["none", "below", "exactly-free", "one-over", "50"],
)
def test_icloud_storage(storage_gb: int, outcome: Outcome, extra: int | None) -> None:
    """Storage in iCloud is free up to and including the free amount; the extra is at own cost."""
    decision = haarlem.icloud_storage(storage_gb)
    assert decision.outcome is outcome
    assert articles(decision) == ["2.3.15"]
    assert decision.explanation.values.get("extra") == extra


@pytest.mark.parametrize(
    ("storage_gb", "linked", "lapses"),
    [(50, True, True), (50, False, False), (FREE_GB, True, False)],
)
def test_icloud_extra_storage_linked_to_work_address(
    storage_gb: int, linked: bool, lapses: bool
) -> None:
    """Extra storage linked to a work address lapses with the address; free storage has none."""
    text = haarlem.icloud_storage(storage_gb, linked_to_work_address=linked).explain()
    assert ("vervalt" in text) is lapses


@given(st.integers(min_value=0, max_value=10_000))
def test_icloud_storage_is_free_exactly_up_to_the_limit(storage_gb: int) -> None:
    """Any storage is free if and only if it does not exceed the free amount."""
    decision = haarlem.icloud_storage(storage_gb)
    assert (decision.outcome is Outcome.YES) is (storage_gb <= FREE_GB)


def test_icloud_storage_rejects_negative_storage() -> None:
    """A negative storage is bad input."""
    with pytest.raises(
        ValueError,
        match=r"^verwacht een hoeveelheid opslag in gigabytes van 0 of meer; opgegeven: -1$",
    ):
        haarlem.icloud_storage(-1)


# 2.3.16 ------------------------------------------------------------------------------------------


@given(st.from_regex(r"\A[0-9]{4}\Z"))
def test_any_four_digit_code_but_the_forbidden_is_allowed(code: str) -> None:
    """Any code of four digits is allowed, except the forbidden codes."""
    allowed = haarlem.security_code(code).outcome is Outcome.ALLOWED
    assert allowed is (code not in FORBIDDEN)


OTHER_DIGITS = [
    "\u0661\u0662\u0663\u0664",  # Arabic-Indic digits: str.isdigit() says True
    "\u06f1\u06f2\u06f3\u06f4",  # Extended Arabic-Indic (Persian) digits
    "\u0967\u0968\u0969\u096a",  # Devanagari digits
    "\uff11\uff12\uff13\uff14",  # fullwidth digits
    "\u00b9\u00b2\u00b3\u2074",  # superscripts: isdigit() is True, int() refuses them
    "12\u0663\u0664",  # ASCII digits mixed with others
]
"""Digits of other scripts: not the digits 0 to 9 a code or a phone number is made of."""


@pytest.mark.parametrize("code", ["", "12a4", "12 34", "-123", "1234\n", *OTHER_DIGITS])
def test_security_code_rejects_non_digits(code: str) -> None:
    """A code that is not all digits 0 to 9 is bad input, whatever str.isdigit() says."""
    with pytest.raises(InputError) as refused:
        haarlem.security_code(code)
    assert (
        str(refused.value)
        == f"verwacht bij --code een code van cijfers, zoals 4821; opgegeven: {code!r}"
    )
    assert (
        refused.value.render("en")
        == f"expected --code to be a code of digits, such as 4821; got {code!r}"
    )


@pytest.mark.parametrize("code", OTHER_DIGITS)
@pytest.mark.parametrize("field", ["sim_code", "unlock_code"])
def test_device_security_rejects_other_digits(code: str, field: str) -> None:
    """A SIM or unlock code in digits of another script is bad input, not an allowed code."""
    arguments: dict[str, object] = {"device": DeviceKind.SMARTPHONE, field: code}
    if field == "unlock_code":
        arguments["unlock"] = UnlockMethod.CODE
    with pytest.raises(
        ValueError, match=r"^verwacht bij --code een code van cijfers, zoals 4821; opgegeven: "
    ):
        haarlem.device_security(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "number",
    [
        "\u0660\u0669\u0660\u0666-1234567",  # 0906 in Arabic-Indic digits: must not slip past
        "0906-\u0661\u0662\u0663\u0664\u0665\u0666\u0667",
        "\uff10\uff19\uff10\uff10 1234567",
        "06-\u00b2\u00b3",
    ],
)
def test_subscription_rejects_numbers_in_other_digits(number: str) -> None:
    """A phone number in digits of another script is bad input, not an unblocked number."""
    with pytest.raises(
        ValueError,
        match=r"^verwacht een telefoonnummer in de cijfers 0 tot en met 9; opgegeven: "
        + re.escape(repr(number))
        + ", met '.' \\(.+\\): cijfers van andere schriften worden niet gelezen$",
    ) as refused:
        haarlem.subscription(Service.CALL, "NL", number=number)
    assert isinstance(refused.value, InputError)
    assert re.fullmatch(
        r"expected a phone number in the digits 0 to 9; got "
        + re.escape(repr(number))
        + ", which has '.' \\(.+\\): other scripts' digits are not read",
        refused.value.render("en"),
    )


@pytest.mark.parametrize(
    ("device", "login", "sim", "unlock", "unlock_code", "outcome", "shortfalls"),
    [
        (DeviceKind.LAPTOP, True, "", UnlockMethod.NONE, "", Outcome.ALLOWED, 0),
        (DeviceKind.LAPTOP, False, "", UnlockMethod.NONE, "", Outcome.NOT_ALLOWED, 1),
        (DeviceKind.LAPTOP, True, "", UnlockMethod.FACE, "", Outcome.ALLOWED, 0),
        (DeviceKind.SMARTPHONE, False, "4821", UnlockMethod.FINGERPRINT, "", Outcome.ALLOWED, 0),
        (DeviceKind.SMARTPHONE, False, "4821", UnlockMethod.FACE, "", Outcome.ALLOWED, 0),
        (DeviceKind.SMARTPHONE, False, "4821", UnlockMethod.PATTERN, "", Outcome.ALLOWED, 0),
        (DeviceKind.SMARTPHONE, False, "4821", UnlockMethod.CODE, "9173", Outcome.ALLOWED, 0),
        (
            DeviceKind.SMARTPHONE,
            False,
            "4821",
            UnlockMethod.CODE,
            FORBIDDEN[0],
            Outcome.NOT_ALLOWED,
            1,
        ),
        (DeviceKind.SMARTPHONE, False, FORBIDDEN[1], UnlockMethod.FACE, "", Outcome.NOT_ALLOWED, 1),
        (DeviceKind.SMARTPHONE, False, "", UnlockMethod.FACE, "", Outcome.NOT_ALLOWED, 1),
        (DeviceKind.SMARTPHONE, False, "4821", UnlockMethod.NONE, "", Outcome.NOT_ALLOWED, 1),
        (DeviceKind.SMARTPHONE, True, "", UnlockMethod.NONE, "", Outcome.NOT_ALLOWED, 2),
        (DeviceKind.TABLET, False, "", UnlockMethod.PATTERN, "", Outcome.ALLOWED, 0),
        (DeviceKind.TABLET, False, "", UnlockMethod.CODE, "9173", Outcome.ALLOWED, 0),
        (DeviceKind.TABLET, False, "", UnlockMethod.CODE, FORBIDDEN[1], Outcome.NOT_ALLOWED, 1),
        (DeviceKind.TABLET, False, "", UnlockMethod.NONE, "", Outcome.NOT_ALLOWED, 1),
    ],
)
def test_device_security(
    device: DeviceKind,
    login: bool,
    sim: str,
    unlock: UnlockMethod,
    unlock_code: str,
    outcome: Outcome,
    shortfalls: int,
) -> None:
    """Laptops need a login; smartphones a SIM code; smartphones and tablets a secured unlock."""
    decision = haarlem.device_security(device, login, sim, unlock, unlock_code)
    assert decision.outcome is outcome
    assert articles(decision) == ["2.3.16"]
    assert len(decision.steps) == shortfalls


@given(st.from_regex(r"\A[0-9]{4}\Z"), st.sampled_from(list(UnlockMethod)[2:]))
def test_any_allowed_sim_code_secures_a_smartphone(sim_code: str, unlock: UnlockMethod) -> None:
    """A smartphone with a biometric or pattern unlock is secured by any allowed 4-digit code."""
    decision = haarlem.device_security(DeviceKind.SMARTPHONE, sim_code=sim_code, unlock=unlock)
    assert (decision.outcome is Outcome.ALLOWED) is (sim_code not in FORBIDDEN)


@pytest.mark.parametrize(
    ("arguments", "dutch", "english"),
    [
        (
            {"device": DeviceKind.DESKTOP},
            "verwacht een smartphone, laptop of tablet (de mobile devices van Haarlem); "
            "opgegeven: desktop",
            "expected a smartphone, laptop or tablet (the Haarlem mobile devices); got desktop",
        ),
        (
            {"device": DeviceKind.SMARTPHONE, "sim_code": "12ab"},
            "verwacht bij --code een code van cijfers, zoals 4821; opgegeven: '12ab'",
            "expected --code to be a code of digits, such as 4821; got '12ab'",
        ),
        (
            {"device": DeviceKind.TABLET, "unlock": UnlockMethod.CODE},
            "verwacht de ontgrendelcode (--unlock-code) bij --unlock code; opgegeven: geen",
            "expected the unlock code (--unlock-code) with --unlock code; got none",
        ),
        (
            {"device": DeviceKind.TABLET, "unlock": UnlockMethod.FACE, "unlock_code": "9173"},
            "verwacht --unlock code bij een ontgrendelcode (--unlock-code); opgegeven: "
            "--unlock face",
            "expected --unlock code together with an unlock code (--unlock-code); got "
            "--unlock face",
        ),
    ],
    ids=["desktop", "sim-letters", "code-missing", "code-without-code-unlock"],
)
def test_device_security_bad_input(arguments: dict[str, object], dutch: str, english: str) -> None:
    """An unknown device kind, a non-digit code or a code without its method is bad input."""
    with pytest.raises(InputError) as refused:
        haarlem.device_security(**arguments)  # type: ignore[arg-type]
    assert (str(refused.value), refused.value.render("en")) == (dutch, english)


def test_unlock_names_derive_from_the_parameter() -> None:
    """The ways to secure the unlock screen: the code, then the list the page renders."""
    alternatives = haarlem.UNLOCK_ALTERNATIVES.value
    assert render(haarlem.UNLOCK_ALTERNATIVES, "nl", "or") == (
        "vingerscan, gezichtsscan of beveiligingspatroon"
    )
    assert list(haarlem.UNLOCK_NAMES) == [UnlockMethod.CODE, *(word.kind for word in alternatives)]
    assert set(haarlem.UNLOCK_NAMES) == set(UnlockMethod) - {UnlockMethod.NONE}
    unsecured = haarlem.device_security(DeviceKind.TABLET).steps[0].render()
    assert "code, vingerscan, gezichtsscan of beveiligingspatroon" in unsecured


# 2.4.1, 2.4.2 ------------------------------------------------------------------------------------


@given(
    st.integers(min_value=0, max_value=5),
    st.integers(min_value=0, max_value=5),
    st.integers(min_value=0, max_value=5),
)
def test_more_devices_than_the_maximum_are_never_allowed(
    smartphones: int, laptops: int, tablets: int
) -> None:
    """Any request of more devices than the maximum is not allowed."""
    total = smartphones + laptops + tablets
    if total == 0:
        return
    decision = haarlem.device_combination(smartphones, laptops, tablets)
    if total > haarlem.MAX_DEVICES.value:
        assert decision.outcome is Outcome.NOT_ALLOWED


@pytest.mark.parametrize(
    ("counts", "dutch", "english"),
    [
        (
            (0, 0, 0),
            "verwacht ten minste één smartphone, laptop of tablet; opgegeven: geen",
            "expected at least one smartphone, laptop or tablet; got none",
        ),
        (
            (-1, 0, 0),
            "verwacht een aantal smartphones van 0 of meer; opgegeven: -1",
            "expected a number of smartphones of 0 or more; got -1",
        ),
        (
            (1, -1, 0),
            "verwacht een aantal laptops van 0 of meer; opgegeven: -1",
            "expected a number of laptops of 0 or more; got -1",
        ),
        (
            (1, 0, -2),
            "verwacht een aantal tablets van 0 of meer; opgegeven: -2",
            "expected a number of tablets of 0 or more; got -2",
        ),
    ],
)
def test_device_combination_bad_input(
    counts: tuple[int, int, int], dutch: str, english: str
) -> None:
    """No devices at all, or a negative number, is bad input."""
    with pytest.raises(InputError) as refused:
        haarlem.device_combination(*counts)
    assert (str(refused.value), refused.value.render("en")) == (dutch, english)


def test_device_combinations_are_written_as_the_text_writes_them() -> None:
    """The allowed combinations render as 2.4.2 lists them."""
    parameter = RULESETS.parameters["haarlem.device_combinations"]
    rendered = render(parameter, "nl", "or")
    assert rendered == "Smartphone, Smartphone + laptop of Smartphone + tablet"


def test_every_combination_that_can_be_asked_has_a_name() -> None:
    """Each combination of up to the maximum of devices has a name, a message to translate."""
    kinds = (DeviceKind.SMARTPHONE, DeviceKind.LAPTOP, DeviceKind.TABLET)
    for size in range(1, haarlem.MAX_DEVICES.value + 1):
        for devices in itertools.combinations_with_replacement(kinds, size):
            name = haarlem.DeviceSet(devices=devices).name
            assert isinstance(name, Phrase)
            assert name == name[:1].upper() + " + ".join(DEVICE_NAMES[d] for d in devices)[1:]


def test_a_combination_without_a_name_is_refused() -> None:
    """A combination the table does not name cannot be shown."""
    with pytest.raises(ValueError, match=r"^expected a combination named in COMBINATION_NAMES"):
        _ = haarlem.DeviceSet(devices=(DeviceKind.DESKTOP,)).name


# 2.4.4, 2.4.5 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term_ended", "outcome", "cited"),
    [
        (True, Outcome.REQUIRED, ["2.4.4", "2.4.5"]),
        (False, Outcome.INFORMATION, ["2.4.4"]),
    ],
)
def test_device_return(term_ended: bool, outcome: Outcome, cited: list[str]) -> None:
    """At the end of the term devices are returned complete; then wiped, reset, codes set."""
    decision = haarlem.device_return(term_ended)
    assert decision.outcome is outcome
    assert articles(decision) == cited
    text = " ".join(steps(decision))
    assert ("inclusief accessoires" in text) is term_ended
    assert ("fabriekswaarden" in text) is term_ended
    assert (f"ingesteld op {haarlem.RESET_CODE.value}" in text) is term_ended


# 2.4.6 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("device", "issued", "on", "due", "replaced"),
    [
        (DeviceKind.SMARTPHONE, "2023-11-23", "2026-11-22", "2026-11-23", False),
        (DeviceKind.SMARTPHONE, "2023-11-23", "2026-11-23", "2026-11-23", True),
        (DeviceKind.TABLET, "2023-11-23", "2026-11-23", "2026-11-23", True),
        (DeviceKind.SMARTPHONE, "2023-11-23", "2023-11-23", "2026-11-23", False),
        (DeviceKind.LAPTOP, "2023-11-23", "2026-11-23", "2027-11-23", False),
        (DeviceKind.LAPTOP, "2023-11-23", "2027-11-22", "2027-11-23", False),
        (DeviceKind.LAPTOP, "2023-11-23", "2027-11-23", "2027-11-23", True),
        (DeviceKind.TABLET, "2021-02-28", "2024-02-28", "2024-02-28", True),
        (DeviceKind.SMARTPHONE, "2020-05-31", "2023-05-30", "2023-05-31", False),
    ],
    ids=[
        "phone-day-before-36",
        "phone-36-exactly",
        "tablet-36-exactly",
        "phone-issue-day",
        "laptop-36-not-yet",
        "laptop-day-before-48",
        "laptop-48-exactly",
        "tablet-february",
        "phone-month-end",
    ],
)
def test_replacement(device: DeviceKind, issued: str, on: str, due: str, replaced: bool) -> None:
    """Smartphones and tablets are replaced after 36 months, laptops after 48, that day included."""
    decision = haarlem.replacement(device, dt.date.fromisoformat(issued), dt.date.fromisoformat(on))
    assert decision.outcome is Outcome.DEADLINE
    assert articles(decision) == ["2.4.6"]
    assert decision.date == dt.date.fromisoformat(due)
    assert ("verstreken" in decision.explain()) is replaced


@pytest.mark.parametrize(
    ("device", "months"),
    [
        (DeviceKind.SMARTPHONE, haarlem.DEPRECIATION_SMARTPHONE_TABLET.value),
        (DeviceKind.TABLET, haarlem.DEPRECIATION_SMARTPHONE_TABLET.value),
        (DeviceKind.LAPTOP, haarlem.DEPRECIATION_LAPTOP.value),
    ],
)
def test_depreciation_months(device: DeviceKind, months: int) -> None:
    """Each mobile device kind has the depreciation period its parameter sets."""
    assert haarlem.depreciation_months(device) == months


def test_replacement_rejects_a_date_before_the_issue_date() -> None:
    """A date before the issue date is bad input."""
    with pytest.raises(InputError) as refused:
        haarlem.replacement(DeviceKind.SMARTPHONE, dt.date(2023, 11, 23), dt.date(2023, 11, 22))
    assert str(refused.value) == (
        "verwacht een datum op of na de datum van uitgifte 2023-11-23; opgegeven: 2023-11-22"
    )
    assert refused.value.render("en") == (
        "expected a date on or after the issue date 2023-11-23; got 2023-11-22"
    )


@pytest.mark.parametrize("device", [DeviceKind.DESKTOP, DeviceKind.MONITOR, DeviceKind.THIN_CLIENT])
def test_replacement_rejects_other_devices(device: DeviceKind) -> None:
    """A device that is not a Haarlem mobile device is bad input."""
    with pytest.raises(ValueError, match=r"^verwacht een smartphone, laptop of tablet"):
        haarlem.replacement(device, dt.date(2023, 11, 23), dt.date(2026, 11, 23))


# 2.5.3, 2.5.4 ------------------------------------------------------------------------------------

# The decision table of subscription is tables/s2_5_subscription.toml.


def test_the_judgement_outside_the_eu_cites_2_5_4() -> None:
    """Outside the EU the open judgement is whether the use is necessary for the office (2.5.4)."""
    decision = haarlem.subscription(Service.DATA, "TR")
    assert [(c.key, c.citation.article) for c in decision.conditions] == [
        ("necessary_for_duties", "2.5.4")
    ]


EU_DATA_GB = haarlem.EU_DATA_GB_PER_MONTH.value


@pytest.mark.parametrize(
    ("service", "country", "language", "shown"),
    [
        (Service.DATA, "TR", "nl", "buiten de EU (Turkije)"),
        (Service.DATA, "TR", "en", "outside the EU (Türkiye)"),
        (Service.SMS, "DE", "nl", "in de EU (Duitsland)"),
        (Service.CALL, "US", "en", "outside the EU (United States)"),
    ],
)
def test_subscription_names_the_country(
    service: Service, country: str, language: str, shown: str
) -> None:
    """The country is named in the answer's language, not shown as its code."""
    assert shown in haarlem.subscription(service, country).explain(language)


@given(st.sampled_from(sorted(IN_EU)), st.sampled_from(list(Service)))
def test_any_eu_country_is_covered(country: str, service: Service) -> None:
    """In any EU member state calls, SMS/MMS and data within the maximum are allowed."""
    decision = haarlem.subscription(service, country, month_data_gb=EU_DATA_GB)
    assert decision.outcome is Outcome.ALLOWED
    assert articles(decision) == ["2.5.3"]


@given(st.sampled_from(sorted(COUNTRIES - IN_EU)), st.sampled_from(list(Service)))
def test_any_country_outside_the_eu_needs_the_judgement(country: str, service: Service) -> None:
    """Outside the EU any use is conditional on being necessary for the office."""
    decision = haarlem.subscription(service, country)
    assert decision.outcome is Outcome.CONDITIONAL
    assert articles(decision) == ["2.5.4"]


@pytest.mark.parametrize(
    ("arguments", "dutch", "english"),
    [
        (
            {"service": Service.CALL, "country": "XX"},
            "verwacht een landcode volgens ISO 3166-1 alpha-2, zoals NL, TR of US; opgegeven: 'XX'",
            "expected an ISO 3166-1 alpha-2 country code such as NL, TR or US; got 'XX'",
        ),
        (
            {"service": Service.CALL, "number": "06-abc"},
            "verwacht een telefoonnummer van cijfers, spaties, +, -, (, ), . of /, zoals "
            "0906-1234567 of +31 906 1234567; opgegeven: '06-abc'",
            "expected a phone number of digits, spaces, +, -, (, ), . or /, such as "
            "0906-1234567 or +31 906 1234567; got '06-abc'",
        ),
        (
            {"service": Service.DATA, "number": "0612345678"},
            "--number hoort niet bij --service data; laat --number weg (opgegeven: '0612345678')",
            "--number does not go with --service data; leave --number out (got '0612345678')",
        ),
        (
            {"service": Service.DATA, "month_data_gb": -1},
            "verwacht het datagebruik in gigabytes van 0 of meer; opgegeven: -1",
            "expected data use in gigabytes of 0 or more; got -1",
        ),
    ],
    ids=["country", "number", "number-with-data", "negative-data"],
)
def test_subscription_bad_input(arguments: dict[str, object], dutch: str, english: str) -> None:
    """An unknown country, a non-digit number, a number with data, negative data: bad input."""
    with pytest.raises(InputError) as refused:
        haarlem.subscription(**arguments)  # type: ignore[arg-type]
    assert (str(refused.value), refused.value.render("en")) == (dutch, english)


# 2.5.5, 2.3.4 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sim_on_loan", "provider_step"),
    [(True, True), (False, False)],
    ids=["sim-on-loan", "no-sim"],
)
def test_usage_data(sim_on_loan: bool, provider_step: bool) -> None:
    """The provider's data on a SIM card on loan, and the beheerder's checks of software."""
    decision = haarlem.usage_data(sim_on_loan=sim_on_loan)
    assert decision.outcome is Outcome.INFORMATION
    assert articles(decision) == ["2.5.5", "2.3.4"]
    assert decision.conditions == ()
    text = " ".join(steps(decision))
    assert ("voor monitoring doeleinden" in text) is provider_step
    assert "met inachtneming van de Nota Privacy beleid" in steps(decision)[-1]
    assert "controles uitvoeren ten aanzien van geïnstalleerde software of apps" in text


# 2.5.6 -------------------------------------------------------------------------------------------


def test_sim_removal() -> None:
    """The office holder may not remove the SIM card from the device."""
    decision = haarlem.sim_removal()
    assert decision.outcome is Outcome.NOT_ALLOWED
    assert articles(decision) == ["2.5.6"]


# 2.5.7 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("porting", "term_ended", "buyout", "outcome", "keys", "buyout_steps"),
    [
        (Porting.TO_ORGANISATION, None, None, Outcome.ALLOWED, [], 1),
        (Porting.TO_ORGANISATION, None, True, Outcome.ALLOWED, [], 1),
        (Porting.TO_ORGANISATION, None, False, Outcome.ALLOWED, [], 0),
        (Porting.TO_OTHER_PROVIDER, None, None, Outcome.CONDITIONAL, ["term_ended"], 1),
        (Porting.TO_OTHER_PROVIDER, None, False, Outcome.CONDITIONAL, ["term_ended"], 0),
        (Porting.TO_OTHER_PROVIDER, True, None, Outcome.ALLOWED, [], 1),
        (Porting.TO_OTHER_PROVIDER, True, True, Outcome.ALLOWED, [], 1),
        (Porting.TO_OTHER_PROVIDER, True, False, Outcome.ALLOWED, [], 0),
        (Porting.TO_OTHER_PROVIDER, False, None, Outcome.NOT_ALLOWED, [], 0),
        (Porting.TO_OTHER_PROVIDER, False, True, Outcome.NOT_ALLOWED, [], 0),
    ],
)  # fmt: skip
def test_number_porting(
    porting: Porting,
    term_ended: bool | None,
    buyout: bool | None,
    outcome: Outcome,
    keys: list[str],
    buyout_steps: int,
) -> None:
    """A private number can come in; the organisation's number can leave at the end of the term.

    A buyout is never paid by the organisation: when one is needed, or may be, the answer says
    that its costs are the office holder's own.
    """
    decision = haarlem.number_porting(porting, term_ended=term_ended, buyout=buyout)
    assert decision.outcome is outcome
    assert articles(decision) == ["2.5.7"]
    assert [c.key for c in decision.conditions] == keys
    assert len(decision.steps) == buyout_steps
    for step in steps(decision):
        assert "voor eigen rekening" in step
        assert "geen afkoop van contracten en abonnementen" in step


def test_number_porting_asks_no_term_for_a_private_number() -> None:
    """The end of the term matters only for the organisation's number: otherwise it is refused."""
    with pytest.raises(InputError) as refused:
        haarlem.number_porting(Porting.TO_ORGANISATION, term_ended=True)
    assert str(refused.value) == (
        "verwacht geen --term-ended bij het overzetten van een privénummer naar de organisatie; "
        "opgegeven: --term-ended ja"
    )
    assert refused.value.render("en") == (
        "expected no --term-ended for porting a private number to the organisation; "
        "got --term-ended yes"
    )


# 2.6.2 -------------------------------------------------------------------------------------------

LAST_WIRED = dt.date(2026, 1, 5)
WIRED_DAYS = haarlem.WIRED_CONNECTION_DAYS.value


@pytest.mark.parametrize(
    ("on", "overdue"),
    [
        (LAST_WIRED, False),
        (dt.date(2026, 7, 3), False),
        (dt.date(2026, 7, 4), False),
        (dt.date(2026, 7, 5), True),
        (dt.date(2027, 1, 5), True),
    ],
    ids=["same-day", "day-179", "day-180-exactly", "day-181", "a-year"],
)
def test_wired_connection(on: dt.date, overdue: bool) -> None:
    """A laptop is connected by cable within 180 days; the 180th day is still in time."""
    decision = haarlem.wired_connection(LAST_WIRED, on)
    assert decision.outcome is Outcome.DEADLINE
    assert articles(decision) == ["2.6.2"]
    assert decision.date == dt.date(2026, 7, 4)
    assert ("verstreken" in decision.explain()) is overdue


@pytest.mark.parametrize(
    ("device", "network_port"),
    [(DeviceKind.SMARTPHONE, True), (DeviceKind.TABLET, True), (DeviceKind.LAPTOP, False)],
)
def test_wired_connection_only_for_laptops_with_a_port(
    device: DeviceKind, network_port: bool
) -> None:
    """The duty holds only for laptops with a physical network port."""
    decision = haarlem.wired_connection(LAST_WIRED, MONDAY, device, network_port)
    assert decision.outcome is Outcome.INFORMATION
    assert decision.date is None


@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(9000, 12, 31)),
    st.integers(min_value=0, max_value=1000),
)
def test_wired_connection_deadline_property(last: dt.date, elapsed: int) -> None:
    """The deadline is always 180 days after the last connection; late only after it."""
    on = last + dt.timedelta(days=elapsed)
    decision = haarlem.wired_connection(last, on)
    assert decision.date == last + dt.timedelta(days=WIRED_DAYS)
    assert ("verstreken" in decision.explain()) is (elapsed > WIRED_DAYS)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            {"last_connected": LAST_WIRED, "on": dt.date(2026, 1, 4)},
            r"^verwacht een datum op of na de laatste verbinding 2026-01-05; "
            r"opgegeven: 2026-01-04$",
        ),
        (
            {"last_connected": LAST_WIRED, "on": MONDAY, "device": DeviceKind.DESKTOP},
            r"^verwacht een smartphone, laptop of tablet",
        ),
    ],
    ids=["date-before", "desktop"],
)
def test_wired_connection_bad_input(arguments: dict[str, object], message: str) -> None:
    """A date before the last connection, or a device that is not mobile, is bad input."""
    with pytest.raises(ValueError, match=message):
        haarlem.wired_connection(**arguments)  # type: ignore[arg-type]


# 2.7.1, 2.7.2 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("organisation_device", "software", "outcome", "cited"),
    [
        (True, SoftwareOrigin.ORGANISATION, Outcome.YES, ["2.7.1"]),
        (True, SoftwareOrigin.PRIVATELY_BOUGHT, Outcome.NO, ["2.7.1", "2.7.2"]),
        (True, SoftwareOrigin.OTHER, Outcome.NO, ["2.7.1"]),
        (False, SoftwareOrigin.ORGANISATION, Outcome.NO, ["2.7.1"]),
        (False, SoftwareOrigin.PRIVATELY_BOUGHT, Outcome.NO, ["2.7.1"]),
        (False, SoftwareOrigin.OTHER, Outcome.NO, ["2.7.1"]),
    ],
)  # fmt: skip
def test_support_scope(
    organisation_device: bool, software: SoftwareOrigin, outcome: Outcome, cited: list[str]
) -> None:
    """Support only on the organisation's devices with its software; never for bought apps."""
    decision = haarlem.support_scope(organisation_device, software)
    assert decision.outcome is outcome
    assert articles(decision) == cited
    assert decision.conditions == ()


# 2.7.3 - 2.7.5 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "holidays", "available"),
    [
        (at(MONDAY, 7, 44), frozenset(), ("FIX pagina",)),
        (at(MONDAY, 7, 45), frozenset(), ("servicedesk IV", "FIX pagina")),
        (at(MONDAY, 8, 59), frozenset(), ("servicedesk IV", "FIX pagina")),
        (at(MONDAY, 9, 0), frozenset(), ("servicedesk IV", "FIX pagina", "ICT-Loket")),
        (at(MONDAY, 13, 0), frozenset(), ("servicedesk IV", "FIX pagina", "ICT-Loket")),
        (at(MONDAY, 13, 1), frozenset(), ("servicedesk IV", "FIX pagina")),
        (at(MONDAY, 17, 0), frozenset(), ("servicedesk IV", "FIX pagina")),
        (at(MONDAY, 17, 1), frozenset(), ("FIX pagina",)),
        (
            at(TUESDAY, 9, 0),
            frozenset(),
            ("servicedesk IV", "FIX pagina", "ICT-Loket", "ICT-Loket Zandvoort"),
        ),
        (
            at(TUESDAY, 12, 0),
            frozenset(),
            ("servicedesk IV", "FIX pagina", "ICT-Loket", "ICT-Loket Zandvoort"),
        ),
        (at(TUESDAY, 12, 1), frozenset(), ("servicedesk IV", "FIX pagina", "ICT-Loket")),
        (at(WEDNESDAY, 10, 0), frozenset(), ("servicedesk IV", "FIX pagina", "ICT-Loket")),
        (at(SATURDAY, 10, 0), frozenset(), ("FIX pagina", "ICT-Loket")),
        (at(SUNDAY, 13, 1), frozenset(), ("FIX pagina",)),
        (
            at(TUESDAY, 10, 0),
            frozenset({TUESDAY}),
            ("FIX pagina", "ICT-Loket", "ICT-Loket Zandvoort"),
        ),
    ],
    ids=[
        "7:44",
        "7:45",
        "8:59",
        "9:00",
        "13:00",
        "13:01",
        "17:00",
        "17:01",
        "tuesday-9:00",
        "tuesday-12:00",
        "tuesday-12:01",
        "wednesday",
        "saturday",
        "sunday-13:01",
        "holiday-tuesday",
    ],
)
def test_support(
    moment: dt.datetime, holidays: frozenset[dt.date], available: tuple[str, ...]
) -> None:
    """Servicedesk on workdays 7:45-17:00, FIX always, ICT-Loket daily, Zandvoort on Tuesday."""
    decision = haarlem.support(moment, holidays)
    assert decision.outcome is Outcome.INFORMATION
    assert articles(decision) == ["2.7.3", "2.7.4", "2.7.5"]
    assert decision.explanation.values["available"] == available


@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1)))
def test_fix_is_always_available(moment: dt.datetime) -> None:
    """Digital reports via FIX can be made at any moment."""
    decision = haarlem.support(moment)
    assert "FIX pagina" in decision.explanation.values["available"]
    weekend = moment.weekday() >= 5
    if weekend:
        assert "servicedesk IV" not in decision.explanation.values["available"]


def test_support_names_the_servicedesk_numbers() -> None:
    """The servicedesk step names the extension and the full number of 2.7.3."""
    decision = haarlem.support(at(MONDAY, 10))
    desk = steps(decision)[0]
    assert isinstance(PHONE, PhoneNumber)
    assert PHONE.extension is not None
    assert PHONE.extension in desk
    assert PHONE.plain in desk


# 2.8.1 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("handover", "words"),
    [
        (Handover.USE, "ICT-middelen mogen niet aan derden in gebruik worden gegeven"),
        (Handover.SOFTWARE_COPY, "kopieën van programmatuur mogen niet aan derden"),
    ],
)
def test_third_parties(handover: Handover, words: str) -> None:
    """ICT resources and copies of software never go to third parties: no permission lifts it."""
    decision = haarlem.third_parties(handover)
    assert decision.outcome is Outcome.NOT_ALLOWED
    assert articles(decision) == ["2.1", "2.8.1"]
    assert decision.conditions == ()
    text = decision.explanation.render()
    assert words in text
    assert "Derden zijn iedereen die geen medewerker of ambtsdrager is" in text


# 2.9.1 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "on", "due", "overdue"),
    [
        ("2019-10-30", "2019-10-30", "2020-04-30", False),
        ("2019-10-30", "2020-04-29", "2020-04-30", False),
        ("2019-10-30", "2020-04-30", "2020-04-30", False),
        ("2019-10-30", "2020-05-01", "2020-04-30", True),
        ("2020-08-31", "2021-02-28", "2021-02-28", False),
        ("2020-08-31", "2021-03-01", "2021-02-28", True),
    ],
    ids=["same-day", "day-before", "6-months-exactly", "day-after", "month-end", "month-end-late"],
)
def test_review(last: str, on: str, due: str, overdue: bool) -> None:
    """The policy is reviewed at least every half year; the day six months on is still in time."""
    decision = haarlem.review(dt.date.fromisoformat(last), dt.date.fromisoformat(on))
    assert decision.outcome is Outcome.DEADLINE
    assert articles(decision) == ["2.9.1"]
    assert decision.date == dt.date.fromisoformat(due)
    assert ("verstreken" in decision.explain()) is overdue


def test_review_rejects_a_date_before_the_last_review() -> None:
    """A date before the last review is bad input."""
    with pytest.raises(
        ValueError,
        match=r"^verwacht een datum op of na de laatste beoordeling 2020-01-02; "
        r"opgegeven: 2020-01-01$",
    ):
        haarlem.review(dt.date(2020, 1, 2), dt.date(2020, 1, 1))


# Parameters and registration ---------------------------------------------------------------------


def _provision_text() -> str:
    """Return the page's source without its examples."""
    text = PAGE.read_text(encoding="utf-8")
    return re.sub(r":::\{example\}.*?\n:::\n", "", text, flags=re.DOTALL)


def test_every_parameter_is_shown_in_the_text() -> None:
    """Each Haarlem parameter the text states is rendered there by a {param} role."""
    text = _provision_text()
    keys = {key for key in RULESETS.parameters if key.startswith("haarlem.")}
    shown = set(re.findall(r"\{param\}`(haarlem\.[a-z0-9_]+)", text))
    assert keys == shown


def _literals(parameter: Parameter[object]) -> list[str]:
    """Return the ways a parameter's value could be written out in the text by hand."""
    value = parameter.value
    if isinstance(value, PhoneNumber):
        return [value.dashed, value.plain]
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple) and all(isinstance(item, str) for item in value):
        return [str(item) for item in value]
    if isinstance(value, tuple) and all(isinstance(item, Named) for item in value):
        return [render(parameter, "nl", form) for form in ("and", "or")]
    return []


def test_no_parameter_value_is_written_literally() -> None:
    """No phone number, address, code, prefix or list of a parameter is written out in the text."""
    text = _provision_text()
    literals = [
        literal
        for key, parameter in RULESETS.parameters.items()
        if key.startswith("haarlem.")
        for literal in _literals(parameter)
    ]
    assert "mobiele telefoon, laptop of tablet" in literals
    assert [literal for literal in literals if literal in text] == []


def test_haarlem_rules_are_registered() -> None:
    """Every Haarlem rule is registered with articles, and each is a Haarlem article."""
    rules = [entry for entry in RULESETS.rules.values() if entry.regulation == "haarlem"]
    assert len(rules) == 21
    for entry in rules:
        assert entry.articles
        assert all(label.startswith("haarlem-") for label in entry.labels)


def test_every_rule_has_an_example_on_the_page() -> None:
    """Each Haarlem rule is called in an example on the page."""
    page = PAGE.read_text(encoding="utf-8")
    for entry in RULESETS.rules.values():
        if entry.regulation == "haarlem":
            assert f"haarlem.{entry.function.__name__}(" in page, entry.name


def test_new_rules_replace_their_classification() -> None:
    """A provision a rule encodes is no longer classified as judgement or informative."""
    cited = {label for entry in RULESETS.rules.values() for label in entry.labels}
    for label in (
        "haarlem-2-3-1",
        "haarlem-2-3-4",
        "haarlem-2-5-1",
        "haarlem-2-5-5",
        "haarlem-2-5-7",
        "haarlem-2-7-1",
        "haarlem-2-7-2",
        "haarlem-2-8-1",
    ):
        assert label in cited
        assert label not in RULESETS.classifications
