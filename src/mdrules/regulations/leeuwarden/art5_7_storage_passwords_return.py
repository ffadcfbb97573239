"""Leeuwarden Artikel 5 - 7: storing data, passwords, the end of the means."""

import datetime as dt

from mdrules.choices import Choice
from mdrules.decision import AnswerKind, Decision, Message, Outcome
from mdrules.i18n import N_, Phrase
from mdrules.metadata import cite
from mdrules.regulations.leeuwarden.common import _member
from mdrules.regulations.leeuwarden.metadata import LEEUWARDEN, PARAMETERS
from mdrules.ruleset import rule
from mdrules.vocabulary import deadline_status

# Artikel 5 Het opslaan van gegevens ------------------------------------------------------------


class DataKind(Choice):
    """What is stored."""

    MUNICIPAL = "municipal", "gemeentelijk"
    """Data of the municipality that holds no personal data of residents and is not sensitive."""
    RESIDENTS = "residents-personal-data", "persoonsgegevens-inwoners"
    """Information that holds personal data of residents."""
    SENSITIVE = "sensitive", "gevoelig"
    """Information that is otherwise sensitive."""
    PRIVATE = "private", "prive"
    """The user's private files or information."""


class Location(Choice):
    """Where it is stored."""

    MUNICIPAL = "municipal", "gemeente"
    """The municipality's computer systems and the ICT means it provides."""
    PERSONAL = "personal", "persoonlijk"
    """Personal ICT means, such as a USB stick or a cloud service of one's own."""


@rule(
    LEEUWARDEN,
    "storage",
    "5.1",
    "5.2",
    title=N_("Of gegevens op een plek opgeslagen mogen worden (Artikel 5)."),
)
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
                outcome=Outcome.ALLOWED,
                citations=cite(LEEUWARDEN, "5.1"),
                explanation=Message(
                    text=(
                        "Het opslaan van privébestanden of -informatie op ICT-middelen is niet "
                        "wenselijk en komt voor eigen rekening en risico. De gemeente geeft niet "
                        "de garantie dat dergelijke bestanden bewaard blijven."
                    )
                ),
            )
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=cite(LEEUWARDEN, "5.1", "5.2"),
            explanation=Message(
                text=(
                    "De regeling stelt geen eisen aan het opslaan van privébestanden op "
                    "persoonlijke ICT-middelen; artikel 5 gaat over privébestanden op de "
                    "ICT-middelen van de gemeente en over gegevens van de gemeente."
                )
            ),
        )
    citations = cite(LEEUWARDEN, "5.2")
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

SERVICEDESK = PARAMETERS.parameter("servicedesk", Phrase)


class Requester(Choice):
    """Who asks for a password."""

    ICT = "ict", "ict"
    MANAGER = "manager", "leidinggevende"
    COLLEAGUE = "colleague", "collega"
    OTHER = "other", "ander"


REQUESTER_NAMES: dict[Requester, Phrase] = {
    Requester.ICT: N_("ICT"),
    Requester.MANAGER: N_("de leidinggevende"),
    Requester.COLLEAGUE: N_("een collega"),
    Requester.OTHER: N_("iemand anders"),
}


@rule(
    LEEUWARDEN,
    "password-request",
    "6.2",
    "6.3",
    title=N_(
        "Of een wachtwoord gegeven mag worden aan iemand die erom vraagt, en wat gemeld moet "
        "worden (Artikel 6)."
    ),
)
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
        citations=cite(LEEUWARDEN, *(("6.2", "6.3") if report else ("6.2",))),
        explanation=Message(text=text, values=values),
        steps=tuple(steps),
    )


# Artikel 7 Einde ter beschikking stelling middelen ---------------------------------------------


@rule(
    LEEUWARDEN,
    "return-means",
    "7.2",
    title=N_(
        "Wat er met de middelen moet gebeuren bij het einde van de werkzaamheden, en uiterlijk "
        "wanneer (Artikel 7 lid 2)."
    ),
    answer=AnswerKind.DEADLINE,
)
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
    citations = cite(LEEUWARDEN, "7.2")
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
            facts={"status": deadline_status(on, last_working_day)},
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
        facts={"status": deadline_status(on, last_working_day)},
    )
