"""Haarlem 2.1 Definities: mobile devices and ambtsdragers."""

import datetime as dt
from typing import Annotated

from mdrules.choices import OneOf
from mdrules.decision import AnswerKind, Decision, Message, Outcome
from mdrules.errors import InputError
from mdrules.i18n import N_, AnyOf, Phrase
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
    """Check that a device kind is one of the Haarlem mobile devices.

    >>> _mobile(DeviceKind.DESKTOP)
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: verwacht een smartphone, laptop of tablet (de mobile devices van
    Haarlem); opgegeven: desktop
    """
    if device not in MOBILE_KINDS:
        msg = N_("verwacht een {devices} (de mobile devices van Haarlem); opgegeven: {got}")
        devices = AnyOf(kind.value for kind in MOBILE_KINDS)
        raise InputError(msg, devices=devices, got=device.value)
    return device


def _not_before(day: dt.date, earlier: dt.date, what: Phrase) -> None:
    """Check that a date is on or after an earlier date (both shown as they are typed)."""
    if day < earlier:
        msg = N_("verwacht een datum op of na {what} {earlier}; opgegeven: {got}")
        raise InputError(msg, what=what, earlier=earlier.isoformat(), got=day.isoformat())


def _not_negative(amount: int, what: Phrase) -> int:
    """Check that an amount is zero or more.

    >>> _not_negative(-1, N_("een aantal laptops"))
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: verwacht een aantal laptops van 0 of meer; opgegeven: -1
    """
    if amount < 0:
        msg = N_("verwacht {what} van 0 of meer; opgegeven: {got}")
        raise InputError(msg, what=what, got=str(amount))
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
