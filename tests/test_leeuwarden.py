"""The rules of Leeuwarden: decision tables, boundaries, properties and bad input."""

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mdrules.coverage import Status
from mdrules.decision import Decision, Outcome
from mdrules.errors import InputError
from mdrules.parameters import Parameter, render
from mdrules.regulations import RULESETS, leeuwarden
from mdrules.regulations.leeuwarden import (
    MEANS,
    Activity,
    DataKind,
    Direction,
    Event,
    Facility,
    Location,
    Means,
    Purpose,
    Requester,
    Transfer,
    Usage,
)
from mdrules.vocabulary import COUNTRIES, EU_MEMBERS, EUROPE, OFFICE_HOLDERS, DeviceKind, Role

PAGE = Path(__file__).resolve().parents[1] / "docs" / "leeuwarden" / "regeling.md"
FOREIGN = sorted(COUNTRIES - {"NL"})


def articles(decision: Decision) -> list[str]:
    """Return the articles a decision cites, in order."""
    return [citation.article for citation in decision.citations]


def condition_keys(decision: Decision) -> list[str]:
    """Return the keys of a decision's conditions, in order."""
    return [condition.key for condition in decision.conditions]


def steps(decision: Decision) -> list[str]:
    """Return the steps of a decision as Dutch text."""
    return [step.render() for step in decision.steps]


# Artikel 1 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "uses", "outcome", "cited"),
    [
        (Role.EMPLOYEE, True, Outcome.YES, ["1.1", "1.1.a"]),
        (Role.EMPLOYEE, None, Outcome.CONDITIONAL, ["1.1", "1.1.a"]),
        (Role.EMPLOYEE, False, Outcome.NO, ["1.1"]),
        (Role.INTERN, True, Outcome.YES, ["1.1", "1.1.b"]),
        (Role.TEMPORARY_WORKER, True, Outcome.YES, ["1.1", "1.1.b"]),
        (Role.VOLUNTEER, None, Outcome.CONDITIONAL, ["1.1", "1.1.b"]),
        (Role.OTHER_WORKER, True, Outcome.YES, ["1.1", "1.1.b"]),
        (Role.EXTERNAL, True, Outcome.NO, ["1.1"]),
        (Role.EXTERNAL, None, Outcome.NO, ["1.1"]),
    ],
)  # fmt: skip
def test_applies_to_named_roles(
    role: Role, uses: bool | None, outcome: Outcome, cited: list[str]
) -> None:
    """Employees (1.1.a) and other workers (1.1.b) are covered when they use municipal means."""
    decision = leeuwarden.applies_to(role, uses_municipal_means=uses)
    assert decision.outcome is outcome
    assert articles(decision) == cited
    text = decision.explanation.render()
    assert ("geldt niet" in text) is (uses is False or role is Role.EXTERNAL)
    if outcome is Outcome.CONDITIONAL:
        assert condition_keys(decision) == ["uses_municipal_means"]


@pytest.mark.parametrize("role", sorted(OFFICE_HOLDERS))
def test_office_holders_are_left_to_the_college(role: Role) -> None:
    """The regulation does not name office holders: the college decides (15.1), never a guess."""
    decision = leeuwarden.applies_to(role)
    assert decision.outcome is Outcome.CONDITIONAL
    assert condition_keys(decision) == ["college_applies", "uses_municipal_means"]
    assert decision.conditions[0].citation.article == "15.1"
    assert articles(decision) == ["1.1", "15.1"]


@pytest.mark.parametrize(
    ("college", "uses", "outcome", "keys"),
    [
        (True, True, Outcome.YES, []),
        (True, None, Outcome.CONDITIONAL, ["uses_municipal_means"]),
        (None, True, Outcome.CONDITIONAL, ["college_applies"]),
        (False, True, Outcome.NO, []),
        (False, None, Outcome.NO, []),
        (True, False, Outcome.NO, []),
    ],
)  # fmt: skip
def test_college_decision_for_an_alderman(
    college: bool | None, uses: bool | None, outcome: Outcome, keys: list[str]
) -> None:
    """Once the college has decided, only the use of municipal means remains open."""
    decision = leeuwarden.applies_to(
        Role.ALDERMAN, uses_municipal_means=uses, college_applies=college
    )
    assert decision.outcome is outcome
    assert condition_keys(decision) == keys
    applies = "geldt niet" not in decision.explanation.render()
    assert applies is (college is not False and uses is not False)


def test_college_input_only_for_unnamed_roles() -> None:
    """The college's decision is an input for office holders only; for others it is refused."""
    with pytest.raises(InputError) as refused:
        leeuwarden.applies_to(Role.EMPLOYEE, college_applies=True)
    assert str(refused.value) == (
        "verwacht het besluit van het college of de regeling van toepassing is (artikel 15 lid 1) "
        "alleen bij een rol die de regeling niet noemt, een van wethouder, commissielid, raadslid, "
        "burgemeester (in het Engels: alderman, committee-member, council-member, mayor); "
        "opgegeven: een besluit bij employee"
    )
    assert refused.value.render("en") == (
        "expected the college's decision whether the regulation applies (Artikel 15 lid 1) only "
        "for a role the regulation does not name, one of alderman, committee-member, "
        "council-member, mayor (in Dutch: wethouder, commissielid, raadslid, burgemeester); "
        "got it for employee"
    )


