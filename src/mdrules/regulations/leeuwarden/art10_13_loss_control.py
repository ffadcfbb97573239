"""Leeuwarden Artikel 10 and 13: loss or theft, and control."""

from mdrules.choices import Choice
from mdrules.decision import AnswerKind, Condition, Decision, Message, Outcome
from mdrules.i18n import N_, AnyOf, Phrase
from mdrules.metadata import cite
from mdrules.regulations.leeuwarden.art5_7_storage_passwords_return import SERVICEDESK
from mdrules.regulations.leeuwarden.common import _kinds, _member
from mdrules.regulations.leeuwarden.metadata import LEEUWARDEN, PARAMETERS
from mdrules.ruleset import rule
from mdrules.vocabulary import (
    Word,
)

# Artikel 10 Verlies of diefstal ----------------------------------------------------------------

PRIVACY_OFFICER = PARAMETERS.parameter("privacy_officer", Phrase)


class Event(Choice):
    """What happened to a means."""

    LOSS = "loss", "verlies"
    THEFT = "theft", "diefstal"


EVENT_WORDS: dict[Event, Phrase] = {Event.LOSS: N_("verlies"), Event.THEFT: N_("diefstal")}
"""The word for each event, as "Bij {event} van ..." uses it."""
_EVENT_NAMES: dict[Event, Phrase] = {Event.LOSS: N_("het verlies"), Event.THEFT: N_("de diefstal")}
"""The word for each event with its article, as "Meld {the_event} ..." uses it."""


@rule(
    LEEUWARDEN,
    "loss-or-theft",
    "10.1",
    "10.2",
    "10.3",
    title=N_(
        "De stappen na verlies of diefstal van een middel, of van een BYOD met bedrijfsinformatie "
        "(Artikel 10)."
    ),
    answer=AnswerKind.STEPS,
)
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
            citations=cite(LEEUWARDEN, "10.1"),
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
            citations=cite(LEEUWARDEN, *articles),
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
            citations=cite(LEEUWARDEN, *articles),
            explanation=explanation,
            steps=tuple(steps),
        )
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=cite(LEEUWARDEN, *articles),
        explanation=explanation,
        conditions=(
            Condition(
                key="business_information",
                text=Message(text="op de BYOD bevindt zich bedrijfsinformatie van de gemeente"),
                citation=cite(LEEUWARDEN, "10.1")[0],
            ),
        ),
        steps=tuple(steps),
    )


# Artikel 13 Controle ---------------------------------------------------------------------------


class Principal(Choice):
    """Who ordered an investigation."""

    MUNICIPAL_SECRETARY = "municipal-secretary", "gemeentesecretaris"
    CLERK = "clerk", "griffier"
    OTHER = "other", "ander"
    NOBODY = "nobody", "niemand"


INVESTIGATION_PRINCIPALS = PARAMETERS.parameter(
    "investigation_principals", tuple[Word[Principal], ...]
)

PRINCIPAL_NAMES: dict[Principal, Phrase] = {
    **{word.kind: word.name for word in INVESTIGATION_PRINCIPALS.value},
    Principal.OTHER: N_("iemand anders"),
    Principal.NOBODY: N_("niemand"),
}
"""The Dutch name of each principal, as a sentence uses it."""


@rule(
    LEEUWARDEN,
    "investigation",
    "13.1",
    "13.3",
    title=N_(
        "Of gegevens over het gebruik gelogd en persoonlijke mappen inhoudelijk onderzocht mogen "
        "worden (Artikel 13 lid 3)."
    ),
)
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
    citations = cite(LEEUWARDEN, "13.3")
    if not targeted:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=cite(LEEUWARDEN, "13.1", "13.3"),
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
