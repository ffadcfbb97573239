"""Leeuwarden Artikel 3 Gebruik middelen: private use and lending."""

from mdrules.choices import Choice
from mdrules.decision import Condition, Decision, Message, Outcome
from mdrules.i18n import N_, Phrase
from mdrules.metadata import cite
from mdrules.regulations.leeuwarden.art1_scope import (
    MEANS_NAMES,
    PRIVATE_USE_EXCEPTED,
    Means,
    _means,
)
from mdrules.regulations.leeuwarden.common import _kinds, _member
from mdrules.regulations.leeuwarden.metadata import LEEUWARDEN
from mdrules.ruleset import rule

# Artikel 3 Gebruik middelen --------------------------------------------------------------------


@rule(
    LEEUWARDEN,
    "private-use",
    "3.2",
    title=N_("Of een middel voor privédoeleinden gebruikt mag worden (Artikel 3 lid 2)."),
)
def private_use(item: Means, limited_and_not_disruptive: bool | None = None) -> Decision:
    """Whether a means may be used for private purposes (Artikel 3 lid 2).

    Private use is allowed to a limited extent and when it does not disturb the daily work, a
    judgement; the bike, the NS-Business Card, the personal arbo provisions and the druppel are
    excepted.

    >>> from mdrules.regulations.leeuwarden.art1_scope import Facility
    >>> print(private_use(Facility.SERVICE_BIKE))
    Niet toegestaan: Privégebruik van de dienstfiets is niet toegestaan: de regeling zondert de
    dienstfiets, de NS-Business Card, de persoonsgebonden arbo-voorzieningen en de druppel uit van
    privégebruik.
    Grondslag: Leeuwarden artikel 3 lid 2
    """
    item = _means(item)
    excepted = PRIVATE_USE_EXCEPTED.value
    values = {"means": MEANS_NAMES[item], "excepted": excepted}
    citations = cite(LEEUWARDEN, "3.2")
    if item in _kinds(excepted):
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Privégebruik van {means} is niet toegestaan: de regeling zondert {excepted} "
                    "uit van privégebruik."
                ),
                values=values,
            ),
        )
    if limited_and_not_disruptive is True:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Privégebruik van {means} is toegestaan: het gebruik is in beperkte mate, in "
                    "overeenstemming met deze regeling en niet storend voor, dan wel ten koste "
                    "van, de dagelijkse werkzaamheden."
                ),
                values=values,
            ),
        )
    if limited_and_not_disruptive is False:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Privégebruik van {means} is alleen in beperkte mate toegestaan, in "
                    "overeenstemming met deze regeling en zonder dat het storend is voor, dan wel "
                    "ten koste gaat van, de dagelijkse werkzaamheden; dit gebruik voldoet daar "
                    "niet aan."
                ),
                values=values,
            ),
        )
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=citations,
        explanation=Message(
            text=(
                "Privégebruik van {means} is in beperkte mate toegestaan, mits dit gebruik in "
                "overeenstemming is met deze regeling en niet storend is voor, dan wel ten koste "
                "gaat van, de dagelijkse werkzaamheden."
            ),
            values=values,
        ),
        conditions=(
            Condition(
                key="limited_and_not_disruptive",
                text=Message(
                    text=(
                        "het privégebruik is in beperkte mate, in overeenstemming met deze "
                        "regeling en niet storend voor, dan wel ten koste van, de dagelijkse "
                        "werkzaamheden"
                    ),
                ),
                citation=citations[0],
            ),
        ),
    )


class Transfer(Choice):
    """What Artikel 3 lid 3 forbids without prior permission."""

    LEND = "lend", "uitlenen"
    PLEDGE = "pledge", "verpanden"
    MAKE_AVAILABLE = "make-available", "ter-beschikking-stellen"


_TRANSFER_VERBS: dict[Transfer, tuple[Phrase, Phrase]] = {
    Transfer.LEND: (N_("uit te lenen"), N_("uitgeleend")),
    Transfer.PLEDGE: (N_("te verpanden"), N_("verpand")),
    Transfer.MAKE_AVAILABLE: (N_("ter beschikking te stellen"), N_("ter beschikking gesteld")),
}


@rule(
    LEEUWARDEN,
    "lending",
    "3.3",
    title=N_(
        "Of een middel uitgeleend, verpand of aan derden ter beschikking gesteld mag worden "
        "(Artikel 3 lid 3)."
    ),
)
def lending(
    item: Means, prior_permission: bool | None = None, action: Transfer = Transfer.LEND
) -> Decision:
    """Whether a means may be lent, pledged or made available to others (Artikel 3 lid 3).

    Only with prior permission. A partner or family member is a third party (derde).

    >>> from mdrules.vocabulary import DeviceKind
    >>> print(lending(DeviceKind.TABLET, prior_permission=False))
    Niet toegestaan: Het is niet toegestaan om de tablet zonder voorafgaande toestemming aan
    derden uit te lenen; er is geen voorafgaande toestemming.
    Grondslag: Leeuwarden artikel 3 lid 3
    """
    item = _means(item)
    action = _member(Transfer, action)
    infinitive, participle = _TRANSFER_VERBS[action]
    values = {"means": MEANS_NAMES[item], "verb": infinitive, "participle": participle}
    citations = cite(LEEUWARDEN, "3.3")
    if prior_permission is True:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Met voorafgaande toestemming mag {means} aan derden worden {participle}; "
                    "die toestemming is er."
                ),
                values=values,
            ),
        )
    if prior_permission is False:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Het is niet toegestaan om {means} zonder voorafgaande toestemming aan derden "
                    "{verb}; er is geen voorafgaande toestemming."
                ),
                values=values,
            ),
        )
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=citations,
        explanation=Message(
            text=(
                "Het is niet toegestaan om {means} zonder voorafgaande toestemming aan derden "
                "{verb}."
            ),
            values=values,
        ),
        conditions=(
            Condition(
                key="prior_permission",
                text=Message(
                    text="vooraf is toestemming gegeven om {means} aan derden {verb}",
                    values=values,
                ),
                citation=citations[0],
            ),
        ),
    )
