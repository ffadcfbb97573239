"""Haarlem 2.8.1: ICT resources and software copies to third parties."""

from mdrules.choices import Choice
from mdrules.decision import Decision, Message, Outcome
from mdrules.i18n import N_
from mdrules.metadata import cite
from mdrules.regulations.haarlem.metadata import HAARLEM
from mdrules.ruleset import rule

# 2.8.1 ICT resources and software copies to third parties ----------------------------------------


class Handover(Choice):
    """What 2.8.1 forbids giving to third parties."""

    USE = "use", "gebruik"
    """ICT resources made available, given to a third party for use (in gebruik geven)."""
    SOFTWARE_COPY = "software-copy", "kopie-software"
    """One or more copies of software, provided to a third party."""


_THIRD_PARTIES = "Derden zijn iedereen die geen medewerker of ambtsdrager is van de organisatie."


@rule(
    HAARLEM,
    "third-parties",
    "2.1",
    "2.8.1",
    title=N_("Of ICT-middelen of kopieën van programmatuur aan derden gegeven mogen worden: nee."),
)
def third_parties(handover: Handover = Handover.USE) -> Decision:
    """Whether ICT resources or copies of software may be given to third parties: no.

    Third parties (derden, 2.1) are everyone who is not a staff member or office holder of the
    organisation: a partner or a family member too. Unlike Leeuwarden (Artikel 3 lid 3), the text
    names no permission that lifts the ban.

    >>> print(third_parties(Handover.SOFTWARE_COPY))
    Niet toegestaan: Een of meer kopieën van programmatuur mogen niet aan derden worden
    verstrekt. Derden zijn iedereen die geen medewerker of ambtsdrager is van de organisatie.
    Grondslag: Haarlem 2.1; Haarlem 2.8.1
    """
    if handover is Handover.SOFTWARE_COPY:
        text = (
            "Een of meer kopieën van programmatuur mogen niet aan derden worden verstrekt. "
            + _THIRD_PARTIES
        )
    else:
        text = (
            "Ter beschikking gestelde ICT-middelen mogen niet aan derden in gebruik worden "
            "gegeven. " + _THIRD_PARTIES
        )
    return Decision(
        outcome=Outcome.NOT_ALLOWED,
        citations=cite(HAARLEM, "2.1", "2.8.1"),
        explanation=Message(text=text),
    )
