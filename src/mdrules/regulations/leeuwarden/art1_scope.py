"""Leeuwarden Artikel 1 Werkingssfeer en definities: for whom, and which means."""

import contextlib
from typing import TypeAlias

from mdrules.choices import Choice, Listing
from mdrules.decision import AnswerKind, Condition, Decision, Message, Outcome
from mdrules.errors import InputError
from mdrules.i18n import N_, Phrase
from mdrules.metadata import cite
from mdrules.regulations.leeuwarden.common import _kinds, _member
from mdrules.regulations.leeuwarden.metadata import LEEUWARDEN, PARAMETERS
from mdrules.ruleset import rule
from mdrules.vocabulary import (
    OFFICE_HOLDERS,
    DeviceKind,
    Role,
    Word,
)

# Artikel 1 Werkingssfeer en definities ----------------------------------------------------------

ROLE_PHRASES: dict[Role, Phrase] = {
    Role.MAYOR: N_("de burgemeester"),
    Role.ALDERMAN: N_("een wethouder"),
    Role.COUNCIL_MEMBER: N_("een raadslid"),
    Role.COMMITTEE_MEMBER: N_("een commissielid"),
    Role.EMPLOYEE: N_("een werknemer van de gemeente"),
    Role.INTERN: N_("een stagiair"),
    Role.TEMPORARY_WORKER: N_("een uitzendkracht"),
    Role.VOLUNTEER: N_("een vrijwilliger"),
    Role.OTHER_WORKER: N_("iemand die werkzaamheden voor of namens de gemeente verricht"),
    Role.EXTERNAL: N_("een derde die geen werkzaamheden voor de gemeente uitvoert"),
}
"""How Artikel 1 names each role in a sentence: with its article, in the regulation's own words
("een werknemer van de gemeente"), where the vocabulary has the bare noun
(:data:`mdrules.vocabulary.ROLE_NAMES`)."""

ROLE_ARTICLES: dict[Role, str] = {
    Role.EMPLOYEE: "1.1.a",
    Role.INTERN: "1.1.b",
    Role.TEMPORARY_WORKER: "1.1.b",
    Role.VOLUNTEER: "1.1.b",
    Role.OTHER_WORKER: "1.1.b",
}
"""The roles Artikel 1 lid 1 names, with the letter that names them."""

_GROUP_TEXTS = {
    "1.1.a": (
        "De regeling geldt voor werknemers van de gemeente die daarbij gebruik maken van de door "
        "de gemeente ter beschikking gestelde middelen, dus voor {role}."
    ),
    "1.1.b": (
        "De regeling geldt voor personen die (betaalde of niet-betaalde) werkzaamheden voor of "
        "namens de gemeente verrichten, zoals stagiaires, uitzendkrachten en vrijwilligers, en "
        "daarbij gebruik maken van de door de gemeente ter beschikking gestelde middelen, dus voor "
        "{role}."
    ),
    "15.1": (
        "Het college van burgemeester en wethouders heeft beslist dat de regeling geldt voor "
        "{role}, die daarbij gebruik maakt van de door de gemeente ter beschikking gestelde "
        "middelen."
    ),
}


def _uses_means_condition(role: Role) -> Condition:
    return Condition(
        key="uses_municipal_means",
        text=Message(
            text=(
                "{role} maakt bij de werkzaamheden gebruik van de door de gemeente ter "
                "beschikking gestelde middelen"
            ),
            values={"role": ROLE_PHRASES[role]},
        ),
        citation=cite(LEEUWARDEN, "1.1")[0],
    )


