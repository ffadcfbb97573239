"""A small regulation used only by the tests: adding it touches no file of the engine.

Two articles, two parameters, two rules, a page and its catalogs. The tests choose it with the
environment variable ``MDRULES_REGULATIONS=demo`` (this folder's parent on the path).
"""

from pathlib import Path

from demo import art1_2
from demo.art1_2 import MAX_DAYS_ABROAD, SERVICEDESK, trip_abroad, who_to_call
from demo.coverage import CLASSIFICATIONS
from demo.metadata import DEMO, PARAMETERS
from mdrules.ruleset import Ruleset, rules_in

RULESET = Ruleset(
    metadata=DEMO,
    parameters=PARAMETERS.parameters(),
    rules=rules_in(art1_2),
    classifications=CLASSIFICATIONS,
    folder=Path(__file__).parent,
)
"""Everything the engine knows of the demo regulation."""

__all__ = ["DEMO", "MAX_DAYS_ABROAD", "RULESET", "SERVICEDESK", "trip_abroad", "who_to_call"]
