"""Leeuwarden: Regeling gebruik (communicatie)middelen 2024.

Each rule cites the provisions it rests on; each figure comes from a parameter with its provision.
Where the text leaves a decision to people ("noodzakelijk voor de functie", "in beperkte mate",
"vastgesteld"), the rule takes that judgement as an input and, when it is not given, answers
"alleen onder voorwaarde" with the condition and its article.

Countries are named in messages by their name in the message's language, in parentheses ("land
van verblijf: Turkije"), so that names that take an article in Dutch ("de Verenigde Staten") still
read well. Every Dutch word or phrase placed in a message is marked with ``N_``, so that it is
translated with the message.
"""

import datetime as dt
from enum import StrEnum
from typing import TypeVar

from mdrules.coverage import Status, classify
from mdrules.decision import Condition, Decision, Message, Outcome, cite
from mdrules.i18n import N_, AnyOf, Phrase, Territory
from mdrules.parameters import Parameter, define
from mdrules.rules import rule
from mdrules.vocabulary import (
    DEVICE_NAMES,
    OFFICE_HOLDERS,
    Country,
    DeviceKind,
    Role,
    Word,
    country_code,
    in_europe,
)

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


def _kinds(words: tuple[Word[T], ...]) -> tuple[T, ...]:
    """Return the kinds a list of words names, in its order."""
    return tuple(word.kind for word in words)


def _member(kind: type[E], value: E | str) -> E:
    """Return a value as a member of an enumeration; text is matched on the member's value.

    >>> _member(Means, " Laptop ")
    <Means.LAPTOP: 'laptop'>
    >>> _member(Purpose, "werk")
    Traceback (most recent call last):
    ...
    ValueError: expected one of zakelijk, prive; got 'werk'
    """
    if isinstance(value, kind):
        return value
    try:
        return kind(str(value).strip().lower())
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        msg = f"expected one of {choices}; got {value!r}"
        raise ValueError(msg) from None


# Artikel 1 Werkingssfeer en definities ----------------------------------------------------------

ROLE_NAMES: dict[Role, Phrase] = {
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
"""The Dutch name of each role, as a sentence uses it."""

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
            values={"role": ROLE_NAMES[role]},
        ),
        citation=cite("leeuwarden", "1.1")[0],
    )