@rule(
    LEEUWARDEN,
    "applies-to",
    "1.1",
    "1.1.a",
    "1.1.b",
    "15.1",
    title=N_("Of de regeling voor iemand geldt, gezien zijn of haar rol (Artikel 1 lid 1)."),
    answer=AnswerKind.YES_NO,
)
def applies_to(
    role: Role,
    uses_municipal_means: bool | None = None,
    college_applies: bool | None = None,
) -> Decision:
    """Whether the regulation applies to someone, by their role (Artikel 1 lid 1).

    The regulation applies to everyone who works for the municipality and uses the means it
    provides; it names employees (1.1.a) and others who work for or on behalf of it (1.1.b). It
    does not name office holders: for them the college decides (15.1), an input here.

    >>> print(applies_to(Role.INTERN, uses_municipal_means=True))
    Ja: De regeling geldt voor personen die (betaalde of niet-betaalde) werkzaamheden
    voor of namens de gemeente verrichten, zoals stagiaires, uitzendkrachten en vrijwilligers, en
    daarbij gebruik maken van de door de gemeente ter beschikking gestelde middelen, dus voor een
    stagiair.
    Grondslag: Leeuwarden artikel 1 lid 1; Leeuwarden artikel 1 lid 1 onder b
    """
    role = _member(Role, role)
    values = {"role": ROLE_PHRASES[role]}
    if college_applies is not None and role not in OFFICE_HOLDERS:
        unnamed = Listing(members=tuple(sorted(OFFICE_HOLDERS, key=lambda member: member.value)))
        msg = N_(
            "verwacht het besluit van het college of de regeling van toepassing is (artikel 15 "
            "lid 1) alleen bij een rol die de regeling niet noemt, een van {roles}; opgegeven: "
            "een besluit bij {role}"
        )
        raise InputError(msg, roles=unnamed, role=role.value)
    if role is Role.EXTERNAL:
        return Decision(
            outcome=Outcome.NO,
            citations=cite(LEEUWARDEN, "1.1"),
            explanation=Message(
                text=(
                    "De regeling geldt niet voor {role}: zij geldt voor een ieder die "
                    "werkzaamheden voor de gemeente Leeuwarden uitvoert."
                ),
                values=values,
            ),
        )
    if role in OFFICE_HOLDERS:
        articles: tuple[str, ...] = ("1.1", "15.1")
        group = "15.1"
        if college_applies is False:
            return Decision(
                outcome=Outcome.NO,
                citations=cite(LEEUWARDEN, *articles),
                explanation=Message(
                    text=(
                        "De regeling geldt niet voor {role}: het college van burgemeester en "
                        "wethouders heeft zo beslist."
                    ),
                    values=values,
                ),
            )
    else:
        group = ROLE_ARTICLES[role]
        articles = ("1.1", group)
    if uses_municipal_means is False:
        return Decision(
            outcome=Outcome.NO,
            citations=cite(LEEUWARDEN, "1.1"),
            explanation=Message(
                text=(
                    "De regeling geldt niet: zij geldt alleen voor wie bij de werkzaamheden voor "
                    "de gemeente gebruik maakt van de door de gemeente ter beschikking gestelde "
                    "middelen."
                ),
            ),
        )
    conditions: list[Condition] = []
    if role in OFFICE_HOLDERS and college_applies is None:
        conditions.append(
            Condition(
                key="college_applies",
                text=Message(
                    text=(
                        "het college van burgemeester en wethouders beslist dat de regeling geldt "
                        "voor {role}"
                    ),
                    values=values,
                ),
                citation=cite(LEEUWARDEN, "15.1")[0],
            )
        )
    if uses_municipal_means is None:
        conditions.append(_uses_means_condition(role))
    if not conditions:
        return Decision(
            outcome=Outcome.YES,
            citations=cite(LEEUWARDEN, *articles),
            explanation=Message(text=_GROUP_TEXTS[group], values=values),
        )
    if role in OFFICE_HOLDERS and college_applies is None:
        text = (
            "De regeling noemt {role} niet: zij geldt voor een ieder die werkzaamheden voor de "
            "gemeente uitvoert en daarbij gebruik maakt van de door de gemeente ter beschikking "
            "gestelde middelen. Bij twijfel omtrent de toepassing van de regeling beslist het "
            "college van burgemeester en wethouders."
        )
    else:
        text = _GROUP_TEXTS[group]
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=cite(LEEUWARDEN, *articles),
        explanation=Message(text=text, values=values),
        conditions=tuple(conditions),
    )


