"""Leeuwarden: the coverage of the provisions no rule encodes."""

from mdrules.coverage import Status, classifications, classify
from mdrules.regulations.leeuwarden.metadata import LEEUWARDEN

# Coverage: the provisions no rule encodes ------------------------------------------------------

CLASSIFICATIONS = classifications(
    classify(
        LEEUWARDEN,
        Status.INFORMATIVE,
        "Verklaart de SSC ICT Gebruikersvoorwaarden van toepassing; een verwijzing.",
        "2",
    ),
    classify(
        LEEUWARDEN,
        Status.JUDGEMENT,
        "Welke taken uit de functie voortvloeien, is een oordeel over de functie.",
        "3.1",
    ),
    classify(
        LEEUWARDEN,
        Status.JUDGEMENT,
        "Het juiste gebruik en de nodige zorgvuldigheid vragen een oordeel over het gedrag.",
        "3.4",
    ),
    classify(
        LEEUWARDEN,
        Status.JUDGEMENT,
        (
            "Onbeheerd achterlaten en de goede naam van de gemeente vragen een oordeel over de "
            "situatie."
        ),
        "3.5",
    ),
    classify(
        LEEUWARDEN,
        Status.JUDGEMENT,
        "Inzage bij een vermoeden van oneigenlijk gebruik is een besluit van de gemeente.",
        "4.1.d",
    ),
    classify(
        LEEUWARDEN,
        Status.JUDGEMENT,
        "Of gebruik past bij aard en rol van het werk en of kosten worden teruggevorderd, bepalen "
        "gebruiker en leidinggevende in overleg.",
        "4.2.b",
    ),
    classify(
        LEEUWARDEN,
        Status.JUDGEMENT,
        "Beperkt privégebruik, licenties en nadelige gevolgen voor de systemen vragen een oordeel.",
        "4.3",
    ),
    classify(
        LEEUWARDEN,
        Status.JUDGEMENT,
        (
            "Of een privé geïnstalleerde app nadelige zakelijke gevolgen heeft, beoordeelt de "
            "gemeente."
        ),
        "4.4",
    ),
    classify(
        LEEUWARDEN,
        Status.JUDGEMENT,
        "Een zorgplicht van de gebruiker tegenover derden; de nakoming vraagt een oordeel.",
        "4.6",
    ),
    classify(
        LEEUWARDEN,
        Status.JUDGEMENT,
        (
            "Welke maatregelen tegen toegang door anderen nodig zijn, laat de regeling aan de "
            "gebruiker."
        ),
        "6.1",
    ),
    classify(
        LEEUWARDEN,
        Status.JUDGEMENT,
        "Of de functionele noodzaak van een middel vervalt, beoordeelt de gemeente.",
        "7.1",
    ),
    classify(
        LEEUWARDEN,
        Status.INFORMATIVE,
        "Verwijst naar artikel 1.7 van de SSC ICT Gebruikersvoorwaarden.",
        "10.4",
    ),
    classify(
        LEEUWARDEN,
        Status.INFORMATIVE,
        "Noemt een doel van de verwerking van persoonsgegevens van gebruikers.",
        "11.1.a",
        "11.1.b",
        "11.1.c",
        "11.1.d",
        "11.1.e",
        "11.1.f",
    ),
    classify(
        LEEUWARDEN,
        Status.INFORMATIVE,
        "Noemt persoonsgegevens die van gebruikers worden verwerkt.",
        "11.2.a",
        "11.2.b",
        "11.2.c",
        "11.2.d",
        "11.2.e",
        "11.2.f",
    ),
    classify(
        LEEUWARDEN,
        Status.INFORMATIVE,
        "Beschrijft de maatregelen van de gemeente volgens de AVG en de BIO.",
        "11.3",
    ),
    classify(
        LEEUWARDEN,
        Status.INFORMATIVE,
        (
            "Beschrijft een recht van de gebruiker op inzage en correctie; een verzoek, geen "
            "berekening."
        ),
        "12.1",
        "12.2",
    ),
    classify(
        LEEUWARDEN,
        Status.JUDGEMENT,
        "De ernst van het delict beoordeelt de Integriteitscoördinator.",
        "13.2",
    ),
    classify(
        LEEUWARDEN,
        Status.JUDGEMENT,
        (
            "Of in strijd met de regeling is gehandeld en welke schade daaruit volgt, vraagt een "
            "oordeel."
        ),
        "14.1",
    ),
    classify(
        LEEUWARDEN,
        Status.INFORMATIVE,
        "Verklaart het Sanctiebeleid van toepassing; een verwijzing.",
        "14.2",
    ),
    classify(
        LEEUWARDEN,
        Status.INFORMATIVE,
        "Verklaart de AVG van toepassing op het verwerken van persoonsgegevens; een verwijzing.",
        "15.2",
    ),
    classify(
        LEEUWARDEN,
        Status.INFORMATIVE,
        "Citeertitel, inwerkingtreding en intrekking van de vorige regeling.",
        "15.3",
        "15.4",
    ),
)
