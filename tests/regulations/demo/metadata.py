"""The demo regulation: what it is, where its page is, and how it cites its articles."""

from pathlib import Path

from mdrules.decision import CitationStyle
from mdrules.metadata import Regulation
from mdrules.parameter_file import ParameterFile
from mdrules.revisions import Register, Revision

DEMO = Regulation(
    id="demo",
    title="Demoregeling mobiele middelen",
    authority="gemeente Demodam",
    page="demo/regeling",
    source="sources/demo/original.txt",
    marker_style="last",
    title_in_source=True,
    citation=CitationStyle(name="Demo", forms=("{regulation} {number}",)),
    revision_register=Register(
        revisions=(Revision(version="1", date=None, description="Demoregeling, eerste versie"),)
    ),
    locale_dir=str(Path(__file__).parent / "messages"),
)
"""The demo regulation's metadata; its answers' English is in ``messages/``."""

PARAMETERS = ParameterFile(DEMO, Path(__file__).with_name("parameters.toml"))
"""The regulation's parameters, with their articles: ``parameters.toml`` beside its rules."""
