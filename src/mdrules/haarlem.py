"""Haarlem & Zandvoort: Beleid en regels gebruik en ondersteuning mobile devices, version 1.04.

Each rule cites the provisions it rests on; each figure comes from a parameter with its provision.
"""

import datetime as dt
from enum import StrEnum

from mdrules.decision import Decision, Message, Outcome, cite
from mdrules.i18n import AnyOf
from mdrules.parameters import define
from mdrules.rules import rule
from mdrules.vocabulary import DEVICE_NAMES, DeviceKind, add_months

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
    if not code.isdigit():
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
    if device not in periods:
        msg = f"expected a smartphone, tablet or laptop (the Haarlem mobile devices); got {device}"
        raise ValueError(msg)
    return periods[device]


@rule("haarlem", "replacement", "2.4.6")
def replacement(device: DeviceKind, issued: dt.date, on: dt.date) -> Decision:
    """When a device is replaced: after its depreciation period, counted from its issue date.

    >>> print(replacement(DeviceKind.SMARTPHONE, dt.date(2023, 1, 10), dt.date(2026, 11, 23)))
    Termijn: De smartphone is op 10 januari 2023 uitgegeven; de afschrijvingstermijn van
    36 maanden is op 10 januari 2026 verstreken, dus het device wordt vervangen.
    Grondslag: Haarlem 2.4.6
    """
    months = depreciation_months(device)
    if on < issued:
        msg = (
            f"expected a date on or after the issue date {issued.isoformat()}; got {on.isoformat()}"
        )
        raise ValueError(msg)
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