class Facility(Choice):
    """The means Artikel 1 lid 2 names that are not devices, and any other means.

    The devices of 1.2.a.i are the shared vocabulary's :class:`~mdrules.vocabulary.DeviceKind`;
    a means is either (:data:`Means`).
    """

    SOFTWARE = "software", "software"
    """Applications, information systems and apps the municipality provides."""
    INTERNET = "internet", "internet"
    EMAIL = "email", "e-mail"
    TEAMS = "teams", "teams"
    SERVICE_BIKE = "service-bike", "dienstfiets"
    DESK_AND_CHAIR = "desk-and-chair", "bureau-en-stoel"
    NS_BUSINESS_CARD = "ns-business-card", "ns-business-card"
    DRUPPEL = "access-tag", "druppel"
    """The tag that opens (parts of) buildings and activates printers."""
    ARBO_PROVISIONS = "health-and-safety-provisions", "arbo-voorzieningen"
    """Personal occupational health provisions (persoonsgebonden arbo-voorzieningen)."""
    OTHER = "other-means", "ander-middel"
    """Any other current or future means the municipality provides or pays for."""


Means: TypeAlias = DeviceKind | Facility
"""A means (middel) of Artikel 1 lid 2: a device, or another means."""

MEANS: tuple[Means, ...] = (*DeviceKind, *Facility)
"""Every means, the devices first."""


def _means(value: Means | str) -> Means:
    """Return a means given as a member or as its value.

    >>> _means(" Laptop "), _means("dienstfiets")
    (<DeviceKind.LAPTOP: 'laptop'>, <Facility.SERVICE_BIKE: 'service-bike'>)
    >>> _means("fiets")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: verwacht een van smartphone, tablet, ..., ander-middel (in het
    Engels: ..., other-means); opgegeven: 'fiets'
    """
    if isinstance(value, DeviceKind | Facility):
        return value
    for kind in (DeviceKind, Facility):
        with contextlib.suppress(ValueError):
            return kind(value)
    msg = N_("verwacht een van {values}; opgegeven: {got}")
    raise InputError(msg, values=Listing(members=MEANS), got=repr(value))


ICT_DEVICES = PARAMETERS.parameter("ict_devices", tuple[Word[Means], ...])
ICT_FACILITIES = PARAMETERS.parameter("ict_facilities", tuple[Word[Means], ...])
FACILITIES = PARAMETERS.parameter("facilities", tuple[Word[Means], ...])


# Defined here, with the other lists of means, because the names of the means derive from it.
PRIVATE_USE_EXCEPTED = PARAMETERS.parameter("private_use_excepted_means", tuple[Word[Means], ...])

MEANS_NAMES: dict[Means, Phrase] = {
    # 1.2.a.i names the devices without an article; a sentence needs one ("de laptop").
    DeviceKind.SMARTPHONE: N_("de smartphone"),
    DeviceKind.LAPTOP: N_("de laptop"),
    DeviceKind.TABLET: N_("de tablet"),
    DeviceKind.DESKTOP: N_("de desktop pc"),
    DeviceKind.MONITOR: N_("de monitor"),
    DeviceKind.THIN_CLIENT: N_("de thin client"),
    Facility.SOFTWARE: N_("de software"),
    **{word.kind: word.name for word in ICT_FACILITIES.value},
    **{w.kind: w.name for w in FACILITIES.value if w.kind is not Facility.DESK_AND_CHAIR},
    # 1.2.b writes "bureau en stoel" without articles; a sentence needs them.
    Facility.DESK_AND_CHAIR: N_("het bureau en de stoel"),
    **{word.kind: word.name for word in PRIVATE_USE_EXCEPTED.value},
    Facility.OTHER: N_("een ander middel"),
}
"""The Dutch name of each means, as the regulation writes it in a sentence."""

