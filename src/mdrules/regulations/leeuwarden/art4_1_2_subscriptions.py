"""Leeuwarden Artikel 4 lid 1 - 2: subscriptions, calls and data abroad, business use."""

from typing import Annotated

from mdrules.choices import Choice, OneOf
from mdrules.decision import Condition, Decision, Message, Outcome
from mdrules.errors import InputError
from mdrules.i18n import N_, AnyOf, Phrase, Territory
from mdrules.metadata import cite
from mdrules.regulations.leeuwarden.common import _kinds, _member
from mdrules.regulations.leeuwarden.metadata import LEEUWARDEN, PARAMETERS
from mdrules.ruleset import rule
from mdrules.vocabulary import (
    DEVICE_NAMES,
    Country,
    DeviceKind,
    Word,
    country_code,
    in_europe,
)

# Artikel 4 Gebruik van abonnementen, applicaties en e-mail -------------------------------------

VOICE_DEVICES = PARAMETERS.parameter("voice_subscription_devices", tuple[Word[DeviceKind], ...])
DATA_DEVICES = PARAMETERS.parameter("data_subscription_devices", tuple[Word[DeviceKind], ...])
SMARTPHONE_SUBSCRIPTION = PARAMETERS.parameter("smartphone_subscription", tuple[Phrase, ...])
DATA_OPTIONAL_DEVICES = PARAMETERS.parameter("data_optional_devices", tuple[Word[DeviceKind], ...])


def _device(device: DeviceKind | str, allowed: tuple[DeviceKind, ...], what: Phrase) -> DeviceKind:
    """Return a device kind, if it is one of the kinds a rule answers for.

    >>> _device("desktop", (DeviceKind.SMARTPHONE,), N_("een apparaat met een abonnement"))
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: verwacht smartphone (een apparaat met een abonnement); opgegeven:
    desktop
    """
    kind = _member(DeviceKind, device)
    if kind not in allowed:
        msg = N_("verwacht {devices} ({what}); opgegeven: {got}")
        devices = AnyOf(member.value for member in allowed)
        raise InputError(msg, devices=devices, what=what, got=kind.value)
    return kind


SubscriptionDevice = Annotated[
    DeviceKind, OneOf((DeviceKind.SMARTPHONE, DeviceKind.LAPTOP, DeviceKind.TABLET))
]
"""A device that can come with a subscription (4.1.a): the values the command line offers."""


@rule(
    LEEUWARDEN,
    "subscription",
    "4.1.a",
    title=N_("Welk abonnement bij een device wordt geleverd (Artikel 4 lid 1 onder a)."),
)
def subscription(device: SubscriptionDevice, necessary_for_duties: bool | None = None) -> Decision:
    """Which subscription comes with a device (Artikel 4 lid 1 onder a).

    A smartphone comes with voice and data; for a laptop or tablet a data subscription is
    optional and only provided when the function requires it (a judgement).

    >>> print(subscription(DeviceKind.SMARTPHONE))
    Toegestaan: Bij een smartphone wordt een abonnement geleverd voor spraak en data.
    Grondslag: Leeuwarden artikel 4 lid 1 onder a
    """
    optional = _kinds(DATA_OPTIONAL_DEVICES.value)
    voice = _kinds(VOICE_DEVICES.value)
    kind = _device(device, (*voice, *optional), N_("een apparaat met een abonnement"))
    citations = cite(LEEUWARDEN, "4.1.a")
    values = {"device": DEVICE_NAMES[kind], "services": SMARTPHONE_SUBSCRIPTION.value}
    if kind not in optional:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text="Bij een {device} wordt een abonnement geleverd voor {services}.",
                values=values,
            ),
        )
    if necessary_for_duties is True:
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
    if necessary_for_duties is False:
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
                key="necessary_for_duties",
                text=Message(text="een data-abonnement is voor de functie noodzakelijk"),
                citation=citations[0],
            ),
        ),
    )


HOME_COUNTRY = PARAMETERS.parameter("home_country", Word[str])


class Direction(Choice):
    """Whether a call is made or received."""

    OUTGOING = "outgoing", "bellen", "uitgaand"
    INCOMING = "incoming", "ontvangen", "inkomend"


@rule(
    LEEUWARDEN,
    "call-abroad",
    "4.1.c",
    title=N_(
        "Of bellen mogelijk is, gezien het land van verblijf en het land van de ander (Artikel 4 "
        "lid 1 onder c)."
    ),
)
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
    citations = cite(LEEUWARDEN, "4.1.c")
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


@rule(
    LEEUWARDEN,
    "data-abroad",
    "4.2.a",
    "4.2.c",
    title=N_("Of datagebruik in een land is toegestaan (Artikel 4 lid 2 onder a en c)."),
)
def data_abroad(country: Country, necessary_for_duties: bool | None = None) -> Decision:
    """Whether data may be used in a country (Artikel 4 lid 2 onder a en c).

    At home business use of data is unlimited; abroad data is allowed in Europe, and outside
    Europe only when the function requires it (a judgement). "Europe" is
    :data:`mdrules.vocabulary.EUROPE`.

    >>> print(data_abroad("us", necessary_for_duties=False))
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
            citations=cite(LEEUWARDEN, "4.2.a"),
            explanation=Message(
                text=(
                    "Datagebruik in {country} is toegestaan: het zakelijk gebruik van "
                    "datadiensten van het abonnement is ongelimiteerd. Waar mogelijk wordt als "
                    "alternatief gebruik gemaakt van beveiligde en vertrouwde wifi netwerken."
                ),
                values=values,
            ),
        )
    citations = cite(LEEUWARDEN, "4.2.c")
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
    if necessary_for_duties is True:
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
    if necessary_for_duties is False:
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
                key="necessary_for_duties",
                text=Message(text="de functie vereist datagebruik buiten Europa"),
                citation=citations[0],
            ),
        ),
    )


class Usage(Choice):
    """Which use of a subscription: voice (Artikel 4 lid 1) or data (lid 2)."""

    VOICE = "call", "spraak", "bellen", "voice"
    DATA = "data", "data"


@rule(
    LEEUWARDEN,
    "business-use",
    "4.1.b",
    "4.2.a",
    title=N_(
        "Of het zakelijk gebruik van een abonnement beperkt is: nee (Artikel 4 lid 1 onder b, lid "
        "2 onder a)."
    ),
)
def business_use(service: Usage, device: SubscriptionDevice = DeviceKind.SMARTPHONE) -> Decision:
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
    service = _member(Usage, service)
    if service is Usage.VOICE:
        voice = _kinds(VOICE_DEVICES.value)
        kind = _device(device, voice, N_("een apparaat met een abonnement voor spraak"))
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=cite(LEEUWARDEN, "4.1.b"),
            explanation=Message(
                text=(
                    "Voor spraakgebruik bij het abonnement van een {device} geldt: het zakelijk "
                    "gebruik van het abonnement is ongelimiteerd."
                ),
                values={"device": DEVICE_NAMES[kind]},
            ),
        )
    kind = _device(device, _kinds(DATA_DEVICES.value), N_("een apparaat met een data-abonnement"))
    return Decision(
        outcome=Outcome.ALLOWED,
        citations=cite(LEEUWARDEN, "4.2.a"),
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