@pytest.mark.parametrize(
    ("item", "article"),
    [
        (DeviceKind.SMARTPHONE, "1.2.a.i"),
        (DeviceKind.LAPTOP, "1.2.a.i"),
        (DeviceKind.THIN_CLIENT, "1.2.a.i"),
        (Facility.SOFTWARE, "1.2.a.ii"),
        (Facility.INTERNET, "1.2.a.iii"),
        (Facility.EMAIL, "1.2.a.iii"),
        (Facility.TEAMS, "1.2.a.iii"),
        (Facility.SERVICE_BIKE, "1.2.b"),
        (Facility.DESK_AND_CHAIR, "1.2.b"),
        (Facility.NS_BUSINESS_CARD, "1.2.b"),
        (Facility.DRUPPEL, "1.2.b"),
        (Facility.ARBO_PROVISIONS, "1.2.c"),
        (Facility.OTHER, "1.2.c"),
    ],
)
def test_means_by_kind(item: Means, article: str) -> None:
    """Each means falls under the part of Artikel 1 lid 2 that names it."""
    provided = leeuwarden.means(item, provided_or_paid=True)
    assert provided.outcome is Outcome.YES
    assert articles(provided) == [article]
    assert provided.explanation.render().startswith("De regeling geldt voor ")
    open_question = leeuwarden.means(item)
    assert open_question.outcome is Outcome.CONDITIONAL
    assert condition_keys(open_question) == ["provided_or_paid"]
    expected = "1.2.c" if article == "1.2.c" else "1.1"
    assert open_question.conditions[0].citation.article == expected


def test_means_not_provided_is_not_covered() -> None:
    """A means the municipality neither provides nor pays for is not a means of the regulation."""
    decision = leeuwarden.means(DeviceKind.SMARTPHONE, provided_or_paid=False)
    assert decision.outcome is Outcome.NO
    assert decision.explanation.render().startswith("De regeling geldt niet voor de smartphone")


def test_every_means_has_a_name_and_an_article() -> None:
    """The tables of means are complete."""
    assert set(leeuwarden.MEANS_NAMES) == set(MEANS)
    assert set(leeuwarden.MEANS_ARTICLES) == set(MEANS)


@pytest.mark.parametrize(
    ("parameter", "article", "shown"),
    [
        (
            leeuwarden.ICT_DEVICES,
            "1.2.a.i",
            "(mobiele) telefoon (smartphone), laptop, tablet, desktop pc, monitor en thin client",
        ),
        (leeuwarden.ICT_FACILITIES, "1.2.a.iii", "internet, email en Teams"),
        (
            leeuwarden.FACILITIES,
            "1.2.b",
            "de dienstfiets, bureau en stoel, de NS-Business Card en de druppel",
        ),
    ],
)
def test_lists_of_means_are_parameters(parameter: Parameter[Any], article: str, shown: str) -> None:
    """Each list of Artikel 1 lid 2 is a parameter: the page's words and the part of each means."""
    assert render(parameter, "nl", "and") == shown
    assert parameter.citation.article == article
    for word in parameter.value:
        assert leeuwarden.MEANS_ARTICLES[word.kind] == article


def test_names_of_means_derive_from_the_lists() -> None:
    """A means named in a list has that list's words as its name: 3.2 names them as 1.2 does."""
    for parameter in (
        leeuwarden.ICT_FACILITIES,
        leeuwarden.FACILITIES,
        leeuwarden.PRIVATE_USE_EXCEPTED,
    ):
        for word in parameter.value:
            if word.kind is not Facility.DESK_AND_CHAIR:
                assert leeuwarden.MEANS_NAMES[word.kind] == word.name
    assert leeuwarden.MEANS_NAMES[Facility.DESK_AND_CHAIR] == "het bureau en de stoel"
    druppel = leeuwarden.means(Facility.DRUPPEL, provided_or_paid=True).explanation.render()
    assert druppel.endswith(
        "zoals de dienstfiets, bureau en stoel, de NS-Business Card en de druppel."
    )


# Artikel 3 ---------------------------------------------------------------------------------------

EXCEPTED = {
    Facility.SERVICE_BIKE,
    Facility.NS_BUSINESS_CARD,
    Facility.ARBO_PROVISIONS,
    Facility.DRUPPEL,
}


@pytest.mark.parametrize("item", sorted(MEANS))
@pytest.mark.parametrize("judgement", [None, True, False])
def test_private_use(item: Means, judgement: bool | None) -> None:
    """Private use is limited and a judgement, except for four means where it is never allowed."""
    decision = leeuwarden.private_use(item, limited_and_not_disruptive=judgement)
    assert articles(decision) == ["3.2"]
    if item in EXCEPTED:
        assert decision.outcome is Outcome.NOT_ALLOWED
        assert decision.conditions == ()
    else:
        expected = {
            None: Outcome.CONDITIONAL,
            True: Outcome.ALLOWED,
            False: Outcome.NOT_ALLOWED,
        }[judgement]
        assert decision.outcome is expected


def test_private_use_condition_quotes_the_text() -> None:
    """An open judgement names "in beperkte mate" and "niet storend" as its condition."""
    decision = leeuwarden.private_use(DeviceKind.SMARTPHONE)
    assert condition_keys(decision) == ["limited_and_not_disruptive"]
    text = decision.conditions[0].text.render()
    assert "in beperkte mate" in text
    assert "niet storend" in text


