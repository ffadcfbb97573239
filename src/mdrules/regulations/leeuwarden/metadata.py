"""Leeuwarden: what the handbook publishes, where, and how it cites its articles."""

from pathlib import Path

from mdrules.decision import CitationStyle
from mdrules.i18n import N_
from mdrules.metadata import Regulation
from mdrules.parameter_file import ParameterFile
from mdrules.revisions import Register, Revision

# Leeuwarden has no version table: article 15.3 names the regulation, 15.4 what it replaces.
# Both leave the dates open ("[datum]").
REGISTER = Register(
    revisions=(
        Revision(
            version="2021",
            date=None,
            description=N_("Regeling gebruik (communicatie)middelen gemeente Leeuwarden 2021"),
        ),
        Revision(
            version="2024",
            date=None,
            description=N_(
                "Regeling gebruik (communicatie)middelen 2024; vervangt de regeling van 2021 "
                "(artikel 15.4)"
            ),
            reviewed_by="OR; College van B&W",
        ),
    )
)
"""The revision register. Leeuwarden has no version table: article 15.3 names the regulation,
15.4 what it replaces; both leave the dates open ("[datum]")."""

LEEUWARDEN = Regulation(
    id="leeuwarden",
    title=N_("Regeling gebruik (communicatie)middelen"),
    authority=N_("gemeente Leeuwarden"),
    page="leeuwarden/regeling",
    source="sources/leeuwarden/original.txt",
    marker_style="last",
    title_in_source=True,
    citation=CitationStyle(
        name="Leeuwarden",
        forms=(
            N_("{regulation} artikel {article}"),
            N_("{regulation} artikel {article} lid {lid}"),
            N_("{regulation} artikel {article} lid {lid} onder {letter}"),
            N_("{regulation} artikel {article} lid {lid} onder {letter}, sub {sub}"),
        ),
    ),
    revision_register=REGISTER,
)
"""The regulation's metadata."""

PARAMETERS = ParameterFile(LEEUWARDEN, Path(__file__).with_name("parameters.toml"))
"""The regulation's parameters, with their articles: ``parameters.toml`` beside its rules."""