@rule("leeuwarden", "applies-to", "1.1", "1.1.a", "1.1.b", "15.1")
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
    Informatie: De regeling geldt voor personen die (betaalde of niet-betaalde) werkzaamheden
    voor of namens de gemeente verrichten, zoals stagiaires, uitzendkrachten en vrijwilligers, en
    daarbij gebruik maken van de door de gemeente ter beschikking gestelde middelen, dus voor een
    stagiair.
    Grondslag: Leeuwarden artikel 1 lid 1; Leeuwarden artikel 1 lid 1 onder b
    """
    role = _member(Role, role)
    values = {"role": ROLE_NAMES[role]}
    if college_applies is not None and role not in OFFICE_HOLDERS:
        unnamed = ", ".join(sorted(member.value for member in OFFICE_HOLDERS))
        msg = (
            f"expected college_applies only for a role the regulation does not name ({unnamed}); "
            f"got it for {role.value}"
        )
        raise ValueError(msg)
    if role is Role.EXTERNAL:
        return Decision(
            outcome=Outcome.INFORMATION,
            citations=cite("leeuwarden", "1.1"),
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
                outcome=Outcome.INFORMATION,
                citations=cite("leeuwarden", *articles),
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
            outcome=Outcome.INFORMATION,
            citations=cite("leeuwarden", "1.1"),
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
                citation=cite("leeuwarden", "15.1")[0],
            )
        )
    if uses_municipal_means is None:
        conditions.append(_uses_means_condition(role))
    if not conditions:
        return Decision(
            outcome=Outcome.INFORMATION,
            citations=cite("leeuwarden", *articles),
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
        citations=cite("leeuwarden", *articles),
        explanation=Message(text=text, values=values),
        conditions=tuple(conditions),
    )


class Means(StrEnum):
    """The means (middelen) Artikel 1 lid 2 names, and any other means."""

    SMARTPHONE = "smartphone"
    LAPTOP = "laptop"
    TABLET = "tablet"
    DESKTOP = "desktop"
    MONITOR = "monitor"
    THIN_CLIENT = "thin_client"
    SOFTWARE = "software"
    """Applications, information systems and apps the municipality provides."""
    INTERNET = "internet"
    EMAIL = "email"
    TEAMS = "teams"
    SERVICE_BIKE = "dienstfiets"
    DESK_AND_CHAIR = "bureau_en_stoel"
    NS_BUSINESS_CARD = "ns_business_card"
    DRUPPEL = "druppel"
    """The tag that opens (parts of) buildings and activates printers."""
    ARBO_PROVISIONS = "arbo_voorzieningen"
    """Personal occupational health provisions (persoonsgebonden arbo-voorzieningen)."""
    OTHER = "ander_middel"
    """Any other current or future means the municipality provides or pays for."""


ICT_DEVICES = define(
    "leeuwarden",
    "ict_devices",
    (
        Word(Means.SMARTPHONE, N_("(mobiele) telefoon (smartphone)")),
        Word(Means.LAPTOP, DEVICE_NAMES[DeviceKind.LAPTOP]),
        Word(Means.TABLET, DEVICE_NAMES[DeviceKind.TABLET]),
        Word(Means.DESKTOP, DEVICE_NAMES[DeviceKind.DESKTOP]),
        Word(Means.MONITOR, DEVICE_NAMES[DeviceKind.MONITOR]),
        Word(Means.THIN_CLIENT, DEVICE_NAMES[DeviceKind.THIN_CLIENT]),
    ),
    "1.2.a.i",
    "The devices the text names as ICT resources (devices / apparatuur).",
)
ICT_FACILITIES = define(
    "leeuwarden",
    "ict_facilities",
    (
        Word(Means.INTERNET, N_("internet")),
        Word(Means.EMAIL, N_("email")),
        Word(Means.TEAMS, N_("Teams")),
    ),
    "1.2.a.iii",
    "The ICT facilities the text names as ICT resources.",
)
FACILITIES = define(
    "leeuwarden",
    "facilities",
    (
        Word(Means.SERVICE_BIKE, N_("de dienstfiets")),
        Word(Means.DESK_AND_CHAIR, N_("bureau en stoel")),
        Word(Means.NS_BUSINESS_CARD, N_("de NS-Business Card")),
        Word(Means.DRUPPEL, N_("de druppel")),
    ),
    "1.2.b",
    "The facilities (voorzieningen) the text names as resources.",
)


def _named(words: tuple[Word[Means], ...], kind: Means) -> Word[Means]:
    """Return the words a list uses for one means."""
    return next(word for word in words if word.kind is kind)


# Defined here, with the other lists of means, because the names of the means derive from it.
PRIVATE_USE_EXCEPTED = define(
    "leeuwarden",
    "private_use_excepted_means",
    (
        _named(FACILITIES.value, Means.SERVICE_BIKE),
        _named(FACILITIES.value, Means.NS_BUSINESS_CARD),
        Word(Means.ARBO_PROVISIONS, N_("de persoonsgebonden arbo-voorzieningen")),
        _named(FACILITIES.value, Means.DRUPPEL),
    ),
    "3.2",
    "Means that may not be used for private purposes at all, as the text names them.",
)

MEANS_NAMES: dict[Means, Phrase] = {
    # 1.2.a.i names the devices without an article; a sentence needs one ("de laptop").
    Means.SMARTPHONE: N_("de smartphone"),
    Means.LAPTOP: N_("de laptop"),
    Means.TABLET: N_("de tablet"),
    Means.DESKTOP: N_("de desktop pc"),
    Means.MONITOR: N_("de monitor"),
    Means.THIN_CLIENT: N_("de thin client"),
    Means.SOFTWARE: N_("de software"),
    **{word.kind: word.name for word in ICT_FACILITIES.value},
    **{word.kind: word.name for word in FACILITIES.value if word.kind is not Means.DESK_AND_CHAIR},
    # 1.2.b writes "bureau en stoel" without articles; a sentence needs them.
    Means.DESK_AND_CHAIR: N_("het bureau en de stoel"),
    **{word.kind: word.name for word in PRIVATE_USE_EXCEPTED.value},
    Means.OTHER: N_("een ander middel"),
}
"""The Dutch name of each means, as the regulation writes it in a sentence."""

MEANS_ARTICLES: dict[Means, str] = {
    **{kind: ICT_DEVICES.citation.article for kind in _kinds(ICT_DEVICES.value)},
    Means.SOFTWARE: "1.2.a.ii",
    **{kind: ICT_FACILITIES.citation.article for kind in _kinds(ICT_FACILITIES.value)},
    **{kind: FACILITIES.citation.article for kind in _kinds(FACILITIES.value)},
    **dict.fromkeys((Means.ARBO_PROVISIONS, Means.OTHER), "1.2.c"),
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


@rule("leeuwarden", "means", "1.1", "1.2.a.i", "1.2.a.ii", "1.2.a.iii", "1.2.b", "1.2.c")
def means(item: Means, provided_or_paid: bool | None = None) -> Decision:
    """Whether the regulation covers a means, and as which kind (Artikel 1 lid 2).

    The regulation covers the means the municipality provides (1.1); other means count when the
    municipality provides or pays for them (1.2.c).

    >>> print(means(Means.DRUPPEL, provided_or_paid=True))
    Informatie: De regeling geldt voor de druppel: het valt onder de voorzieningen, zoals de
    dienstfiets, bureau en stoel, de NS-Business Card en de druppel.
    Grondslag: Leeuwarden artikel 1 lid 2 onder b
    """
    item = _member(Means, item)
    article = MEANS_ARTICLES[item]
    values = {
        "means": MEANS_NAMES[item],
        "ict_facilities": ICT_FACILITIES.value,
        "facilities": FACILITIES.value,
    }
    if provided_or_paid is False:
        return Decision(
            outcome=Outcome.INFORMATION,
            citations=cite("leeuwarden", "1.1", "1.2.c"),
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
            outcome=Outcome.INFORMATION,
            citations=cite("leeuwarden", article),
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
        citations=cite("leeuwarden", *dict.fromkeys(("1.1", article))),
        explanation=Message(text=_CATEGORY_TEXTS[article], values=values),
        conditions=(
            Condition(
                key="provided_or_paid",
                text=Message(text=condition_text, values=values),
                citation=cite("leeuwarden", condition_article)[0],
            ),
        ),
    )


# Artikel 3 Gebruik middelen --------------------------------------------------------------------


@rule("leeuwarden", "private-use", "3.2")
def private_use(item: Means, limited_and_not_disruptive: bool | None = None) -> Decision:
    """Whether a means may be used for private purposes (Artikel 3 lid 2).

    Private use is allowed to a limited extent and when it does not disturb the daily work, a
    judgement; the bike, the NS-Business Card, the personal arbo provisions and the druppel are
    excepted.

    >>> print(private_use(Means.SERVICE_BIKE))
    Niet toegestaan: Privégebruik van de dienstfiets is niet toegestaan: de regeling zondert de
    dienstfiets, de NS-Business Card, de persoonsgebonden arbo-voorzieningen en de druppel uit van
    privégebruik.
    Grondslag: Leeuwarden artikel 3 lid 2
    """
    item = _member(Means, item)
    excepted = PRIVATE_USE_EXCEPTED.value
    values = {"means": MEANS_NAMES[item], "excepted": excepted}
    citations = cite("leeuwarden", "3.2")
    if item in _kinds(excepted):
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Privégebruik van {means} is niet toegestaan: de regeling zondert {excepted} "
                    "uit van privégebruik."
                ),
                values=values,
            ),
        )
    if limited_and_not_disruptive is True:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Privégebruik van {means} is toegestaan: het gebruik is in beperkte mate, in "
                    "overeenstemming met deze regeling en niet storend voor, dan wel ten koste "
                    "van, de dagelijkse werkzaamheden."
                ),
                values=values,
            ),
        )
    if limited_and_not_disruptive is False:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Privégebruik van {means} is alleen in beperkte mate toegestaan, in "
                    "overeenstemming met deze regeling en zonder dat het storend is voor, dan wel "
                    "ten koste gaat van, de dagelijkse werkzaamheden; dit gebruik voldoet daar "
                    "niet aan."
                ),
                values=values,
            ),
        )
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=citations,
        explanation=Message(
            text=(
                "Privégebruik van {means} is in beperkte mate toegestaan, mits dit gebruik in "
                "overeenstemming is met deze regeling en niet storend is voor, dan wel ten koste "
                "gaat van, de dagelijkse werkzaamheden."
            ),
            values=values,
        ),
        conditions=(
            Condition(
                key="limited_and_not_disruptive",
                text=Message(
                    text=(
                        "het privégebruik is in beperkte mate, in overeenstemming met deze "
                        "regeling en niet storend voor, dan wel ten koste van, de dagelijkse "
                        "werkzaamheden"
                    ),
                ),
                citation=citations[0],
            ),
        ),
    )


class Transfer(StrEnum):
    """What Artikel 3 lid 3 forbids without prior permission."""

    LEND = "uitlenen"
    PLEDGE = "verpanden"
    MAKE_AVAILABLE = "ter_beschikking_stellen"


_TRANSFER_VERBS: dict[Transfer, tuple[Phrase, Phrase]] = {
    Transfer.LEND: (N_("uit te lenen"), N_("uitgeleend")),
    Transfer.PLEDGE: (N_("te verpanden"), N_("verpand")),
    Transfer.MAKE_AVAILABLE: (N_("ter beschikking te stellen"), N_("ter beschikking gesteld")),
}


@rule("leeuwarden", "lending", "3.3")
def lending(
    item: Means, prior_permission: bool | None = None, action: Transfer = Transfer.LEND
) -> Decision:
    """Whether a means may be lent, pledged or made available to others (Artikel 3 lid 3).

    Only with prior permission. A partner or family member is a third party (derde).

    >>> print(lending(Means.TABLET, prior_permission=False))
    Niet toegestaan: Het is niet toegestaan om de tablet zonder voorafgaande toestemming aan
    derden uit te lenen; er is geen voorafgaande toestemming.
    Grondslag: Leeuwarden artikel 3 lid 3
    """
    item = _member(Means, item)
    action = _member(Transfer, action)
    infinitive, participle = _TRANSFER_VERBS[action]
    values = {"means": MEANS_NAMES[item], "verb": infinitive, "participle": participle}
    citations = cite("leeuwarden", "3.3")
    if prior_permission is True:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Met voorafgaande toestemming mag {means} aan derden worden {participle}; "
                    "die toestemming is er."
                ),
                values=values,
            ),
        )
    if prior_permission is False:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Het is niet toegestaan om {means} zonder voorafgaande toestemming aan derden "
                    "{verb}; er is geen voorafgaande toestemming."
                ),
                values=values,
            ),
        )
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=citations,
        explanation=Message(
            text=(
                "Het is niet toegestaan om {means} zonder voorafgaande toestemming aan derden "
                "{verb}."
            ),
            values=values,
        ),
        conditions=(
            Condition(
                key="prior_permission",
                text=Message(
                    text="vooraf is toestemming gegeven om {means} aan derden {verb}",
                    values=values,
                ),
                citation=citations[0],
            ),
        ),
    )


# Artikel 4 Gebruik van abonnementen, applicaties en e-mail -------------------------------------

DEVICE_PLURALS: dict[DeviceKind, Phrase] = {
    DeviceKind.SMARTPHONE: N_("smartphones"),
    DeviceKind.LAPTOP: N_("laptops"),
    DeviceKind.TABLET: N_("tablets"),
}
"""The plural of each kind of device with a subscription, as Artikel 4 writes it."""


def _plural(kind: DeviceKind) -> Word[DeviceKind]:
    """Return a kind of device with its plural, as a list in Artikel 4 names it."""
    return Word(kind, DEVICE_PLURALS[kind])


VOICE_DEVICES = define(
    "leeuwarden",
    "voice_subscription_devices",
    (_plural(DeviceKind.SMARTPHONE),),
    "4.1",
    "Devices whose subscription is for voice use (spraakgebruik): the conditions of lid 1.",
)
DATA_DEVICES = define(
    "leeuwarden",
    "data_subscription_devices",
    (
        _plural(DeviceKind.SMARTPHONE),
        _plural(DeviceKind.LAPTOP),
        _plural(DeviceKind.TABLET),
    ),
    "4.2",
    "Devices whose subscription is for data use (datagebruik): the conditions of lid 2.",
)
SMARTPHONE_SUBSCRIPTION: Parameter[tuple[str, ...]] = define(
    "leeuwarden",
    "smartphone_subscription",
    (N_("spraak"), N_("data")),
    "4.1.a",
    "What the subscription that comes with a smartphone is for.",
)
DATA_OPTIONAL_DEVICES = define(
    "leeuwarden",
    "data_optional_devices",
    (_plural(DeviceKind.LAPTOP), _plural(DeviceKind.TABLET)),
    "4.1.a",
    "Devices for which a data subscription is optional: only when the function requires it.",
)


def _device(device: DeviceKind | str, allowed: tuple[DeviceKind, ...], what: str) -> DeviceKind:
    """Return a device kind, if it is one of the kinds a rule answers for."""
    kind = _member(DeviceKind, device)
    if kind not in allowed:
        names = [member.value for member in allowed]
        expected = ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]
        msg = f"expected {expected} ({what}); got {kind.value}"
        raise ValueError(msg)
    return kind


@rule("leeuwarden", "subscription", "4.1.a")
def subscription(device: DeviceKind, necessary_for_function: bool | None = None) -> Decision:
    """Which subscription comes with a device (Artikel 4 lid 1 onder a).

    A smartphone comes with voice and data; for a laptop or tablet a data subscription is
    optional and only provided when the function requires it (a judgement).

    >>> print(subscription(DeviceKind.SMARTPHONE))
    Informatie: Bij een smartphone wordt een abonnement geleverd voor spraak en data.
    Grondslag: Leeuwarden artikel 4 lid 1 onder a
    """
    optional = _kinds(DATA_OPTIONAL_DEVICES.value)
    voice = _kinds(VOICE_DEVICES.value)
    kind = _device(device, (*voice, *optional), "a device with a subscription")
    citations = cite("leeuwarden", "4.1.a")
    values = {"device": DEVICE_NAMES[kind], "services": SMARTPHONE_SUBSCRIPTION.value}
    if kind not in optional:
        return Decision(
            outcome=Outcome.INFORMATION,
            citations=citations,
            explanation=Message(
                text="Bij een {device} wordt een abonnement geleverd voor {services}.",
                values=values,
            ),
        )
    if necessary_for_function is True:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Voor de {device} wordt een data-abonnement verstrekt: het is voor de functie "
                    "noodzakelijk."
                ),
                values=values,
            ),
        )
    if necessary_for_function is False:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Voor de {device} wordt geen data-abonnement verstrekt: het wordt alleen "
                    "verstrekt wanneer het voor de functie noodzakelijk is, en dat is het niet."
                ),
                values=values,
            ),
        )
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=citations,
        explanation=Message(
            text=(
                "Voor een {device} is een data-abonnement optioneel; dit wordt alleen verstrekt "
                "wanneer het voor de functie noodzakelijk is."
            ),
            values=values,
        ),
        conditions=(
            Condition(
                key="necessary_for_function",
                text=Message(text="een data-abonnement is voor de functie noodzakelijk"),
                citation=citations[0],
            ),
        ),
    )


HOME_COUNTRY = define(
    "leeuwarden",
    "home_country",
    Word("NL", N_("Nederland")),
    "4.1.c",
    "The country that is not abroad: its name as the text writes it (Nederland), with its "
    "ISO 3166-1 alpha-2 code.",
)


class Direction(StrEnum):
    """Whether a call is made or received."""

    OUTGOING = "bellen"
    INCOMING = "ontvangen"


@rule("leeuwarden", "call-abroad", "4.1.c")
def call_abroad(
    country_of_stay: Country, other_country: Country, direction: Direction = Direction.OUTGOING
) -> Decision:
    """Whether a call is possible, by country of stay and the other party's country (4.1.c).

    Voice works only within the country of stay: abroad you can call, but not to the
    Netherlands; calls from the Netherlands can be received abroad. The other country is the
    country called, or for a received call the country the call comes from. The text names no
    other exception, so a call received from a third country is not possible either.

    >>> print(call_abroad("ES", "NL"))
    Geblokkeerd: In het buitenland kan wel gebeld worden, maar niet naar Nederland (land van
    verblijf: Spanje).
    Grondslag: Leeuwarden artikel 4 lid 1 onder c
    """
    stay, other = country_code(country_of_stay), country_code(other_country)
    direction = _member(Direction, direction)
    home = HOME_COUNTRY.value.kind
    values = {"stay": Territory(stay), "other": Territory(other), "home": Territory(home)}
    citations = cite("leeuwarden", "4.1.c")
    outcome = Outcome.BLOCKED
    if direction is Direction.OUTGOING:
        if other == stay:
            outcome = Outcome.ALLOWED
            text = "Spraak is mogelijk binnen het land van verblijf ({stay})."
        elif other == home:
            text = (
                "In het buitenland kan wel gebeld worden, maar niet naar {home} "
                "(land van verblijf: {stay})."
            )
        else:
            text = (
                "Spraak is alleen mogelijk binnen het land van verblijf ({stay}); bellen naar "
                "een ander land ({other}) is niet mogelijk."
            )
    elif other == stay:
        outcome = Outcome.ALLOWED
        text = (
            "Gesprekken ontvangen vanuit het land van verblijf ({stay}) is mogelijk: spraak is "
            "mogelijk binnen het land van verblijf."
        )
    elif other == home:
        outcome = Outcome.ALLOWED
        text = (
            "Gesprekken vanuit {home} ontvangen in het buitenland is wel mogelijk (land van "
            "verblijf: {stay})."
        )
    else:
        text = (
            "Spraak is alleen mogelijk binnen het land van verblijf ({stay}); gesprekken vanuit "
            "een ander land ({other}) ontvangen is niet mogelijk. Alleen gesprekken vanuit {home} "
            "kunnen in het buitenland worden ontvangen."
        )
    return Decision(
        outcome=outcome, citations=citations, explanation=Message(text=text, values=values)
    )


@rule("leeuwarden", "data-abroad", "4.2.a", "4.2.c")
def data_abroad(country: Country, function_requires: bool | None = None) -> Decision:
    """Whether data may be used in a country (Artikel 4 lid 2 onder a en c).

    At home business use of data is unlimited; abroad data is allowed in Europe, and outside
    Europe only when the function requires it (a judgement). "Europe" is
    :data:`mdrules.vocabulary.EUROPE`.

    >>> print(data_abroad("us", function_requires=False))
    Niet toegestaan: Datagebruik buiten Europa is uitsluitend uit hoofde van de functie
    toegestaan; het land van verblijf (Verenigde Staten) ligt buiten Europa en de functie
    vereist het niet.
    Grondslag: Leeuwarden artikel 4 lid 2 onder c
    """
    code = country_code(country)
    values = {"country": Territory(code)}
    if code == HOME_COUNTRY.value.kind:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=cite("leeuwarden", "4.2.a"),
            explanation=Message(
                text=(
                    "Datagebruik in {country} is toegestaan: het zakelijk gebruik van "
                    "datadiensten van het abonnement is ongelimiteerd. Waar mogelijk wordt als "
                    "alternatief gebruik gemaakt van beveiligde en vertrouwde wifi netwerken."
                ),
                values=values,
            ),
        )
    citations = cite("leeuwarden", "4.2.c")
    if in_europe(code):
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Datagebruik in het buitenland is toegestaan, maar beperkt tot landen in "
                    "Europa; het land van verblijf ({country}) ligt in Europa."
                ),
                values=values,
            ),
        )
    if function_requires is True:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Datagebruik buiten Europa is uit hoofde van de functie toegestaan; het land "
                    "van verblijf ({country}) ligt buiten Europa en de functie vereist het."
                ),
                values=values,
            ),
        )
    if function_requires is False:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Datagebruik buiten Europa is uitsluitend uit hoofde van de functie "
                    "toegestaan; het land van verblijf ({country}) ligt buiten Europa en de "
                    "functie vereist het niet."
                ),
                values=values,
            ),
        )
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=citations,
        explanation=Message(
            text=(
                "Datagebruik buiten Europa is uitsluitend uit hoofde van de functie toegestaan; "
                "het land van verblijf ({country}) ligt buiten Europa."
            ),
            values=values,
        ),
        conditions=(
            Condition(
                key="function_requires",
                text=Message(text="de functie vereist datagebruik buiten Europa"),
                citation=citations[0],
            ),
        ),
    )


class Usage(StrEnum):
    """Which use of a subscription: voice (Artikel 4 lid 1) or data (lid 2)."""

    VOICE = "spraak"
    DATA = "data"


@rule("leeuwarden", "business-use", "4.1.b", "4.2.a")
def business_use(usage: Usage, device: DeviceKind = DeviceKind.SMARTPHONE) -> Decision:
    """Whether business use of a subscription is limited: no (Artikel 4 lid 1 b, lid 2 a).

    Voice use is the subject of lid 1, for smartphones; data use of lid 2, for smartphones,
    laptops and tablets. For a laptop or tablet the data subscription itself is optional (4.1.a,
    ``subscription``); use abroad is ``call-abroad`` (4.1.c) and ``data-abroad`` (4.2.c).

    >>> print(business_use(Usage.DATA, DeviceKind.TABLET))
    Toegestaan: Voor datagebruik bij het abonnement van een tablet geldt: het zakelijk gebruik
    van datadiensten van het abonnement is ongelimiteerd.
    1. Maak waar mogelijk als alternatief voor data-diensten gebruik van beveiligde en vertrouwde
    wifi netwerken.
    Grondslag: Leeuwarden artikel 4 lid 2 onder a
    """
    usage = _member(Usage, usage)
    if usage is Usage.VOICE:
        kind = _device(device, _kinds(VOICE_DEVICES.value), "a device with a voice subscription")
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=cite("leeuwarden", "4.1.b"),
            explanation=Message(
                text=(
                    "Voor spraakgebruik bij het abonnement van een {device} geldt: het zakelijk "
                    "gebruik van het abonnement is ongelimiteerd."
                ),
                values={"device": DEVICE_NAMES[kind]},
            ),
        )
    kind = _device(device, _kinds(DATA_DEVICES.value), "a device with a data subscription")
    return Decision(
        outcome=Outcome.ALLOWED,
        citations=cite("leeuwarden", "4.2.a"),
        explanation=Message(
            text=(
                "Voor datagebruik bij het abonnement van een {device} geldt: het zakelijk gebruik "
                "van datadiensten van het abonnement is ongelimiteerd."
            ),
            values={"device": DEVICE_NAMES[kind]},
        ),
        steps=(
            Message(
                text=(
                    "Maak waar mogelijk als alternatief voor data-diensten gebruik van beveiligde "
                    "en vertrouwde wifi netwerken."
                )
            ),
        ),
    )


@rule("leeuwarden", "app-origin", "4.5")
def app_origin(country: Country, offensive_cyber_programme: bool | None = None) -> Decision:
    """Whether apps from a country may be installed, used or accessed (Artikel 4 lid 5).

    Forbidden when it has been established that the country has an offensive cyber programme.
    Who establishes that is not this rule: it is an input, and there is no built-in list.

    >>> print(app_origin("NO", offensive_cyber_programme=False))
    Toegestaan: Voor het land van herkomst (Noorwegen) is niet vastgesteld dat er sprake is van
    een offensief cyberprogramma. Het SSC behoudt zich het recht voor bepaalde applicaties of
    apps te blokkeren dan wel te verbieden.
    Grondslag: Leeuwarden artikel 4 lid 5
    """
    code = country_code(country)
    values = {"country": Territory(code)}
    citations = cite("leeuwarden", "4.5")
    if offensive_cyber_programme is True:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Het is verboden om applicaties en/of apps te installeren, gebruiken of via "
                    "websites te benaderen afkomstig uit landen waarvan is vastgesteld dat er "
                    "sprake is van een offensief cyberprogramma; voor het land van herkomst "
                    "({country}) is dat vastgesteld."
                ),
                values=values,
            ),
        )
    if offensive_cyber_programme is False:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Voor het land van herkomst ({country}) is niet vastgesteld dat er sprake is "
                    "van een offensief cyberprogramma. Het SSC behoudt zich het recht voor "
                    "bepaalde applicaties of apps te blokkeren dan wel te verbieden."
                ),
                values=values,
            ),
        )
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=citations,
        explanation=Message(
            text=(
                "Applicaties en/of apps afkomstig uit het land van herkomst ({country}) "
                "installeren, gebruiken of via websites benaderen is verboden als voor dat land "
                "is vastgesteld dat er sprake is van een offensief cyberprogramma."
            ),
            values=values,
        ),
        conditions=(
            Condition(
                key="offensive_cyber_programme",
                text=Message(
                    text=(
                        "voor het land van herkomst ({country}) is niet vastgesteld dat er sprake "
                        "is van een offensief cyberprogramma"
                    ),
                    values=values,
                ),
                citation=citations[0],
            ),
        ),
    )


class Purpose(StrEnum):
    """What something is used for."""

    BUSINESS = "zakelijk"
    PRIVATE = "prive"


@rule("leeuwarden", "business-mail", "4.7")
def business_mail(purpose: Purpose) -> Decision:
    """Whether the business e-mail address may be used for a purpose (Artikel 4 lid 7).

    >>> print(business_mail(Purpose.PRIVATE))
    Niet toegestaan: Het gebruik van het zakelijk mailadres is uitsluitend voor zakelijke
    doeleinden, niet voor privédoeleinden.
    Grondslag: Leeuwarden artikel 4 lid 7
    """
    purpose = _member(Purpose, purpose)
    citations = cite("leeuwarden", "4.7")
    if purpose is Purpose.BUSINESS:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text="Het zakelijk mailadres is bedoeld voor zakelijke doeleinden."
            ),
        )
    return Decision(
        outcome=Outcome.NOT_ALLOWED,
        citations=citations,
        explanation=Message(
            text=(
                "Het gebruik van het zakelijk mailadres is uitsluitend voor zakelijke doeleinden, "
                "niet voor privédoeleinden."
            )
        ),
    )


# Artikel 4a Bring your own Device --------------------------------------------------------------

# The text joins the kinds with "en/of", which no list form writes: the words are one phrase, and
# the kinds it names are given with it.
BYOD_DEVICES = define(
    "leeuwarden",
    "byod_devices",
    Word(
        (DeviceKind.SMARTPHONE, DeviceKind.LAPTOP, DeviceKind.DESKTOP, DeviceKind.TABLET),
        N_("smartphone, laptop, desktop pc en/of tablet"),
    ),
    "4a.1",
    "The kinds of device a BYOD can be.",
)
BYOD_NO_DATA_SIM = define(
    "leeuwarden",
    "byod_no_data_sim_devices",
    (
        Word(DeviceKind.LAPTOP, DEVICE_NAMES[DeviceKind.LAPTOP]),
        Word(DeviceKind.TABLET, DEVICE_NAMES[DeviceKind.TABLET]),
    ),
    "4a.3",
    "BYOD devices for which no SIM card for data services is provided.",
)


@rule("leeuwarden", "byod", "4a.1", "4a.4")
def byod(device: DeviceKind, privately_owned: bool, accesses_work: bool) -> Decision:
    """Whether a device is a Bring Your Own Device (Artikel 4a lid 1), covered by lid 4.

    A BYOD is a device the employee owns, used to get access to the mail and/or the full
    workplace environment of the SSC: a smartphone, laptop, desktop pc or tablet.

    >>> print(byod(DeviceKind.LAPTOP, privately_owned=True, accesses_work=True))
    Informatie: De laptop is een Bring Your Own Device (BYOD): een device in eigendom van de
    werknemer (privé device) dat wordt ingezet om toegang te krijgen tot de mail en/of de
    volledige werkplekomgeving van het SSC. De regeling is overeenkomstig van toepassing op een
    BYOD.
    Grondslag: Leeuwarden artikel 4a lid 1; Leeuwarden artikel 4a lid 4
    """
    kind = _member(DeviceKind, device)
    kinds = BYOD_DEVICES.value.kind
    values = {"device": DEVICE_NAMES[kind], "kinds": AnyOf(DEVICE_NAMES[k] for k in kinds)}
    citations = cite("leeuwarden", "4a.1")
    if kind not in kinds:
        text = "Een {device} is geen BYOD: een BYOD kan een {kinds} zijn."
    elif not privately_owned:
        text = (
            "De {device} is geen BYOD: een BYOD is een device in eigendom van de werknemer "
            "(privé device)."
        )
    elif not accesses_work:
        text = (
            "De {device} is geen BYOD: het wordt niet ingezet om toegang te krijgen tot de mail "
            "en/of de volledige werkplekomgeving van het SSC."
        )
    else:
        return Decision(
            outcome=Outcome.INFORMATION,
            citations=cite("leeuwarden", "4a.1", "4a.4"),
            explanation=Message(
                text=(
                    "De {device} is een Bring Your Own Device (BYOD): een device in eigendom van "
                    "de werknemer (privé device) dat wordt ingezet om toegang te krijgen tot de "
                    "mail en/of de volledige werkplekomgeving van het SSC. De regeling is "
                    "overeenkomstig van toepassing op een BYOD."
                ),
                values=values,
            ),
        )
    return Decision(
        outcome=Outcome.INFORMATION,
        citations=citations,
        explanation=Message(text=text, values=values),
    )


@rule("leeuwarden", "byod-sim", "4a.2", "4a.3")
def byod_sim(device: DeviceKind) -> Decision:
    """Which subscription or SIM card a BYOD gets (Artikel 4a lid 2 en 3).

    >>> print(byod_sim(DeviceKind.TABLET))
    Niet toegestaan: In afwijking van artikel 4 lid 1 worden er geen simkaarten verstrekt voor
    datadiensten in een BYOD tablet.
    Grondslag: Leeuwarden artikel 4a lid 3
    """
    no_sim = _kinds(BYOD_NO_DATA_SIM.value)
    kind = _device(device, (DeviceKind.SMARTPHONE, *no_sim), "a BYOD that can hold a SIM card")
    if kind in no_sim:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=cite("leeuwarden", "4a.3"),
            explanation=Message(
                text=(
                    "In afwijking van artikel 4 lid 1 worden er geen simkaarten verstrekt voor "
                    "datadiensten in een BYOD {device}."
                ),
                values={"device": DEVICE_NAMES[kind]},
            ),
        )
    return Decision(
        outcome=Outcome.INFORMATION,
        citations=cite("leeuwarden", "4a.2"),
        explanation=Message(
            text=(
                "De voorwaarden rond een Sim Only abonnement in combinatie met een BYOD smartphone "
                "zijn gelijk aan de afspraken die bij een door de gemeente ter beschikking "
                "gestelde smartphone inclusief bijbehorend abonnement gelden (zie artikel 4)."
            )
        ),
    )


# Artikel 5 Het opslaan van gegevens ------------------------------------------------------------


class DataKind(StrEnum):
    """What is stored."""

    MUNICIPAL = "gemeentelijk"
    """Data of the municipality that holds no personal data of residents and is not sensitive."""
    RESIDENTS = "persoonsgegevens_inwoners"
    """Information that holds personal data of residents."""
    SENSITIVE = "gevoelig"
    """Information that is otherwise sensitive."""
    PRIVATE = "prive"
    """The user's private files or information."""