def test_excepted_means_are_the_parameter() -> None:
    """The excepted means come from one parameter, the one the page shows."""
    assert tuple(word.kind for word in leeuwarden.PRIVATE_USE_EXCEPTED.value) == (
        Facility.SERVICE_BIKE,
        Facility.NS_BUSINESS_CARD,
        Facility.ARBO_PROVISIONS,
        Facility.DRUPPEL,
    )
    assert set(EXCEPTED) == {word.kind for word in leeuwarden.PRIVATE_USE_EXCEPTED.value}
    shown = render(leeuwarden.PRIVATE_USE_EXCEPTED, "nl", "and")
    assert shown == (
        "de dienstfiets, de NS-Business Card, de persoonsgebonden arbo-voorzieningen en de druppel"
    )
    assert render(leeuwarden.PRIVATE_USE_EXCEPTED, "en", "and") == (
        "the work bicycle, the NS-Business Card, the personal occupational health and safety "
        "provisions and the key fob (druppel)"
    )


@pytest.mark.parametrize(
    ("permission", "outcome"),
    [(None, Outcome.CONDITIONAL), (True, Outcome.ALLOWED), (False, Outcome.NOT_ALLOWED)],
)
@pytest.mark.parametrize("action", list(Transfer))
def test_lending_needs_prior_permission(
    permission: bool | None, outcome: Outcome, action: Transfer
) -> None:
    """Lending, pledging or making a means available to others needs prior permission."""
    decision = leeuwarden.lending(DeviceKind.TABLET, prior_permission=permission, action=action)
    assert decision.outcome is outcome
    assert articles(decision) == ["3.3"]
    if permission is None:
        assert condition_keys(decision) == ["prior_permission"]


def test_partner_using_the_work_tablet() -> None:
    """A partner is a third party: the tablet is lent only with prior permission."""
    decision = leeuwarden.lending(DeviceKind.TABLET, action=Transfer.MAKE_AVAILABLE)
    assert decision.explanation.render() == (
        "Het is niet toegestaan om de tablet zonder voorafgaande toestemming aan derden ter "
        "beschikking te stellen."
    )


# Artikel 4 lid 1 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("device", "necessary", "outcome"),
    [
        (DeviceKind.SMARTPHONE, None, Outcome.ALLOWED),
        (DeviceKind.SMARTPHONE, False, Outcome.ALLOWED),
        (DeviceKind.LAPTOP, None, Outcome.CONDITIONAL),
        (DeviceKind.LAPTOP, True, Outcome.ALLOWED),
        (DeviceKind.LAPTOP, False, Outcome.NOT_ALLOWED),
        (DeviceKind.TABLET, None, Outcome.CONDITIONAL),
        (DeviceKind.TABLET, True, Outcome.ALLOWED),
        (DeviceKind.TABLET, False, Outcome.NOT_ALLOWED),
    ],
)  # fmt: skip
def test_subscription(device: DeviceKind, necessary: bool | None, outcome: Outcome) -> None:
    """A smartphone has voice and data; a laptop or tablet data only when the function needs it."""
    decision = leeuwarden.subscription(device, necessary_for_duties=necessary)
    assert decision.outcome is outcome
    assert articles(decision) == ["4.1.a"]
    if outcome is Outcome.CONDITIONAL:
        assert condition_keys(decision) == ["necessary_for_duties"]


def test_smartphone_subscription_is_voice_and_data() -> None:
    """The services of a smartphone's subscription are the parameter the page shows."""
    decision = leeuwarden.subscription(DeviceKind.SMARTPHONE)
    assert decision.explanation.render() == (
        "Bij een smartphone wordt een abonnement geleverd voor spraak en data."
    )


def test_device_lists_of_artikel_4_are_parameters() -> None:
    """The devices of lid 1, 4.1.a and lid 2 render as the page writes them; rules use the kinds."""
    assert render(leeuwarden.VOICE_DEVICES, "nl", "and") == "smartphones"
    assert render(leeuwarden.DATA_OPTIONAL_DEVICES, "nl", "and") == "laptops en tablets"
    assert render(leeuwarden.DATA_OPTIONAL_DEVICES, "en", "and") == "laptops and tablets"
    assert render(leeuwarden.DATA_DEVICES, "nl", "and") == "smartphones, laptops en tablets"
    optional = [word.kind for word in leeuwarden.DATA_OPTIONAL_DEVICES.value]
    assert optional == [DeviceKind.LAPTOP, DeviceKind.TABLET]


@pytest.mark.parametrize("device", [DeviceKind.DESKTOP, DeviceKind.MONITOR, DeviceKind.THIN_CLIENT])
def test_no_subscription_for_other_devices(device: DeviceKind) -> None:
    """A device without a subscription is refused with what was expected."""
    with pytest.raises(ValueError, match=r"^verwacht smartphone, laptop of tablet .*; opgegeven: "):
        leeuwarden.subscription(device)


@pytest.mark.parametrize(
    ("usage", "device", "cited", "wifi"),
    [
        (Usage.VOICE, DeviceKind.SMARTPHONE, ["4.1.b"], False),
        (Usage.DATA, DeviceKind.SMARTPHONE, ["4.2.a"], True),
        (Usage.DATA, DeviceKind.LAPTOP, ["4.2.a"], True),
        (Usage.DATA, DeviceKind.TABLET, ["4.2.a"], True),
    ],
)  # fmt: skip
def test_business_use_is_unlimited(
    usage: Usage, device: DeviceKind, cited: list[str], wifi: bool
) -> None:
    """Business use of voice (lid 1) and of data (lid 2) is unlimited; wifi where possible."""
    decision = leeuwarden.business_use(usage, device)
    assert decision.outcome is Outcome.ALLOWED
    assert articles(decision) == cited
    assert "ongelimiteerd" in decision.explanation.render()
    assert any("wifi" in step for step in steps(decision)) is wifi


