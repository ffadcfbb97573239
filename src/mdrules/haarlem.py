"""Haarlem & Zandvoort: Beleid en regels gebruik en ondersteuning mobile devices, version 1.04.

Each rule cites the provisions it rests on; each figure comes from a parameter with its provision.
"""

import calendar
import datetime as dt
import re
from collections import Counter
from enum import StrEnum
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field

from mdrules.coverage import Status, classify
from mdrules.decision import Condition, Decision, Message, Outcome, cite
from mdrules.i18n import N_, AnyOf, Phrase, Territory
from mdrules.parameters import PhoneNumber, define
from mdrules.rules import rule
from mdrules.vocabulary import (
    DEVICE_NAMES,
    EVERY_DAY,
    OFFICE_HOLDERS,
    WEEKDAYS,
    Country,
    DeviceKind,
    Role,
    TimeWindow,
    Word,
    add_months,
    country_code,
    in_eu,
    local,
    period_name,
)

T = TypeVar("T")


# 2.1 Definitions: mobile device ------------------------------------------------------------------

MOBILE_DEVICES = define(
    "haarlem",
    "mobile_devices",
    (
        Word(DeviceKind.SMARTPHONE, N_("mobiele telefoon")),
        Word(DeviceKind.LAPTOP, DEVICE_NAMES[DeviceKind.LAPTOP]),
        Word(DeviceKind.TABLET, DEVICE_NAMES[DeviceKind.TABLET]),
    ),
    "2.1",
    "The kinds of device that are mobile devices (a suitable mobile phone, laptop or tablet).",
)
MOBILE_KINDS: tuple[DeviceKind, ...] = tuple(word.kind for word in MOBILE_DEVICES.value)
"""The device kinds of the mobile devices of 2.1, in the order the text names them."""


def _mobile(device: DeviceKind) -> DeviceKind:
    """Check that a device kind is one of the Haarlem mobile devices."""
    if device not in MOBILE_KINDS:
        names = [kind.value for kind in MOBILE_KINDS]
        expected = ", ".join(names[:-1]) + " or " + names[-1]
        msg = f"expected a {expected} (the Haarlem mobile devices); got {device}"
        raise ValueError(msg)
    return device


def _not_before(day: dt.date, earlier: dt.date, what: str) -> None:
    """Check that a date is on or after an earlier date."""
    if day < earlier:
        msg = f"expected a date on or after {what} {earlier.isoformat()}; got {day.isoformat()}"
        raise ValueError(msg)


def _not_negative(amount: int, what: str) -> int:
    """Check that an amount is zero or more."""
    if amount < 0:
        msg = f"expected {what} of 0 or more; got {amount}"
        raise ValueError(msg)
    return amount


# 2.1 Definitions: ambtsdrager --------------------------------------------------------------------

ROLE_NAMES: dict[Role, Phrase] = {
    Role.MAYOR: N_("burgemeester"),
    Role.ALDERMAN: N_("wethouder"),
    Role.COUNCIL_MEMBER: N_("gemeenteraadslid"),
    Role.COMMITTEE_MEMBER: N_("commissielid"),
    Role.EMPLOYEE: N_("werknemer"),
    Role.INTERN: N_("stagiair"),
    Role.TEMPORARY_WORKER: N_("uitzendkracht"),
    Role.VOLUNTEER: N_("vrijwilliger"),
    Role.OTHER_WORKER: N_("andere werkende"),
    Role.EXTERNAL: N_("derde"),
}
"""The Dutch name of each role (kept here: the shared vocabulary has none yet)."""

_AMBTSDRAGER = (
    '"Burgemeester, wethouders, gemeenteraadsleden en commissieleden op grond van de gemeentewet"'
)


@rule("haarlem", "office-holder", "2.1")
def office_holder(role: Role) -> Decision:
    """Whether someone in a role is an ambtsdrager, to whom this regulation applies.

    >>> print(office_holder(Role.ALDERMAN))
    Informatie: De rol wethouder valt onder de definitie van ambtsdrager: "Burgemeester,
    wethouders, gemeenteraadsleden en commissieleden op grond van de gemeentewet".
    Grondslag: Haarlem 2.1
    """
    if role in OFFICE_HOLDERS:
        text = "De rol {role} valt onder de definitie van ambtsdrager: " + _AMBTSDRAGER + "."
    else:
        text = "De rol {role} valt niet onder de definitie van ambtsdrager: " + _AMBTSDRAGER + "."
    return Decision(
        outcome=Outcome.INFORMATION,
        citations=cite("haarlem", "2.1"),
        explanation=Message(text=text, values={"role": ROLE_NAMES[role]}),
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


@rule("haarlem", "private-use", "2.3.1", "2.5.1")
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
            citations=cite("haarlem", *articles),
            explanation=Message(
                text="Dit privé gebruik van de mobile devices is niet toegestaan: {failed}.",
                values={"failed": tuple(_PRIVATE_USE_FAILS[key] for key in failed)},
            ),
        )
    citations = cite("haarlem", "2.3.1", "2.5.1")
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


@rule("haarlem", "software-license", "2.3.3")
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
            citations=cite("haarlem", "2.3.3"),
            explanation=Message(
                text="Met een geldige licentie of abonnement is het installeren of gebruiken van "
                "software of apps voor privé en/of zakelijke doeleinden niet verboden."
            ),
        )
    return Decision(
        outcome=Outcome.NOT_ALLOWED,
        citations=cite("haarlem", "2.3.3"),
        explanation=Message(
            text="Het installeren of gebruiken van software of apps voor privé en/of zakelijke "
            "doeleinden zonder een geldige licentie of abonnement is verboden."
        ),
    )


# 2.7.1, 2.7.2 What the servicedesk supports ------------------------------------------------------


class SoftwareOrigin(StrEnum):
    """Where the software or app a support question is about comes from (2.7.1, 2.7.2)."""

    ORGANISATION = "organisation"
    """Supplied by the organisation; also for a question about the device itself."""
    PRIVATELY_BOUGHT = "privately_bought"
    """Bought privately (privé aangekocht) and installed on the device."""
    OTHER = "other"
    """Not supplied by the organisation, and not bought: a free app installed privately."""