class Location(StrEnum):
    """Where it is stored."""

    MUNICIPAL = "gemeente"
    """The municipality's computer systems and the ICT means it provides."""
    PERSONAL = "persoonlijk"
    """Personal ICT means, such as a USB stick or a cloud service of one's own."""


@rule("leeuwarden", "storage", "5.1", "5.2")
def storage(data: DataKind, location: Location) -> Decision:
    """Whether data may be stored in a place (Artikel 5).

    Municipal data belongs in the municipality's systems: the first sentence of 5.2 is read as
    ruling out personal means for all municipal data, the second names personal data of residents
    and sensitive information explicitly. Private files on the municipality's ICT means are
    undesirable and at one's own risk (5.1).

    >>> print(storage(DataKind.RESIDENTS, Location.PERSONAL))
    Niet toegestaan: Het is niet toegestaan persoonlijke ICT-middelen (bijvoorbeeld een usb of
    cloud) te gebruiken om informatie op te slaan die persoonsgegevens van inwoners bevat of
    anderszins gevoelig is.
    Grondslag: Leeuwarden artikel 5 lid 2
    """
    data = _member(DataKind, data)
    location = _member(Location, location)
    if data is DataKind.PRIVATE:
        if location is Location.MUNICIPAL:
            return Decision(
                outcome=Outcome.INFORMATION,
                citations=cite("leeuwarden", "5.1"),
                explanation=Message(
                    text=(
                        "Het opslaan van privébestanden of -informatie op ICT-middelen is niet "
                        "wenselijk en komt voor eigen rekening en risico. De gemeente geeft niet "
                        "de garantie dat dergelijke bestanden bewaard blijven."
                    )
                ),
            )
        return Decision(
            outcome=Outcome.INFORMATION,
            citations=cite("leeuwarden", "5.1", "5.2"),
            explanation=Message(
                text=(
                    "De regeling stelt geen eisen aan het opslaan van privébestanden op "
                    "persoonlijke ICT-middelen; artikel 5 gaat over privébestanden op de "
                    "ICT-middelen van de gemeente en over gegevens van de gemeente."
                )
            ),
        )
    citations = cite("leeuwarden", "5.2")
    if location is Location.MUNICIPAL:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Gegevens van de gemeente moeten opgeslagen worden in de computersystemen van "
                    "de gemeente."
                )
            ),
        )
    if data is DataKind.MUNICIPAL:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Gegevens van de gemeente moeten opgeslagen worden in de computersystemen van "
                    "de gemeente, niet op persoonlijke ICT-middelen (bijvoorbeeld een usb of "
                    "cloud)."
                )
            ),
        )
    return Decision(
        outcome=Outcome.NOT_ALLOWED,
        citations=citations,
        explanation=Message(
            text=(
                "Het is niet toegestaan persoonlijke ICT-middelen (bijvoorbeeld een usb of cloud) "
                "te gebruiken om informatie op te slaan die persoonsgegevens van inwoners bevat of "
                "anderszins gevoelig is."
            )
        ),
    )


