"""The topics both regulations govern, and the questions that compare them.

The comparison page asks each question of the rules at build time, so what it shows is what the
rules and their parameters say, in the page's language.
"""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mdrules.i18n import N_, Phrase
from mdrules.regulations import haarlem, leeuwarden
from mdrules.vocabulary import DeviceKind


@dataclass(frozen=True)
class Question:
    """One question put to one regulation's rule."""

    caption: Phrase
    """What is asked, as the page shows it."""
    rule: str
    """The rule's key, ``regulation.question``."""
    arguments: dict[str, Any] = field(default_factory=dict)
    """The rule's inputs."""


@dataclass(frozen=True)
class Topic:
    """A subject both regulations govern, with the questions that compare them."""

    title: Phrase
    questions: tuple[Question, ...]


SATURDAY_NIGHT = dt.datetime(2026, 11, 21, 23, 30)
"""A moment outside office hours, for the questions about loss and theft."""
LAST_WORKING_DAY = dt.date(2026, 12, 31)

TOPICS: tuple[Topic, ...] = (
    Topic(
        N_("Privégebruik"),
        (
            Question(N_("Mag ik het apparaat privé gebruiken?"), "haarlem.private-use"),
            Question(
                N_("Mag ik de tablet privé gebruiken?"),
                "leeuwarden.private-use",
                {"item": DeviceKind.TABLET},
            ),
            Question(
                N_("Mag een ander het apparaat gebruiken?"),
                "haarlem.third-parties",
            ),
            Question(
                N_("Mag een ander de tablet gebruiken?"),
                "leeuwarden.lending",
                {"item": DeviceKind.TABLET},
            ),
        ),
    ),
    Topic(
        N_("Gebruik in het buitenland"),
        (
            Question(
                N_("Mobiele data in Turkije"),
                "haarlem.subscription",
                {"service": haarlem.Service.DATA, "country": "TR"},
            ),
            Question(
                N_("Mobiele data in Noorwegen"),
                "haarlem.subscription",
                {"service": haarlem.Service.DATA, "country": "NO"},
            ),
            Question(N_("Mobiele data in Turkije"), "leeuwarden.data-abroad", {"country": "TR"}),
            Question(N_("Mobiele data in Noorwegen"), "leeuwarden.data-abroad", {"country": "NO"}),
        ),
    ),
    Topic(
        N_("Verlies en diefstal"),
        (
            Question(
                N_("De telefoon is op zaterdagavond gestolen"),
                "haarlem.incident",
                {
                    "moment": SATURDAY_NIGHT,
                    "event": haarlem.Incident.THEFT,
                    "police_report_relevant": True,
                },
            ),
            Question(
                N_("De telefoon is gestolen"),
                "leeuwarden.loss-or-theft",
                {"event": leeuwarden.Event.THEFT},
            ),
        ),
    ),
    Topic(
        N_("Beveiligingscodes en wachtwoorden"),
        (
            Question(N_("Is 1234 een goede code?"), "haarlem.security-code", {"code": "1234"}),
            Question(
                N_("ICT vraagt om mijn wachtwoord"),
                "leeuwarden.password-request",
                {"asked_by": leeuwarden.Requester.ICT},
            ),
        ),
    ),
    Topic(
        N_("Vertrek"),
        (
            Question(
                N_("De ambtstermijn is voorbij"),
                "haarlem.device-return",
                {"term_ended": True},
            ),
            Question(
                N_("Het dienstverband eindigt"),
                "leeuwarden.return-means",
                {"last_working_day": LAST_WORKING_DAY, "on": LAST_WORKING_DAY},
            ),
        ),
    ),
    Topic(
        N_("Inzage in gebruiksgegevens"),
        (
            Question(N_("Wie kan mijn gebruiksgegevens inzien?"), "haarlem.usage-data"),
            Question(
                N_("Mag mijn gebruik gericht worden onderzocht?"),
                "leeuwarden.investigation",
                {"targeted": True, "ordered_by": leeuwarden.Principal.MUNICIPAL_SECRETARY},
            ),
        ),
    ),
)
"""The topics of the comparison page, in its order."""