@rule("haarlem", "support-scope", "2.7.1", "2.7.2")
def support_scope(
    organisation_device: bool = True, software: SoftwareOrigin = SoftwareOrigin.ORGANISATION
) -> Decision:
    """Whether the servicedesk IV supports a question, by the device and the software it is about.

    Support requires working on a mobile device supplied by the organisation, with software or
    apps supplied by the organisation (2.7.1); privately bought apps and software on the
    organisation's devices are not supported (2.7.2).

    >>> print(support_scope(software=SoftwareOrigin.PRIVATELY_BOUGHT))
    Niet toegestaan: IV biedt geen ondersteuning voor privé aangekochte apps en/of software welke
    geïnstalleerd zijn op mobile devices van de organisatie.
    Grondslag: Haarlem 2.7.1; Haarlem 2.7.2
    """
    if not organisation_device:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=cite("haarlem", "2.7.1"),
            explanation=Message(
                text="De servicedesk van de afdeling IV ondersteunt alleen als er wordt gewerkt op "
                "mobile devices geleverd door de organisatie en met software of apps geleverd door "
                "de organisatie; dit mobile device is niet door de organisatie geleverd."
            ),
        )
    if software is SoftwareOrigin.PRIVATELY_BOUGHT:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=cite("haarlem", "2.7.1", "2.7.2"),
            explanation=Message(
                text="IV biedt geen ondersteuning voor privé aangekochte apps en/of software "
                "welke geïnstalleerd zijn op mobile devices van de organisatie."
            ),
        )
    if software is SoftwareOrigin.OTHER:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=cite("haarlem", "2.7.1"),
            explanation=Message(
                text="De servicedesk van de afdeling IV ondersteunt alleen als er wordt gewerkt "
                "met software of apps geleverd door de organisatie; deze software of app is niet "
                "door de organisatie geleverd."
            ),
        )
    return Decision(
        outcome=Outcome.ALLOWED,
        citations=cite("haarlem", "2.7.1"),
        explanation=Message(
            text="De servicedesk van de afdeling IV ondersteunt alle ambtsdragers op het gebied "
            "van ICT gerelateerde zaken: er wordt gewerkt op een mobile device geleverd door de "
            "organisatie en met software of apps geleverd door de organisatie."
        ),
    )


# 2.7.3 - 2.7.5 Support: the servicedesk, FIX and the ICT-Loket -----------------------------------

SERVICEDESK_PHONE = define(
    "haarlem",
    "servicedesk_phone",
    PhoneNumber(area="023", subscriber="5115252", extension="5252"),
    "2.7.3",
    "Telephone number of the servicedesk IV, with its internal extension.",
)
SERVICEDESK_OPENS = define(
    "haarlem",
    "servicedesk_opens",
    dt.time(7, 45),
    "2.7.3",
    "Time from which the servicedesk IV answers the telephone on workdays.",
)
SERVICEDESK_CLOSES = define(
    "haarlem",
    "servicedesk_closes",
    dt.time(17, 0),
    "2.7.3",
    "Time through which the servicedesk IV answers the telephone on workdays (included).",
)
SERVICEDESK_HOURS = define(
    "haarlem",
    "servicedesk_hours",
    TimeWindow(days=WEEKDAYS, start=SERVICEDESK_OPENS.value, end=SERVICEDESK_CLOSES.value),
    "2.7.3",
    "Telephone hours of the servicedesk IV: workdays, from its opening through its closing time; "
    "also the office hours (kantooruren) of 2.3.8.",
)
FIX_AVAILABILITY = define(
    "haarlem",
    "fix_availability",
    N_("24/7"),
    "2.7.4",
    "When digital reports can be made on the FIX page of the intranet: always.",
)
ICT_LOKET_OPENS = define(
    "haarlem",
    "ict_loket_opens",
    dt.time(9, 0),
    "2.7.5",
    "Time from which the ICT-Loket takes walk-in visitors, every day.",
)
ICT_LOKET_CLOSES = define(
    "haarlem",
    "ict_loket_closes",
    dt.time(13, 0),
    "2.7.5",
    "Time through which the ICT-Loket takes walk-in visitors (included).",
)
ICT_LOKET_HOURS = define(
    "haarlem",
    "ict_loket_hours",
    TimeWindow(days=EVERY_DAY, start=ICT_LOKET_OPENS.value, end=ICT_LOKET_CLOSES.value),
    "2.7.5",
    'Walk-in hours of the ICT-Loket: "dagelijks" (every day), from its opening through its '
    "closing time.",
)
ICT_LOKET_ZANDVOORT_OPENS = define(
    "haarlem",
    "ict_loket_zandvoort_opens",
    dt.time(9, 0),
    "2.7.5",
    "Time from which the ICT-Loket at the Zandvoort location is open, on Tuesdays.",
)
ICT_LOKET_ZANDVOORT_CLOSES = define(
    "haarlem",
    "ict_loket_zandvoort_closes",
    dt.time(12, 0),
    "2.7.5",
    "Time through which the ICT-Loket at the Zandvoort location is open (included).",
)
ICT_LOKET_ZANDVOORT_HOURS = define(
    "haarlem",
    "ict_loket_zandvoort_hours",
    TimeWindow(
        days=frozenset({calendar.TUESDAY}),
        start=ICT_LOKET_ZANDVOORT_OPENS.value,
        end=ICT_LOKET_ZANDVOORT_CLOSES.value,
    ),
    "2.7.5",
    "Opening hours of the ICT-Loket at the Zandvoort location: Tuesday, from its opening through "
    "its closing time.",
)


def office_hours(moment: dt.datetime, holidays: frozenset[dt.date] = frozenset()) -> bool:
    """Whether a moment falls within office hours: the servicedesk's telephone hours (2.7.3).

    A naive moment is Amsterdam time; holidays count only when given.

    >>> [office_hours(dt.datetime(2026, 11, 23, 17, minute)) for minute in (0, 1)]
    [True, False]
    """
    return SERVICEDESK_HOURS.value.contains(moment, holidays)


def _clock(moment: dt.datetime) -> dt.datetime:
    """Return a moment as Amsterdam wall-clock time without a zone, for messages."""
    return local(moment).replace(tzinfo=None)