# Artikel 6 Vergrendeling scherm en gebruik wachtwoorden ----------------------------------------

SERVICEDESK = define(
    "leeuwarden",
    "servicedesk",
    N_("ServiceDesk SSC"),
    "6.3",
    "The service desk where misuse, loss and theft are reported.",
)


class Requester(StrEnum):
    """Who asks for a password."""

    ICT = "ict"
    MANAGER = "leidinggevende"
    COLLEAGUE = "collega"
    OTHER = "ander"


REQUESTER_NAMES: dict[Requester, Phrase] = {
    Requester.ICT: N_("ICT"),
    Requester.MANAGER: N_("de leidinggevende"),
    Requester.COLLEAGUE: N_("een collega"),
    Requester.OTHER: N_("iemand anders"),
}


@rule("leeuwarden", "password-request", "6.2", "6.3")
def password_request(asked_by: Requester, misuse_suspected: bool = False) -> Decision:
    """Whether to give a password to someone who asks for it, and what to report (Artikel 6).

    Never: nobody else logs in with the user's credentials, and ICT never asks for a password. A
    suspicion of misuse of a password is reported (6.3): when it is given
    (``misuse_suspected``), and to a request from ICT as what to do if there is such a suspicion.

    >>> print(password_request(Requester.COLLEAGUE))
    Niet toegestaan: De gebruiker laat nooit iemand anders met zijn pincode, gebruikersnaam
    (user-ID) en wachtwoord inloggen, ook een collega niet.
    1. Geef uw pincode, gebruikersnaam en wachtwoord niet.
    Grondslag: Leeuwarden artikel 6 lid 2
    """
    asked_by = _member(Requester, asked_by)
    values = {"requester": REQUESTER_NAMES[asked_by], "servicedesk": SERVICEDESK.value}
    steps = [Message(text="Geef uw pincode, gebruikersnaam en wachtwoord niet.")]
    if asked_by is Requester.ICT:
        text = (
            "ICT zal nooit vragen om het wachtwoord van de gebruiker, en de gebruiker laat nooit "
            "iemand anders met zijn pincode, gebruikersnaam (user-ID) en wachtwoord inloggen."
        )
    else:
        text = (
            "De gebruiker laat nooit iemand anders met zijn pincode, gebruikersnaam (user-ID) en "
            "wachtwoord inloggen, ook {requester} niet."
        )
    report = asked_by is Requester.ICT or misuse_suspected
    if misuse_suspected:
        steps.append(
            Message(
                text=(
                    "Meld het vermoeden van misbruik van een wachtwoord bij de leidinggevende en "
                    "bij de {servicedesk}."
                ),
                values=values,
            )
        )
    elif report:
        steps.append(
            Message(
                text=(
                    "Bij een vermoeden van misbruik van een wachtwoord: meld dit bij de "
                    "leidinggevende en bij de {servicedesk}."
                ),
                values=values,
            )
        )
    return Decision(
        outcome=Outcome.NOT_ALLOWED,
        citations=cite("leeuwarden", *(("6.2", "6.3") if report else ("6.2",))),
        explanation=Message(text=text, values=values),
        steps=tuple(steps),
    )