@pytest.mark.parametrize(
    ("usage", "device", "english"),
    [
        (Usage.VOICE, DeviceKind.LAPTOP,
         "expected smartphone (a device with a voice subscription); got laptop"),
        (Usage.VOICE, DeviceKind.TABLET,
         "expected smartphone (a device with a voice subscription); got tablet"),
        (Usage.DATA, DeviceKind.DESKTOP,
         "expected smartphone, laptop or tablet (a device with a data subscription); got desktop"),
    ],
)  # fmt: skip
def test_business_use_of_a_device_without_that_subscription(
    usage: Usage, device: DeviceKind, english: str
) -> None:
    """Lid 1 is about smartphones, lid 2 about smartphones, laptops and tablets; others refused."""
    with pytest.raises(
        InputError, match=r"^verwacht smartphone(, laptop of tablet)? \(een "
    ) as refused:
        leeuwarden.business_use(usage, device)
    assert refused.value.render("en") == english


def test_home_country_is_the_parameter() -> None:
    """The home country renders as the page writes it; the rules compare its country code."""
    assert render(leeuwarden.HOME_COUNTRY, "nl") == "Nederland"
    assert render(leeuwarden.HOME_COUNTRY, "en") == "the Netherlands"
    assert leeuwarden.HOME_COUNTRY.value.kind == "NL"


def test_calling_home_from_abroad_says_why() -> None:
    """Calling the Netherlands from abroad quotes the sentence that rules it out."""
    decision = leeuwarden.call_abroad("es", "nl")
    assert decision.explanation.render() == (
        "In het buitenland kan wel gebeld worden, maar niet naar Nederland "
        "(land van verblijf: Spanje)."
    )


def test_countries_are_named_in_the_language_of_the_answer() -> None:
    """A country is named in the answer's language: Spanje in Dutch, Spain in English."""
    decision = leeuwarden.call_abroad("es", "nl")
    assert decision.explanation.render("en") == (
        "Calls can be made abroad, but not to the home country (Netherlands); country of stay: "
        "Spain."
    )
    assert "(Verenigde Staten)" in leeuwarden.data_abroad("US").explain("nl")
    assert "(United States)" in leeuwarden.data_abroad("US").explain("en")


@given(st.sampled_from(FOREIGN))
def test_no_call_from_abroad_to_the_netherlands(stay: str) -> None:
    """From any foreign country, calling the Netherlands is not possible."""
    assert leeuwarden.call_abroad(stay, "NL").outcome is Outcome.BLOCKED


@given(st.sampled_from(FOREIGN))
def test_calls_from_the_netherlands_are_received_abroad(stay: str) -> None:
    """In any foreign country, a call from the Netherlands can be received."""
    decision = leeuwarden.call_abroad(stay, "NL", Direction.INCOMING)
    assert decision.outcome is Outcome.ALLOWED


@given(st.sampled_from(sorted(COUNTRIES)), st.sampled_from(sorted(Direction)))
def test_calls_within_the_country_of_stay(stay: str, direction: Direction) -> None:
    """Within the country of stay, voice is always possible, both ways."""
    assert leeuwarden.call_abroad(stay, stay, direction).outcome is Outcome.ALLOWED


# Artikel 4 lid 2 ---------------------------------------------------------------------------------

# The decision tables of Artikel 4 are tables/art4_1_2_subscriptions.toml.


def test_the_judgement_outside_europe_cites_4_2_c() -> None:
    """Outside Europe the open judgement is whether the function requires data (4.2.c)."""
    decision = leeuwarden.data_abroad("TR")
    assert [(c.key, c.citation.article) for c in decision.conditions] == [
        ("necessary_for_duties", "4.2.c")
    ]


@given(st.sampled_from(sorted(EU_MEMBERS)), st.sampled_from([None, True, False]))
def test_data_in_every_eu_country(country: str, requires: bool | None) -> None:
    """In every EU member state data is allowed, whatever the function."""
    assert leeuwarden.data_abroad(country, requires).outcome is Outcome.ALLOWED


@given(st.sampled_from(sorted(COUNTRIES - EUROPE)))
def test_data_outside_europe_is_never_guessed(country: str) -> None:
    """Outside Europe, without the judgement, the answer is conditional on the function."""
    decision = leeuwarden.data_abroad(country)
    assert decision.outcome is Outcome.CONDITIONAL
    assert condition_keys(decision) == ["necessary_for_duties"]


# Artikel 4 lid 5 en 7 ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("established", "outcome"),
    [(None, Outcome.CONDITIONAL), (True, Outcome.NOT_ALLOWED), (False, Outcome.ALLOWED)],
)
def test_apps_from_countries_with_an_offensive_cyber_programme(
    established: bool | None, outcome: Outcome
) -> None:
    """Whether a country has an offensive cyber programme is an input, never a built-in list."""
    decision = leeuwarden.app_origin("NO", offensive_cyber_programme=established)
    assert decision.outcome is outcome
    assert articles(decision) == ["4.5"]
    if established is None:
        assert condition_keys(decision) == ["offensive_cyber_programme"]


def test_unknown_cyber_programme_reads_as_a_condition() -> None:
    """An open question reads "forbidden if it has been established", not as a plain ban."""
    decision = leeuwarden.app_origin("NO")
    text = decision.explanation.render()
    assert not text.startswith("Het is verboden")
    assert "is verboden als voor dat land is vastgesteld" in text
    english = decision.explanation.render("en")
    assert "is prohibited if it has been established" in english


@given(st.sampled_from(sorted(COUNTRIES)))
def test_no_country_is_assumed_to_have_a_cyber_programme(country: str) -> None:
    """Without the input, every country of origin gives the same conditional answer."""
    assert leeuwarden.app_origin(country).outcome is Outcome.CONDITIONAL


