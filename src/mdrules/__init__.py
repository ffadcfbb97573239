"""The mobile-device regulations of Haarlem & Zandvoort and Leeuwarden, as code.

The package ``mdrules`` is the engine: decisions, vocabulary, labels, translations, rulesets. It
names no regulation. The regulations are packages of :mod:`mdrules.regulations`, which holds the
list of them:

>>> from mdrules.regulations import REGULATIONS
>>> list(REGULATIONS)
['haarlem', 'leeuwarden']
"""

from mdrules.labels import provision_label
from mdrules.metadata import Regulation
from mdrules.ruleset import Rule, Ruleset

__all__ = ["Regulation", "Rule", "Ruleset", "provision_label"]