# Artikel 7 Einde ter beschikking stelling middelen ---------------------------------------------


@rule("leeuwarden", "return-means", "7.2")
def return_means(last_working_day: dt.date, on: dt.date) -> Decision:
    """List what to do with the means when the work ends, and by when (Artikel 7 lid 2).

    The means are returned at the latest on the last working day (that day included), or a
    collection at home has been arranged by then; means not returned are charged at their new
    value plus the additional costs.

    >>> print(return_means(dt.date(2026, 12, 31), on=dt.date(2027, 1, 4)))
    Termijn: De termijn is op 31 december 2026 (de laatste werkdag) verstreken. Als de middelen
    niet zijn ingeleverd, wordt de nieuwwaarde van deze goederen vermeerderd met de bijkomende
    kosten bij de gebruiker in rekening gebracht.
    Grondslag: Leeuwarden artikel 7 lid 2
    """
    values = {"date": last_working_day}
    citations = cite("leeuwarden", "7.2")
    if on > last_working_day:
        return Decision(
            outcome=Outcome.DEADLINE,
            citations=citations,
            explanation=Message(
                text=(
                    "De termijn is op {date} (de laatste werkdag) verstreken. Als de middelen "
                    "niet zijn ingeleverd, wordt de nieuwwaarde van deze goederen vermeerderd met "
                    "de bijkomende kosten bij de gebruiker in rekening gebracht."
                ),
                values=values,
            ),
            date=last_working_day,
        )
    return Decision(
        outcome=Outcome.DEADLINE,
        citations=citations,
        explanation=Message(
            text=(
                "Uiterlijk op de laatste werkdag, {date}, levert de gebruiker alle ter beschikking "
                "gestelde middelen in. Als de middelen niet worden ingeleverd, wordt de "
                "nieuwwaarde van deze goederen vermeerderd met de bijkomende kosten bij de "
                "gebruiker in rekening gebracht."
            ),
            values=values,
        ),
        steps=(
            Message(text="Draag alle opgeslagen bedrijfsgegevens over aan de leidinggevende."),
            Message(
                text=(
                    "Verwijder alle persoonsgegevens en bedrijfsgegevens van de ter beschikking "
                    "gestelde ICT-middelen."
                )
            ),
            Message(
                # The words of 7.2 ("bij ServiceDesk en/of ... met de Servicedesk"), not the
                # ServiceDesk SSC that 6.3 names.
                text=(
                    "Lever uiterlijk op {date} alle ter beschikking gestelde middelen in bij "
                    "ServiceDesk en/of maak met de Servicedesk een afspraak ten aanzien van het "
                    "ophalen van middelen op uw woonadres."
                ),
                values=values,
            ),
        ),
        date=last_working_day,
    )


