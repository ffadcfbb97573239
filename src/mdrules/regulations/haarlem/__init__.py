"""Haarlem & Zandvoort: Beleid en regels gebruik en ondersteuning mobile devices, version 1.04.

The package holds one module per group of articles (its name says which), the regulation's
metadata and revision register (``metadata``) and the coverage of the parts no rule encodes
(``coverage``). :data:`RULESET` gathers them.
Each rule cites the provisions it rests on; each figure comes from a parameter with its provision.
"""

from pathlib import Path

from mdrules.regulations.haarlem import (
    coverage,
    s2_1_definitions,
    s2_3_01_12_use,
    s2_3_15_16_security,
    s2_4_devices,
    s2_5_subscription,
    s2_6_network,
    s2_7_support,
    s2_8_third_parties,
    s2_9_review,
)
from mdrules.regulations.haarlem.metadata import HAARLEM, PARAMETERS
from mdrules.regulations.haarlem.s2_1_definitions import (
    MOBILE_DEVICES,
    MOBILE_KINDS,
    office_holder,
)
from mdrules.regulations.haarlem.s2_3_01_12_use import (
    DATALEK_EMAIL,
    INCIDENT_NAMES,
    SERVICEDESK_EMAIL,
    AccessoryProblem,
    DeviceProblem,
    Incident,
    accessory,
    defective_device,
    incident,
    private_use,
    software_license,
)
from mdrules.regulations.haarlem.s2_3_15_16_security import (
    FORBIDDEN_CODES,
    ICLOUD_FREE_GB,
    UNLOCK_ALTERNATIVES,
    UNLOCK_NAMES,
    WORK_EMAIL_DOMAINS,
    CodeKind,
    UnlockMethod,
    device_security,
    icloud_storage,
    security_code,
)
from mdrules.regulations.haarlem.s2_4_devices import (
    COMBINATION_NAMES,
    DEPRECIATION_LAPTOP,
    DEPRECIATION_SMARTPHONE_TABLET,
    DEVICE_COMBINATIONS,
    MAX_DEVICES,
    RESET_CODE,
    DeviceSet,
    depreciation_months,
    device_combination,
    device_return,
    replacement,
)
from mdrules.regulations.haarlem.s2_5_subscription import (
    ENTERTAINMENT_NUMBER_PREFIX,
    EROTIC_NUMBER_PREFIX,
    EU_DATA_GB_PER_MONTH,
    SERVICE_NAMES,
    SERVICE_NUMBER_PREFIX,
    Porting,
    Service,
    number_porting,
    sim_removal,
    subscription,
    usage_data,
)
from mdrules.regulations.haarlem.s2_6_network import (
    WIRED_CONNECTION_DAYS,
    wired_connection,
)
from mdrules.regulations.haarlem.s2_7_support import (
    FIX_AVAILABILITY,
    ICT_LOKET_CLOSES,
    ICT_LOKET_HOURS,
    ICT_LOKET_OPENS,
    ICT_LOKET_ZANDVOORT_CLOSES,
    ICT_LOKET_ZANDVOORT_HOURS,
    ICT_LOKET_ZANDVOORT_OPENS,
    SERVICEDESK_CLOSES,
    SERVICEDESK_HOURS,
    SERVICEDESK_OPENS,
    SERVICEDESK_PHONE,
    SoftwareOrigin,
    office_hours,
    support,
    support_scope,
)
from mdrules.regulations.haarlem.s2_8_third_parties import (
    Handover,
    third_parties,
)
from mdrules.regulations.haarlem.s2_9_review import (
    REVIEW_INTERVAL_MONTHS,
    review,
)
from mdrules.ruleset import Ruleset, rules_in

RULE_MODULES = (
    s2_1_definitions,
    s2_3_01_12_use,
    s2_3_15_16_security,
    s2_4_devices,
    s2_5_subscription,
    s2_6_network,
    s2_7_support,
    s2_8_third_parties,
    s2_9_review,
)
"""The modules that hold the rules and parameters, in the order of the articles."""

QUESTIONS = (
    "office-holder",
    "private-use",
    "software-license",
    "support-scope",
    "support",
    "incident",
    "defective-device",
    "accessory",
    "icloud-storage",
    "security-code",
    "device-security",
    "device-combination",
    "device-return",
    "replacement",
    "subscription",
    "usage-data",
    "sim-removal",
    "number-porting",
    "wired-connection",
    "third-parties",
    "review",
)
"""The questions in the order the command lists them (2.7 before 2.3.8, which uses its contacts)."""

_RULES = rules_in(*RULE_MODULES)

RULESET = Ruleset(
    metadata=HAARLEM,
    parameters=PARAMETERS.parameters(),
    rules={f"haarlem.{name}": _RULES[f"haarlem.{name}"] for name in QUESTIONS},
    classifications=coverage.CLASSIFICATIONS,
    folder=Path(__file__).parent,
)
"""Everything the engine knows of this regulation."""

__all__ = [
    "COMBINATION_NAMES",
    "DATALEK_EMAIL",
    "DEPRECIATION_LAPTOP",
    "DEPRECIATION_SMARTPHONE_TABLET",
    "DEVICE_COMBINATIONS",
    "ENTERTAINMENT_NUMBER_PREFIX",
    "EROTIC_NUMBER_PREFIX",
    "EU_DATA_GB_PER_MONTH",
    "FIX_AVAILABILITY",
    "FORBIDDEN_CODES",
    "HAARLEM",
    "ICLOUD_FREE_GB",
    "ICT_LOKET_CLOSES",
    "ICT_LOKET_HOURS",
    "ICT_LOKET_OPENS",
    "ICT_LOKET_ZANDVOORT_CLOSES",
    "ICT_LOKET_ZANDVOORT_HOURS",
    "ICT_LOKET_ZANDVOORT_OPENS",
    "INCIDENT_NAMES",
    "MAX_DEVICES",
    "MOBILE_DEVICES",
    "MOBILE_KINDS",
    "QUESTIONS",
    "RESET_CODE",
    "REVIEW_INTERVAL_MONTHS",
    "RULESET",
    "RULE_MODULES",
    "SERVICEDESK_CLOSES",
    "SERVICEDESK_EMAIL",
    "SERVICEDESK_HOURS",
    "SERVICEDESK_OPENS",
    "SERVICEDESK_PHONE",
    "SERVICE_NAMES",
    "SERVICE_NUMBER_PREFIX",
    "UNLOCK_ALTERNATIVES",
    "UNLOCK_NAMES",
    "WIRED_CONNECTION_DAYS",
    "WORK_EMAIL_DOMAINS",
    "AccessoryProblem",
    "CodeKind",
    "DeviceProblem",
    "DeviceSet",
    "Handover",
    "Incident",
    "Porting",
    "Service",
    "SoftwareOrigin",
    "UnlockMethod",
    "accessory",
    "defective_device",
    "depreciation_months",
    "device_combination",
    "device_return",
    "device_security",
    "icloud_storage",
    "incident",
    "number_porting",
    "office_holder",
    "office_hours",
    "private_use",
    "replacement",
    "review",
    "security_code",
    "sim_removal",
    "software_license",
    "subscription",
    "support",
    "support_scope",
    "third_parties",
    "usage_data",
    "wired_connection",
]