@rule("haarlem", "support", "2.7.3", "2.7.4", "2.7.5")
def support(moment: dt.datetime, holidays: frozenset[dt.date] = frozenset()) -> Decision:
    """Which support is available at a moment: servicedesk telephone, FIX, the ICT-Lokets.

    The servicedesk answers on workdays (Monday to Friday, less the holidays given). The
    ICT-Loket is open "dagelijks": the text says every day, so it is taken literally as every day
    of the week, weekends and holidays included. The ICT-Loket at Zandvoort is open on Tuesdays;
    the text names no exception for holidays. A naive moment is Amsterdam time.

    >>> print(support(dt.datetime(2026, 11, 24, 11, 30)))
    Informatie: Bereikbaar op 24 november 2026 11:30: servicedesk IV, FIX pagina, ICT-Loket en
    ICT-Loket Zandvoort.
    1. Servicedesk IV: telefonisch bereikbaar op nummer 5252 of 0235115252 (op werkdagen van
    7:45 t/m 17:00).
    2. FIX pagina op intranet: digitale meldingen kunnen 24/7 gedaan worden.
    3. ICT-Loket: open, zonder afspraak langs te komen (dagelijks van 9:00 t/m 13:00).
    4. ICT-Loket Zandvoort: open (op dinsdag van 9:00 t/m 12:00).
    Grondslag: Haarlem 2.7.3; Haarlem 2.7.4; Haarlem 2.7.5
    """
    phone = SERVICEDESK_PHONE.value
    desk = SERVICEDESK_HOURS.value
    loket = ICT_LOKET_HOURS.value
    zandvoort = ICT_LOKET_ZANDVOORT_HOURS.value
    available = [N_("servicedesk IV")] if desk.contains(moment, holidays) else []
    available.append(N_("FIX pagina"))
    if loket.contains(moment):
        available.append(N_("ICT-Loket"))
    if zandvoort.contains(moment):
        available.append(N_("ICT-Loket Zandvoort"))
    desk_values = {
        "extension": phone.extension,
        "phone": phone.plain,
        "opens": desk.start,
        "closes": desk.end,
        "days": desk.days_name,
    }
    if desk.contains(moment, holidays):
        desk_text = (
            "Servicedesk IV: telefonisch bereikbaar op nummer {extension} of {phone} "
            "({days} van {opens} t/m {closes})."
        )
    else:
        desk_text = (
            "Servicedesk IV: telefonisch niet bereikbaar; wel {days} van {opens} t/m "
            "{closes} op nummer {extension} of {phone}."
        )
    loket_values = {"opens": loket.start, "closes": loket.end, "days": loket.days_name}
    if loket.contains(moment):
        loket_text = (
            "ICT-Loket: open, zonder afspraak langs te komen ({days} van {opens} t/m {closes})."
        )
    else:
        loket_text = "ICT-Loket: gesloten; open {days} van {opens} t/m {closes}."
    zandvoort_values = {
        "opens": zandvoort.start,
        "closes": zandvoort.end,
        "days": zandvoort.days_name,
    }
    if zandvoort.contains(moment):
        zandvoort_text = "ICT-Loket Zandvoort: open ({days} van {opens} t/m {closes})."
    else:
        zandvoort_text = "ICT-Loket Zandvoort: gesloten; open {days} van {opens} t/m {closes}."
    return Decision(
        outcome=Outcome.INFORMATION,
        citations=cite("haarlem", "2.7.3", "2.7.4", "2.7.5"),
        explanation=Message(
            text="Bereikbaar op {moment}: {available}.",
            values={"moment": _clock(moment), "available": tuple(available)},
        ),
        steps=(
            Message(text=desk_text, values=desk_values),
            Message(
                text="FIX pagina op intranet: digitale meldingen kunnen {fix} gedaan worden.",
                values={"fix": FIX_AVAILABILITY.value},
            ),
            Message(text=loket_text, values=loket_values),
            Message(text=zandvoort_text, values=zandvoort_values),
        ),
    )


# 2.3.8, 2.3.9 Damage, loss and theft -------------------------------------------------------------

SERVICEDESK_EMAIL = define(
    "haarlem",
    "servicedesk_email",
    "servicedesk.iv@haarlem.nl",
    "2.3.8",
    "E-mail address for reporting damage, loss or theft outside office hours.",
)
DATALEK_EMAIL = define(
    "haarlem",
    "datalek_email",
    "datalekmelden@haarlem.nl",
    "2.3.9",
    "E-mail address where the beheerder reports a stolen or lost device (data breach).",
)


class Incident(StrEnum):
    """What happened to an ICT resource (2.3.8)."""

    DAMAGE = "damage"
    LOSS = "loss"
    THEFT = "theft"


INCIDENT_NAMES: dict[Incident, Phrase] = {
    Incident.DAMAGE: N_("schade"),
    Incident.LOSS: N_("vermissing"),
    Incident.THEFT: N_("diefstal"),
}
"""The Dutch word for each incident, as 2.3.8 writes it."""


@rule("haarlem", "incident", "2.3.8", "2.3.9", "2.7.3")
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
                citation=cite("haarlem", "2.3.8")[0],
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
        citations=cite("haarlem", *articles),
        explanation=Message(text=text, values=values),
        conditions=conditions,
        steps=tuple(steps),
    )


# 2.3.11 Defective or missing devices -------------------------------------------------------------


class DeviceProblem(StrEnum):
    """What is wrong with a mobile device (2.3.11)."""

    DEFECT = "defect"
    MISSING = "missing"
    WORN_BATTERY = "worn_battery"
    """A battery that holds less charge than it did (een matige batterij)."""


@rule("haarlem", "defective-device", "2.3.11")
def defective_device(problem: DeviceProblem, defective: bool | None = None) -> Decision:
    """Whether a defective or missing device is replaced; a worn battery is no defect.

    Whether a device is really defective is the beheerder's judgement (``defective``); it is not
    asked for a missing device or a worn battery, which the text settles itself.

    >>> print(defective_device(DeviceProblem.WORN_BATTERY))
    Niet toegestaan: Een matige batterij is geen defect: het mobile device wordt niet vervangen.
    Grondslag: Haarlem 2.3.11
    """
    if problem is not DeviceProblem.DEFECT and defective is not None:
        msg = f"expected no judgement 'defective' for problem {problem}; got {defective}"
        raise ValueError(msg)
    citations = cite("haarlem", "2.3.11")
    if problem is DeviceProblem.MISSING:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(text="Een vermist mobile device wordt vervangen."),
        )
    if problem is DeviceProblem.WORN_BATTERY:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
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
        return Decision(
            outcome=Outcome.ALLOWED, citations=citations, explanation=Message(text=text)
        )
    text = (
        "De beheerder heeft bepaald dat het mobile device niet daadwerkelijk defect is: het wordt "
        "niet vervangen."
    )
    return Decision(
        outcome=Outcome.NOT_ALLOWED, citations=citations, explanation=Message(text=text)
    )


# 2.3.12 Accessories ------------------------------------------------------------------------------


class AccessoryProblem(StrEnum):
    """What happened to an accessory (2.3.12)."""

    MISSING = "missing"
    DEFECT = "defect"


@rule("haarlem", "accessory", "2.3.12")
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
        citations=cite("haarlem", "2.3.12"),
        explanation=Message(
            text="Accessoires die bij het mobile device zijn aangeschaft worden bij {problem} "
            "door de ambtsdrager zelf vervangen.",
            values={"problem": names[problem]},
        ),
        steps=(Message(text="Vervang de accessoire zelf."),),
    )


# 2.3.15 iCloud storage ---------------------------------------------------------------------------

