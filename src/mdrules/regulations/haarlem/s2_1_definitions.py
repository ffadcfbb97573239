"""Haarlem 2.1 Definities: mobile devices and ambtsdragers."""

import datetime as dt
from typing import Annotated

from mdrules.choices import OneOf
from mdrules.decision import AnswerKind, Decision, Message, Outcome
from mdrules.errors import InputError
from mdrules.i18n import N_
from mdrules.metadata import cite
from mdrules.regulations.haarlem.metadata import HAARLEM, PARAMETERS
from mdrules.ruleset import rule
from mdrules.vocabulary import (
    OFFICE_HOLDERS,
    ROLE_NAMES,
    DeviceKind,
    Role,
    Word,
)

# 2.1 Definitions: mobile device ------------------------------------------------------------------

MOBILE_DEVICES = PARAMETERS.parameter("mobile_devices", tuple[Word[DeviceKind], ...])
MOBILE_KINDS: tuple[DeviceKind, ...] = tuple(word.kind for word in MOBILE_DEVICES.value)
"""The device kinds of the mobile devices of 2.1, in the order the text names them."""

MobileDevice = Annotated[DeviceKind, OneOf(MOBILE_KINDS)]
"""A device kind that is one of the mobile devices of 2.1: the values a Haarlem rule takes."""


def _mobile(device: DeviceKind) -> DeviceKind:
    """Check that a device kind is one of the Haarlem mobile devices."""
    if device not in MOBILE_KINDS:
        names = [kind.value for kind in MOBILE_KINDS]
        expected = ", ".join(names[:-1]) + " or " + names[-1]
        msg = f"expected a {expected} (the Haarlem mobile devices); got {device}"
        raise InputError(msg)
    return device


def _not_before(day: dt.date, earlier: dt.date, what: str) -> None:
    """Check that a date is on or after an earlier date."""
    if day < earlier:
        msg = f"expected a date on or after {what} {earlier.isoformat()}; got {day.isoformat()}"
        raise InputError(msg)


def _not_negative(amount: int, what: str) -> int:
    """Check that an amount is zero or more."""
    if amount < 0:
        msg = f"expected {what} of 0 or more; got {amount}"
        raise InputError(msg)
    return amount


# 2.1 Definitions: ambtsdrager --------------------------------------------------------------------

_AMBTSDRAGER = (
    '"Burgemeester, wethouders, gemeenteraadsleden en commissieleden op grond van de gemeentewet"'
)


@rule(
    HAARLEM,
    "office-holder",
    "2.1",
    title=N_("Of iemand met een rol ambtsdrager is, voor wie deze regels gelden."),
    answer=AnswerKind.YES_NO,
)
def office_holder(role: Role) -> Decision:
    """Whether someone in a role is an ambtsdrager, to whom this regulation applies.

    >>> print(office_holder(Role.ALDERMAN))
    Ja: De rol wethouder valt onder de definitie van ambtsdrager: "Burgemeester,
    wethouders, gemeenteraadsleden en commissieleden op grond van de gemeentewet".
    Grondslag: Haarlem 2.1
    """
    if role in OFFICE_HOLDERS:
        text = "De rol {role} valt onder de definitie van ambtsdrager: " + _AMBTSDRAGER + "."
    else:
        text = "De rol {role} valt niet onder de definitie van ambtsdrager: " + _AMBTSDRAGER + "."
    return Decision(
        outcome=Outcome.YES if role in OFFICE_HOLDERS else Outcome.NO,
        citations=cite(HAARLEM, "2.1"),
        explanation=Message(text=text, values={"role": ROLE_NAMES[role]}),
    )
