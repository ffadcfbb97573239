"""Leeuwarden Artikel 4a Bring your own Device."""

from mdrules.decision import AnswerKind, Decision, Message, Outcome
from mdrules.i18n import N_, AnyOf
from mdrules.metadata import cite
from mdrules.regulations.leeuwarden.art4_1_2_subscriptions import SubscriptionDevice, _device
from mdrules.regulations.leeuwarden.common import _kinds, _member
from mdrules.regulations.leeuwarden.metadata import LEEUWARDEN, PARAMETERS
from mdrules.ruleset import rule
from mdrules.vocabulary import (
    DEVICE_NAMES,
    DeviceKind,
    Word,
)

# Artikel 4a Bring your own Device --------------------------------------------------------------

# The text joins the kinds with "en/of", which no list form writes: the words are one phrase, and
# the kinds it names are given with it.
BYOD_DEVICES = PARAMETERS.parameter("byod_devices", Word[tuple[DeviceKind, ...]])
BYOD_NO_DATA_SIM = PARAMETERS.parameter("byod_no_data_sim_devices", tuple[Word[DeviceKind], ...])


@rule(
    LEEUWARDEN,
    "byod",
    "4a.1",
    "4a.4",
    title=N_(
        "Of een device een Bring Your Own Device (BYOD) is (Artikel 4a lid 1), waarop lid 4 van "
        "toepassing is."
    ),
    answer=AnswerKind.YES_NO,
)
def byod(device: DeviceKind, privately_owned: bool, accesses_work: bool) -> Decision:
    """Whether a device is a Bring Your Own Device (Artikel 4a lid 1), covered by lid 4.

    A BYOD is a device the employee owns, used to get access to the mail and/or the full
    workplace environment of the SSC: a smartphone, laptop, desktop pc or tablet.

    >>> print(byod(DeviceKind.LAPTOP, privately_owned=True, accesses_work=True))
    Ja: De laptop is een Bring Your Own Device (BYOD): een device in eigendom van de
    werknemer (privé device) dat wordt ingezet om toegang te krijgen tot de mail en/of de
    volledige werkplekomgeving van het SSC. De regeling is overeenkomstig van toepassing op een
    BYOD.
    Grondslag: Leeuwarden artikel 4a lid 1; Leeuwarden artikel 4a lid 4
    """
    kind = _member(DeviceKind, device)
    kinds = BYOD_DEVICES.value.kind
    values = {"device": DEVICE_NAMES[kind], "kinds": AnyOf(DEVICE_NAMES[k] for k in kinds)}
    citations = cite(LEEUWARDEN, "4a.1")
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
            outcome=Outcome.YES,
            citations=cite(LEEUWARDEN, "4a.1", "4a.4"),
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
        outcome=Outcome.NO,
        citations=citations,
        explanation=Message(text=text, values=values),
    )


@rule(
    LEEUWARDEN,
    "byod-sim",
    "4a.2",
    "4a.3",
    title=N_("Welk abonnement of welke simkaart een BYOD krijgt (Artikel 4a lid 2 en 3)."),
)
def byod_sim(device: SubscriptionDevice) -> Decision:
    """Which subscription or SIM card a BYOD gets (Artikel 4a lid 2 en 3).

    >>> print(byod_sim(DeviceKind.TABLET))
    Niet toegestaan: In afwijking van artikel 4 lid 1 worden er geen simkaarten verstrekt voor
    datadiensten in een BYOD tablet.
    Grondslag: Leeuwarden artikel 4a lid 3
    """
    no_sim = _kinds(BYOD_NO_DATA_SIM.value)
    kind = _device(
        device, (DeviceKind.SMARTPHONE, *no_sim), N_("een BYOD waarin een simkaart past")
    )
    if kind in no_sim:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=cite(LEEUWARDEN, "4a.3"),
            explanation=Message(
                text=(
                    "In afwijking van artikel 4 lid 1 worden er geen simkaarten verstrekt voor "
                    "datadiensten in een BYOD {device}."
                ),
                values={"device": DEVICE_NAMES[kind]},
            ),
        )
    return Decision(
        outcome=Outcome.ALLOWED,
        citations=cite(LEEUWARDEN, "4a.2"),
        explanation=Message(
            text=(
                "De voorwaarden rond een Sim Only abonnement in combinatie met een BYOD smartphone "
                "zijn gelijk aan de afspraken die bij een door de gemeente ter beschikking "
                "gestelde smartphone inclusief bijbehorend abonnement gelden (zie artikel 4)."
            )
        ),
    )