ICLOUD_FREE_GB = define(
    "haarlem",
    "icloud_free_gb",
    5,
    "2.3.15",
    "iCloud storage that is free of charge, in gigabytes (included).",
)
WORK_EMAIL_DOMAINS = define(
    "haarlem",
    "work_email_domains",
    ("@Haarlem.nl", "@Zandvoort.nl"),
    "2.3.15",
    "The organisation's e-mail domains; extra storage linked to them lapses with the address.",
)


@rule("haarlem", "icloud-storage", "2.3.15")
def icloud_storage(storage_gb: int, linked_to_work_address: bool = False) -> Decision:
    """Whether iCloud storage is free, or what part of it is at the office holder's cost.

    >>> print(icloud_storage(50))
    Informatie: Opslag in de iCloud is gratis tot 5 gigabyte; bij overschrijding zijn de kosten
    voor de ambtsdrager: 45 gigabyte extra opslag is voor eigen rekening.
    Grondslag: Haarlem 2.3.15
    """
    _not_negative(storage_gb, "a storage in gigabytes")
    free = ICLOUD_FREE_GB.value
    values: dict[str, object] = {"free": free, "storage": storage_gb}
    citations = cite("haarlem", "2.3.15")
    if storage_gb <= free:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text="Opslag in de iCloud is gratis tot {free} gigabyte: {storage} gigabyte "
                "kost de ambtsdrager niets.",
                values=values,
            ),
        )
    values["extra"] = storage_gb - free
    if linked_to_work_address:
        values["domains"] = AnyOf(WORK_EMAIL_DOMAINS.value)
        text = (
            "Opslag in de iCloud is gratis tot {free} gigabyte; bij overschrijding zijn de kosten "
            "voor de ambtsdrager: {extra} gigabyte extra opslag is voor eigen rekening. De extra "
            "opslag is gekoppeld aan het {domains} email adres en vervalt als het email adres "
            "wordt verwijderd."
        )
    else:
        text = (
            "Opslag in de iCloud is gratis tot {free} gigabyte; bij overschrijding zijn de kosten "
            "voor de ambtsdrager: {extra} gigabyte extra opslag is voor eigen rekening."
        )
    return Decision(
        outcome=Outcome.INFORMATION,
        citations=citations,
        explanation=Message(text=text, values=values),
    )


# 2.3.16 Device security -------------------------------------------------------------------------

FORBIDDEN_CODES = define(
    "haarlem",
    "forbidden_codes",
    ("0000", "1234"),
    "2.3.16",
    "Codes a SIM card or an unlock screen may not have.",
)


class CodeKind(StrEnum):
    """Which code of a device is meant."""

    SIM = "sim"
    UNLOCK = "unlock"


def _digits(code: str) -> str:
    """Check that a code is made of the digits 0 to 9 only (no other scripts' digits)."""
    if not re.fullmatch(r"[0-9]+", code):
        msg = f"expected a code of digits such as 4821; got {code!r}"
        raise ValueError(msg)
    return code


@rule("haarlem", "security-code", "2.3.16")
def security_code(code: str, kind: CodeKind = CodeKind.SIM) -> Decision:
    """Whether a SIM code or unlock code is allowed.

    >>> print(security_code("1234"))
    Niet toegestaan: De code 1234 is niet toegestaan: de code mag niet 0000 of 1234 zijn.
    Grondslag: Haarlem 2.3.16
    """
    _digits(code)
    forbidden = FORBIDDEN_CODES.value
    values = {"code": code, "forbidden": AnyOf(forbidden)}
    if code in forbidden:
        text = "De code {code} is niet toegestaan: de code mag niet {forbidden} zijn."
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=cite("haarlem", "2.3.16"),
            explanation=Message(text=text, values=values),
        )
    return Decision(
        outcome=Outcome.ALLOWED,
        citations=cite("haarlem", "2.3.16"),
        explanation=Message(
            text="De code {code} is toegestaan: het is niet {forbidden}.", values=values
        ),
    )


class UnlockMethod(StrEnum):
    """How the unlock screen of a smartphone or tablet is secured (2.3.16)."""

    NONE = "none"
    CODE = "code"
    FINGERPRINT = "fingerprint"
    FACE = "face"
    PATTERN = "pattern"


# The text names the code first, followed by its own condition in parentheses ("code (niet 0000
# of 1234)"), and then the other ways as a list: that list is the parameter the page renders.
UNLOCK_ALTERNATIVES = define(
    "haarlem",
    "unlock_alternatives",
    (
        Word(UnlockMethod.FINGERPRINT, N_("vingerscan")),
        Word(UnlockMethod.FACE, N_("gezichtsscan")),
        Word(UnlockMethod.PATTERN, N_("beveiligingspatroon")),
    ),
    "2.3.16",
    "The ways other than a code to secure the unlock screen of a smartphone or tablet.",
)
UNLOCK_NAMES: dict[UnlockMethod, Phrase] = {
    UnlockMethod.CODE: N_("code"),
    **{word.kind: word.name for word in UNLOCK_ALTERNATIVES.value},
}
"""The Dutch name of each way to secure the unlock screen, as 2.3.16 writes it."""


