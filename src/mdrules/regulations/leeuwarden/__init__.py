"""Leeuwarden: Regeling gebruik (communicatie)middelen 2024.

The package holds one module per group of articles (its name says which), the regulation's
metadata and revision register (``metadata``) and the coverage of the parts no rule encodes
(``coverage``). :data:`RULESET` gathers them.
Each rule cites the provisions it rests on; each figure comes from a parameter with its provision.
"""

from pathlib import Path

from mdrules.regulations.leeuwarden import (
    art1_scope,
    art3_use,
    art4_1_2_subscriptions,
    art4_5_7_apps_mail,
    art4a_byod,
    art5_7_storage_passwords_return,
    art8_9_activities_information,
    art10_13_loss_control,
    coverage,
)
from mdrules.regulations.leeuwarden.art1_scope import (
    FACILITIES,
    ICT_DEVICES,
    ICT_FACILITIES,
    MEANS,
    MEANS_ARTICLES,
    MEANS_NAMES,
    PRIVATE_USE_EXCEPTED,
    ROLE_ARTICLES,
    ROLE_PHRASES,
    Facility,
    Means,
    applies_to,
    means,
)
from mdrules.regulations.leeuwarden.art3_use import (
    Transfer,
    lending,
    private_use,
)
from mdrules.regulations.leeuwarden.art4_1_2_subscriptions import (
    DATA_DEVICES,
    DATA_OPTIONAL_DEVICES,
    HOME_COUNTRY,
    SMARTPHONE_SUBSCRIPTION,
    VOICE_DEVICES,
    Direction,
    Usage,
    business_use,
    call_abroad,
    data_abroad,
    subscription,
)
from mdrules.regulations.leeuwarden.art4_5_7_apps_mail import (
    Purpose,
    app_origin,
    business_mail,
)
from mdrules.regulations.leeuwarden.art4a_byod import (
    BYOD_DEVICES,
    BYOD_NO_DATA_SIM,
    byod,
    byod_sim,
)
from mdrules.regulations.leeuwarden.art5_7_storage_passwords_return import (
    REQUESTER_NAMES,
    SERVICEDESK,
    DataKind,
    Location,
    Requester,
    password_request,
    return_means,
    storage,
)
from mdrules.regulations.leeuwarden.art8_9_activities_information import (
    ACTIVITIES,
    UNSOLICITED_REPORT_TO,
    Activity,
    prohibited_activity,
    unsolicited_material,
)
from mdrules.regulations.leeuwarden.art10_13_loss_control import (
    EVENT_WORDS,
    INVESTIGATION_PRINCIPALS,
    PRINCIPAL_NAMES,
    PRIVACY_OFFICER,
    Event,
    Principal,
    investigation,
    loss_or_theft,
)
from mdrules.regulations.leeuwarden.metadata import LEEUWARDEN, PARAMETERS
from mdrules.ruleset import Ruleset, rules_in

RULE_MODULES = (
    art1_scope,
    art3_use,
    art4_1_2_subscriptions,
    art4_5_7_apps_mail,
    art4a_byod,
    art5_7_storage_passwords_return,
    art8_9_activities_information,
    art10_13_loss_control,
)
"""The modules that hold the rules and parameters, in the order of the articles."""

RULESET = Ruleset(
    metadata=LEEUWARDEN,
    parameters=PARAMETERS.parameters(),
    rules=rules_in(*RULE_MODULES),
    classifications=coverage.CLASSIFICATIONS,
    folder=Path(__file__).parent,
)
"""Everything the engine knows of this regulation."""

__all__ = [
    "ACTIVITIES",
    "BYOD_DEVICES",
    "BYOD_NO_DATA_SIM",
    "DATA_DEVICES",
    "DATA_OPTIONAL_DEVICES",
    "EVENT_WORDS",
    "FACILITIES",
    "HOME_COUNTRY",
    "ICT_DEVICES",
    "ICT_FACILITIES",
    "INVESTIGATION_PRINCIPALS",
    "LEEUWARDEN",
    "MEANS",
    "MEANS_ARTICLES",
    "MEANS_NAMES",
    "PRINCIPAL_NAMES",
    "PRIVACY_OFFICER",
    "PRIVATE_USE_EXCEPTED",
    "REQUESTER_NAMES",
    "ROLE_ARTICLES",
    "ROLE_PHRASES",
    "RULESET",
    "RULE_MODULES",
    "SERVICEDESK",
    "SMARTPHONE_SUBSCRIPTION",
    "UNSOLICITED_REPORT_TO",
    "VOICE_DEVICES",
    "Activity",
    "DataKind",
    "Direction",
    "Event",
    "Facility",
    "Location",
    "Means",
    "Principal",
    "Purpose",
    "Requester",
    "Transfer",
    "Usage",
    "app_origin",
    "applies_to",
    "business_mail",
    "business_use",
    "byod",
    "byod_sim",
    "call_abroad",
    "data_abroad",
    "investigation",
    "lending",
    "loss_or_theft",
    "means",
    "password_request",
    "private_use",
    "prohibited_activity",
    "return_means",
    "storage",
    "subscription",
    "unsolicited_material",
]
