"""Leeuwarden Artikel 8 - 9: activities not allowed, unsolicited information."""

from mdrules.choices import Choice
from mdrules.decision import AnswerKind, Condition, Decision, Message, Outcome
from mdrules.i18n import N_, AnyOf, Phrase
from mdrules.metadata import cite
from mdrules.regulations.leeuwarden.common import _member
from mdrules.regulations.leeuwarden.metadata import LEEUWARDEN, PARAMETERS
from mdrules.ruleset import rule

# Artikel 8 Niet toegestane activiteiten --------------------------------------------------------


class Activity(Choice):
    """The activities Artikel 8 lid 1 forbids, business and private alike."""

    OFFENSIVE_MESSAGES = "offensive-messages", "kwetsende-berichten"
    UNSOLICITED_MESSAGES = "unsolicited-messages", "ongevraagde-berichten"
    SHARING_PROTECTED_WORK = "sharing-protected-work", "verspreiden-beschermd-materiaal"
    STORING_ILLEGAL_COPIES = "storing-illegal-copies", "opslaan-illegaal-materiaal"
    GAMBLING = "gambling", "kansspelen"
    UNAUTHORISED_ACCESS = "unauthorised-access", "ongeoorloofde-toegang"
    OFFENSIVE_SOURCES = "offensive-sources", "kwetsende-bronnen"
    ANONYMOUS_MESSAGES = "anonymous-messages", "anonieme-berichten"


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
    LEEUWARDEN,
    "prohibited-activity",
    *(article for article, _words in ACTIVITIES.values()),
    "8.2",
    title=N_(
        "Of een activiteit uit Artikel 8 lid 1 is toegestaan: alleen als die voor de uitvoering "
        "van de functie noodzakelijk is."
    ),
)
def prohibited_activity(activity: Activity, necessary_for_duties: bool | None = None) -> Decision:
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
    citations = cite(LEEUWARDEN, article, "8.2")
    values = {"activity": words}
    if necessary_for_duties is True:
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
    if necessary_for_duties is False:
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
                key="necessary_for_duties",
                text=Message(
                    text="de activiteit is voor de uitvoering van de functie noodzakelijk"
                ),
                citation=citations[1],
            ),
        ),
    )


# Artikel 9 Ongevraagde informatie -------------------------------------------------------------

UNSOLICITED_REPORT_TO = PARAMETERS.parameter("unsolicited_report_to", tuple[Phrase, ...])


@rule(
    LEEUWARDEN,
    "unsolicited-material",
    "9.1",
    "9.2",
    title=N_(
        "Wat te doen met aanstootgevende informatie of bestanden die ongevraagd worden "
        "toegezonden (Artikel 9)."
    ),
    answer=AnswerKind.STEPS,
)
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
    citations = cite(LEEUWARDEN, "9.1", "9.2")
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