@rule("haarlem", "device-security", "2.3.16")
def device_security(
    device: DeviceKind,
    login_account: bool = False,
    sim_code: str = "",
    unlock: UnlockMethod = UnlockMethod.NONE,
    unlock_code: str = "",
) -> Decision:
    """Whether a device is secured: a laptop's login, a smartphone's SIM code, the unlock screen.

    An empty ``sim_code`` means the SIM card has no code. An unlock screen secured by a code
    needs that code (``unlock_code``), so that it can be checked against the forbidden codes.

    >>> print(device_security(DeviceKind.SMARTPHONE, sim_code="0000",
    ...                       unlock=UnlockMethod.FINGERPRINT))
    Niet toegestaan: De smartphone is niet beveiligd zoals voorgeschreven: een mobile device
    dient beveiligd te zijn.
    1. Smartphones dienen een simkaart code te hebben die niet 0000 of 1234 is: de simkaart code
    0000 mag niet.
    Grondslag: Haarlem 2.3.16
    """
    _mobile(device)
    if sim_code:
        _digits(sim_code)
    if unlock_code:
        _digits(unlock_code)
        if unlock is not UnlockMethod.CODE:
            msg = f"expected unlock=code together with an unlock code; got unlock={unlock}"
            raise ValueError(msg)
    elif unlock is UnlockMethod.CODE:
        msg = "expected the unlock code with unlock=code; got none"
        raise ValueError(msg)
    forbidden = AnyOf(FORBIDDEN_CODES.value)
    shortfalls: list[Message] = []
    if device is DeviceKind.LAPTOP and not login_account:
        shortfalls.append(
            Message(text="Laptops zijn beveiligd met een inlog account: stel een inlog account in.")
        )
    if device is DeviceKind.SMARTPHONE:
        if not sim_code:
            shortfalls.append(
                Message(
                    text="Smartphones dienen een simkaart code te hebben die niet {forbidden} "
                    "is: stel een simkaart code in.",
                    values={"forbidden": forbidden},
                )
            )
        elif sim_code in FORBIDDEN_CODES.value:
            shortfalls.append(
                Message(
                    text="Smartphones dienen een simkaart code te hebben die niet {forbidden} "
                    "is: de simkaart code {code} mag niet.",
                    values={"forbidden": forbidden, "code": sim_code},
                )
            )
    if device in {DeviceKind.SMARTPHONE, DeviceKind.TABLET}:
        methods = AnyOf(UNLOCK_NAMES.values())
        if unlock is UnlockMethod.NONE:
            shortfalls.append(
                Message(
                    text="Het unlock scherm moet zijn voorzien van een {methods}: stel er een in.",
                    values={"methods": methods},
                )
            )
        elif unlock_code in FORBIDDEN_CODES.value:
            shortfalls.append(
                Message(
                    text="Het unlock scherm moet zijn voorzien van een code die niet {forbidden} "
                    "is: de code {code} mag niet.",
                    values={"forbidden": forbidden, "code": unlock_code},
                )
            )
    values = {"device": DEVICE_NAMES[device]}
    if shortfalls:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=cite("haarlem", "2.3.16"),
            explanation=Message(
                text="De {device} is niet beveiligd zoals voorgeschreven: een mobile device "
                "dient beveiligd te zijn.",
                values=values,
            ),
            steps=tuple(shortfalls),
        )
    return Decision(
        outcome=Outcome.ALLOWED,
        citations=cite("haarlem", "2.3.16"),
        explanation=Message(
            text="De {device} is beveiligd zoals voorgeschreven: een mobile device dient "
            "beveiligd te zijn.",
            values=values,
        ),
    )


# 2.4.1, 2.4.2 Number and combination of devices ---------------------------------------------


COMBINATION_NAMES: dict[tuple[DeviceKind, ...], Phrase] = {
    (DeviceKind.SMARTPHONE,): N_("Smartphone"),
    (DeviceKind.LAPTOP,): N_("Laptop"),
    (DeviceKind.TABLET,): N_("Tablet"),
    (DeviceKind.SMARTPHONE, DeviceKind.SMARTPHONE): N_("Smartphone + smartphone"),
    (DeviceKind.SMARTPHONE, DeviceKind.LAPTOP): N_("Smartphone + laptop"),
    (DeviceKind.SMARTPHONE, DeviceKind.TABLET): N_("Smartphone + tablet"),
    (DeviceKind.LAPTOP, DeviceKind.LAPTOP): N_("Laptop + laptop"),
    (DeviceKind.LAPTOP, DeviceKind.TABLET): N_("Laptop + tablet"),
    (DeviceKind.TABLET, DeviceKind.TABLET): N_("Tablet + tablet"),
}
"""The name of each combination of at most two mobile devices, written as 2.4.2 writes them
(smartphones first, then laptops, then tablets); translated where it is shown."""


class DeviceSet(BaseModel):
    """A combination of mobile devices, written as 2.4.2 writes it: "Smartphone + laptop".

    >>> str(DeviceSet(devices=(DeviceKind.SMARTPHONE, DeviceKind.TABLET)))
    'Smartphone + tablet'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    devices: tuple[DeviceKind, ...] = Field(min_length=1)
    """The devices, in the order the text names them."""

    def matches(self, other: "DeviceSet") -> bool:
        """Whether two combinations hold the same devices, in any order."""
        return Counter(self.devices) == Counter(other.devices)

    @property
    def name(self) -> Phrase:
        """The combination's name, a message: "Smartphone + laptop"."""
        try:
            return COMBINATION_NAMES[self.devices]
        except KeyError:
            kinds = " + ".join(device.value for device in self.devices)
            msg = f"expected a combination named in COMBINATION_NAMES; got {kinds}"
            raise ValueError(msg) from None

    def __str__(self) -> str:
        return self.name


MAX_DEVICES = define(
    "haarlem",
    "max_devices",
    2,
    "2.4.1",
    "Number of mobile devices an office holder is entitled to, at most.",
)
DEVICE_COMBINATIONS = define(
    "haarlem",
    "device_combinations",
    (
        DeviceSet(devices=(DeviceKind.SMARTPHONE,)),
        DeviceSet(devices=(DeviceKind.SMARTPHONE, DeviceKind.LAPTOP)),
        DeviceSet(devices=(DeviceKind.SMARTPHONE, DeviceKind.TABLET)),
    ),
    "2.4.2",
    "The combinations of mobile devices that can be requested.",
)


@rule("haarlem", "device-combination", "2.4.1", "2.4.2")
def device_combination(smartphones: int = 0, laptops: int = 0, tablets: int = 0) -> Decision:
    """Whether an office holder may request a number and combination of mobile devices.

    >>> print(device_combination(smartphones=1, tablets=1))
    Toegestaan: Smartphone + tablet is een van de mogelijkheden (Smartphone, Smartphone + laptop
    of Smartphone + tablet), binnen het maximum van 2 mobile devices.
    1. Doe de aanvraag bij de Griffier; de Griffier maakt een fixmelding met de naam van de
    ambtsdrager en de gewenste mobile devices.
    Grondslag: Haarlem 2.4.1; Haarlem 2.4.2
    """
    counts = {
        DeviceKind.SMARTPHONE: _not_negative(smartphones, "a number of smartphones"),
        DeviceKind.LAPTOP: _not_negative(laptops, "a number of laptops"),
        DeviceKind.TABLET: _not_negative(tablets, "a number of tablets"),
    }
    total = sum(counts.values())
    if total == 0:
        msg = "expected at least one smartphone, laptop or tablet; got none"
        raise ValueError(msg)
    maximum = MAX_DEVICES.value
    options = DEVICE_COMBINATIONS.value
    if total > maximum:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=cite("haarlem", "2.4.1"),
            explanation=Message(
                text="Ambtsdragers hebben recht op maximaal {maximum} mobile devices; gevraagd "
                "zijn er {total}.",
                values={"maximum": maximum, "total": total},
            ),
        )
    requested = DeviceSet(devices=tuple(kind for kind, n in counts.items() for _ in range(n)))
    values = {
        "requested": requested.name,
        "options": AnyOf(option.name for option in options),
        "maximum": maximum,
    }
    if not any(requested.matches(option) for option in options):
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=cite("haarlem", "2.4.2"),
            explanation=Message(
                text="{requested} is geen van de mogelijkheden: {options}.", values=values
            ),
        )
    return Decision(
        outcome=Outcome.ALLOWED,
        citations=cite("haarlem", "2.4.1", "2.4.2"),
        explanation=Message(
            text="{requested} is een van de mogelijkheden ({options}), binnen het maximum van "
            "{maximum} mobile devices.",
            values=values,
        ),
        steps=(
            Message(
                text="Doe de aanvraag bij de Griffier; de Griffier maakt een fixmelding met de "
                "naam van de ambtsdrager en de gewenste mobile devices."
            ),
        ),
    )


