"""The mobile-device regulations of Haarlem & Zandvoort and Leeuwarden, as code.

The public surface is small: the registry of published regulations and the label scheme.

>>> from mdrules import REGULATIONS
>>> sorted(REGULATIONS)
['haarlem', 'leeuwarden']
"""

from mdrules.labels import provision_label
from mdrules.regulations import REGULATIONS, Regulation

__all__ = ["REGULATIONS", "Regulation", "provision_label"]
