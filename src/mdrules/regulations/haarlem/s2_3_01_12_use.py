"""Haarlem 2.3.1 - 2.3.12 Gebruik: private use, licences, loss and theft, defects, accessories."""

import datetime as dt

from mdrules.choices import Choice
from mdrules.decision import AnswerKind, Condition, Decision, Message, Outcome
from mdrules.errors import InputError
from mdrules.i18n import N_, Phrase
from mdrules.metadata import cite
from mdrules.regulations.haarlem.metadata import HAARLEM, PARAMETERS
from mdrules.regulations.haarlem.s2_7_support import SERVICEDESK_HOURS, SERVICEDESK_PHONE, _clock
from mdrules.ruleset import rule
from mdrules.vocabulary import (
    local,
)

# 2.3.1, 2.5.1 Private use ------------------------------------------------------------------------


_PRIVATE_USE_ARTICLES = {
    "within_rules": "2.3.1",
    "not_disruptive": "2.3.1",
    "without_extra_costs": "2.3.1",
    "handled_safely": "2.5.1",
}
"""The judgements private use depends on, in the order of the text, with their articles."""
_PRIVATE_USE_HOLDS = {
    "within_rules": "Het privé gebruik druist niet in tegen de gestelde regels",
    "not_disruptive": "Het privé gebruik is niet storend voor de overeengekomen werkzaamheden",
    "without_extra_costs": "Het privé gebruik heeft geen extra kosten voor de organisatie tot "
    "gevolg",
    "handled_safely": "Men gaat veilig, zorgvuldig en integer om met het mobile device én "
    "gegevens van de organisatie",
}
"""Each judgement as a condition that must hold."""
_PRIVATE_USE_FAILS = {
    "within_rules": N_("het druist in tegen de gestelde regels"),
    "not_disruptive": N_("het is storend voor de overeengekomen werkzaamheden"),
    "without_extra_costs": N_("het heeft extra kosten voor de organisatie tot gevolg"),
    "handled_safely": N_(
        "er wordt niet veilig, zorgvuldig en integer omgegaan met het mobile device én gegevens "
        "van de organisatie"
    ),
}
"""Each judgement as it fails, a phrase in the list of reasons."""


@rule(
    HAARLEM,
    "private-use",
    "2.3.1",
    "2.5.1",
    title=N_("Of privégebruik van de mobile devices is toegestaan: alleen onder vier voorwaarden."),
)
def private_use(
    within_rules: bool | None = None,
    not_disruptive: bool | None = None,
    without_extra_costs: bool | None = None,
    handled_safely: bool | None = None,
) -> Decision:
    """Whether private use of the mobile devices is allowed: only under four conditions.

    Private use is allowed as far as it does not go against the rules set (``within_rules``), does
    not disturb the agreed work (``not_disruptive``) and causes no extra costs for the
    organisation (``without_extra_costs``) (2.3.1), provided the device and the organisation's
    data are handled safely, carefully and with integrity (``handled_safely``, 2.5.1). Each is a
    judgement: all holding allow the use, any failing forbids it, and the open ones are its
    conditions.

    >>> print(private_use(without_extra_costs=False))
    Niet toegestaan: Dit privé gebruik van de mobile devices is niet toegestaan: het heeft extra
    kosten voor de organisatie tot gevolg.
    Grondslag: Haarlem 2.3.1
    """
    given = {
        "within_rules": within_rules,
        "not_disruptive": not_disruptive,
        "without_extra_costs": without_extra_costs,
        "handled_safely": handled_safely,
    }
    failed = [key for key, judgement in given.items() if judgement is False]
    if failed:
        articles = sorted({_PRIVATE_USE_ARTICLES[key] for key in failed})
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=cite(HAARLEM, *articles),
            explanation=Message(
                text="Dit privé gebruik van de mobile devices is niet toegestaan: {failed}.",
                values={"failed": tuple(_PRIVATE_USE_FAILS[key] for key in failed)},
            ),
        )
    citations = cite(HAARLEM, "2.3.1", "2.5.1")
    by_article = {citation.article: citation for citation in citations}
    open_keys = [key for key, judgement in given.items() if judgement is None]
    if not open_keys:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text="Privé gebruik van de mobile devices is toegestaan: het druist niet in tegen "
                "de gestelde regels, is niet storend voor de overeengekomen werkzaamheden en "
                "heeft geen extra kosten voor de organisatie tot gevolg, en men gaat veilig, "
                "zorgvuldig en integer om met het mobile device én gegevens van de organisatie."
            ),
        )
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=citations,
        explanation=Message(
            text="Het gebruik van de mobile devices is primair ten behoeve van het vervullen van "
            "de taak of functie. Privé gebruik is toegestaan voor zover het niet indruist tegen "
            "de gestelde regels, niet storend is voor de overeengekomen werkzaamheden en geen "
            "extra kosten voor de organisatie tot gevolg heeft, mits men veilig, zorgvuldig en "
            "integer omgaat met het mobile device én gegevens van de organisatie."
        ),
        conditions=tuple(
            Condition(
                key=key,
                text=Message(text=_PRIVATE_USE_HOLDS[key]),
                citation=by_article[_PRIVATE_USE_ARTICLES[key]],
            )
            for key in open_keys
        ),
    )


