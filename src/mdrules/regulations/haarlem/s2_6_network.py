"""Haarlem 2.6.2: laptops on the wired network."""

import datetime as dt

from mdrules.decision import AnswerKind, Decision, Message, Outcome
from mdrules.i18n import N_
from mdrules.metadata import cite
from mdrules.regulations.haarlem.metadata import HAARLEM, PARAMETERS
from mdrules.regulations.haarlem.s2_1_definitions import MobileDevice, _mobile, _not_before
from mdrules.ruleset import rule
from mdrules.vocabulary import (
    DeviceKind,
    add_days,
    deadline_status,
)

# 2.6.2 Laptops on the wired network --------------------------------------------------------------

WIRED_CONNECTION_DAYS = PARAMETERS.parameter("wired_connection_days", int)


@rule(
    HAARLEM,
    "wired-connection",
    "2.6.2",
    title=N_(
        "Uiterlijk wanneer een laptop weer met een netwerkkabel op het netwerk van de gemeente "
        "Haarlem aangesloten moet worden, en of dat te laat is."
    ),
    answer=AnswerKind.DEADLINE,
)
def wired_connection(
    last_connected: dt.date,
    on: dt.date,
    device: MobileDevice = DeviceKind.LAPTOP,
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
    _not_before(on, last_connected, N_("de laatste verbinding"))
    citations = cite(HAARLEM, "2.6.2")
    if device is not DeviceKind.LAPTOP or not network_port:
        return Decision(
            outcome=Outcome.INFORMATION,
            citations=citations,
            explanation=Message(
                text="Het verbinden met een fysieke netwerk kabel geldt alleen voor laptops met "
                "fysieke netwerk aansluiting."
            ),
            facts={"status": "not-applicable"},
        )
    days = WIRED_CONNECTION_DAYS.value
    due = add_days(last_connected, days)
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
        facts={"status": deadline_status(on, due)},
    )
