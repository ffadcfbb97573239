"""Haarlem 2.5.3 - 2.5.7 Abonnement: calls and data, usage data, SIM card, numbers."""

from mdrules.choices import Choice
from mdrules.decision import AnswerKind, Condition, Decision, Message, Outcome
from mdrules.errors import InputError
from mdrules.i18n import N_, Phrase, Territory
from mdrules.inputs import PhoneText, phone_number
from mdrules.metadata import cite
from mdrules.regulations.haarlem.metadata import HAARLEM, PARAMETERS
from mdrules.regulations.haarlem.s2_1_definitions import _not_negative
from mdrules.ruleset import rule
from mdrules.vocabulary import (
    Country,
    country_code,
    in_eu,
)

# 2.5.3, 2.5.4 Calls, SMS and data inside and outside the EU -----------------------------------

EU_DATA_GB_PER_MONTH = PARAMETERS.parameter("eu_data_gb_per_month", int)
SERVICE_NUMBER_PREFIX = PARAMETERS.parameter("service_number_prefix", str)
EROTIC_NUMBER_PREFIX = PARAMETERS.parameter("erotic_number_prefix", str)
ENTERTAINMENT_NUMBER_PREFIX = PARAMETERS.parameter("entertainment_number_prefix", str)


class Service(Choice):
    """A service of the mobile subscription (2.5.3, 2.5.4)."""

    CALL = "call", "bellen"
    SMS = "sms", "sms", "mms"
    """SMS or MMS."""
    DATA = "data", "data"


SERVICE_NAMES: dict[Service, Phrase] = {
    Service.CALL: N_("Bellen"),
    Service.SMS: N_("SMS/MMS"),
    Service.DATA: N_("Data-gebruik"),
}
"""How 2.5.4 names each service at the start of its sentence."""


@rule(
    HAARLEM,
    "subscription",
    "2.5.3",
    "2.5.4",
    title=N_(
        "Of bellen, sms/mms of datagebruik onder het mobiele abonnement valt, binnen of buiten de "
        "EU."
    ),
)
def subscription(
    service: Service,
    country: Country = "NL",
    number: PhoneText = "",
    month_data_gb: int = 0,
    necessary_for_duties: bool | None = None,
) -> Decision:
    """Whether a call, SMS/MMS or data use is covered by the subscription, in or outside the EU.

    ``number`` is the number called or texted; ``month_data_gb`` the data used this month. The
    0900, 0906 and 0909 numbers of 2.5.3 are checked in every country: they are Dutch numbers
    and the blocking is a property of the subscription. Outside the EU, whether the use is
    necessary for the office is a judgement (``necessary_for_duties``).

    >>> print(subscription(Service.DATA, "TR"))
    Alleen onder voorwaarde: Data-gebruik buiten de EU (Turkije) is toegestaan mits noodzakelijk
    voor de uitoefening van het ambt.
    Voorwaarde: Data-gebruik is noodzakelijk voor de uitoefening van het ambt (Haarlem 2.5.4)
    Grondslag: Haarlem 2.5.4
    """
    eu = in_eu(country)
    _not_negative(month_data_gb, N_("het datagebruik in gigabytes"))
    digits = phone_number(number)
    if service is Service.DATA and digits:
        msg = N_("--number hoort niet bij --service data; laat --number weg (opgegeven: {got})")
        raise InputError(msg, got=repr(number))
    prefix = next(
        (
            prefix
            for prefix in (
                SERVICE_NUMBER_PREFIX.value,
                EROTIC_NUMBER_PREFIX.value,
                ENTERTAINMENT_NUMBER_PREFIX.value,
            )
            if digits.startswith(prefix)
        ),
        None,
    )
    if prefix is not None:
        outcome = Outcome.BLOCKED
        if prefix == SERVICE_NUMBER_PREFIX.value:
            outcome = Outcome.NOT_ALLOWED
            text = "Het nummer {number} is een {prefix}-nummer (servicenummer): niet toegestaan."
        elif prefix == EROTIC_NUMBER_PREFIX.value:
            text = "Het nummer {number} is een {prefix}-nummer (erotisch karakter): geblokkeerd."
        else:
            text = (
                "Het nummer {number} is een {prefix}-nummer (amusement en spelletjes): geblokkeerd."
            )
        return Decision(
            outcome=outcome,
            citations=cite(HAARLEM, "2.5.3"),
            explanation=Message(text=text, values={"number": number, "prefix": prefix}),
        )
    values: dict[str, object] = {
        "country": Territory(country_code(country)),
        "service": SERVICE_NAMES[service],
    }
    if eu:
        maximum = EU_DATA_GB_PER_MONTH.value
        if service is Service.CALL:
            text = (
                "Onbeperkt zakelijk en privé bellen in EU ({country}) naar vaste en mobiele "
                "nummers."
            )
        elif service is Service.SMS:
            text = "SMS/MMS in de EU ({country}) is zonder extra kosten."
        else:
            values |= {"maximum": maximum, "used": month_data_gb}
            if month_data_gb > maximum:
                return Decision(
                    outcome=Outcome.NOT_ALLOWED,
                    citations=cite(HAARLEM, "2.5.3"),
                    explanation=Message(
                        text="Maximum datagebruik in de EU is {maximum} GB per maand op basis van "
                        "fair use; deze maand is {used} GB gebruikt.",
                        values=values,
                    ),
                )
            text = (
                "Maximum datagebruik in de EU ({country}) is {maximum} GB per maand op basis van "
                "fair use; deze maand is {used} GB gebruikt."
            )
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=cite(HAARLEM, "2.5.3"),
            explanation=Message(text=text, values=values),
        )
    citations = cite(HAARLEM, "2.5.4")
    if necessary_for_duties is None:
        return Decision(
            outcome=Outcome.CONDITIONAL,
            citations=citations,
            explanation=Message(
                text="{service} buiten de EU ({country}) is toegestaan mits noodzakelijk voor de "
                "uitoefening van het ambt.",
                values=values,
            ),
            conditions=(
                Condition(
                    key="necessary_for_duties",
                    text=Message(
                        text="{service} is noodzakelijk voor de uitoefening van het ambt",
                        values=values,
                    ),
                    citation=citations[0],
                ),
            ),
        )
    if necessary_for_duties:
        text = (
            "{service} buiten de EU ({country}) is toegestaan: het is noodzakelijk voor de "
            "uitoefening van het ambt."
        )
        outcome = Outcome.ALLOWED
    else:
        text = (
            "{service} buiten de EU ({country}) is alleen toegestaan mits noodzakelijk voor de "
            "uitoefening van het ambt, en dat is het niet."
        )
        outcome = Outcome.NOT_ALLOWED
    return Decision(
        outcome=outcome, citations=citations, explanation=Message(text=text, values=values)
    )