@pytest.mark.parametrize(
    ("purpose", "outcome"),
    [(Purpose.BUSINESS, Outcome.ALLOWED), (Purpose.PRIVATE, Outcome.NOT_ALLOWED)],
)
def test_business_mail(purpose: Purpose, outcome: Outcome) -> None:
    """The business mail address is for business purposes only."""
    decision = leeuwarden.business_mail(purpose)
    assert decision.outcome is outcome
    assert articles(decision) == ["4.7"]


# Artikel 4a --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("device", "owned", "access", "is_byod"),
    [
        (DeviceKind.SMARTPHONE, True, True, True),
        (DeviceKind.LAPTOP, True, True, True),
        (DeviceKind.DESKTOP, True, True, True),
        (DeviceKind.TABLET, True, True, True),
        (DeviceKind.MONITOR, True, True, False),
        (DeviceKind.THIN_CLIENT, True, True, False),
        (DeviceKind.LAPTOP, False, True, False),
        (DeviceKind.LAPTOP, True, False, False),
        (DeviceKind.SMARTPHONE, False, False, False),
    ],
)  # fmt: skip
def test_what_a_byod_is(device: DeviceKind, owned: bool, access: bool, is_byod: bool) -> None:
    """A BYOD is one's own smartphone, laptop, desktop pc or tablet used for mail or workplace."""
    decision = leeuwarden.byod(device, privately_owned=owned, accesses_work=access)
    assert decision.outcome is (Outcome.YES if is_byod else Outcome.NO)
    assert ("is geen BYOD" not in decision.explanation.render()) is is_byod
    assert articles(decision) == (["4a.1", "4a.4"] if is_byod else ["4a.1"])


def test_byod_device_lists_are_parameters() -> None:
    """4a.1 and 4a.3 render their devices as the page writes them; the rules use the kinds."""
    assert render(leeuwarden.BYOD_DEVICES, "nl") == "smartphone, laptop, desktop pc en/of tablet"
    assert leeuwarden.BYOD_DEVICES.value.kind == (
        DeviceKind.SMARTPHONE,
        DeviceKind.LAPTOP,
        DeviceKind.DESKTOP,
        DeviceKind.TABLET,
    )
    assert render(leeuwarden.BYOD_NO_DATA_SIM, "nl", "or") == "laptop of tablet"


def test_byod_sim_for_a_desktop_is_refused() -> None:
    """A desktop pc holds no SIM card: the question is refused with what was expected."""
    with pytest.raises(InputError) as refused:
        leeuwarden.byod_sim(DeviceKind.DESKTOP)
    assert str(refused.value) == (
        "verwacht smartphone, laptop of tablet (een BYOD waarin een simkaart past); opgegeven: "
        "desktop"
    )
    assert refused.value.render("en") == (
        "expected smartphone, laptop or tablet (a BYOD that can hold a SIM card); got desktop"
    )


# Artikel 5 ---------------------------------------------------------------------------------------


def test_private_files_are_at_own_risk() -> None:
    """5.1: private files on ICT means are undesirable and at the user's own risk."""
    text = leeuwarden.storage(DataKind.PRIVATE, Location.MUNICIPAL).explanation.render()
    assert "niet wenselijk" in text
    assert "eigen rekening en risico" in text


# Artikel 6 ---------------------------------------------------------------------------------------

REPORT = (
    "Meld het vermoeden van misbruik van een wachtwoord bij de leidinggevende en bij de "
    "ServiceDesk SSC."
)
IF_SUSPECTED = (
    "Bij een vermoeden van misbruik van een wachtwoord: meld dit bij de leidinggevende en bij de "
    "ServiceDesk SSC."
)


@pytest.mark.parametrize(
    ("requester", "suspected", "report"),
    [
        (Requester.ICT, False, IF_SUSPECTED),
        (Requester.ICT, True, REPORT),
        (Requester.MANAGER, False, None),
        (Requester.COLLEAGUE, False, None),
        (Requester.COLLEAGUE, True, REPORT),
        (Requester.OTHER, True, REPORT),
    ],
)  # fmt: skip
def test_passwords_are_never_given(
    requester: Requester, suspected: bool, report: str | None
) -> None:
    """A password is never given, to anyone; a suspicion of misuse is reported (6.3)."""
    decision = leeuwarden.password_request(requester, misuse_suspected=suspected)
    assert decision.outcome is Outcome.NOT_ALLOWED
    assert steps(decision)[0] == "Geef uw pincode, gebruikersnaam en wachtwoord niet."
    assert steps(decision)[1:] == ([report] if report else [])
    assert articles(decision) == (["6.2", "6.3"] if report else ["6.2"])


def test_ict_never_asks_for_a_password() -> None:
    """The answer to "ICT asked me for my password" says what 6.2 and 6.3 say, and no more."""
    decision = leeuwarden.password_request(Requester.ICT)
    text = decision.explanation.render()
    assert text.startswith("ICT zal nooit vragen om het wachtwoord van de gebruiker")
    assert "iemand anders met zijn pincode, gebruikersnaam (user-ID) en wachtwoord" in text
    assert "vermoeden" not in text
    assert "blokkeren" not in text
    assert steps(decision)[1] == IF_SUSPECTED


# Artikel 7 ---------------------------------------------------------------------------------------

LAST_DAY = dt.date(2026, 12, 31)