MEANS_ARTICLES: dict[Means, str] = {
    **{kind: ICT_DEVICES.citation.article for kind in _kinds(ICT_DEVICES.value)},
    Facility.SOFTWARE: "1.2.a.ii",
    **{kind: ICT_FACILITIES.citation.article for kind in _kinds(ICT_FACILITIES.value)},
    **{kind: FACILITIES.citation.article for kind in _kinds(FACILITIES.value)},
    **dict.fromkeys((Facility.ARBO_PROVISIONS, Facility.OTHER), "1.2.c"),
}
"""The part of Artikel 1 lid 2 that names each means: the lists of its parameters."""

_CATEGORY_TEXTS = {
    "1.2.a.i": "De regeling geldt voor {means}: het is een ICT-middel (devices / apparatuur).",
    "1.2.a.ii": (
        "De regeling geldt voor {means}: het is een ICT-middel (software zoals door de gemeente "
        "beschikbaar gestelde applicaties, informatiesystemen en apps)."
    ),
    "1.2.a.iii": (
        "De regeling geldt voor {means}: het is een ICT-middel (ICT-voorzieningen zoals "
        "{ict_facilities})."
    ),
    "1.2.b": "De regeling geldt voor {means}: het valt onder de voorzieningen, zoals {facilities}.",
    "1.2.c": (
        "De regeling geldt voor {means}: zij geldt voor alle andere huidige en toekomstige "
        "middelen, waaronder ook de persoonsgebonden arbo-voorzieningen, die door de gemeente ter "
        "beschikking worden gesteld of betaald."
    ),
}


@rule(
    LEEUWARDEN,
    "means",
    "1.1",
    "1.2.a.i",
    "1.2.a.ii",
    "1.2.a.iii",
    "1.2.b",
    "1.2.c",
    title=N_("Of de regeling voor een middel geldt, en als welk soort middel (Artikel 1 lid 2)."),
    answer=AnswerKind.YES_NO,
)
def means(item: Means, provided_or_paid: bool | None = None) -> Decision:
    """Whether the regulation covers a means, and as which kind (Artikel 1 lid 2).

    The regulation covers the means the municipality provides (1.1); other means count when the
    municipality provides or pays for them (1.2.c).

    >>> print(means(Facility.DRUPPEL, provided_or_paid=True))
    Ja: De regeling geldt voor de druppel: het valt onder de voorzieningen, zoals de
    dienstfiets, bureau en stoel, de NS-Business Card en de druppel.
    Grondslag: Leeuwarden artikel 1 lid 2 onder b
    """
    item = _means(item)
    article = MEANS_ARTICLES[item]
    values = {
        "means": MEANS_NAMES[item],
        "ict_facilities": ICT_FACILITIES.value,
        "facilities": FACILITIES.value,
    }
    if provided_or_paid is False:
        return Decision(
            outcome=Outcome.NO,
            citations=cite(LEEUWARDEN, "1.1", "1.2.c"),
            explanation=Message(
                text=(
                    "De regeling geldt niet voor {means}: zij gaat over de door de gemeente ter "
                    "beschikking gestelde of betaalde middelen. Een privé device waarmee toegang "
                    "tot de mail of de werkplekomgeving wordt verkregen, is een BYOD (artikel 4a)."
                ),
                values=values,
            ),
        )
    if provided_or_paid is True:
        return Decision(
            outcome=Outcome.YES,
            citations=cite(LEEUWARDEN, article),
            explanation=Message(text=_CATEGORY_TEXTS[article], values=values),
        )
    if article == "1.2.c":
        condition_text = "de gemeente stelt {means} ter beschikking of betaalt het"
        condition_article = "1.2.c"
    else:
        condition_text = "de gemeente heeft {means} ter beschikking gesteld"
        condition_article = "1.1"
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=cite(LEEUWARDEN, *dict.fromkeys(("1.1", article))),
        explanation=Message(text=_CATEGORY_TEXTS[article], values=values),
        conditions=(
            Condition(
                key="provided_or_paid",
                text=Message(text=condition_text, values=values),
                citation=cite(LEEUWARDEN, condition_article)[0],
            ),
        ),
    )