# 2.4.4, 2.4.5 Return at the end of the term ------------------------------------------------------

RESET_CODE = define(
    "haarlem",
    "reset_code",
    "0000",
    "2.4.5",
    "The security code a returned device is set to.",
)


@rule("haarlem", "device-return", "2.4.4", "2.4.5")
def device_return(term_ended: bool = True) -> Decision:
    """Whether the devices are returned, and what happens to them when they are handed in.

    ``term_ended``: the appointment or membership (aanstelling of lidmaatschap) has ended.

    >>> print(device_return(term_ended=False))
    Informatie: De mobile devices worden geretourneerd bij beëindiging van de aanstelling of
    lidmaatschap; die is er nog niet.
    Grondslag: Haarlem 2.4.4
    """
    if not term_ended:
        return Decision(
            outcome=Outcome.INFORMATION,
            citations=cite("haarlem", "2.4.4"),
            explanation=Message(
                text="De mobile devices worden geretourneerd bij beëindiging van de aanstelling "
                "of lidmaatschap; die is er nog niet."
            ),
        )
    return Decision(
        outcome=Outcome.REQUIRED,
        citations=cite("haarlem", "2.4.4", "2.4.5"),
        explanation=Message(
            text="Bij beëindiging van de aanstelling of lidmaatschap retourneert de ambtsdrager "
            "de mobile devices op eerste verzoek. Bij verzuim tot retourneren zal het presidium "
            "de ambtsdrager hierop aanspreken."
        ),
        steps=(
            Message(
                text="Retourneer de mobile devices op eerste verzoek, in volledige staat "
                "inclusief accessoires."
            ),
            Message(
                text="Bij het inleveren worden in het bijzijn van de ambtsdrager alle data en "
                "accountgegevens gewist."
            ),
            Message(text="Het mobile device wordt teruggezet naar fabriekswaarden."),
            Message(
                text="De beveiligingscodes worden ingesteld op {code}.",
                values={"code": RESET_CODE.value},
            ),
        ),
    )


# 2.4.6 Depreciation and replacement -----------------------------------------------------------

DEPRECIATION_SMARTPHONE_TABLET = define(
    "haarlem",
    "depreciation_smartphone_tablet_months",
    36,
    "2.4.6",
    "Depreciation period of smartphones and tablets, in months.",
)
DEPRECIATION_LAPTOP = define(
    "haarlem",
    "depreciation_laptop_months",
    48,
    "2.4.6",
    "Depreciation period of laptops, in months.",
)


def depreciation_months(device: DeviceKind) -> int:
    """Return the depreciation period of a device kind.

    >>> depreciation_months(DeviceKind.LAPTOP)
    48
    """
    periods = {
        DeviceKind.SMARTPHONE: DEPRECIATION_SMARTPHONE_TABLET.value,
        DeviceKind.TABLET: DEPRECIATION_SMARTPHONE_TABLET.value,
        DeviceKind.LAPTOP: DEPRECIATION_LAPTOP.value,
    }
    return periods[_mobile(device)]


@rule("haarlem", "replacement", "2.4.6")
def replacement(device: DeviceKind, issued: dt.date, on: dt.date) -> Decision:
    """When a device is replaced: after its depreciation period, counted from its issue date.

    >>> print(replacement(DeviceKind.SMARTPHONE, dt.date(2023, 1, 10), dt.date(2026, 11, 23)))
    Termijn: De smartphone is op 10 januari 2023 uitgegeven; de afschrijvingstermijn van
    36 maanden is op 10 januari 2026 verstreken, dus het device wordt vervangen.
    Grondslag: Haarlem 2.4.6
    """
    months = depreciation_months(device)
    _not_before(on, issued, "the issue date")
    due = add_months(issued, months)
    values = {"device": DEVICE_NAMES[device], "issued": issued, "months": months, "due": due}
    if on >= due:
        text = (
            "De {device} is op {issued} uitgegeven; de afschrijvingstermijn van {months} maanden "
            "is op {due} verstreken, dus het device wordt vervangen."
        )
    else:
        text = (
            "De {device} is op {issued} uitgegeven; de afschrijvingstermijn van {months} maanden "
            "loopt tot {due}. Daarna wordt het device vervangen."
        )
    return Decision(
        outcome=Outcome.DEADLINE,
        citations=cite("haarlem", "2.4.6"),
        explanation=Message(text=text, values=values),
        date=due,
    )


# 2.5.3, 2.5.4 Calls, SMS and data inside and outside the EU -----------------------------------

EU_DATA_GB_PER_MONTH = define(
    "haarlem",
    "eu_data_gb_per_month",
    5,
    "2.5.3",
    "Maximum data use per month inside the EU on the basis of fair use, in gigabytes (included).",
)
SERVICE_NUMBER_PREFIX = define(
    "haarlem",
    "service_number_prefix",
    "0900",
    "2.5.3",
    "Prefix of service numbers, which may not be called.",
)
EROTIC_NUMBER_PREFIX = define(
    "haarlem",
    "erotic_number_prefix",
    "0906",
    "2.5.3",
    "Prefix of numbers of an erotic nature, which are blocked.",
)
ENTERTAINMENT_NUMBER_PREFIX = define(
    "haarlem",
    "entertainment_number_prefix",
    "0909",
    "2.5.3",
    "Prefix of entertainment and game numbers, which are blocked.",
)


class Service(StrEnum):
    """A service of the mobile subscription (2.5.3, 2.5.4)."""

    CALL = "call"
    SMS = "sms"
    """SMS or MMS."""
    DATA = "data"


SERVICE_NAMES: dict[Service, Phrase] = {
    Service.CALL: N_("Bellen"),
    Service.SMS: N_("SMS/MMS"),
    Service.DATA: N_("Data-gebruik"),
}
"""How 2.5.4 names each service at the start of its sentence."""


def _phone_digits(number: str) -> str:
    """Return a phone number without spaces and hyphens; the rest must be the digits 0 to 9."""
    digits = number.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"[0-9]+", digits):
        msg = f"expected a phone number of digits such as 0906-1234567; got {number!r}"
        raise ValueError(msg)
    return digits