@pytest.mark.parametrize(
    ("on", "open_"),
    [
        (dt.date(2026, 11, 23), True),
        (dt.date(2026, 12, 30), True),
        (LAST_DAY, True),
        (dt.date(2027, 1, 1), False),
        (dt.date(2027, 6, 1), False),
    ],
)
def test_return_means_by_the_last_working_day(on: dt.date, open_: bool) -> None:
    """The means are returned by the last working day at the latest; that day itself counts."""
    decision = leeuwarden.return_means(LAST_DAY, on=on)
    assert decision.outcome is Outcome.DEADLINE
    assert decision.date == LAST_DAY
    assert articles(decision) == ["7.2"]
    assert bool(decision.steps) is open_
    assert "nieuwwaarde" in decision.explanation.render()
    assert ("verstreken" in decision.explanation.render()) is not open_


def test_return_steps_in_order() -> None:
    """Hand over business data, remove data, return the means or arrange collection at home."""
    assert steps(leeuwarden.return_means(LAST_DAY, on=LAST_DAY)) == [
        "Draag alle opgeslagen bedrijfsgegevens over aan de leidinggevende.",
        "Verwijder alle persoonsgegevens en bedrijfsgegevens van de ter beschikking gestelde "
        "ICT-middelen.",
        "Lever uiterlijk op 31 december 2026 alle ter beschikking gestelde middelen in bij "
        "ServiceDesk en/of maak met de Servicedesk een afspraak ten aanzien van het ophalen van "
        "middelen op uw woonadres.",
    ]


def test_return_quotes_the_service_desk_of_7_2() -> None:
    """7.2 names "ServiceDesk" and "de Servicedesk": the answer uses its words, no other value."""
    decision = leeuwarden.return_means(LAST_DAY, on=LAST_DAY)
    assert all("servicedesk" not in message.values for message in decision.steps)
    assert "ServiceDesk SSC" not in decision.explain()


@given(st.dates(), st.integers(min_value=0, max_value=3650))
def test_deadline_is_always_the_last_working_day(last: dt.date, days: int) -> None:
    """Whatever the day asked about, the deadline is the last working day itself."""
    on = dt.date.fromordinal(min(last.toordinal() + days, dt.date.max.toordinal()))
    assert leeuwarden.return_means(last, on=on).date == last


# Artikel 8 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("activity", "letter"),
    [
        (Activity.OFFENSIVE_MESSAGES, "8.1.a"),
        (Activity.UNSOLICITED_MESSAGES, "8.1.b"),
        (Activity.SHARING_PROTECTED_WORK, "8.1.c"),
        (Activity.STORING_ILLEGAL_COPIES, "8.1.d"),
        (Activity.GAMBLING, "8.1.e"),
        (Activity.UNAUTHORISED_ACCESS, "8.1.f"),
        (Activity.OFFENSIVE_SOURCES, "8.1.g"),
        (Activity.ANONYMOUS_MESSAGES, "8.1.h"),
    ],
)
@pytest.mark.parametrize(
    ("necessary", "outcome"),
    [(None, Outcome.CONDITIONAL), (True, Outcome.ALLOWED), (False, Outcome.NOT_ALLOWED)],
)
def test_prohibited_activities(
    activity: Activity, letter: str, necessary: bool | None, outcome: Outcome
) -> None:
    """Each activity of 8.1 is forbidden unless necessary for the function (8.2)."""
    decision = leeuwarden.prohibited_activity(activity, necessary_for_duties=necessary)
    assert decision.outcome is outcome
    assert articles(decision) == [letter, "8.2"]
    if necessary is None:
        assert condition_keys(decision) == ["necessary_for_duties"]
        assert decision.conditions[0].citation.article == "8.2"


def test_activity_words_are_the_regulation_words() -> None:
    """The words of each activity appear on the page under its letter."""
    page = re.sub(r"\s+", " ", PAGE.read_text(encoding="utf-8"))
    for letter, words in leeuwarden.ACTIVITIES.values():
        assert f"{{provision}} {letter} {words}" in page, letter


# Artikel 9 ---------------------------------------------------------------------------------------

DELETE = "Verwijder de zendingen onverwijld uit de gemeentelijke telecommunicatieapparatuur."
DELETE_UNLESS = (
    "Verwijder de zendingen onverwijld uit de gemeentelijke telecommunicatieapparatuur, tenzij dit "
    "uit hoofde van de functie dient te worden vastgelegd."
)
KEEP = "Verwijder de zendingen niet: zij dienen uit hoofde van de functie te worden vastgelegd."
REPORT_CONTINUED = (
    "Meld de voortdurende toezending bij de ServiceDesk SSC, leidinggevende of vertrouwenspersoon."
)
REPORT_IF_CONTINUED = (
    "Bij voortdurende toezending: meld dit bij de ServiceDesk SSC, leidinggevende of "
    "vertrouwenspersoon."
)


@pytest.mark.parametrize(
    ("continued", "recorded", "second", "third", "keys", "cited"),
    [
        (False, False, DELETE, None, [], ["9.1"]),
        (False, True, KEEP, None, [], ["9.1"]),
        (False, None, DELETE_UNLESS, None, ["must_be_recorded"], ["9.1"]),
        (True, False, DELETE, REPORT_CONTINUED, [], ["9.1", "9.2"]),
        (True, None, DELETE_UNLESS, REPORT_CONTINUED, ["must_be_recorded"], ["9.1", "9.2"]),
        (None, True, KEEP, REPORT_IF_CONTINUED, ["continued"], ["9.1", "9.2"]),
        (None, None, DELETE_UNLESS, REPORT_IF_CONTINUED, ["must_be_recorded", "continued"],
         ["9.1", "9.2"]),
    ],
)  # fmt: skip
def test_unsolicited_material(
    continued: bool | None,
    recorded: bool | None,
    second: str,
    third: str | None,
    keys: list[str],
    cited: list[str],
) -> None:
    """Ask the sender to stop, delete unless it must be recorded; report continued sending."""
    decision = leeuwarden.unsolicited_material(continued=continued, must_be_recorded=recorded)
    assert decision.outcome is Outcome.REQUIRED
    assert articles(decision) == cited
    assert condition_keys(decision) == keys
    expected = ["Vraag de verzender daarmee direct te stoppen.", second]
    assert steps(decision) == ([*expected, third] if third else expected)
    where = {"must_be_recorded": "9.1", "continued": "9.2"}
    assert [c.citation.article for c in decision.conditions] == [where[key] for key in keys]


