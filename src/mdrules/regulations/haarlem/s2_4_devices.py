"""Haarlem 2.4.1 - 2.4.6 Mobile devices: number, return and replacement."""

import datetime as dt
from collections import Counter

from pydantic import BaseModel, ConfigDict, Field

from mdrules.decision import AnswerKind, Decision, Message, Outcome
from mdrules.errors import InputError
from mdrules.i18n import N_, AnyOf, Phrase
from mdrules.metadata import cite
from mdrules.regulations.haarlem.metadata import HAARLEM, PARAMETERS
from mdrules.regulations.haarlem.s2_1_definitions import (
    MobileDevice,
    _mobile,
    _not_before,
    _not_negative,
)
from mdrules.ruleset import rule
from mdrules.vocabulary import (
    DEVICE_NAMES,
    DeviceKind,
    add_months,
    deadline_status,
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
            raise InputError(msg) from None

    def __str__(self) -> str:
        return self.name


MAX_DEVICES = PARAMETERS.parameter("max_devices", int)
DEVICE_COMBINATIONS = PARAMETERS.parameter("device_combinations", tuple[DeviceSet, ...])


@rule(
    HAARLEM,
    "device-combination",
    "2.4.1",
    "2.4.2",
    title=N_("Of een ambtsdrager een aantal en een combinatie van mobile devices mag aanvragen."),
)
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
        DeviceKind.SMARTPHONE: _not_negative(smartphones, N_("een aantal smartphones")),
        DeviceKind.LAPTOP: _not_negative(laptops, N_("een aantal laptops")),
        DeviceKind.TABLET: _not_negative(tablets, N_("een aantal tablets")),
    }
    total = sum(counts.values())
    if total == 0:
        msg = N_("verwacht ten minste één smartphone, laptop of tablet; opgegeven: geen")
        raise InputError(msg)
    maximum = MAX_DEVICES.value
    options = DEVICE_COMBINATIONS.value
    if total > maximum:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=cite(HAARLEM, "2.4.1"),
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
            citations=cite(HAARLEM, "2.4.2"),
            explanation=Message(
                text="{requested} is geen van de mogelijkheden: {options}.", values=values
            ),
        )
    return Decision(
        outcome=Outcome.ALLOWED,
        citations=cite(HAARLEM, "2.4.1", "2.4.2"),
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

RESET_CODE = PARAMETERS.parameter("reset_code", str)


@rule(
    HAARLEM,
    "device-return",
    "2.4.4",
    "2.4.5",
    title=N_("Of de mobile devices worden geretourneerd, en wat er bij het inleveren mee gebeurt."),
    answer=AnswerKind.STEPS,
)
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
            citations=cite(HAARLEM, "2.4.4"),
            explanation=Message(
                text="De mobile devices worden geretourneerd bij beëindiging van de aanstelling "
                "of lidmaatschap; die is er nog niet."
            ),
        )
    return Decision(
        outcome=Outcome.REQUIRED,
        citations=cite(HAARLEM, "2.4.4", "2.4.5"),
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

DEPRECIATION_SMARTPHONE_TABLET = PARAMETERS.parameter("depreciation_smartphone_tablet_months", int)
DEPRECIATION_LAPTOP = PARAMETERS.parameter("depreciation_laptop_months", int)


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


@rule(
    HAARLEM,
    "replacement",
    "2.4.6",
    title=N_(
        "Wanneer een mobile device wordt vervangen: na de afschrijvingstermijn, gerekend vanaf de "
        "dag van uitgifte."
    ),
    answer=AnswerKind.DEADLINE,
)
def replacement(device: MobileDevice, issued: dt.date, on: dt.date) -> Decision:
    """When a device is replaced: after its depreciation period, counted from its issue date.

    >>> print(replacement(DeviceKind.SMARTPHONE, dt.date(2023, 1, 10), dt.date(2026, 11, 23)))
    Termijn: De smartphone is op 10 januari 2023 uitgegeven; de afschrijvingstermijn van
    36 maanden is op 10 januari 2026 verstreken, dus het device wordt vervangen.
    Grondslag: Haarlem 2.4.6
    """
    months = depreciation_months(device)
    _not_before(on, issued, N_("de datum van uitgifte"))
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
        citations=cite(HAARLEM, "2.4.6"),
        explanation=Message(text=text, values=values),
        date=due,
        facts={"status": deadline_status(on, due)},
    )
