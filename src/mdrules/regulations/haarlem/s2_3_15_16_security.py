"""Haarlem 2.3.15 - 2.3.16: iCloud storage and device security."""

import re

from mdrules.choices import Choice
from mdrules.decision import AnswerKind, Decision, Message, Outcome
from mdrules.errors import InputError
from mdrules.i18n import N_, AnyOf, Phrase
from mdrules.metadata import cite
from mdrules.regulations.haarlem.metadata import HAARLEM, PARAMETERS
from mdrules.regulations.haarlem.s2_1_definitions import MobileDevice, _mobile, _not_negative
from mdrules.ruleset import rule
from mdrules.vocabulary import (
    DEVICE_NAMES,
    DeviceKind,
    Word,
)

# 2.3.15 iCloud storage ---------------------------------------------------------------------------

ICLOUD_FREE_GB = PARAMETERS.parameter("icloud_free_gb", int)
WORK_EMAIL_DOMAINS = PARAMETERS.parameter("work_email_domains", tuple[str, ...])


@rule(
    HAARLEM,
    "icloud-storage",
    "2.3.15",
    title=N_(
        "Of opslag in de iCloud gratis is, of welk deel ervan voor rekening van de ambtsdrager "
        "komt."
    ),
    answer=AnswerKind.YES_NO,
)
def icloud_storage(storage_gb: int, linked_to_work_address: bool = False) -> Decision:
    """Whether iCloud storage is free, or what part of it is at the office holder's cost.

    >>> print(icloud_storage(50))
    Nee: Opslag in de iCloud is gratis tot 5 gigabyte; bij overschrijding zijn de kosten
    voor de ambtsdrager: 45 gigabyte extra opslag is voor eigen rekening.
    Grondslag: Haarlem 2.3.15
    """
    _not_negative(storage_gb, N_("een hoeveelheid opslag in gigabytes"))
    free = ICLOUD_FREE_GB.value
    values: dict[str, object] = {"free": free, "storage": storage_gb}
    citations = cite(HAARLEM, "2.3.15")
    if storage_gb <= free:
        return Decision(
            outcome=Outcome.YES,
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
        outcome=Outcome.NO,
        citations=citations,
        explanation=Message(text=text, values=values),
    )


# 2.3.16 Device security -------------------------------------------------------------------------

FORBIDDEN_CODES = PARAMETERS.parameter("forbidden_codes", tuple[str, ...])


class CodeKind(Choice):
    """Which code of a device is meant."""

    SIM = "sim", "sim", "simkaart"
    UNLOCK = "unlock", "ontgrendeling", "ontgrendelcode"


def _digits(code: str) -> str:
    """Check that a code is made of the digits 0 to 9 only (no other scripts' digits)."""
    if not re.fullmatch(r"[0-9]+", code):
        msg = N_("verwacht bij --code een code van cijfers, zoals 4821; opgegeven: {got}")
        raise InputError(msg, got=repr(code))
    return code


@rule(
    HAARLEM,
    "security-code",
    "2.3.16",
    title=N_("Of een simkaartcode of een code voor het ontgrendelscherm is toegestaan."),
)
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
            citations=cite(HAARLEM, "2.3.16"),
            explanation=Message(text=text, values=values),
        )
    return Decision(
        outcome=Outcome.ALLOWED,
        citations=cite(HAARLEM, "2.3.16"),
        explanation=Message(
            text="De code {code} is toegestaan: het is niet {forbidden}.", values=values
        ),
    )


class UnlockMethod(Choice):
    """How the unlock screen of a smartphone or tablet is secured (2.3.16)."""

    NONE = "none", "geen"
    CODE = "code", "code"
    FINGERPRINT = "fingerprint", "vingerafdruk"
    FACE = "face", "gezicht", "gezichtsherkenning"
    PATTERN = "pattern", "patroon"


# The text names the code first, followed by its own condition in parentheses ("code (niet 0000
# of 1234)"), and then the other ways as a list: that list is the parameter the page renders.
UNLOCK_ALTERNATIVES = PARAMETERS.parameter("unlock_alternatives", tuple[Word[UnlockMethod], ...])
UNLOCK_NAMES: dict[UnlockMethod, Phrase] = {
    UnlockMethod.CODE: N_("code"),
    **{word.kind: word.name for word in UNLOCK_ALTERNATIVES.value},
}
"""The Dutch name of each way to secure the unlock screen, as 2.3.16 writes it."""


@rule(
    HAARLEM,
    "device-security",
    "2.3.16",
    title=N_(
        "Of een mobile device beveiligd is: het inlogaccount van een laptop, de simkaartcode van "
        "een smartphone, het ontgrendelscherm."
    ),
)
def device_security(
    device: MobileDevice,
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
            msg = N_(
                "verwacht --unlock code bij een ontgrendelcode (--unlock-code); opgegeven: "
                "--unlock {got}"
            )
            raise InputError(msg, got=unlock.value)
    elif unlock is UnlockMethod.CODE:
        msg = N_("verwacht de ontgrendelcode (--unlock-code) bij --unlock code; opgegeven: geen")
        raise InputError(msg)
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
            citations=cite(HAARLEM, "2.3.16"),
            explanation=Message(
                text="De {device} is niet beveiligd zoals voorgeschreven: een mobile device "
                "dient beveiligd te zijn.",
                values=values,
            ),
            steps=tuple(shortfalls),
        )
    return Decision(
        outcome=Outcome.ALLOWED,
        citations=cite(HAARLEM, "2.3.16"),
        explanation=Message(
            text="De {device} is beveiligd zoals voorgeschreven: een mobile device dient "
            "beveiligd te zijn.",
            values=values,
        ),
    )
