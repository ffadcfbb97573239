"""Haarlem: the coverage of the provisions no rule encodes."""

from mdrules.coverage import Status, classifications, classify
from mdrules.regulations.haarlem.metadata import HAARLEM

# Coverage of the provisions no rule encodes ------------------------------------------------------

CLASSIFICATIONS = classifications(
    classify(
        HAARLEM,
        Status.INFORMATIVE,
        "Inleiding: beschrijft de ICT-voorzieningen en waarom afspraken nodig zijn.",
        "1.1",
    ),
    classify(
        HAARLEM,
        Status.JUDGEMENT,
        "Of privégebruik indruist tegen de regels of extra kosten geeft, vraagt een oordeel.",
        "2.a",
    ),
    classify(
        HAARLEM,
        Status.JUDGEMENT,
        (
            "Of een ambtsdrager gemachtigd is en of gebruik vertrouwelijkheid schendt, bepalen "
            "personen."
        ),
        "2.b",
    ),
    classify(
        HAARLEM,
        Status.INFORMATIVE,
        "Verwijst naar de Nota Privacy beleid, het privacyreglement en het "
        "Informatiebeveiligingsbeleid.",
        "2.c",
    ),
    classify(
        HAARLEM,
        Status.JUDGEMENT,
        "Zakelijke omgangsvormen en zorgvuldig gebruik vragen een oordeel over gedrag.",
        "2.d",
        "2.e",
    ),
    classify(
        HAARLEM,
        Status.JUDGEMENT,
        "Zorgvuldig omgaan met gegevens en 'zo spoedig mogelijk' melden vragen een oordeel.",
        "2.f",
    ),
    classify(
        HAARLEM,
        Status.INFORMATIVE,
        "Stelt het beleid vast en noemt de bruikleenovereenkomst (bijlage 1).",
        "2.2.1",
    ),
    classify(
        HAARLEM,
        Status.INFORMATIVE,
        "Noemt voor wie het beleid geldt en wie verantwoordelijk is voor de naleving.",
        "2.2.2",
    ),
    classify(
        HAARLEM,
        Status.JUDGEMENT,
        "Het presidium beslist over passende maatregelen bij overtreding.",
        "2.2.3",
    ),
    classify(
        HAARLEM,
        Status.JUDGEMENT,
        "Het presidium beslist of het gebruik van mobile devices wordt ontzegd.",
        "2.3.2",
    ),
    classify(
        HAARLEM,
        Status.INFORMATIVE,
        "Beschrijft de antivirus- en beheerapp en geeft een advies.",
        "2.3.5",
    ),
    classify(
        HAARLEM,
        Status.JUDGEMENT,
        "Of hardware onbeheerd of in goede en representatieve staat is, vraagt een oordeel.",
        "2.3.6",
        "2.3.7",
    ),
    classify(
        HAARLEM,
        Status.JUDGEMENT,
        "De beheerder wijst aan welke derden mogen repareren of apparatuur openen.",
        "2.3.10",
    ),
    classify(
        HAARLEM,
        Status.JUDGEMENT,
        (
            "De beheerder beoordeelt of een storing verholpen kan worden en of het device "
            "ingenomen wordt."
        ),
        "2.3.13",
    ),
    classify(
        HAARLEM,
        Status.JUDGEMENT,
        "Welke beveiligingsmaatregelen bij een werkplek passen, beoordeelt de ambtsdrager.",
        "2.3.14",
    ),
    classify(
        HAARLEM,
        Status.INFORMATIVE,
        "Beschrijft hoe de levering van mobile devices verloopt en waar in Fix de aanvraag staat.",
        "2.4.3",
    ),
    classify(
        HAARLEM,
        Status.JUDGEMENT,
        "Of apps, software of materiaal legaal of aanstootgevend zijn, beoordeelt de beheerder.",
        "2.5.2",
    ),
    classify(
        HAARLEM,
        Status.INFORMATIVE,
        (
            "Beschrijft push mail en de beveiliging met een wachtwoord die het e-mail systeem "
            "afdwingt."
        ),
        "2.6.1",
    ),
    classify(
        HAARLEM,
        Status.INFORMATIVE,
        "Geeft een advies over de voorbereiding op een contact met de servicedesk.",
        "2.7.6",
    ),
    classify(
        HAARLEM,
        Status.INFORMATIVE,
        "Beschrijft de aansprakelijkheid voor verlies van persoonlijke items.",
        "2.7.7",
    ),
    classify(
        HAARLEM,
        Status.INFORMATIVE,
        "Stelt vast dat de organisatie eigenaar is van het mobile device.",
        "2.8.2",
    ),
)