@rule("haarlem", "subscription", "2.5.3", "2.5.4")
def subscription(
    service: Service,
    country: Country = "NL",
    number: str = "",
    month_data_gb: int = 0,
    necessary_for_office: bool | None = None,
) -> Decision:
    """Whether a call, SMS/MMS or data use is covered by the subscription, in or outside the EU.

    ``number`` is the number called or texted; ``month_data_gb`` the data used this month. The
    0900, 0906 and 0909 numbers of 2.5.3 are checked in every country: they are Dutch numbers
    and the blocking is a property of the subscription. Outside the EU, whether the use is
    necessary for the office is a judgement (``necessary_for_office``).

    >>> print(subscription(Service.DATA, "TR"))
    Alleen onder voorwaarde: Data-gebruik buiten de EU (Turkije) is toegestaan mits noodzakelijk
    voor de uitoefening van het ambt.
    Voorwaarde: Data-gebruik is noodzakelijk voor de uitoefening van het ambt (Haarlem 2.5.4)
    Grondslag: Haarlem 2.5.4
    """
    eu = in_eu(country)
    _not_negative(month_data_gb, "a data use in gigabytes")
    digits = _phone_digits(number) if number else ""
    if service is Service.DATA and digits:
        msg = f"expected no number for data use; got {number!r}"
        raise ValueError(msg)
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
            citations=cite("haarlem", "2.5.3"),
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
                    citations=cite("haarlem", "2.5.3"),
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
            citations=cite("haarlem", "2.5.3"),
            explanation=Message(text=text, values=values),
        )
    citations = cite("haarlem", "2.5.4")
    if necessary_for_office is None:
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
                    key="necessary_for_office",
                    text=Message(
                        text="{service} is noodzakelijk voor de uitoefening van het ambt",
                        values=values,
                    ),
                    citation=citations[0],
                ),
            ),
        )
    if necessary_for_office:
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


@rule("haarlem", "usage-data", "2.5.5", "2.3.4")
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
    citations = cite("haarlem", "2.5.5", "2.3.4")
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


@rule("haarlem", "sim-removal", "2.5.6")
def sim_removal() -> Decision:
    """Whether the office holder may remove the SIM card from the device: no.

    >>> print(sim_removal())
    Niet toegestaan: Het verwijderen van de simkaart uit het geleverde mobile device door de
    ambtsdrager is niet toegestaan.
    Grondslag: Haarlem 2.5.6
    """
    return Decision(
        outcome=Outcome.NOT_ALLOWED,
        citations=cite("haarlem", "2.5.6"),
        explanation=Message(
            text="Het verwijderen van de simkaart uit het geleverde mobile device door de "
            "ambtsdrager is niet toegestaan."
        ),
    )


# 2.5.7 Mobile numbers ---------------------------------------------------------------------------


class Porting(StrEnum):
    """Which way a mobile number moves (2.5.7)."""

    TO_ORGANISATION = "to_organisation"
    """A private mobile number, to the organisation's provider contract."""
    TO_OTHER_PROVIDER = "to_other_provider"
    """The mobile number the organisation provided, to another provider."""


@rule("haarlem", "number-porting", "2.5.7")
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
    citations = cite("haarlem", "2.5.7")
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
            msg = (
                f"expected no term_ended for porting a private number to the organisation; "
                f"got {term_ended}"
            )
            raise ValueError(msg)
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
            outcome=Outcome.INFORMATION,
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


# 2.6.2 Laptops on the wired network --------------------------------------------------------------

WIRED_CONNECTION_DAYS = define(
    "haarlem",
    "wired_connection_days",
    180,
    "2.6.2",
    "Days within which a laptop is connected again to the Haarlem network by cable.",
)


@rule("haarlem", "wired-connection", "2.6.2")
def wired_connection(
    last_connected: dt.date,
    on: dt.date,
    device: DeviceKind = DeviceKind.LAPTOP,
    network_port: bool = True,
) -> Decision:
    """By when a laptop must be connected to the Haarlem network by cable again, and if it is late.

    The duty holds only for laptops with a physical network port. The last day of the period
    (the 180th day after the last connection) is still in time.

    >>> print(wired_connection(dt.date(2026, 1, 5), dt.date(2026, 11, 23)))
    Termijn: De laptop is op 5 januari 2026 met een fysieke netwerk kabel met het gemeente Haarlem
    netwerk verbonden; eens in de 180 dagen moet dat opnieuw, dus uiterlijk 4 juli 2026. Die
    termijn is verstreken.
    1. Verbind de laptop met een fysieke netwerk kabel met het gemeente Haarlem netwerk en
    wijzig het gebruiker wachtwoord.
    Grondslag: Haarlem 2.6.2
    """
    _mobile(device)
    _not_before(on, last_connected, "the last connection")
    citations = cite("haarlem", "2.6.2")
    if device is not DeviceKind.LAPTOP or not network_port:
        return Decision(
            outcome=Outcome.INFORMATION,
            citations=citations,
            explanation=Message(
                text="Het verbinden met een fysieke netwerk kabel geldt alleen voor laptops met "
                "fysieke netwerk aansluiting."
            ),
        )
    days = WIRED_CONNECTION_DAYS.value
    due = last_connected + dt.timedelta(days=days)
    if on > due:
        text = (
            "De laptop is op {last} met een fysieke netwerk kabel met het gemeente Haarlem "
            "netwerk verbonden; eens in de {days} dagen moet dat opnieuw, dus uiterlijk {due}. "
            "Die termijn is verstreken."
        )
    else:
        text = (
            "De laptop is op {last} met een fysieke netwerk kabel met het gemeente Haarlem "
            "netwerk verbonden; eens in de {days} dagen moet dat opnieuw, dus uiterlijk {due}."
        )
    return Decision(
        outcome=Outcome.DEADLINE,
        citations=citations,
        explanation=Message(text=text, values={"last": last_connected, "days": days, "due": due}),
        steps=(
            Message(
                text="Verbind de laptop met een fysieke netwerk kabel met het gemeente Haarlem "
                "netwerk en wijzig het gebruiker wachtwoord."
            ),
        ),
        date=due,
    )


# 2.8.1 ICT resources and software copies to third parties ----------------------------------------


class Handover(StrEnum):
    """What 2.8.1 forbids giving to third parties."""

    USE = "use"
    """ICT resources made available, given to a third party for use (in gebruik geven)."""
    SOFTWARE_COPY = "software_copy"
    """One or more copies of software, provided to a third party."""


_THIRD_PARTIES = "Derden zijn iedereen die geen medewerker of ambtsdrager is van de organisatie."