def test_unsolicited_material_is_reported_where_9_2_says() -> None:
    """The places to report to are one parameter: the service desk of 6.3, manager, adviser."""
    assert render(leeuwarden.UNSOLICITED_REPORT_TO, "nl", "or") == (
        "ServiceDesk SSC, leidinggevende of vertrouwenspersoon"
    )
    assert render(leeuwarden.UNSOLICITED_REPORT_TO, "en", "or") == (
        "ServiceDesk SSC, manager or confidential adviser"
    )
    assert leeuwarden.UNSOLICITED_REPORT_TO.value[0] == leeuwarden.SERVICEDESK.value


# Artikel 10 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "byod", "info", "outcome", "count"),
    [
        (Event.LOSS, False, None, Outcome.REQUIRED, 2),
        (Event.THEFT, False, None, Outcome.REQUIRED, 3),
        (Event.LOSS, True, True, Outcome.REQUIRED, 2),
        (Event.THEFT, True, True, Outcome.REQUIRED, 3),
        (Event.THEFT, True, None, Outcome.CONDITIONAL, 3),
        (Event.LOSS, True, False, Outcome.INFORMATION, 0),
        (Event.THEFT, True, False, Outcome.INFORMATION, 0),
    ],
)  # fmt: skip
def test_loss_or_theft(
    event: Event, byod: bool, info: bool | None, outcome: Outcome, count: int
) -> None:
    """Report at once to manager, service desk and privacy officer; after theft also the police."""
    decision = leeuwarden.loss_or_theft(event, byod=byod, business_information=info)
    assert decision.outcome is outcome
    assert len(decision.steps) == count
    if count:
        assert articles(decision) == ["10.1", "10.2", "10.3"][:count]


def test_theft_steps() -> None:
    """The theft steps name who is told, and the police report with a copy to the manager."""
    assert steps(leeuwarden.loss_or_theft(Event.THEFT)) == [
        "Meld de diefstal direct na ontdekking bij de leidinggevende en de ServiceDesk SSC.",
        "Meld de diefstal onmiddellijk bij de Functionaris Gegevensbescherming.",
        "Doe aangifte van de diefstal en overleg een afschrift van de aangifte aan de "
        "leidinggevende.",
    ]


def test_theft_steps_in_english() -> None:
    """In English the event, the service desk and the officer are English words or names."""
    decision = leeuwarden.loss_or_theft(Event.THEFT)
    assert decision.explanation.render("en") == (
        "In the event of theft of a resource provided by the municipality, the user does the "
        "following."
    )
    assert [step.render("en") for step in decision.steps][:2] == [
        "Report the theft to the manager and the ServiceDesk SSC immediately after discovery.",
        "Report the theft to the Data Protection Officer at once.",
    ]


# Artikel 13 --------------------------------------------------------------------------------------


def test_investigation_principals_are_the_parameter() -> None:
    """Who may order an investigation comes from the parameter the page shows."""
    assert render(leeuwarden.INVESTIGATION_PRINCIPALS, "nl", "or") == (
        "de gemeentesecretaris of de griffier"
    )
    for word in leeuwarden.INVESTIGATION_PRINCIPALS.value:
        assert leeuwarden.PRINCIPAL_NAMES[word.kind] is word.name


# Bad input ---------------------------------------------------------------------------------------

COUNTRY_MESSAGE = (
    r"^verwacht een landcode volgens ISO 3166-1 alpha-2, zoals NL, TR of US; opgegeven: "
)


@pytest.mark.parametrize("code", ["XX", "EU", "NLD", "", "1", "T R"])
def test_unknown_country_is_refused(code: str) -> None:
    """A code that is not an ISO 3166-1 country is refused with what was expected and what came."""
    with pytest.raises(ValueError, match=COUNTRY_MESSAGE + re.escape(repr(code))):
        leeuwarden.data_abroad(code)
    with pytest.raises(ValueError, match=COUNTRY_MESSAGE):
        leeuwarden.call_abroad("NL", code)
    with pytest.raises(ValueError, match=COUNTRY_MESSAGE):
        leeuwarden.call_abroad(code, "NL")
    with pytest.raises(ValueError, match=COUNTRY_MESSAGE):
        leeuwarden.app_origin(code)


@pytest.mark.parametrize("code", ["tr", "Tr", " TR "])
def test_country_codes_in_lower_case_are_accepted(code: str) -> None:
    """A code in lower or mixed case, or with spaces around it, means the same country."""
    assert leeuwarden.data_abroad(code) == leeuwarden.data_abroad("TR")