# 2.3.3 Licences ----------------------------------------------------------------------------------


@rule(
    HAARLEM,
    "software-license",
    "2.3.3",
    title=N_(
        "Of software of een app geïnstalleerd of gebruikt mag worden, gezien de licentie of het "
        "abonnement."
    ),
)
def software_license(has_valid_license: bool) -> Decision:
    """Whether software or an app may be installed or used, given its licence or subscription.

    >>> print(software_license(has_valid_license=False))
    Niet toegestaan: Het installeren of gebruiken van software of apps voor privé en/of zakelijke
    doeleinden zonder een geldige licentie of abonnement is verboden.
    Grondslag: Haarlem 2.3.3
    """
    if has_valid_license:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=cite(HAARLEM, "2.3.3"),
            explanation=Message(
                text="Met een geldige licentie of abonnement is het installeren of gebruiken van "
                "software of apps voor privé en/of zakelijke doeleinden niet verboden."
            ),
        )
    return Decision(
        outcome=Outcome.NOT_ALLOWED,
        citations=cite(HAARLEM, "2.3.3"),
        explanation=Message(
            text="Het installeren of gebruiken van software of apps voor privé en/of zakelijke "
            "doeleinden zonder een geldige licentie of abonnement is verboden."
        ),
    )


# 2.3.8, 2.3.9 Damage, loss and theft -------------------------------------------------------------

SERVICEDESK_EMAIL = PARAMETERS.parameter("servicedesk_email", str)
DATALEK_EMAIL = PARAMETERS.parameter("datalek_email", str)


class Incident(Choice):
    """What happened to an ICT resource (2.3.8)."""

    DAMAGE = "damage", "schade"
    LOSS = "loss", "verlies"
    THEFT = "theft", "diefstal"


INCIDENT_NAMES: dict[Incident, Phrase] = {
    Incident.DAMAGE: N_("schade"),
    Incident.LOSS: N_("vermissing"),
    Incident.THEFT: N_("diefstal"),
}
"""The Dutch word for each incident, as 2.3.8 writes it."""


