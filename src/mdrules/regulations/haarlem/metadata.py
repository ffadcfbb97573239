"""Haarlem & Zandvoort: what the handbook publishes, where, and how it cites its articles."""

import datetime as dt
from pathlib import Path

from mdrules.decision import CitationStyle
from mdrules.i18n import N_
from mdrules.metadata import Regulation
from mdrules.parameter_file import ParameterFile
from mdrules.revisions import Register, Revision

REGISTER = Register(
    revisions=(
        Revision(
            version="1.0",
            date=dt.date(2019, 6, 6),
            description=N_("Concept versie afgeleid van de medewerker versie"),
        ),
        Revision(
            version="1.0",
            date=dt.date(2019, 6, 18),
            description=N_("Review Hardware & Softwarebeheer"),
            reviewed_by="Hardware & Softwarebeheer",
        ),
        Revision(
            version="1.01",
            date=dt.date(2019, 10, 16),
            description=N_("Review HRM. Aanpassingen aanvraag traject."),
            reviewed_by="HRM",
        ),
        Revision(
            version="1.02",
            date=dt.date(2019, 10, 22),
            description=N_(
                "Review HRM. Aanpassingen. Norm devices verwijderd. Artikel 1.2 verwijderd. "
                "Diverse kleine aanpassingen."
            ),
            reviewed_by="HRM",
        ),
        Revision(
            version="1.03",
            date=dt.date(2019, 10, 23),
            description=N_("Review HRM. Aanpassingen 2.5.3 & 2.5.4"),
            reviewed_by="HRM",
        ),
        Revision(
            version="1.04",
            date=dt.date(2019, 10, 30),
            description=N_("Opmerkingen JZ. Artikel 2.2.1 toegevoegd"),
            reviewed_by="JZ",
        ),
    )
)
"""The revision register: the version table at the end of the policy (descriptions verbatim)."""

HAARLEM = Regulation(
    id="haarlem",
    title=N_("Beleid en regels gebruik en ondersteuning mobile devices"),
    authority=N_("gemeenten Haarlem & Zandvoort"),
    page="haarlem/beleid",
    source="sources/haarlem/original.txt",
    marker_style="full",
    title_in_source=False,
    citation=CitationStyle(name="Haarlem", forms=(N_("{regulation} {number}"),)),
    revision_register=REGISTER,
)
"""The regulation's metadata."""

PARAMETERS = ParameterFile(HAARLEM, Path(__file__).with_name("parameters.toml"))
"""The regulation's parameters, with their articles: ``parameters.toml`` beside its rules."""