def test_kinds_given_as_text() -> None:
    """A kind given as its text value (any case) is the member; an unknown one is refused."""
    assert leeuwarden.private_use("Dienstfiets") == leeuwarden.private_use(Facility.SERVICE_BIKE)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^verwacht een van smartphone, .*; opgegeven: 'fiets'$"):
        leeuwarden.private_use("fiets")  # type: ignore[arg-type]
    with pytest.raises(InputError) as refused:
        leeuwarden.call_abroad("NL", "NL", "sms")  # type: ignore[arg-type]
    assert str(refused.value) == (
        "verwacht een van bellen, ontvangen (in het Engels: outgoing, incoming); opgegeven: 'sms'"
    )
    assert refused.value.render("en") == (
        "expected one of outgoing, incoming (in Dutch: bellen, ontvangen); got 'sms'"
    )
    with pytest.raises(
        ValueError, match=r"^verwacht een van smartphone, .*; opgegeven: 'phablet'$"
    ):
        leeuwarden.subscription("phablet")  # type: ignore[arg-type]


# Registry, parameters, coverage and page ---------------------------------------------------------

QUESTIONS = {
    "applies-to": ("1.1", "1.1.a", "1.1.b", "15.1"),
    "means": ("1.1", "1.2.a.i", "1.2.a.ii", "1.2.a.iii", "1.2.b", "1.2.c"),
    "private-use": ("3.2",),
    "lending": ("3.3",),
    "subscription": ("4.1.a",),
    "business-use": ("4.1.b", "4.2.a"),
    "call-abroad": ("4.1.c",),
    "data-abroad": ("4.2.a", "4.2.c"),
    "app-origin": ("4.5",),
    "business-mail": ("4.7",),
    "byod": ("4a.1", "4a.4"),
    "byod-sim": ("4a.2", "4a.3"),
    "storage": ("5.1", "5.2"),
    "password-request": ("6.2", "6.3"),
    "return-means": ("7.2",),
    "prohibited-activity": (*(f"8.1.{letter}" for letter in "abcdefgh"), "8.2"),
    "unsolicited-material": ("9.1", "9.2"),
    "loss-or-theft": ("10.1", "10.2", "10.3"),
    "investigation": ("13.1", "13.3"),
}


def test_rules_and_their_articles() -> None:
    """Each question is registered with exactly the articles it rests on."""
    registered = {
        entry.name: entry.articles
        for entry in RULESETS.rules.values()
        if entry.regulation == "leeuwarden"
    }
    assert registered == QUESTIONS


def test_every_parameter_cites_a_leeuwarden_article() -> None:
    """Each Leeuwarden parameter has its article and an English description."""
    ours = {key: p for key, p in RULESETS.parameters.items() if key.startswith("leeuwarden.")}
    assert set(ours) == {
        "leeuwarden.ict_devices",
        "leeuwarden.ict_facilities",
        "leeuwarden.facilities",
        "leeuwarden.private_use_excepted_means",
        "leeuwarden.voice_subscription_devices",
        "leeuwarden.smartphone_subscription",
        "leeuwarden.data_optional_devices",
        "leeuwarden.home_country",
        "leeuwarden.data_subscription_devices",
        "leeuwarden.byod_devices",
        "leeuwarden.byod_no_data_sim_devices",
        "leeuwarden.servicedesk",
        "leeuwarden.unsolicited_report_to",
        "leeuwarden.privacy_officer",
        "leeuwarden.investigation_principals",
    }
    for parameter in ours.values():
        assert parameter.citation.regulation == "leeuwarden"
        assert parameter.description


def test_classified_provisions_are_not_encoded() -> None:
    """No provision is both cited by a rule and classified; Artikel 2 is classified as a whole."""
    cited = {
        label
        for entry in RULESETS.rules.values()
        if entry.regulation == "leeuwarden"
        for label in entry.labels
    }
    classified = {label for label in RULESETS.classifications if label.startswith("leeuwarden-")}
    assert cited.isdisjoint(classified)
    assert RULESETS.classifications["leeuwarden-2"].status is Status.INFORMATIVE
    assert RULESETS.classifications["leeuwarden-3-1"].status is Status.JUDGEMENT
    assert {"leeuwarden-4-1-b", "leeuwarden-9-1", "leeuwarden-9-2"} <= cited


def _provision_text() -> str:
    """Return the page's source without its examples."""
    text = PAGE.read_text(encoding="utf-8")
    return re.sub(r":::\{example\}.*?\n:::\n", "", text, flags=re.DOTALL)


def _shown() -> set[tuple[str, str]]:
    """Return each parameter the provisions render, with the form they render it in."""
    found = re.findall(r"\{param\}`(leeuwarden\.[a-z0-9_]+):?([^`]*)`", _provision_text())
    return set(found)


def test_every_parameter_is_shown_in_the_text() -> None:
    """Each Leeuwarden parameter is rendered in the provisions by a {param} role."""
    keys = {key for key in RULESETS.parameters if key.startswith("leeuwarden.")}
    assert {key for key, _form in _shown()} == keys


def test_no_parameter_value_is_written_literally() -> None:
    """No value of a parameter is written out in the provisions, in any form a role renders."""
    text = re.sub(r"\s+", " ", _provision_text())
    literals = set()
    for key, form in _shown():
        parameter = RULESETS.parameters[key]
        literals.add(render(parameter, "nl", form))
        if isinstance(parameter.value, tuple):
            literals |= {render(parameter, "nl", other) for other in ("and", "or")}
    assert {"Nederland", "ServiceDesk SSC", "laptops en tablets", "laptop of tablet"} <= literals
    assert sorted(literal for literal in literals if literal in text) == []


def test_every_rule_has_an_example_on_the_page() -> None:
    """Each rule is called in an example on the page."""
    page = PAGE.read_text(encoding="utf-8")
    for entry in RULESETS.rules.values():
        if entry.regulation == "leeuwarden":
            assert f"leeuwarden.{entry.function.__name__}(" in page, entry.name
