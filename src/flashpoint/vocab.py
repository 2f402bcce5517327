"""Event vocabularies: ACLED event and sub-event types, the eval types, PLOVER and CAMEO roots.

>>> acled_type("Armed clash")
'Battles'
>>> eval_type("Shelling/artillery/missile attack")
'shelling_airstrike'
>>> CASE2021_LABELS["ART_MISS_ATTACK"]
'Shelling/artillery/missile attack'
"""

from __future__ import annotations

from typing import NamedTuple


class SubEventType(NamedTuple):
    """One ACLED sub-event type and where it maps in the other vocabularies."""

    event_type: str
    eval_type: str
    plover: str
    cameo_root: str


NOT_A_CONFLICT_EVENT = "Not a conflict event"

SUB_EVENT_TYPES: dict[str, SubEventType] = {
    "Armed clash": SubEventType("Battles", "armed_clash", "ASSAULT", "19"),
    "Government regains territory": SubEventType("Battles", "armed_clash", "ASSAULT", "19"),
    "Non-state actor overtakes territory": SubEventType("Battles", "armed_clash", "ASSAULT", "19"),
    "Chemical weapon": SubEventType(
        "Explosions/Remote violence", "shelling_airstrike", "ASSAULT", "20"
    ),
    "Air/drone strike": SubEventType(
        "Explosions/Remote violence", "shelling_airstrike", "ASSAULT", "19"
    ),
    "Suicide bomb": SubEventType(
        "Explosions/Remote violence", "suicide_or_bomb_attack", "ASSAULT", "18"
    ),
    "Shelling/artillery/missile attack": SubEventType(
        "Explosions/Remote violence", "shelling_airstrike", "ASSAULT", "19"
    ),
    "Remote explosive/landmine/IED": SubEventType(
        "Explosions/Remote violence", "suicide_or_bomb_attack", "ASSAULT", "18"
    ),
    "Grenade": SubEventType(
        "Explosions/Remote violence", "suicide_or_bomb_attack", "ASSAULT", "18"
    ),
    "Sexual violence": SubEventType(
        "Violence against civilians", "attack_on_civilians", "ASSAULT", "18"
    ),
    "Attack": SubEventType("Violence against civilians", "attack_on_civilians", "ASSAULT", "18"),
    "Abduction/forced disappearance": SubEventType(
        "Violence against civilians", "abduction", "ASSAULT", "18"
    ),
    "Peaceful protest": SubEventType("Protests", "protest", "PROTEST", "14"),
    "Protest with intervention": SubEventType("Protests", "protest", "PROTEST", "14"),
    "Excessive force against protesters": SubEventType("Protests", "protest", "PROTEST", "14"),
    "Violent demonstration": SubEventType("Riots", "riot", "PROTEST", "14"),
    "Mob violence": SubEventType("Riots", "riot", "ASSAULT", "14"),
    "Agreement": SubEventType("Strategic developments", "ceasefire_agreement", "AGREE", "03"),
    "Arrests": SubEventType("Strategic developments", "arrest_or_capture", "COERCE", "17"),
    "Change to group/activity": SubEventType("Strategic developments", "other", "CHANGE", "07"),
    "Disrupted weapons use": SubEventType("Strategic developments", "other", "SEIZE", "17"),
    "Headquarters or base established": SubEventType(
        "Strategic developments", "other", "MOBILIZE", "15"
    ),
    "Looting/property destruction": SubEventType("Strategic developments", "other", "SEIZE", "17"),
    "Non-violent transfer of territory": SubEventType(
        "Strategic developments", "other", "SEIZE", "17"
    ),
    "Other": SubEventType("Strategic developments", "other", "OTHER", "01"),
    NOT_A_CONFLICT_EVENT: SubEventType(NOT_A_CONFLICT_EVENT, "other", "OTHER", "01"),
    "Natural disaster": SubEventType(NOT_A_CONFLICT_EVENT, "other", "OTHER", "01"),
    "Man-made disaster": SubEventType(NOT_A_CONFLICT_EVENT, "other", "OTHER", "01"),
    "Organized crime": SubEventType(NOT_A_CONFLICT_EVENT, "other", "OTHER", "01"),
    "Diplomacy": SubEventType(NOT_A_CONFLICT_EVENT, "other", "OTHER", "01"),
    "Attribution": SubEventType(NOT_A_CONFLICT_EVENT, "other", "OTHER", "01"),
}

# CASE 2021 Shared Task 2 labels and the sub-event types they stand for, one to one: the 25
# ACLED sub-event types, then five kinds of news that is not a conflict event.
CASE2021_LABELS: dict[str, str] = {
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "NATURAL_DISASTER": "Natural disaster",
    "MAN_MADE_DISASTER": "Man-made disaster",
    "ORG_CRIME": "Organized crime",
    "DIPLO": "Diplomacy",
    "ATTRIB": "Attribution",
}
NON_CONFLICT_LABELS = ("NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME", "DIPLO", "ATTRIB")

EVAL_TYPES = (
    "armed_clash",
    "shelling_airstrike",
    "suicide_or_bomb_attack",
    "attack_on_civilians",
    "abduction",
    "protest",
    "riot",
    "ceasefire_agreement",
    "arrest_or_capture",
    "other",
)


def case2021_label(sub_event_type: str) -> str:
    """The CASE 2021 label of a sub-event type; "OTHER" for one it has no label for.

    >>> case2021_label("Suicide bomb")
    'SUIC_BOMB'
    """
    for label, sub_type in CASE2021_LABELS.items():
        if sub_type == sub_event_type:
            return label
    return "OTHER"


def acled_type(sub_event_type: str) -> str:
    """ACLED's event type for a sub-event type ("Armed clash" -> "Battles")."""
    return SUB_EVENT_TYPES[sub_event_type].event_type


def eval_type(sub_event_type: str) -> str:
    """The coarse eval type for a sub-event type ("Agreement" -> "ceasefire_agreement")."""
    entry = SUB_EVENT_TYPES.get(sub_event_type)
    return entry.eval_type if entry else "other"


def plover(sub_event_type: str) -> str:
    """The PLOVER event type for a sub-event type, for export."""
    return SUB_EVENT_TYPES[sub_event_type].plover


def cameo_root(sub_event_type: str) -> str:
    """The CAMEO root code for a sub-event type, for export."""
    return SUB_EVENT_TYPES[sub_event_type].cameo_root