# Artikel 8 Niet toegestane activiteiten --------------------------------------------------------


class Activity(StrEnum):
    """The activities Artikel 8 lid 1 forbids, business and private alike."""

    OFFENSIVE_MESSAGES = "kwetsende_berichten"
    UNSOLICITED_MESSAGES = "ongevraagde_berichten"
    SHARING_PROTECTED_WORK = "verspreiden_beschermd_materiaal"
    STORING_ILLEGAL_COPIES = "opslaan_illegaal_materiaal"
    GAMBLING = "kansspelen"
    UNAUTHORISED_ACCESS = "ongeoorloofde_toegang"
    OFFENSIVE_SOURCES = "kwetsende_bronnen"
    ANONYMOUS_MESSAGES = "anonieme_berichten"


ACTIVITIES: dict[Activity, tuple[str, Phrase]] = {
    Activity.OFFENSIVE_MESSAGES: (
        "8.1.a",
        N_(
            "het verzenden van berichten met een pornografische, racistische, discriminerende, "
            "godslasterlijke, bedreigende, beledigende of aanstootgevende inhoud"
        ),
    ),
    Activity.UNSOLICITED_MESSAGES: (
        "8.1.b",
        N_(
            "het versturen van ongevraagde berichten aan grote aantallen ontvangers of "
            "kwaadaardige applicaties"
        ),
    ),
    Activity.SHARING_PROTECTED_WORK: (
        "8.1.c",
        N_(
            "het verspreiden (waaronder het uploaden) van films, foto\u2019s, muziek, software en "
            "overig auteursrechtelijk beschermd materiaal naar derden zonder toestemming van de "
            "rechthebbenden"
        ),
    ),
    Activity.STORING_ILLEGAL_COPIES: (
        "8.1.d",
        N_(
            "het opslaan (waaronder het downloaden) van films, foto\u2019s, muziek, software en "
            "overig auteursrechtelijk beschermd materiaal van enige illegale bron of wanneer de "
            "medewerker daadwerkelijk weet dat dit in strijd met auteursrechten is"
        ),
    ),
    Activity.GAMBLING: (
        "8.1.e",
        N_("het verwerven van geld via internet, zoals kansspelen, en gokken"),
    ),
    Activity.UNAUTHORISED_ACCESS: (
        "8.1.f",
        N_(
            "het proberen ongeoorloofd toegang te verkrijgen tot netwerken, computers of niet "
            "openbare bronnen op het internet"
        ),
    ),
    Activity.OFFENSIVE_SOURCES: (
        "8.1.g",
        N_(
            "het bezoeken van informatiebronnen (websites, fora, apps, etc.) met een kwetsende "
            "inhoud"
        ),
    ),
    Activity.ANONYMOUS_MESSAGES: (
        "8.1.h",
        N_("het versturen van berichten onder een fictieve naam of anoniem"),
    ),
}
"""Each forbidden activity: the letter of Artikel 8 lid 1 that names it, and its words."""


@rule(
    "leeuwarden",
    "prohibited-activity",
    *(article for article, _words in ACTIVITIES.values()),
    "8.2",
)
def prohibited_activity(activity: Activity, necessary_for_function: bool | None = None) -> Decision:
    """Whether an activity of Artikel 8 lid 1 is allowed: only when the function requires it.

    >>> print(prohibited_activity(Activity.GAMBLING))
    Alleen onder voorwaarde: Niet toegestaan is, zowel zakelijk als privé: het verwerven van
    geld via internet, zoals kansspelen, en gokken. In afwijking daarvan is de activiteit
    toegestaan indien zij voor de uitvoering van de functie noodzakelijk is.
    Voorwaarde: de activiteit is voor de uitvoering van de functie noodzakelijk (Leeuwarden
    artikel 8 lid 2)
    Grondslag: Leeuwarden artikel 8 lid 1 onder e; Leeuwarden artikel 8 lid 2
    """
    activity = _member(Activity, activity)
    article, words = ACTIVITIES[activity]
    citations = cite("leeuwarden", article, "8.2")
    values = {"activity": words}
    if necessary_for_function is True:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "In afwijking van het verbod is toegestaan: {activity}, omdat de activiteit "
                    "voor de uitvoering van de functie noodzakelijk is."
                ),
                values=values,
            ),
        )
    if necessary_for_function is False:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Niet toegestaan is, zowel zakelijk als privé: {activity}. De activiteit is "
                    "niet voor de uitvoering van de functie noodzakelijk."
                ),
                values=values,
            ),
        )
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=citations,
        explanation=Message(
            text=(
                "Niet toegestaan is, zowel zakelijk als privé: {activity}. In afwijking daarvan "
                "is de activiteit toegestaan indien zij voor de uitvoering van de functie "
                "noodzakelijk is."
            ),
            values=values,
        ),
        conditions=(
            Condition(
                key="necessary_for_function",
                text=Message(
                    text="de activiteit is voor de uitvoering van de functie noodzakelijk"
                ),
                citation=citations[1],
            ),
        ),
    )


# Artikel 9 Ongevraagde informatie -------------------------------------------------------------

