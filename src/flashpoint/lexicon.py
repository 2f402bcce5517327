"""Words that signal events: trigger lemmas and the ACLED sub-event type each one suggests.

A trigger's type can be refined by its context in extract.py (an "attack" on villagers is
violence against civilians, on a base it is a clash).
"""

from __future__ import annotations

# Nouns and verbs of incidents, by lemma.
TRIGGERS: dict[str, str] = {
    **dict.fromkeys(
        "fighting fight clash firefight gunfight battle skirmish shootout ambush offensive war "
        "conflict hostility incursion assault raid".split(),
        "Armed clash",
    ),
    **dict.fromkeys(
        "shelling shell bombardment bombard barrage artillery mortar rocket missile".split(),
        "Shelling/artillery/missile attack",
    ),
    **dict.fromkeys(["airstrike", "air-strike", "strike", "drone"], "Air/drone strike"),
    **dict.fromkeys(
        ["bombing", "bomb", "explosion", "blast", "ied", "landmine", "detonate", "explode"],
        "Remote explosive/landmine/IED",
    ),
    "grenade": "Grenade",
    **dict.fromkeys(["massacre", "attack", "shooting", "gunfire", "firing"], "Attack"),
    **dict.fromkeys(
        ["kidnap", "kidnapping", "abduct", "abduction", "hostage"], "Abduction/forced disappearance"
    ),
    **dict.fromkeys(
        ["protest", "demonstration", "rally", "march", "sit-in", "protester", "demonstrator"],
        "Peaceful protest",
    ),
    **dict.fromkeys(["riot", "rioting", "unrest"], "Violent demonstration"),
    **dict.fromkeys(["ceasefire", "cease-fire", "truce", "armistice"], "Agreement"),
    **dict.fromkeys(["arrest", "detain", "detention"], "Arrests"),
    "incident": "Other",
}

# Generic words for "what happened": undated, they refer to the article's main news event.
GENERIC = frozenset({"attack", "incident", "assault", "raid", "shooting", "firing", "violence"})

# Nouns for situations that last for weeks or years: never an incident of the day by
# themselves, only when dated or referred back to.
LONG = frozenset({"war", "conflict", "offensive", "hostility", "unrest"})

# A "strike" is an air or drone strike only with one of these nearby.
STRIKE_MARKERS = frozenset({"air", "drone", "missile", "airstrike", "aerial", "israeli"})

# Words that put a bomb in the air.
AIR_WORDS = frozenset(
    "drop jet plane aircraft warplane helicopter drone airstrike air bomber".split()
)

# Words that turn a noun into an agreement ("peace deal"), when the trigger is "deal" etc.
AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "pact"})
AGREEMENT_MODIFIERS = frozenset({"peace", "ceasefire", "cease-fire", "truce"})
AGREEMENT_VERBS = frozenset(
    "agree sign reach accept broker mediate announce declare begin hold seal conclude negotiate "
    "observe extend effect".split()
)

# Clause markers and verbs that make an event hypothetical rather than reported.
HYPOTHETICAL_MARKS = frozenset({"if", "until", "unless", "whether"})
HYPOTHETICAL_AUX = frozenset({"will", "would", "could", "might", "may", "should", "shall", "ca"})
HYPOTHETICAL_VERBS = frozenset(
    "threaten warn plan fear call urge seek avoid prevent want hope risk prepare propose "
    "demand".split()
)

# Modifiers that mark an event as past context.
PAST_MODIFIERS = frozenset({"earlier", "previous", "past", "former", "prior", "resulting"})

# Blame: speaker accuses target of starting it.
BLAME_VERBS = frozenset({"accuse", "blame"})
START_VERBS = frozenset(
    "initiate start provoke launch instigate open begin attack violate breach trigger".split()
)
DENY_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})

# Markers of a photo caption or credit line.
CAPTION_MARKERS = (
    "photo:",
    "photograph:",
    "image:",
    "credit:",
    "via getty",
    "getty images",
    "(ap photo",
    "/ap photo",
    "/reuters",
    "/afp",
    "file photo",
)
