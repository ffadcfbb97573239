"""Leeuwarden Artikel 4 lid 5 - 7: apps and business mail."""

from mdrules.choices import Choice
from mdrules.decision import Condition, Decision, Message, Outcome
from mdrules.i18n import N_, Territory
from mdrules.metadata import cite
from mdrules.regulations.leeuwarden.common import _member
from mdrules.regulations.leeuwarden.metadata import LEEUWARDEN
from mdrules.ruleset import rule
from mdrules.vocabulary import (
    Country,
    country_code,
)


@rule(
    LEEUWARDEN,
    "app-origin",
    "4.5",
    title=N_(
        "Of applicaties en/of apps uit een land geïnstalleerd, gebruikt of via websites benaderd "
        "mogen worden (Artikel 4 lid 5)."
    ),
)
def app_origin(country: Country, offensive_cyber_programme: bool | None = None) -> Decision:
    """Whether apps from a country may be installed, used or accessed (Artikel 4 lid 5).

    Forbidden when it has been established that the country has an offensive cyber programme.
    Who establishes that is not this rule: it is an input, and there is no built-in list.

    >>> print(app_origin("NO", offensive_cyber_programme=False))
    Toegestaan: Voor het land van herkomst (Noorwegen) is niet vastgesteld dat er sprake is van
    een offensief cyberprogramma. Het SSC behoudt zich het recht voor bepaalde applicaties of
    apps te blokkeren dan wel te verbieden.
    Grondslag: Leeuwarden artikel 4 lid 5
    """
    code = country_code(country)
    values = {"country": Territory(code)}
    citations = cite(LEEUWARDEN, "4.5")
    if offensive_cyber_programme is True:
        return Decision(
            outcome=Outcome.NOT_ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Het is verboden om applicaties en/of apps te installeren, gebruiken of via "
                    "websites te benaderen afkomstig uit landen waarvan is vastgesteld dat er "
                    "sprake is van een offensief cyberprogramma; voor het land van herkomst "
                    "({country}) is dat vastgesteld."
                ),
                values=values,
            ),
        )
    if offensive_cyber_programme is False:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text=(
                    "Voor het land van herkomst ({country}) is niet vastgesteld dat er sprake is "
                    "van een offensief cyberprogramma. Het SSC behoudt zich het recht voor "
                    "bepaalde applicaties of apps te blokkeren dan wel te verbieden."
                ),
                values=values,
            ),
        )
    return Decision(
        outcome=Outcome.CONDITIONAL,
        citations=citations,
        explanation=Message(
            text=(
                "Applicaties en/of apps afkomstig uit het land van herkomst ({country}) "
                "installeren, gebruiken of via websites benaderen is verboden als voor dat land "
                "is vastgesteld dat er sprake is van een offensief cyberprogramma."
            ),
            values=values,
        ),
        conditions=(
            Condition(
                key="offensive_cyber_programme",
                text=Message(
                    text=(
                        "voor het land van herkomst ({country}) is niet vastgesteld dat er sprake "
                        "is van een offensief cyberprogramma"
                    ),
                    values=values,
                ),
                citation=citations[0],
            ),
        ),
    )


class Purpose(Choice):
    """What something is used for."""

    BUSINESS = "business", "zakelijk"
    PRIVATE = "private", "prive"


@rule(
    LEEUWARDEN,
    "business-mail",
    "4.7",
    title=N_("Of het zakelijk mailadres voor een doel gebruikt mag worden (Artikel 4 lid 7)."),
)
def business_mail(purpose: Purpose) -> Decision:
    """Whether the business e-mail address may be used for a purpose (Artikel 4 lid 7).

    >>> print(business_mail(Purpose.PRIVATE))
    Niet toegestaan: Het gebruik van het zakelijk mailadres is uitsluitend voor zakelijke
    doeleinden, niet voor privédoeleinden.
    Grondslag: Leeuwarden artikel 4 lid 7
    """
    purpose = _member(Purpose, purpose)
    citations = cite(LEEUWARDEN, "4.7")
    if purpose is Purpose.BUSINESS:
        return Decision(
            outcome=Outcome.ALLOWED,
            citations=citations,
            explanation=Message(
                text="Het zakelijk mailadres is bedoeld voor zakelijke doeleinden."
            ),
        )
    return Decision(
        outcome=Outcome.NOT_ALLOWED,
        citations=citations,
        explanation=Message(
            text=(
                "Het gebruik van het zakelijk mailadres is uitsluitend voor zakelijke doeleinden, "
                "niet voor privédoeleinden."
            )
        ),
    )