UNSOLICITED_REPORT_TO = define(
    "leeuwarden",
    "unsolicited_report_to",
    (SERVICEDESK.value, N_("leidinggevende"), N_("vertrouwenspersoon")),
    "9.2",
    "Where continued sending of offensive material is reported: any one of them.",
)


@rule("leeuwarden", "unsolicited-material", "9.1", "9.2")
def unsolicited_material(
    continued: bool | None = None, must_be_recorded: bool | None = None
) -> Decision:
    """List what to do with offensive material that is sent unasked (Artikel 9).

    Ask the sender to stop and delete the material at once, unless the function requires it to be
    recorded (``must_be_recorded``, a judgement). When the sending goes on (``continued``, a
    judgement), report it to the ServiceDesk SSC, the manager or the confidential adviser. An open
    judgement is named as the condition of its step.

    >>> print(unsolicited_material(continued=True, must_be_recorded=False))
    Verplicht: Bij voortdurende toezending van (ongevraagde) informatie en/of bestanden met een
    pornografische, racistische, gewelddadige, discriminerende, bedreigende, beledigende of
    aanstootgevende aard doet de gebruiker het volgende.
    1. Vraag de verzender daarmee direct te stoppen.
    2. Verwijder de zendingen onverwijld uit de gemeentelijke telecommunicatieapparatuur.
    3. Meld de voortdurende toezending bij de ServiceDesk SSC, leidinggevende of
    vertrouwenspersoon.
    Grondslag: Leeuwarden artikel 9 lid 1; Leeuwarden artikel 9 lid 2
    """
    values = {"recipients": AnyOf(UNSOLICITED_REPORT_TO.value)}
    citations = cite("leeuwarden", "9.1", "9.2")
    steps = [Message(text="Vraag de verzender daarmee direct te stoppen.")]
    conditions: list[Condition] = []
    if must_be_recorded is None:
        steps.append(
            Message(
                text=(
                    "Verwijder de zendingen onverwijld uit de gemeentelijke "
                    "telecommunicatieapparatuur, tenzij dit uit hoofde van de functie dient te "
                    "worden vastgelegd."
                )
            )
        )
        conditions.append(
            Condition(
                key="must_be_recorded",
                text=Message(
                    text="de zendingen dienen niet uit hoofde van de functie te worden vastgelegd"
                ),
                citation=citations[0],
            )
        )
    elif must_be_recorded:
        steps.append(
            Message(
                text=(
                    "Verwijder de zendingen niet: zij dienen uit hoofde van de functie te worden "
                    "vastgelegd."
                )
            )
        )
    else:
        steps.append(
            Message(
                text=(
                    "Verwijder de zendingen onverwijld uit de gemeentelijke "
                    "telecommunicatieapparatuur."
                )
            )
        )
    if continued is None:
        steps.append(
            Message(
                text="Bij voortdurende toezending: meld dit bij de {recipients}.", values=values
            )
        )
        conditions.append(
            Condition(
                key="continued",
                text=Message(
                    text="de toezending van dergelijke informatie/bestanden is voortdurend"
                ),
                citation=citations[1],
            )
        )
    elif continued:
        steps.append(
            Message(text="Meld de voortdurende toezending bij de {recipients}.", values=values)
        )
    if continued:
        text = (
            "Bij voortdurende toezending van (ongevraagde) informatie en/of bestanden met een "
            "pornografische, racistische, gewelddadige, discriminerende, bedreigende, beledigende "
            "of aanstootgevende aard doet de gebruiker het volgende."
        )
    else:
        text = (
            "Als (ongevraagd) informatie en/of bestanden met een pornografische, racistische, "
            "gewelddadige, discriminerende, bedreigende, beledigende of aanstootgevende aard "
            "worden toegezonden, doet de gebruiker het volgende."
        )
    return Decision(
        outcome=Outcome.REQUIRED,
        citations=citations if continued is not False else citations[:1],
        explanation=Message(text=text),
        conditions=tuple(conditions),
        steps=tuple(steps),
    )


# Artikel 10 Verlies of diefstal ----------------------------------------------------------------

PRIVACY_OFFICER = define(
    "leeuwarden",
    "privacy_officer",
    N_("Functionaris Gegevensbescherming"),
    "10.2",
    "The officer to whom loss or theft is reported at once (the data protection officer).",
)


class Event(StrEnum):
    """What happened to a means."""

    LOSS = "verlies"
    THEFT = "diefstal"


EVENT_WORDS: dict[Event, Phrase] = {Event.LOSS: N_("verlies"), Event.THEFT: N_("diefstal")}
"""The word for each event, as "Bij {event} van ..." uses it."""
_EVENT_NAMES: dict[Event, Phrase] = {Event.LOSS: N_("het verlies"), Event.THEFT: N_("de diefstal")}
"""The word for each event with its article, as "Meld {the_event} ..." uses it."""


@rule("leeuwarden", "loss-or-theft", "10.1", "10.2", "10.3")
def loss_or_theft(
    event: Event, byod: bool = False, business_information: bool | None = None
) -> Decision:
    """List the steps after loss or theft of a means or of a BYOD with business data (Art. 10).

    A BYOD is covered only when business information of the municipality is on it.

    >>> print(loss_or_theft(Event.THEFT))
    Verplicht: Bij diefstal van een door de gemeente verstrekt middel doet de gebruiker het
    volgende.
    1. Meld de diefstal direct na ontdekking bij de leidinggevende en de ServiceDesk SSC.
    2. Meld de diefstal onmiddellijk bij de Functionaris Gegevensbescherming.
    3. Doe aangifte van de diefstal en overleg een afschrift van de aangifte aan de
    leidinggevende.
    Grondslag: Leeuwarden artikel 10 lid 1; Leeuwarden artikel 10 lid 2; Leeuwarden artikel 10
    lid 3
    """
    event = _member(Event, event)
    values = {
        "event": EVENT_WORDS[event],
        "the_event": _EVENT_NAMES[event],
        "servicedesk": SERVICEDESK.value,
        "officer": PRIVACY_OFFICER.value,
    }
    if byod and business_information is False:
        return Decision(
            outcome=Outcome.INFORMATION,
            citations=cite("leeuwarden", "10.1"),
            explanation=Message(
                text=(
                    "Artikel 10 geldt voor een BYOD alleen als zich daarop bedrijfsinformatie van "
                    "de gemeente bevindt; deze BYOD valt er dus niet onder."
                )
            ),
        )
    steps = [
        Message(
            text=(
                "Meld {the_event} direct na ontdekking bij de leidinggevende en de {servicedesk}."
            ),
            values=values,
        ),
        Message(text="Meld {the_event} onmiddellijk bij de {officer}.", values=values),
    ]
    articles = ["10.1", "10.2"]
    if event is Event.THEFT:
        steps.append(
            Message(
                text=(
                    "Doe aangifte van de diefstal en overleg een afschrift van de aangifte aan de "
                    "leidinggevende."
                )
            )
        )
        articles.append("10.3")
    if not byod:
        return Decision(
            outcome=Outcome.REQUIRED,
            citations=cite("leeuwarden", *articles),
            explanation=Message(
                text=(
                    "Bij {event} van een door de gemeente verstrekt middel doet de gebruiker het "
                    "volgende."
                ),
                values=values,
            ),
            steps=tuple(steps),
        )
    explanation = Message(
        text=(
            "Bij {event} van een BYOD waarop zich bedrijfsinformatie van de gemeente bevindt, doet "
            "de gebruiker het volgende."
        ),
        values=values,
    )
    if business_information is True:
        return Decision(
            outcome=Outcome.REQUIRED,
            citations=cite("leeuwarden", *articles),
            explanation=explanation,
            steps=tuple(steps),
        )
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=cite("leeuwarden", *articles),
        explanation=explanation,
        conditions=(
            Condition(
                key="business_information",
                text=Message(text="op de BYOD bevindt zich bedrijfsinformatie van de gemeente"),
                citation=cite("leeuwarden", "10.1")[0],
            ),
        ),
        steps=tuple(steps),
    )


# Artikel 13 Controle ---------------------------------------------------------------------------


class Principal(StrEnum):
    """Who ordered an investigation."""

    MUNICIPAL_SECRETARY = "gemeentesecretaris"
    CLERK = "griffier"
    OTHER = "ander"
    NOBODY = "niemand"