# 2.5.5, 2.3.4 Usage data and checks of software --------------------------------------------------


@rule(
    HAARLEM,
    "usage-data",
    "2.5.5",
    "2.3.4",
    title=N_(
        "Welke gegevens over het gebruik van de mobile devices in te zien zijn: die van de "
        "simkaart, de geïnstalleerde software."
    ),
    answer=AnswerKind.STEPS,
)
def usage_data(sim_on_loan: bool = True) -> Decision:
    """Which data about the use of the devices can be seen: the SIM card's, the installed software.

    Office holders with a SIM card on loan give access to all data the telecom provider records
    about its use, for monitoring (2.5.5); the beheerder may check the installed software and apps,
    with due regard to the Nota Privacy beleid (2.3.4). ``sim_on_loan``: the office holder has a
    SIM card of the organisation on loan. The text does not say who sees the provider's data.

    >>> print(usage_data(sim_on_loan=False))
    Informatie: De toegang tot de door de telecom provider vastgelegde gegevens geldt alleen voor
    ambtsdragers die een simkaart in bruikleen hebben. De Beheerder kan wel controles uitvoeren
    ten aanzien van geïnstalleerde software of apps.
    1. Software en apps: mede met het oog op beheer van licenties en de ondersteuning van de
    gebruikers kan de Beheerder controles uitvoeren ten aanzien van geïnstalleerde software of apps
    en ter zake instructies geven, met inachtneming van de Nota Privacy beleid.
    Grondslag: Haarlem 2.5.5; Haarlem 2.3.4
    """
    software = Message(
        text="Software en apps: mede met het oog op beheer van licenties en de ondersteuning van "
        "de gebruikers kan de Beheerder controles uitvoeren ten aanzien van geïnstalleerde "
        "software of apps en ter zake instructies geven, met inachtneming van de Nota Privacy "
        "beleid."
    )
    citations = cite(HAARLEM, "2.5.5", "2.3.4")
    if not sim_on_loan:
        return Decision(
            outcome=Outcome.INFORMATION,
            citations=citations,
            explanation=Message(
                text="De toegang tot de door de telecom provider vastgelegde gegevens geldt "
                "alleen voor ambtsdragers die een simkaart in bruikleen hebben. De Beheerder kan "
                "wel controles uitvoeren ten aanzien van geïnstalleerde software of apps."
            ),
            steps=(software,),
        )
    return Decision(
        outcome=Outcome.INFORMATION,
        citations=citations,
        explanation=Message(
            text="Over het gebruik van de mobile devices zijn twee soorten gegevens in te zien: "
            "de gegevens die de telecom provider vastlegt over het gebruik van de simkaart, en "
            "de geïnstalleerde software of apps."
        ),
        steps=(
            Message(
                text="Simkaart: ambtsdragers die een simkaart in bruikleen hebben, geven toegang "
                "tot alle door de telecom provider vastgelegde gegevens omtrent het gebruik van "
                "de simkaart, voor monitoring doeleinden."
            ),
            software,
        ),
    )