@rule(
    HAARLEM,
    "incident",
    "2.3.8",
    "2.3.9",
    "2.7.3",
    title=N_(
        "Wat te doen, en wie op de hoogte te stellen, bij schade, vermissing of diefstal van "
        "ICT-middelen."
    ),
    answer=AnswerKind.STEPS,
)
def incident(
    moment: dt.datetime,
    event: Incident,
    burglary: bool = False,
    police_report_relevant: bool | None = None,
    holidays: frozenset[dt.date] = frozenset(),
) -> Decision:
    """Tell what to do, and whom to inform, after damage, loss or theft of ICT resources.

    Office hours are the servicedesk's telephone hours of 2.7.3 (workdays, both ends included,
    holidays only when given); a naive moment is Amsterdam time. Informing the beheerder is always
    required. Only the police report is due "waar mogelijk en relevant, zoals bij inbraak": a
    burglary makes it relevant; otherwise a person judges it (``police_report_relevant``). While
    that judgement is open, the answer stays required and names the police report's condition.

    >>> print(incident(dt.datetime(2026, 11, 23, 10, 0), Incident.DAMAGE,
    ...                police_report_relevant=False))
    Verplicht: Het is 23 november 2026 10:00, tijdens kantooruren (op werkdagen van 7:45 t/m
    17:00): de schade moet snel gemeld worden aan de beheerder.
    1. Stel de beheerder snel op de hoogte: bel 023-5115252.
    Grondslag: Haarlem 2.3.8; Haarlem 2.7.3
    """
    hours = SERVICEDESK_HOURS.value
    values = {
        "moment": _clock(moment),
        "opens": hours.start,
        "closes": hours.end,
        "days": hours.days_name,
        "event": INCIDENT_NAMES[event],
    }
    if hours.contains(moment, holidays):
        text = (
            "Het is {moment}, tijdens kantooruren ({days} van {opens} t/m {closes}): "
            "de {event} moet snel gemeld worden aan de beheerder."
        )
        steps = [
            Message(
                text="Stel de beheerder snel op de hoogte: bel {phone}.",
                values={"phone": SERVICEDESK_PHONE.value},
            )
        ]
    else:
        if local(moment).date() in holidays:
            text = (
                "Het is {moment}, een feestdag en dus buiten kantooruren ({days} van "
                "{opens} t/m {closes}): de {event} moet snel gemeld worden aan de beheerder."
            )
        else:
            text = (
                "Het is {moment}, buiten kantooruren ({days} van {opens} t/m {closes}): "
                "de {event} moet snel gemeld worden aan de beheerder."
            )
        steps = [
            Message(
                text="Stel de beheerder snel op de hoogte: mail naar {email}.",
                values={"email": SERVICEDESK_EMAIL.value},
            )
        ]
    relevant = police_report_relevant if police_report_relevant is not None else burglary or None
    conditions: tuple[Condition, ...] = ()
    if relevant:
        if burglary and police_report_relevant is None:
            steps.append(Message(text="Doe aangifte bij de politie: bij inbraak is dat relevant."))
        else:
            steps.append(Message(text="Doe aangifte bij de politie."))
        steps.append(
            Message(text="Lever een afschrift van het proces-verbaal over aan de beheerder.")
        )
    elif relevant is None:
        conditions = (
            Condition(
                key="police_report_relevant",
                text=Message(
                    text="Aangifte bij de politie is mogelijk en relevant, zoals bij inbraak; "
                    "dan wordt van het proces-verbaal een afschrift aan de beheerder overgelegd"
                ),
                citation=cite(HAARLEM, "2.3.8")[0],
            ),
        )
        steps.append(
            Message(
                text="Waar mogelijk en relevant: doe aangifte bij de politie en lever een "
                "afschrift van het proces-verbaal over aan de beheerder."
            )
        )
    articles = ["2.3.8", "2.7.3"]
    if event in {Incident.LOSS, Incident.THEFT}:
        steps.append(Message(text="De beheerder blokkeert en wist het mobile device."))
        steps.append(
            Message(
                text="De beheerder maakt melding bij {email}.",
                values={"email": DATALEK_EMAIL.value},
            )
        )
        articles.insert(1, "2.3.9")
    return Decision(
        outcome=Outcome.REQUIRED,
        citations=cite(HAARLEM, *articles),
        explanation=Message(text=text, values=values),
        conditions=conditions,
        steps=tuple(steps),
    )


# 2.3.11 Defective or missing devices -------------------------------------------------------------


class DeviceProblem(Choice):
    """What is wrong with a mobile device (2.3.11)."""

    DEFECT = "defect", "defect"
    MISSING = "missing", "vermist"
    WORN_BATTERY = "worn-battery", "matige-batterij"
    """A battery that holds less charge than it did (een matige batterij)."""