@rule("haarlem", "third-parties", "2.1", "2.8.1")
def third_parties(handover: Handover = Handover.USE) -> Decision:
    """Whether ICT resources or copies of software may be given to third parties: no.

    Third parties (derden, 2.1) are everyone who is not a staff member or office holder of the
    organisation: a partner or a family member too. Unlike Leeuwarden (Artikel 3 lid 3), the text
    names no permission that lifts the ban.

    >>> print(third_parties(Handover.SOFTWARE_COPY))
    Niet toegestaan: Een of meer kopieën van programmatuur mogen niet aan derden worden
    verstrekt. Derden zijn iedereen die geen medewerker of ambtsdrager is van de organisatie.
    Grondslag: Haarlem 2.1; Haarlem 2.8.1
    """
    if handover is Handover.SOFTWARE_COPY:
        text = (
            "Een of meer kopieën van programmatuur mogen niet aan derden worden verstrekt. "
            + _THIRD_PARTIES
        )
    else:
        text = (
            "Ter beschikking gestelde ICT-middelen mogen niet aan derden in gebruik worden "
            "gegeven. " + _THIRD_PARTIES
        )
    return Decision(
        outcome=Outcome.NOT_ALLOWED,
        citations=cite("haarlem", "2.1", "2.8.1"),
        explanation=Message(text=text),
    )


# 2.9.1 Review of this policy ---------------------------------------------------------------------

REVIEW_INTERVAL_MONTHS = define(
    "haarlem",
    "review_interval_months",
    6,
    "2.9.1",
    'Months within which this policy is reviewed again ("minimaal één keer per half jaar").',
)


@rule("haarlem", "review", "2.9.1")
def review(last_review: dt.date, on: dt.date) -> Decision:
    """Return the latest date of the next review of this policy, and whether it is late.

    The next review is due half a year after the last one; that day itself is still in time.

    >>> print(review(dt.date(2019, 10, 30), dt.date(2020, 1, 6)))
    Termijn: Dit beleidsdocument wordt minimaal één keer per half jaar beoordeeld: na de
    beoordeling van 30 oktober 2019 uiterlijk op 30 april 2020.
    Grondslag: Haarlem 2.9.1
    """
    _not_before(on, last_review, "the last review")
    due = add_months(last_review, REVIEW_INTERVAL_MONTHS.value)
    if on > due:
        text = (
            "Dit beleidsdocument wordt minimaal één keer per {period} beoordeeld: na de "
            "beoordeling van {last} uiterlijk op {due}. Die termijn is verstreken."
        )
    else:
        text = (
            "Dit beleidsdocument wordt minimaal één keer per {period} beoordeeld: na de "
            "beoordeling van {last} uiterlijk op {due}."
        )
    return Decision(
        outcome=Outcome.DEADLINE,
        citations=cite("haarlem", "2.9.1"),
        explanation=Message(
            text=text,
            values={
                "last": last_review,
                "due": due,
                "period": period_name(REVIEW_INTERVAL_MONTHS.value),
            },
        ),
        date=due,
    )


# Coverage of the provisions no rule encodes ------------------------------------------------------

classify(
    "haarlem",
    Status.INFORMATIVE,
    "Inleiding: beschrijft de ICT-voorzieningen en waarom afspraken nodig zijn.",
    "1.1",
)
classify(
    "haarlem",
    Status.JUDGEMENT,
    "Of privégebruik indruist tegen de regels of extra kosten geeft, vraagt een oordeel.",
    "2.a",
)
classify(
    "haarlem",
    Status.JUDGEMENT,
    "Of een ambtsdrager gemachtigd is en of gebruik vertrouwelijkheid schendt, bepalen personen.",
    "2.b",
)
classify(
    "haarlem",
    Status.INFORMATIVE,
    "Verwijst naar de Nota Privacy beleid, het privacyreglement en het "
    "Informatiebeveiligingsbeleid.",
    "2.c",
)
classify(
    "haarlem",
    Status.JUDGEMENT,
    "Zakelijke omgangsvormen en zorgvuldig gebruik vragen een oordeel over gedrag.",
    "2.d",
    "2.e",
)
classify(
    "haarlem",
    Status.JUDGEMENT,
    "Zorgvuldig omgaan met gegevens en 'zo spoedig mogelijk' melden vragen een oordeel.",
    "2.f",
)
classify(
    "haarlem",
    Status.INFORMATIVE,
    "Stelt het beleid vast en noemt de bruikleenovereenkomst (bijlage 1).",
    "2.2.1",
)
classify(
    "haarlem",
    Status.INFORMATIVE,
    "Noemt voor wie het beleid geldt en wie verantwoordelijk is voor de naleving.",
    "2.2.2",
)
classify(
    "haarlem",
    Status.JUDGEMENT,
    "Het presidium beslist over passende maatregelen bij overtreding.",
    "2.2.3",
)
classify(
    "haarlem",
    Status.JUDGEMENT,
    "Het presidium beslist of het gebruik van mobile devices wordt ontzegd.",
    "2.3.2",
)
classify(
    "haarlem",
    Status.INFORMATIVE,
    "Beschrijft de antivirus- en beheerapp en geeft een advies.",
    "2.3.5",
)
classify(
    "haarlem",
    Status.JUDGEMENT,
    "Of hardware onbeheerd of in goede en representatieve staat is, vraagt een oordeel.",
    "2.3.6",
    "2.3.7",
)
classify(
    "haarlem",
    Status.JUDGEMENT,
    "De beheerder wijst aan welke derden mogen repareren of apparatuur openen.",
    "2.3.10",
)
classify(
    "haarlem",
    Status.JUDGEMENT,
    "De beheerder beoordeelt of een storing verholpen kan worden en of het device ingenomen wordt.",
    "2.3.13",
)
classify(
    "haarlem",
    Status.JUDGEMENT,
    "Welke beveiligingsmaatregelen bij een werkplek passen, beoordeelt de ambtsdrager.",
    "2.3.14",
)
classify(
    "haarlem",
    Status.INFORMATIVE,
    "Beschrijft hoe de levering van mobile devices verloopt en waar in Fix de aanvraag staat.",
    "2.4.3",
)
classify(
    "haarlem",
    Status.JUDGEMENT,
    "Of apps, software of materiaal legaal of aanstootgevend zijn, beoordeelt de beheerder.",
    "2.5.2",
)
classify(
    "haarlem",
    Status.INFORMATIVE,
    "Beschrijft push mail en de beveiliging met een wachtwoord die het e-mail systeem afdwingt.",
    "2.6.1",
)
classify(
    "haarlem",
    Status.INFORMATIVE,
    "Geeft een advies over de voorbereiding op een contact met de servicedesk.",
    "2.7.6",
)
classify(
    "haarlem",
    Status.INFORMATIVE,
    "Beschrijft de aansprakelijkheid voor verlies van persoonlijke items.",
    "2.7.7",
)
classify(
    "haarlem",
    Status.INFORMATIVE,
    "Stelt vast dat de organisatie eigenaar is van het mobile device.",
    "2.8.2",
)
