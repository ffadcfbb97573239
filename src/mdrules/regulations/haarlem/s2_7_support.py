"""Haarlem 2.7.1 - 2.7.5 Ondersteuning: what the servicedesk supports, and when."""

import datetime as dt

from mdrules.choices import Choice
from mdrules.decision import AnswerKind, Decision, Message, Outcome
from mdrules.i18n import N_, Phrase
from mdrules.metadata import cite
from mdrules.parameters import PhoneNumber
from mdrules.regulations.haarlem.metadata import HAARLEM, PARAMETERS
from mdrules.ruleset import rule
from mdrules.vocabulary import (
    TimeWindow,
    local,
)

# 2.7.1, 2.7.2 What the servicedesk supports ------------------------------------------------------


class SoftwareOrigin(Choice):
    """Where the software or app a support question is about comes from (2.7.1, 2.7.2)."""

    ORGANISATION = "organisation", "organisatie"
    """Supplied by the organisation; also for a question about the device itself."""
    PRIVATELY_BOUGHT = "privately-bought", "prive-aangekocht"
    """Bought privately (privé aangekocht) and installed on the device."""
    OTHER = "other", "ander"
    """Not supplied by the organisation, and not bought: a free app installed privately."""


@rule(
    HAARLEM,
    "support-scope",
    "2.7.1",
    "2.7.2",
    title=N_(
        "Of de servicedesk IV ondersteuning biedt bij een vraag, afhankelijk van het mobile device "
        "en de software waarover die gaat."
    ),
    answer=AnswerKind.YES_NO,
)
def support_scope(
    organisation_device: bool = True, software: SoftwareOrigin = SoftwareOrigin.ORGANISATION
) -> Decision:
    """Whether the servicedesk IV supports a question, by the device and the software it is about.

    Support requires working on a mobile device supplied by the organisation, with software or
    apps supplied by the organisation (2.7.1); privately bought apps and software on the
    organisation's devices are not supported (2.7.2).

    >>> print(support_scope(software=SoftwareOrigin.PRIVATELY_BOUGHT))
    Nee: IV biedt geen ondersteuning voor privé aangekochte apps en/of software welke
    geïnstalleerd zijn op mobile devices van de organisatie.
    Grondslag: Haarlem 2.7.1; Haarlem 2.7.2
    """
    if not organisation_device:
        return Decision(
            outcome=Outcome.NO,
            citations=cite(HAARLEM, "2.7.1"),
            explanation=Message(
                text="De servicedesk van de afdeling IV ondersteunt alleen als er wordt gewerkt op "
                "mobile devices geleverd door de organisatie en met software of apps geleverd door "
                "de organisatie; dit mobile device is niet door de organisatie geleverd."
            ),
        )
    if software is SoftwareOrigin.PRIVATELY_BOUGHT:
        return Decision(
            outcome=Outcome.NO,
            citations=cite(HAARLEM, "2.7.1", "2.7.2"),
            explanation=Message(
                text="IV biedt geen ondersteuning voor privé aangekochte apps en/of software "
                "welke geïnstalleerd zijn op mobile devices van de organisatie."
            ),
        )
    if software is SoftwareOrigin.OTHER:
        return Decision(
            outcome=Outcome.NO,
            citations=cite(HAARLEM, "2.7.1"),
            explanation=Message(
                text="De servicedesk van de afdeling IV ondersteunt alleen als er wordt gewerkt "
                "met software of apps geleverd door de organisatie; deze software of app is niet "
                "door de organisatie geleverd."
            ),
        )
    return Decision(
        outcome=Outcome.YES,
        citations=cite(HAARLEM, "2.7.1"),
        explanation=Message(
            text="De servicedesk van de afdeling IV ondersteunt alle ambtsdragers op het gebied "
            "van ICT gerelateerde zaken: er wordt gewerkt op een mobile device geleverd door de "
            "organisatie en met software of apps geleverd door de organisatie."
        ),
    )


# 2.7.3 - 2.7.5 Support: the servicedesk, FIX and the ICT-Loket -----------------------------------

SERVICEDESK_PHONE = PARAMETERS.parameter("servicedesk_phone", PhoneNumber)
SERVICEDESK_OPENS = PARAMETERS.parameter("servicedesk_opens", dt.time)
SERVICEDESK_CLOSES = PARAMETERS.parameter("servicedesk_closes", dt.time)
SERVICEDESK_HOURS = PARAMETERS.parameter("servicedesk_hours", TimeWindow)
FIX_AVAILABILITY = PARAMETERS.parameter("fix_availability", Phrase)
ICT_LOKET_OPENS = PARAMETERS.parameter("ict_loket_opens", dt.time)
ICT_LOKET_CLOSES = PARAMETERS.parameter("ict_loket_closes", dt.time)
ICT_LOKET_HOURS = PARAMETERS.parameter("ict_loket_hours", TimeWindow)
ICT_LOKET_ZANDVOORT_OPENS = PARAMETERS.parameter("ict_loket_zandvoort_opens", dt.time)
ICT_LOKET_ZANDVOORT_CLOSES = PARAMETERS.parameter("ict_loket_zandvoort_closes", dt.time)
ICT_LOKET_ZANDVOORT_HOURS = PARAMETERS.parameter("ict_loket_zandvoort_hours", TimeWindow)


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


@rule(
    HAARLEM,
    "support",
    "2.7.3",
    "2.7.4",
    "2.7.5",
    title=N_(
        "Welke ondersteuning op een moment bereikbaar is: de servicedesk IV telefonisch, de "
        "FIX-pagina, de ICT-Loketten."
    ),
    answer=AnswerKind.OPEN_CLOSED,
)
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
        citations=cite(HAARLEM, "2.7.3", "2.7.4", "2.7.5"),
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
        facts={
            channel: "open" if is_open else "closed"
            for channel, is_open in (
                ("servicedesk-iv", desk.contains(moment, holidays)),
                ("fix", True),
                ("ict-loket", loket.contains(moment)),
                ("ict-loket-zandvoort", zandvoort.contains(moment)),
            )
        },
    )