@rule(
    HAARLEM,
    "defective-device",
    "2.3.11",
    title=N_(
        "Of een defect of vermist mobile device wordt vervangen; een matige batterij is geen "
        "defect."
    ),
    answer=AnswerKind.YES_NO,
)
def defective_device(problem: DeviceProblem, defective: bool | None = None) -> Decision:
    """Whether a defective or missing device is replaced; a worn battery is no defect.

    Whether a device is really defective is the beheerder's judgement (``defective``); it is not
    asked for a missing device or a worn battery, which the text settles itself.

    >>> print(defective_device(DeviceProblem.WORN_BATTERY))
    Nee: Een matige batterij is geen defect: het mobile device wordt niet vervangen.
    Grondslag: Haarlem 2.3.11
    """
    if problem is not DeviceProblem.DEFECT and defective is not None:
        msg = N_(
            "verwacht geen oordeel --defective bij --problem {problem}; opgegeven: --defective "
            "{got}"
        )
        raise InputError(msg, problem=problem.value, got=N_("ja") if defective else N_("nee"))
    citations = cite(HAARLEM, "2.3.11")
    if problem is DeviceProblem.MISSING:
        return Decision(
            outcome=Outcome.YES,
            citations=citations,
            explanation=Message(text="Een vermist mobile device wordt vervangen."),
        )
    if problem is DeviceProblem.WORN_BATTERY:
        return Decision(
            outcome=Outcome.NO,
            citations=citations,
            explanation=Message(
                text="Een matige batterij is geen defect: het mobile device wordt niet vervangen."
            ),
        )
    if defective is None:
        return Decision(
            outcome=Outcome.CONDITIONAL,
            citations=citations,
            explanation=Message(text="Een defect mobile device wordt vervangen."),
            conditions=(
                Condition(
                    key="defective",
                    text=Message(
                        text="De beheerder bepaalt dat het mobile device daadwerkelijk defect is"
                    ),
                    citation=citations[0],
                ),
            ),
        )
    if defective:
        text = (
            "De beheerder heeft bepaald dat het mobile device daadwerkelijk defect is: het wordt "
            "vervangen."
        )
        return Decision(outcome=Outcome.YES, citations=citations, explanation=Message(text=text))
    text = (
        "De beheerder heeft bepaald dat het mobile device niet daadwerkelijk defect is: het wordt "
        "niet vervangen."
    )
    return Decision(outcome=Outcome.NO, citations=citations, explanation=Message(text=text))


# 2.3.12 Accessories ------------------------------------------------------------------------------


class AccessoryProblem(Choice):
    """What happened to an accessory (2.3.12)."""

    MISSING = "missing", "vermist"
    DEFECT = "defect", "defect"


@rule(
    HAARLEM,
    "accessory",
    "2.3.12",
    title=N_("Wie accessoires bij vermissing of defect vervangt: de ambtsdrager zelf."),
    answer=AnswerKind.STEPS,
)
def accessory(problem: AccessoryProblem) -> Decision:
    """Who replaces a missing or defective accessory: the office holder.

    >>> print(accessory(AccessoryProblem.DEFECT))
    Verplicht: Accessoires die bij het mobile device zijn aangeschaft worden bij defect door de
    ambtsdrager zelf vervangen.
    1. Vervang de accessoire zelf.
    Grondslag: Haarlem 2.3.12
    """
    names = {AccessoryProblem.MISSING: N_("vermissing"), AccessoryProblem.DEFECT: N_("defect")}
    return Decision(
        outcome=Outcome.REQUIRED,
        citations=cite(HAARLEM, "2.3.12"),
        explanation=Message(
            text="Accessoires die bij het mobile device zijn aangeschaft worden bij {problem} "
            "door de ambtsdrager zelf vervangen.",
            values={"problem": names[problem]},
        ),
        steps=(Message(text="Vervang de accessoire zelf."),),
    )