# 2.5.6 SIM card ----------------------------------------------------------------------------------


@rule(
    HAARLEM,
    "sim-removal",
    "2.5.6",
    title=N_("Of de ambtsdrager de simkaart uit het mobile device mag verwijderen: nee."),
)
def sim_removal() -> Decision:
    """Whether the office holder may remove the SIM card from the device: no.

    >>> print(sim_removal())
    Niet toegestaan: Het verwijderen van de simkaart uit het geleverde mobile device door de
    ambtsdrager is niet toegestaan.
    Grondslag: Haarlem 2.5.6
    """
    return Decision(
        outcome=Outcome.NOT_ALLOWED,
        citations=cite(HAARLEM, "2.5.6"),
        explanation=Message(
            text="Het verwijderen van de simkaart uit het geleverde mobile device door de "
            "ambtsdrager is niet toegestaan."
        ),
    )


# 2.5.7 Mobile numbers ---------------------------------------------------------------------------


class Porting(Choice):
    """Which way a mobile number moves (2.5.7)."""

    TO_ORGANISATION = "to-organisation", "naar-organisatie"
    """A private mobile number, to the organisation's provider contract."""
    TO_OTHER_PROVIDER = "to-other-provider", "naar-andere-provider"
    """The mobile number the organisation provided, to another provider."""


@rule(
    HAARLEM,
    "number-porting",
    "2.5.7",
    title=N_(
        "Of een mobiel nummer naar of van de organisatie kan worden overgezet, en wie de kosten "
        "van afkoop betaalt."
    ),
)
def number_porting(
    porting: Porting, term_ended: bool | None = None, buyout: bool | None = None
) -> Decision:
    """Whether a mobile number can move to or from the organisation, and who pays a buyout.

    A private number can be moved to the organisation's provider contract. The number the
    organisation provided can be taken to another provider when the appointment or membership
    ends (``term_ended``). The organisation does not buy out contracts or subscriptions
    (``buyout``: one has to be bought out): the costs are the office holder's own.

    >>> print(number_porting(Porting.TO_ORGANISATION, buyout=True))
    Toegestaan: Het is mogelijk om een privé mobiel nummer over te zetten naar het
    provider-contract van de organisatie.
    1. De organisatie doet geen afkoop van contracten en abonnementen: de kosten van afkoop zijn
    voor eigen rekening.
    Grondslag: Haarlem 2.5.7
    """
    citations = cite(HAARLEM, "2.5.7")
    steps: tuple[Message, ...] = ()
    if buyout is None:
        steps = (
            Message(
                text="Moet een contract of abonnement worden afgekocht, dan zijn de kosten van "
                "afkoop voor eigen rekening: de organisatie doet geen afkoop van contracten en "
                "abonnementen."
            ),
        )
    elif buyout:
        steps = (
            Message(
                text="De organisatie doet geen afkoop van contracten en abonnementen: de kosten "
                "van afkoop zijn voor eigen rekening."
            ),
        )
    if porting is Porting.TO_ORGANISATION:
        if term_ended is not None:
            msg = N_(
                "verwacht geen --term-ended bij het overzetten van een privénummer naar de "
                "organisatie; opgegeven: --term-ended {got}"
            )
            raise InputError(msg, got=N_("ja") if term_ended else N_("nee"))
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text="Het is mogelijk om een privé mobiel nummer over te zetten naar het "
                "provider-contract van de organisatie."
            ),
            steps=steps,
        )
    if term_ended is False:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(
                text="Het mobiele nummer dat door de organisatie is verstrekt, kan worden "
                "meegenomen naar een andere provider bij beëindiging van de aanstelling of "
                "lidmaatschap; die is er nog niet."
            ),
        )
    if term_ended:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text="Het is mogelijk om het mobiele nummer dat door de organisatie is verstrekt, "
                "mee te nemen naar een andere provider: de aanstelling of het lidmaatschap is "
                "beëindigd."
            ),
            steps=steps,
        )
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=citations,
        explanation=Message(
            text="Het is mogelijk om het mobiele nummer dat door de organisatie is verstrekt, mee "
            "te nemen naar een andere provider bij beëindiging van de aanstelling of lidmaatschap."
        ),
        conditions=(
            Condition(
                key="term_ended",
                text=Message(text="De aanstelling of het lidmaatschap is beëindigd"),
                citation=citations[0],
            ),
        ),
        steps=steps,
    )
