"""Demo: the parts no rule encodes."""

from demo.metadata import DEMO
from mdrules.coverage import Status, classifications, classify

CLASSIFICATIONS = classifications(
    classify(
        DEMO, Status.INFORMATIVE, "Zegt voor wie de regeling geldt; niets te berekenen.", "3.1"
    ),
)