INVESTIGATION_PRINCIPALS = define(
    "leeuwarden",
    "investigation_principals",
    (
        Word(Principal.MUNICIPAL_SECRETARY, N_("de gemeentesecretaris")),
        Word(Principal.CLERK, N_("de griffier")),
    ),
    "13.3",
    "Who may order a targeted investigation, as the text names them.",
)

PRINCIPAL_NAMES: dict[Principal, Phrase] = {
    **{word.kind: word.name for word in INVESTIGATION_PRINCIPALS.value},
    Principal.OTHER: N_("iemand anders"),
    Principal.NOBODY: N_("niemand"),
}
"""The Dutch name of each principal, as a sentence uses it."""


@rule("leeuwarden", "investigation", "13.1", "13.3")
def investigation(targeted: bool, ordered_by: Principal, suspicion: bool | None = None) -> Decision:
    """Whether use may be logged and personal folders examined (Artikel 13 lid 3).

    Only in a targeted (pre-)investigation, on the order of the municipal secretary or the
    clerk, and only on a suspicion of unauthorised conduct or of an integrity violation or
    wrongdoing (a judgement). Otherwise supervision is anonymous (13.1).

    >>> print(investigation(True, Principal.OTHER))
    Niet toegestaan: Voor gericht onderzoek is een opdracht van de gemeentesecretaris of de
    griffier vereist; een opdracht van iemand anders is niet voldoende.
    Grondslag: Leeuwarden artikel 13 lid 3
    """
    ordered_by = _member(Principal, ordered_by)
    principals = INVESTIGATION_PRINCIPALS.value
    values = {"principals": AnyOf(principals), "principal": PRINCIPAL_NAMES[ordered_by]}
    citations = cite("leeuwarden", "13.3")
    if not targeted:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=cite("leeuwarden", "13.1", "13.3"),
            explanation=Message(
                text=(
                    "Gegevens over telefoon-, e-mail- en internetgebruik loggen en persoonlijke "
                    "mappen inhoudelijk laten onderzoeken kan alleen in het kader van een gericht "
                    "(voor)onderzoek. Het algemene toezicht is anoniem, niet tot de persoon "
                    "herleidbaar."
                )
            ),
        )
    if ordered_by not in _kinds(principals):
        if ordered_by is Principal.NOBODY:
            text = (
                "Voor gericht onderzoek is een opdracht van {principals} vereist; die is er niet."
            )
        else:
            text = (
                "Voor gericht onderzoek is een opdracht van {principals} vereist; een opdracht "
                "van {principal} is niet voldoende."
            )
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(text=text, values=values),
        )
    if suspicion is False:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Gericht onderzoek vindt slechts plaats naar aanleiding van een verdenking van "
                    "ongeoorloofd handelen of een vermoeden van een integriteitschending of "
                    "misstand; die is er niet."
                ),
            ),
        )
    if suspicion is True:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "In het kader van een gericht (voor)onderzoek kan de gemeente, in opdracht van "
                    "{principal}, besluiten gegevens over telefoon-, e-mail- en internetgebruik te "
                    "loggen en het gebruik van persoonlijke mappen inhoudelijk te laten "
                    "onderzoeken: er is een verdenking van ongeoorloofd handelen of een vermoeden "
                    "van een integriteitschending of misstand."
                ),
                values=values,
            ),
        )
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=citations,
        explanation=Message(
            text=(
                "In het kader van een gericht (voor)onderzoek kan de gemeente, in opdracht van "
                "{principal}, besluiten gegevens over telefoon-, e-mail- en internetgebruik te "
                "loggen en het gebruik van persoonlijke mappen inhoudelijk te laten onderzoeken. "
                "Gericht onderzoek vindt slechts plaats naar aanleiding van een verdenking."
            ),
            values=values,
        ),
        conditions=(
            Condition(
                key="suspicion",
                text=Message(
                    text=(
                        "er is een verdenking van ongeoorloofd handelen of een vermoeden van een "
                        "integriteitschending of misstand"
                    )
                ),
                citation=citations[0],
            ),
        ),
    )


# Coverage: the provisions no rule encodes ------------------------------------------------------

classify(
    "leeuwarden",
    Status.INFORMATIVE,
    "Verklaart de SSC ICT Gebruikersvoorwaarden van toepassing; een verwijzing.",
    "2",
)
classify(
    "leeuwarden",
    Status.JUDGEMENT,
    "Welke taken uit de functie voortvloeien, is een oordeel over de functie.",
    "3.1",
)
classify(
    "leeuwarden",
    Status.JUDGEMENT,
    "Het juiste gebruik en de nodige zorgvuldigheid vragen een oordeel over het gedrag.",
    "3.4",
)
classify(
    "leeuwarden",
    Status.JUDGEMENT,
    "Onbeheerd achterlaten en de goede naam van de gemeente vragen een oordeel over de situatie.",
    "3.5",
)
classify(
    "leeuwarden",
    Status.JUDGEMENT,
    "Inzage bij een vermoeden van oneigenlijk gebruik is een besluit van de gemeente.",
    "4.1.d",
)
classify(
    "leeuwarden",
    Status.JUDGEMENT,
    "Of gebruik past bij aard en rol van het werk en of kosten worden teruggevorderd, bepalen "
    "gebruiker en leidinggevende in overleg.",
    "4.2.b",
)
classify(
    "leeuwarden",
    Status.JUDGEMENT,
    "Beperkt privégebruik, licenties en nadelige gevolgen voor de systemen vragen een oordeel.",
    "4.3",
)
classify(
    "leeuwarden",
    Status.JUDGEMENT,
    "Of een privé geïnstalleerde app nadelige zakelijke gevolgen heeft, beoordeelt de gemeente.",
    "4.4",
)
classify(
    "leeuwarden",
    Status.JUDGEMENT,
    "Een zorgplicht van de gebruiker tegenover derden; de nakoming vraagt een oordeel.",
    "4.6",
)
classify(
    "leeuwarden",
    Status.JUDGEMENT,
    "Welke maatregelen tegen toegang door anderen nodig zijn, laat de regeling aan de gebruiker.",
    "6.1",
)
classify(
    "leeuwarden",
    Status.JUDGEMENT,
    "Of de functionele noodzaak van een middel vervalt, beoordeelt de gemeente.",
    "7.1",
)
classify(
    "leeuwarden",
    Status.INFORMATIVE,
    "Verwijst naar artikel 1.7 van de SSC ICT Gebruikersvoorwaarden.",
    "10.4",
)
classify(
    "leeuwarden",
    Status.INFORMATIVE,
    "Noemt een doel van de verwerking van persoonsgegevens van gebruikers.",
    "11.1.a",
    "11.1.b",
    "11.1.c",
    "11.1.d",
    "11.1.e",
    "11.1.f",
)
classify(
    "leeuwarden",
    Status.INFORMATIVE,
    "Noemt persoonsgegevens die van gebruikers worden verwerkt.",
    "11.2.a",
    "11.2.b",
    "11.2.c",
    "11.2.d",
    "11.2.e",
    "11.2.f",
)
classify(
    "leeuwarden",
    Status.INFORMATIVE,
    "Beschrijft de maatregelen van de gemeente volgens de AVG en de BIO.",
    "11.3",
)
classify(
    "leeuwarden",
    Status.INFORMATIVE,
    "Beschrijft een recht van de gebruiker op inzage en correctie; een verzoek, geen berekening.",
    "12.1",
    "12.2",
)
classify(
    "leeuwarden",
    Status.JUDGEMENT,
    "De ernst van het delict beoordeelt de Integriteitscoördinator.",
    "13.2",
)
classify(
    "leeuwarden",
    Status.JUDGEMENT,
    "Of in strijd met de regeling is gehandeld en welke schade daaruit volgt, vraagt een oordeel.",
    "14.1",
)
classify(
    "leeuwarden",
    Status.INFORMATIVE,
    "Verklaart het Sanctiebeleid van toepassing; een verwijzing.",
    "14.2",
)
classify(
    "leeuwarden",
    Status.INFORMATIVE,
    "Verklaart de AVG van toepassing op het verwerken van persoonsgegevens; een verwijzing.",
    "15.2",
)
classify(
    "leeuwarden",
    Status.INFORMATIVE,
    "Citeertitel, inwerkingtreding en intrekking van de vorige regeling.",
    "15.3",
    "15.4",
)
